import ActorGraphCore

extension CompactGraph {
    /// Eigenvector centrality of every actor: a node is central when its neighbours are central.
    ///
    /// Power iteration on A + I from the uniform vector, L2-normalised after every step, exactly as
    /// NetworkX's `eigenvector_centrality` (adding I shifts the spectrum so that bipartite and other
    /// periodic graphs converge to the same principal eigenvector of A). For directed graphs a node
    /// collects from its in-neighbours (left eigenvector). Stops when Σ|x − x_prev| < n · tolerance.
    ///
    /// Formula: λ x_v = Σ_u a_uv x_u, ‖x‖₂ = 1. P. Bonacich, "Power and centrality: a family of measures",
    /// American Journal of Sociology 92(5), 1987, 1170–1182, doi:10.1086/228631.
    ///
    /// - Parameters:
    ///   - weighted: read the weight as tie strength (a_uv = w); otherwise a_uv = 1.
    ///   - maxIterations, tolerance: NetworkX's defaults (100, 1e-6).
    /// - Throws: `GraphAlgorithmError.noConvergence`, or `.invalidParameter` on an empty graph.
    /// - Complexity: O(iterations · (n + m)).
    public func eigenvectorCentrality(weighted: Bool = true, maxIterations: Int = 100,
                                      tolerance: Double = 1e-6) throws -> NodeScores {
        let n = nodeCount
        guard n > 0 else {
            throw GraphAlgorithmError.invalidParameter("eigenvector centrality is undefined on an empty graph")
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            // next = (A + I)ᵀ x, gathered over in-neighbours.
            for v in 0..<n {
                var sum = x[v]
                for slot in inOffsets[v] ..< inOffsets[v + 1] {
                    sum += x[Int(inSources[slot])] * (weighted ? inWeights[slot] : 1)
                }
                next[v] = sum
            }
            var squares = 0.0
            for v in 0..<n { squares += next[v] * next[v] }
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += Swift.abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return NodeScores(nodes: nodes, values: x) }
        }
        throw GraphAlgorithmError.noConvergence(algorithm: "eigenvector centrality", iterations: maxIterations)
    }
}
