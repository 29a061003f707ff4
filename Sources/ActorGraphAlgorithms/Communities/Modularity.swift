import ActorGraphCore

extension CompactGraph {
    /// Modularity of a partition: the fraction of edge weight inside communities minus what a random
    /// graph with the same degrees would put there.
    ///
    /// Formula (undirected): Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with L_c the weight inside c, d_c the
    /// sum of its strengths and m the total weight; directed: Q = Σ_c [ L_c / m − γ d⁺_c d⁻_c / m² ]
    /// (out- and in-strength sums). Computed as NetworkX's `community.modularity`. M. E. J. Newman,
    /// "Modularity and community structure in networks", PNAS 103(23), 2006, 8577–8582,
    /// doi:10.1073/pnas.0601602103; resolution γ: J. Reichardt, S. Bornholdt, Phys. Rev. E 74, 016110,
    /// 2006.
    ///
    /// - Parameters:
    ///   - labels: community of every node (any non-negative integers).
    ///   - resolution: γ; below 1 favours larger communities, above 1 smaller ones.
    ///   - weighted: read the weight as tie strength; otherwise every edge counts 1.
    /// - Throws: `.invalidParameter` for a label vector of the wrong size, a negative label, or a graph
    ///   without edge weight (modularity is undefined).
    /// - Complexity: O(n + m).
    public func modularity(labels: [Int32], resolution: Double = 1, weighted: Bool = true) throws -> Double {
        guard labels.count == nodeCount, labels.allSatisfy({ $0 >= 0 }) else {
            throw GraphAlgorithmError.invalidParameter(
                "a partition needs one non-negative community label per node (\(nodeCount) nodes, "
                    + "\(labels.count) labels)")
        }
        let communityCount = Int(labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: communityCount)
        var outSum = [Double](repeating: 0, count: communityCount)
        var inSum = [Double](repeating: 0, count: communityCount)
        var total = 0.0
        for e in 0..<edgeCount {
            let w = weighted ? edgeWeights[e] : 1
            let a = Int(labels[Int(edgeSources[e])]), b = Int(labels[Int(edgeTargets[e])])
            total += w
            outSum[a] += w
            inSum[b] += w
            if !isDirected {  // an undirected edge adds its weight to both ends' strength
                outSum[b] += w
                inSum[a] += w
            }
            if a == b { inside[a] += w }
        }
        guard total != 0 else {
            throw GraphAlgorithmError.invalidParameter("modularity is undefined on a graph without edge weight")
        }
        let m = total
        let norm = isDirected ? 1 / (m * m) : 1 / ((2 * m) * (2 * m))
        var q = 0.0
        for c in 0..<communityCount {
            q += inside[c] / m - resolution * outSum[c] * inSum[c] * norm
        }
        return q
    }

    /// Modularity of a partition given as member lists; every node must be in exactly one community.
    public func modularity(communities: [[Int32]], resolution: Double = 1, weighted: Bool = true) throws -> Double {
        var labels = [Int32](repeating: -1, count: nodeCount)
        for (c, members) in communities.enumerated() {
            for v in members {
                try check(v)
                guard labels[Int(v)] == -1 else {
                    throw GraphAlgorithmError.invalidParameter("node \(nodes[Int(v)]) is in two communities")
                }
                labels[Int(v)] = Int32(c)
            }
        }
        if let missing = labels.firstIndex(of: -1) {
            throw GraphAlgorithmError.invalidParameter("node \(nodes[missing]) is in no community")
        }
        return try modularity(labels: labels, resolution: resolution, weighted: weighted)
    }
}
