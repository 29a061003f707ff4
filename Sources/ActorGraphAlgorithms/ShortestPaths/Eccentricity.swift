import ActorGraphCore

extension CompactGraph {
    /// Eccentricity of every actor: its distance to the farthest other actor (out-distances when
    /// directed, as NetworkX's `eccentricity`).
    ///
    /// One single-source search per node, parallel over nodes. Defined only when every node reaches
    /// every other (connected, or strongly connected when directed). F. Harary, "Graph Theory",
    /// Addison-Wesley, 1969, ch. 2.
    ///
    /// - Parameters:
    ///   - distance: how an edge's weight becomes a path length.
    ///   - threads: worker threads; nil uses every core.
    /// - Throws: `GraphAlgorithmError.disconnected` when some pair has no path; `InvalidDistanceError`.
    /// - Complexity: O(n·m) unweighted, O(n·(m + n log n)) weighted.
    public func eccentricity(distance: DistanceRule = .inverse, threads: Int? = nil) throws -> NodeScores {
        let n = nodeCount
        guard n > 0 else { return NodeScores(nodes: [], values: []) }
        let values = try perSourceTotals(distance: distance, reverse: false, threads: threads) { workspace, _ in
            guard workspace.reached == n else { return .infinity }
            var farthest = 0.0
            for i in 0..<workspace.reached {
                farthest = Swift.max(farthest, workspace.distance[Int(workspace.order[i])])
            }
            return farthest
        }
        if values.contains(.infinity) {
            throw GraphAlgorithmError.disconnected(measure: "eccentricity")
        }
        return NodeScores(nodes: nodes, values: values)
    }

    /// The diameter: the largest eccentricity.
    /// - Throws: `GraphAlgorithmError.disconnected` when some pair has no path.
    public func diameter(distance: DistanceRule = .inverse, threads: Int? = nil) throws -> Double {
        do {
            return try eccentricity(distance: distance, threads: threads).values.max() ?? 0
        } catch GraphAlgorithmError.disconnected {
            throw GraphAlgorithmError.disconnected(measure: "diameter")
        }
    }

    /// The radius: the smallest eccentricity.
    public func radius(distance: DistanceRule = .inverse, threads: Int? = nil) throws -> Double {
        do {
            return try eccentricity(distance: distance, threads: threads).values.min() ?? 0
        } catch GraphAlgorithmError.disconnected {
            throw GraphAlgorithmError.disconnected(measure: "radius")
        }
    }
}
