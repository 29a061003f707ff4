import ActorGraphCore

extension CompactGraph {
    /// Closeness centrality of every actor: how near it is, on average, to the actors that can reach it.
    ///
    /// One single-source search per node (parallel over nodes). For directed graphs distances are
    /// *incoming* (from every other node to v), as NetworkX computes them (it searches the reversed
    /// graph).
    ///
    /// Formula, with r(v) the number of nodes that reach v (v excluded) and the sum over them:
    /// C(v) = r(v) / Σ_u d(u, v) · r(v) / (n − 1). The second factor is Wasserman & Faust's correction
    /// for disconnected graphs (S. Wasserman, K. Faust, "Social Network Analysis: Methods and
    /// Applications", Cambridge University Press, 1994, eq. 5.5), NetworkX's default `wf_improved=True`;
    /// on a connected graph it is 1 and C(v) is Freeman's closeness (L. C. Freeman, "Centrality in social
    /// networks: conceptual clarification", Social Networks 1(3), 1979, 215–239,
    /// doi:10.1016/0378-8733(78)90021-7). A node nobody reaches scores 0.
    ///
    /// - Parameters:
    ///   - distance: how an edge's weight becomes a path length.
    ///   - threads: worker threads; nil uses every core.
    /// - Complexity: O(n·m) unweighted, O(n·(m + n log n)) weighted; O(n) memory per thread.
    public func closenessCentrality(distance: DistanceRule = .inverse, threads: Int? = nil) throws -> NodeScores {
        let n = nodeCount
        let values = try perSourceTotals(distance: distance, reverse: true, threads: threads) { workspace, _ in
            let total = workspace.distanceSum  // Σ distance in settle order, summed during the search
            let others = Double(workspace.reached - 1)
            guard total > 0, n > 1 else { return 0 }
            return others / total * (others / Double(n - 1))
        }
        return NodeScores(nodes: nodes, values: values)
    }

    /// Runs one search per node (on the reversed graph when `reverse`) and stores `reduce`'s value for
    /// that node. Deterministic: each node's value depends only on its own search.
    func perSourceTotals(distance: DistanceRule, reverse: Bool, threads: Int?,
                         _ reduce: (SearchWorkspace, Int32) -> Double) throws -> [Double] {
        let adjacency = try Adjacency(self, distance: distance, reverse: reverse && isDirected)
        let result = SharedBuffer<Double>(capacity: nodeCount, initialValue: 0)
        defer { result.deallocate() }
        parallelForEach(itemCount: nodeCount, threads: threads,
                        makeWorker: { SearchWorkspace(adjacency, recordsPredecessors: false) },
                        process: { workspace, item in
                            let v = Int32(item)
                            workspace.search(from: v)
                            result[item] = reduce(workspace, v)
                        })
        return Array(UnsafeBufferPointer(start: result.base, count: nodeCount))
    }
}
