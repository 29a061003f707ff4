import ActorGraphCore

extension CompactGraph {
    /// Edge betweenness of every edge: the share of shortest paths between all pairs that use it.
    ///
    /// Same single-source searches as `betweennessCentrality`; during the backward pass the flow
    /// c = σ(v)/σ(w) · (1 + δ(w)) along each DAG link v → w is credited to the edge (Brandes 2008,
    /// "On variants of shortest-path betweenness centrality and their generic computation",
    /// Social Networks 30(2):136–145, doi:10.1016/j.socnet.2007.11.001; Brandes 2001, J. Math. Sociol.
    /// 25(2):163–177, doi:10.1080/0022250X.2001.9990249). Parallel over sources, deterministic.
    ///
    /// Formula: c_E(e) = Σ_{s ≠ t} σ(s, t | e) / σ(s, t).
    ///
    /// - Parameters:
    ///   - distance: how an edge's weight becomes a path length.
    ///   - normalized: divide by n(n−1), as NetworkX does; otherwise undirected scores are halved.
    ///   - threads: worker threads; nil uses every core.
    /// - Returns: a score per edge of `edgeSources`/`edgeTargets`.
    /// - Complexity: O(n·m) unweighted, O(n·m + n²·log n) weighted; O(n + m) memory per thread plus
    ///   16 partial edge-score vectors.
    public func edgeBetweennessCentrality(
        distance: DistanceRule = .inverse, normalized: Bool = true, threads: Int? = nil
    ) throws -> EdgeScores {
        let sources = (0..<nodeCount).map { Int32($0) }
        return try edgeBetweenness(sources: sources, distance: distance, normalized: normalized, threads: threads)
    }

    /// Edge betweenness estimated from `pivots` sampled sources, scaled by n/k (normalized: 1/(k(n−1))),
    /// as NetworkX's `edge_betweenness_centrality(k=…)` scales it.
    public func sampledEdgeBetweennessCentrality(
        pivots: Int, distance: DistanceRule = .inverse, normalized: Bool = true, threads: Int? = nil,
        using rng: inout some RandomNumberGenerator
    ) throws -> EdgeScores {
        guard pivots >= 1 else {
            throw GraphAlgorithmError.invalidParameter("the number of pivots must be at least 1 (got \(pivots))")
        }
        let sample = pivots >= nodeCount ? (0..<nodeCount).map { Int32($0) } : samplePivots(pivots, using: &rng)
        return try edgeBetweenness(sources: sample, distance: distance, normalized: normalized, threads: threads)
    }

    private func edgeBetweenness(sources: [Int32], distance: DistanceRule, normalized: Bool,
                                 threads: Int?) throws -> EdgeScores {
        let adjacency = try Adjacency(self, distance: distance)
        var values = sources.withUnsafeBufferPointer { sources in
            deterministicSum(
                itemCount: sources.count, resultLength: edgeCount, threads: threads,
                makeWorker: { SearchWorkspace(adjacency) },
                process: { workspace, item, score in
                    let s = sources[item]
                    workspace.search(from: s)
                    accumulateEdgeDependencies(workspace, into: score)
                })
        }
        // NetworkX's `_rescale` with endpoints = true: N = n.
        let n = Double(nodeCount)
        if nodeCount >= 2 {
            let k = Double(sources.count)
            let scale = normalized ? 1 / (k * (n - 1)) : n / (k * (isDirected ? 1 : 2))
            if scale != 1 { for e in values.indices { values[e] *= scale } }
        }
        return EdgeScores(nodes: nodes, isDirected: isDirected, sources: edgeSources, targets: edgeTargets,
                          values: values)
    }
}

@inline(__always)
func accumulateEdgeDependencies(_ workspace: SearchWorkspace, into score: UnsafeMutableBufferPointer<Double>) {
    let order = workspace.order, sigma = workspace.sigma, delta = workspace.delta
    let predecessors = workspace.predecessors, edges = workspace.predecessorEdges
    let counts = workspace.predecessorCount
    let predecessorOffsets = workspace.adjacency.predecessorOffsets
    var i = workspace.reached - 1
    while i >= 0 {
        let w = Int(order[i])
        let coefficient = (1 + delta[w]) / sigma[w]
        let base = predecessorOffsets[w]
        for p in base ..< base + Int(counts[w]) {
            let v = Int(predecessors[p])
            let c = sigma[v] * coefficient
            score[Int(edges[p])] += c
            delta[v] += c
        }
        i -= 1
    }
}
