import ActorGraphCore

extension CompactGraph {
    /// Single-source shortest paths by Dijkstra's algorithm: distances, path counts and every
    /// shortest-path predecessor.
    ///
    /// Nodes are settled in order of distance from a binary min-heap (swift-collections `Heap`) with
    /// lazy deletion; a neighbour whose tentative distance equals the new one gains a predecessor
    /// (exact floating-point equality, as NetworkX's `_single_source_dijkstra_path_basic`).
    /// E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik 1, 1959,
    /// 269–271, doi:10.1007/BF01386390. With `.hops` this is a breadth-first search.
    ///
    /// - Parameters:
    ///   - source: dense index of the start node.
    ///   - distance: how an edge's weight becomes a path length.
    /// - Throws: `InvalidDistanceError` for zero, negative or infinite lengths; `.nodeOutOfRange`.
    /// - Complexity: O((n + m) log n).
    public func dijkstra(from source: Int32, distance: DistanceRule = .inverse) throws -> ShortestPathTree {
        try check(source)
        if distance == .hops { return try breadthFirstSearch(from: source) }
        let workspace = SearchWorkspace(try Adjacency(self, distance: distance))
        workspace.search(from: source)
        return tree(of: workspace, source: source, rule: distance)
    }

    /// BFS for `.hops`, Dijkstra otherwise.
    public func shortestPathTree(from source: Int32, distance: DistanceRule = .inverse) throws -> ShortestPathTree {
        try dijkstra(from: source, distance: distance)
    }

    func tree(of workspace: SearchWorkspace, source: Int32, rule: DistanceRule) -> ShortestPathTree {
        let n = nodeCount
        return ShortestPathTree(
            source: source, rule: rule,
            distances: Array(UnsafeBufferPointer(start: workspace.distance.baseAddress, count: n)),
            pathCounts: Array(UnsafeBufferPointer(start: workspace.sigma.baseAddress, count: n)),
            order: Array(UnsafeBufferPointer(start: workspace.order.baseAddress, count: workspace.reached)),
            predecessorOffsets: inOffsets,
            predecessorCounts: Array(UnsafeBufferPointer(start: workspace.predecessorCount.baseAddress, count: n)),
            predecessorList: Array(UnsafeBufferPointer(start: workspace.predecessors.baseAddress,
                                                       count: inSources.count)))
    }

    /// One shortest path from `source` to `target`, or nil when there is none.
    /// Among equally short paths, the one through the first-found predecessors.
    /// - Complexity: O((n + m) log n).
    public func shortestPath(from source: Int32, to target: Int32,
                             distance: DistanceRule = .inverse) throws -> GraphPath? {
        try check(target)
        return try shortestPathTree(from: source, distance: distance).path(to: target)
    }

    /// Every shortest path from `source` to `target` (NetworkX's `all_shortest_paths`), sorted by node
    /// index; empty when there is none.
    /// - Complexity: O((n + m) log n) plus the size of the output, which can be exponential.
    public func allShortestPaths(from source: Int32, to target: Int32,
                                 distance: DistanceRule = .inverse) throws -> [GraphPath] {
        try check(target)
        return try shortestPathTree(from: source, distance: distance).allPaths(to: target)
    }
}
