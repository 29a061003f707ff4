import ActorGraphCore

extension CompactGraph {
    /// Betweenness centrality of every actor: the share of shortest paths between other pairs that pass
    /// through it.
    ///
    /// For each source `s`, one single-source search (BFS for `.hops`, Dijkstra otherwise) builds the
    /// shortest-path DAG with path counts σ, then dependencies are accumulated backwards,
    /// δ(v) = Σ_{w: v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)), and added to the score of every v ≠ s.
    /// Sources are processed in parallel; per-chunk partial sums are combined in a fixed order, so the
    /// result is bit-identical whatever the thread count.
    ///
    /// Formula: c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t) (Freeman 1977/1979), with σ(s, t) the number
    /// of shortest s–t paths and σ(s, t | v) those through v. With `endpoints`, s and t count as on
    /// their own paths (Brandes 2008, "On variants of shortest-path betweenness centrality and their
    /// generic computation", Social Networks 30(2):136–145, doi:10.1016/j.socnet.2007.11.001).
    ///
    /// Implements U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2),
    /// 2001, 163–177, doi:10.1080/0022250X.2001.9990249. Ties between weighted paths are decided by exact
    /// floating-point equality of path sums, as NetworkX decides them.
    ///
    /// - Parameters:
    ///   - distance: how an edge's weight becomes a path length (`.inverse`, `.weight`, `.hops`).
    ///   - normalized: divide by the number of ordered pairs that can have v inside, (n−1)(n−2) (or
    ///     n(n−1) with endpoints), as NetworkX does; otherwise undirected scores are halved (each
    ///     unordered pair counted once).
    ///   - endpoints: count s and t as lying on their own shortest paths.
    ///   - threads: worker threads; nil uses every core.
    /// - Returns: a score per node (dense index).
    /// - Throws: `InvalidDistanceError` when a weight gives a zero, negative or infinite distance.
    /// - Complexity: O(n·m) time unweighted, O(n·m + n²·log n) weighted; O(n + m) memory per thread plus
    ///   16 partial score vectors.
    public func betweennessCentrality(
        distance: DistanceRule = .inverse, normalized: Bool = true, endpoints: Bool = false,
        threads: Int? = nil
    ) throws -> NodeScores {
        let sources = (0..<nodeCount).map { Int32($0) }
        let raw = try brandesNodeAccumulation(sources: sources, distance: distance, endpoints: endpoints,
                                              threads: threads)
        return NodeScores(nodes: nodes, values: rescaleBetweenness(raw, normalized: normalized,
                                                                   endpoints: endpoints, sampled: nil))
    }

    /// Approximate betweenness from `pivots` source nodes drawn at random, scaled up to estimate the
    /// exact scores (Brandes & Pich, "Centrality estimation in large networks", Int. J. Bifurcation and
    /// Chaos 17(7), 2007, doi:10.1142/S0218127407018403).
    ///
    /// Scaling follows NetworkX 3.6's `betweenness_centrality(k=…)`: contributions of the k sampled
    /// sources are multiplied by N/k (normalized: 1/(k(N−1))), where N = n − 1 without endpoints
    /// (N = n with); without endpoints a sampled source cannot count itself, so its own score is scaled
    /// with k − 1 instead of k. `pivots >= nodeCount` gives the exact scores. The sample is drawn with
    /// `rng`, so a seeded generator makes the result reproducible (it cannot equal NetworkX's sample).
    ///
    /// - Parameters:
    ///   - pivots: number of sampled sources k (1 ... n).
    ///   - distance, normalized, endpoints, threads: as for `betweennessCentrality`.
    ///   - rng: the random source of the sample.
    /// - Complexity: O(k·m) time unweighted, O(k·(m + n log n)) weighted.
    public func sampledBetweennessCentrality(
        pivots: Int, distance: DistanceRule = .inverse, normalized: Bool = true, endpoints: Bool = false,
        threads: Int? = nil, using rng: inout some RandomNumberGenerator
    ) throws -> NodeScores {
        guard pivots >= 1 else {
            throw GraphAlgorithmError.invalidParameter("the number of pivots must be at least 1 (got \(pivots))")
        }
        if pivots >= nodeCount {
            return try betweennessCentrality(distance: distance, normalized: normalized, endpoints: endpoints,
                                             threads: threads)
        }
        let sample = samplePivots(pivots, using: &rng)
        let raw = try brandesNodeAccumulation(sources: sample, distance: distance, endpoints: endpoints,
                                              threads: threads)
        return NodeScores(nodes: nodes, values: rescaleBetweenness(raw, normalized: normalized,
                                                                   endpoints: endpoints, sampled: sample))
    }

