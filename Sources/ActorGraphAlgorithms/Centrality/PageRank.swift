import ActorGraphCore

extension CompactGraph {
    /// PageRank of every actor: the stationary probability of a random surfer who follows an edge
    /// (chosen in proportion to its weight) with probability α and otherwise teleports.
    ///
    /// Power iteration as NetworkX 3.6's `pagerank` (its SciPy implementation): start from the uniform
    /// vector; x ← α (x P + (Σ_{dangling} x) d) + (1 − α) p, with P the row-normalised weight matrix,
    /// p the personalization vector and d the dangling distribution (p unless given); stop when
    /// Σ|x − x_prev| < n · tolerance. Undirected edges count in both directions.
    ///
    /// L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking: bringing order to the
    /// web", Stanford InfoLab Technical Report 1999-66, 1999.
    ///
    /// - Parameters:
    ///   - alpha: damping factor (0.85).
    ///   - personalization: teleport weights by dense index (normalised to sum 1); nil = uniform.
    ///   - dangling: where the surfer goes from a node without out-edges; nil = `personalization`.
    ///   - weighted: follow edges in proportion to their weight (tie strength); otherwise uniformly.
    ///   - maxIterations, tolerance: NetworkX's defaults (100, 1e-6).
    /// - Throws: `GraphAlgorithmError.noConvergence`; `.invalidParameter` for a vector of the wrong size
    ///   or zero sum.
    /// - Complexity: O(iterations · (n + m)).
    public func pageRank(alpha: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
                         weighted: Bool = true, maxIterations: Int = 100,
                         tolerance: Double = 1e-6) throws -> NodeScores {
        let n = nodeCount
        guard n > 0 else { return NodeScores(nodes: [], values: []) }
        func distribution(_ vector: [Double]?, _ name: String) throws -> [Double] {
            guard let vector else { return [Double](repeating: 1 / Double(n), count: n) }
            guard vector.count == n else {
                throw GraphAlgorithmError.invalidParameter("\(name) has \(vector.count) entries for \(n) nodes")
            }
            let total = vector.reduce(0, +)
            guard total != 0 else {
                throw GraphAlgorithmError.invalidParameter("\(name) sums to zero")
            }
            return vector.map { $0 / total }
        }
        let p = try distribution(personalization, "personalization")
        let danglingWeights = dangling == nil ? p : try distribution(dangling, "dangling")

        // Row sums S and the transition weight of every in-slot, w(u → v) / S(u).
        var inverseRowSum = [Double](repeating: 0, count: n)
        var danglingNodes: [Int] = []
        for u in 0..<n {
            var s = 0.0
            for slot in offsets[u] ..< offsets[u + 1] { s += weighted ? weights[slot] : 1 }
            if s != 0 { inverseRowSum[u] = 1 / s } else { danglingNodes.append(u) }
        }
        var transition = [Double](repeating: 0, count: inSources.count)
        for v in 0..<n {
            for slot in inOffsets[v] ..< inOffsets[v + 1] {
                transition[slot] = (weighted ? inWeights[slot] : 1) * inverseRowSum[Int(inSources[slot])]
            }
        }

        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for u in danglingNodes { danglingSum += x[u] }
            var change = 0.0
            for v in 0..<n {
                var flow = 0.0
                for slot in inOffsets[v] ..< inOffsets[v + 1] { flow += x[Int(inSources[slot])] * transition[slot] }
                next[v] = alpha * (flow + danglingSum * danglingWeights[v]) + (1 - alpha) * p[v]
                change += Swift.abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return NodeScores(nodes: nodes, values: x) }
        }
        throw GraphAlgorithmError.noConvergence(algorithm: "PageRank", iterations: maxIterations)
    }
}
