import ActorGraphCore

/// For one ordered pair (s, t), the share of shortest s–t paths that pass through every other node.
public struct PairDependency: Sendable, Equatable {
    /// Dense index → actor ID (the graph's `nodes`).
    public let nodes: [ActorID]
    public let source: Int32
    public let target: Int32
    /// Length of the shortest s–t paths under the distance rule.
    public let length: Double
    /// Number of shortest s–t paths, σ_st (a Double: it can exceed Int).
    public let pathCount: Double
    /// σ_st(v)/σ_st for every node by dense index, in [0, 1]; 0 for s and t themselves and for nodes on
    /// no shortest s–t path. A node with share 1 is on every shortest path (a cut point for the pair).
    public let shares: [Double]

    public subscript(v: Int32) -> Double { shares[Int(v)] }

    /// The intermediaries (share > 0), highest share first, then by ID.
    public func ranked() -> [RankedScore] {
        shares.indices
            .filter { shares[$0] > 0 }
            .map { RankedScore(index: Int32($0), id: nodes[$0], score: shares[$0]) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}

extension CompactGraph {
    /// Pair dependency: the share of the shortest paths from `source` to `target` that pass through
    /// each other actor, δ_st(v) = σ_st(v)/σ_st — the pair's term of betweenness centrality, answering
    /// "through whom must s go to reach t?".
    ///
    /// σ_st(v) = σ_sv · σ_vt for v on a shortest path (d(s, v) + d(v, t) = d(s, t)), 0 otherwise
    /// (Brandes 2001; Freeman 1977). Both factors are read off one search from s: σ_sv is its path
    /// count, and σ_vt is counted backwards from t over the shortest-path DAG (τ(t) = 1,
    /// τ(v) = Σ_{w: v ∈ P(w)} τ(w)). Using that one DAG rather than a second search from t avoids
    /// comparing floating-point sums d(s, v) + d(v, t) = d(s, t) across two searches, and makes the
    /// counted paths exactly those of `allShortestPaths(from:to:)` and NetworkX's `all_shortest_paths`
    /// (ties decided by exact equality of path sums, as NetworkX decides them). Works for directed
    /// graphs (paths follow arcs) and every distance rule. Summing δ_st(v) over all pairs gives v's
    /// unnormalised betweenness (over ordered pairs; halve for undirected graphs).
    ///
    /// U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
    /// 163–177, doi:10.1080/0022250X.2001.9990249.
    ///
    /// - Parameters:
    ///   - source, target: dense indices of the pair (distinct).
    ///   - distance: how an edge's weight becomes a path length (`.inverse`, `.weight`, `.hops`).
    /// - Returns: the shares, or nil when `target` cannot be reached from `source`.
    /// - Throws: `InvalidDistanceError` for zero, negative or infinite lengths; `.nodeOutOfRange`;
    ///   `.invalidParameter` when `source == target`.
    /// - Complexity: O(n + m) for `.hops`, O((n + m) log n) otherwise.
    public func pairDependency(from source: Int32, to target: Int32, distance: DistanceRule = .inverse) throws
        -> PairDependency?
    {
        try check(source)
        try check(target)
        guard source != target else {
            throw GraphAlgorithmError.invalidParameter(
                "pair dependency needs two different actors ('\(nodes[Int(source)])' was given twice)")
        }
        let tree = try dijkstra(from: source, distance: distance)
        guard let length = tree.distance(to: target) else { return nil }
        // τ(v): shortest v–t paths inside the DAG; nodes are settled in non-decreasing distance and
        // every predecessor is strictly closer, so the reverse order sees τ(w) complete before use.
        var toTarget = [Double](repeating: 0, count: nodeCount)
        toTarget[Int(target)] = 1
        for w in tree.order.reversed() where toTarget[Int(w)] > 0 {
            for p in tree.predecessors(of: w) { toTarget[Int(p)] += toTarget[Int(w)] }
        }
        let total = tree.pathCounts[Int(target)]
        var shares = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount where v != Int(source) && v != Int(target) && toTarget[v] > 0 {
            shares[v] = tree.pathCounts[v] * toTarget[v] / total
        }
        return PairDependency(nodes: nodes, source: source, target: target, length: length, pathCount: total,
                              shares: shares)
    }
}
