extension ActorGraph {
    /// The graph in CSR form for the algorithms: actors in ID order (so indices are deterministic),
    /// relations of every kind between the same pair merged into one edge whose weight is their sum.
    /// - Complexity: O(n log n + m log m).
    public func compact() -> CompactGraph {
        let ids = sortedActors.map(\.id)
        var index: [ActorID: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        // Sorted by index pair (then weight, so parallel relations sum in a fixed order): integer
        // comparisons, not the string keys of `sortedRelations`.
        var edges: [(source: Int32, target: Int32, weight: Double)] = []
        edges.reserveCapacity(relations.count)
        for relation in relations.values {
            guard let s = index[relation.source], let t = index[relation.target] else { continue }
            edges.append((s, t, relation.weight))
        }
        edges.sort { ($0.source, $0.target, $0.weight) < ($1.source, $1.target, $1.weight) }
        return CompactGraph(nodes: ids, edges: edges, directed: isDirected)
    }
}
