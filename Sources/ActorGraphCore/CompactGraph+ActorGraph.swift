extension ActorGraph {
    /// The graph in CSR form for the algorithms: actors in ID order (so indices are deterministic),
    /// relations of every kind between the same pair merged into one edge whose weight is their sum.
    /// - Complexity: O(n log n + m log m).
    public func compact() -> CompactGraph {
        let ids = sortedActors.map(\.id)
        var index: [ActorID: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        let edges = sortedRelations.compactMap { relation -> (source: Int32, target: Int32, weight: Double)? in
            guard let s = index[relation.source], let t = index[relation.target] else { return nil }
            return (s, t, relation.weight)
        }
        return CompactGraph(nodes: ids, edges: edges, directed: isDirected)
    }
}