    /// `k` distinct node indices, uniformly at random (partial Fisher–Yates shuffle).
    func samplePivots(_ k: Int, using rng: inout some RandomNumberGenerator) -> [Int32] {
        var pool = (0..<nodeCount).map { Int32($0) }
        for i in 0..<k {
            let j = Int.random(in: i..<pool.count, using: &rng)
            pool.swapAt(i, j)
        }
        return Array(pool[0..<k])
    }

    /// Raw (unscaled) Brandes sums over `sources`.
    func brandesNodeAccumulation(sources: [Int32], distance: DistanceRule, endpoints: Bool,
                                 threads: Int?) throws -> [Double] {
        let adjacency = try Adjacency(self, distance: distance)
        return sources.withUnsafeBufferPointer { sources in
            deterministicSum(
                itemCount: sources.count, resultLength: nodeCount, threads: threads,
                makeWorker: { SearchWorkspace(adjacency) },
                process: { workspace, item, score in
                    let s = sources[item]
                    workspace.search(from: s)
                    accumulateNodeDependencies(workspace, source: s, endpoints: endpoints, into: score)
                })
        }
    }

    /// NetworkX's `_rescale` for node betweenness.
    func rescaleBetweenness(_ raw: [Double], normalized: Bool, endpoints: Bool, sampled: [Int32]?) -> [Double] {
        let n = nodeCount
        let bigN = endpoints ? n : n - 1
        if bigN < 2 { return raw }
        let correction = isDirected ? 1.0 : 2.0
        let N = Double(bigN)
        guard let sampled, !endpoints else {
            let k = Double(sampled?.count ?? bigN)
            let scale = normalized ? 1 / (k * (N - 1)) : N / (k * correction)
            return scale == 1 ? raw : raw.map { $0 * scale }
        }
        let k = Double(sampled.count)
        let sourceScale = k > 1 ? (normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : .nan
        let otherScale = normalized ? 1 / (k * (N - 1)) : N / (k * correction)
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled { isSource[Int(s)] = true }
        return raw.indices.map { raw[$0] * (isSource[$0] ? sourceScale : otherScale) }
    }
}

/// Brandes' backward accumulation over the DAG left in `workspace` by a search from `source`.
@inline(__always)
func accumulateNodeDependencies(_ workspace: SearchWorkspace, source: Int32, endpoints: Bool,
                                into score: UnsafeMutableBufferPointer<Double>) {
    let order = workspace.order, sigma = workspace.sigma, delta = workspace.delta
    let predecessors = workspace.predecessors, counts = workspace.predecessorCount
    let predecessorOffsets = workspace.adjacency.predecessorOffsets
    let reached = workspace.reached
    if endpoints { score[Int(source)] += Double(reached - 1) }
    var i = reached - 1
    while i >= 0 {
        let w = Int(order[i])
        let coefficient = (1 + delta[w]) / sigma[w]
        let base = predecessorOffsets[w]
        for p in base ..< base + Int(counts[w]) {
            let v = Int(predecessors[p])
            delta[v] += sigma[v] * coefficient
        }
        if w != Int(source) { score[w] += endpoints ? delta[w] + 1 : delta[w] }
        i -= 1
    }
}
