import ActorGraphCore

extension CompactGraph {
    /// Harmonic centrality of every actor: the sum of inverse distances from the other actors.
    ///
    /// Unreachable pairs contribute 0 (1/∞), so the measure is defined on disconnected graphs without
    /// any correction. For directed graphs distances are incoming (u → v), as in NetworkX.
    ///
    /// Formula: H(v) = Σ_{u ≠ v} 1 / d(u, v), not normalised (NetworkX's convention).
    /// M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285(3–4), 2000, 539–546,
    /// doi:10.1016/S0378-4371(00)00311-3.
    ///
    /// - Parameters:
    ///   - distance: how an edge's weight becomes a path length.
    ///   - threads: worker threads; nil uses every core.
    /// - Complexity: O(n·m) unweighted, O(n·(m + n log n)) weighted; O(n) memory per thread.
    public func harmonicCentrality(distance: DistanceRule = .inverse, threads: Int? = nil) throws -> NodeScores {
        let values = try perSourceTotals(distance: distance, reverse: true, threads: threads) { workspace, _ in
            var total = 0.0
            for i in 0..<workspace.reached {
                let d = workspace.distance[Int(workspace.order[i])]
                if d != 0 { total += 1 / d }
            }
            return total
        }
        return NodeScores(nodes: nodes, values: values)
    }
}
