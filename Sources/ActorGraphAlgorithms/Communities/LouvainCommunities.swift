import ActorGraphCore

/// A partition into communities with its modularity.
public struct Communities: Sendable, Equatable {
    /// Community of every node; communities ordered by their smallest member.
    public let labels: [Int32]
    /// Members of every community, sorted.
    public let members: [[Int32]]
    /// Modularity of the partition (with the resolution and weighting that produced it).
    public let modularity: Double
    /// Number of aggregation levels the algorithm went through.
    public let levels: Int
}

extension CompactGraph {
    /// Communities by the Louvain method: greedy modularity optimisation, repeated on the graph of
    /// communities.
    ///
    /// Each level visits the nodes in a random order (drawn from `rng`, once per level) and moves each
    /// to the neighbouring community with the largest positive modularity gain, until no node moves;
    /// then communities become the nodes of the next level. Stops when a level improves modularity by
    /// at most `threshold`. Gains and stopping rule are NetworkX's `louvain_communities` (directed
    /// graphs use the directed gain of Dugué & Perez 2015), so results are of the same quality, though
    /// the random order differs from Python's.
    ///
    /// V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in
    /// large networks", J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008.
    ///
    /// - Parameters:
    ///   - resolution: γ of the modularity (1 = Newman's).
    ///   - weighted: read the weight as tie strength; otherwise every edge counts 1.
    ///   - threshold: minimal modularity gain for another level (NetworkX: 1e-7).
    ///   - rng: the random source of the visiting order.
    /// - Throws: `.invalidParameter` when the graph has no edge weight.
    /// - Complexity: about O(m) per pass; a few passes per level, O(log n) levels in practice.
    public func louvainCommunities(resolution: Double = 1, weighted: Bool = true, threshold: Double = 1e-7,
                                   using rng: inout some RandomNumberGenerator) throws -> Communities {
        let n = nodeCount
        var membership = (0..<n).map { Int32($0) }  // original node → node of the current level
        guard n > 0 else { return Communities(labels: [], members: [], modularity: 0, levels: 0) }
        var level = LouvainLevel(self, weighted: weighted)
        let m = level.totalWeight
        guard m != 0 else {
            throw GraphAlgorithmError.invalidParameter("Louvain needs a graph with edge weight")
        }
        var modularityValue = try modularity(labels: membership, resolution: resolution, weighted: weighted)
        var levels = 0
        while true {
            let (moved, communityOfLevelNode, communityCount) = level.moveNodes(
                m: m, resolution: resolution, directed: isDirected, using: &rng)
            if levels > 0 && !moved { break }
            levels += 1
            for v in 0..<n { membership[v] = communityOfLevelNode[Int(membership[v])] }
            let newModularity = try modularity(labels: membership, resolution: resolution, weighted: weighted)
            if newModularity - modularityValue <= threshold { break }
            modularityValue = newModularity
            level = level.aggregated(by: communityOfLevelNode, count: communityCount)
        }
        let components = Components(rawLabels: membership)
        return Communities(labels: components.labels, members: components.members,
                           modularity: try modularity(labels: components.labels, resolution: resolution,
                                                      weighted: weighted),
                           levels: levels)
    }
}

/// One level of the Louvain hierarchy: a graph whose nodes are the communities of the level below,
/// with symmetric neighbour weights (both directions summed, self-loops left out) and the in/out
/// strengths of each node (self-loops included).
private struct LouvainLevel {
    var offsets: [Int]
    var neighbours: [Int32]
    var weights: [Double]
    var inStrength: [Double]
    var outStrength: [Double]
    var totalWeight: Double

    var count: Int { inStrength.count }

    init(offsets: [Int], neighbours: [Int32], weights: [Double], inStrength: [Double], outStrength: [Double],
         totalWeight: Double) {
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.inStrength = inStrength
        self.outStrength = outStrength
        self.totalWeight = totalWeight
    }

    init(_ graph: CompactGraph, weighted: Bool) {
        let n = graph.nodeCount
        var total = 0.0
        for w in graph.edgeWeights { total += weighted ? w : 1 }
        var outStrength = [Double](repeating: 0, count: n)
        var inStrength = [Double](repeating: 0, count: n)
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int32] = []
        var weights: [Double] = []
        neighbours.reserveCapacity(graph.targets.count + (graph.isDirected ? graph.inSources.count : 0))
        for v in 0..<n {
            // Merge the sorted out- and in-lists, summing the weight of a pair linked both ways.
            var i = graph.offsets[v], iEnd = graph.offsets[v + 1]
            var j = graph.isDirected ? graph.inOffsets[v] : 0
            let jEnd = graph.isDirected ? graph.inOffsets[v + 1] : 0
            for slot in i..<iEnd { outStrength[v] += weighted ? graph.weights[slot] : 1 }
            for slot in j..<jEnd { inStrength[v] += weighted ? graph.inWeights[slot] : 1 }
            if !graph.isDirected { inStrength[v] = outStrength[v] }
            while i < iEnd || j < jEnd {
                let a = i < iEnd ? graph.targets[i] : Int32.max
                let b = j < jEnd ? graph.inSources[j] : Int32.max
                var w = 0.0
                let u = Swift.min(a, b)
                if a == u { w += weighted ? graph.weights[i] : 1; i += 1 }
                if b == u { w += weighted ? graph.inWeights[j] : 1; j += 1 }
                neighbours.append(u)
                weights.append(w)
            }
            offsets[v + 1] = neighbours.count
        }
        self.init(offsets: offsets, neighbours: neighbours, weights: weights, inStrength: inStrength,
                  outStrength: outStrength, totalWeight: total)
    }

    /// The local-moving phase (NetworkX's `_one_level`). Returns whether any node moved, the community
    /// of every node (numbered 0 ..< count in order of the surviving communities), and the count.
    func moveNodes(m: Double, resolution: Double, directed: Bool,
                   using rng: inout some RandomNumberGenerator) -> (Bool, [Int32], Int) {
        let n = count
        var community = (0..<n).map { Int32($0) }
        var totalIn = inStrength, totalOut = outStrength
        var order = (0..<n).map { Int32($0) }
        order.shuffle(using: &rng)
        var weightTo = [Double](repeating: 0, count: n)
        var marked = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        let m2 = m * m
        var improvement = false
        var moves = 1
        while moves > 0 {
            moves = 0
            for u32 in order {
                let u = Int(u32)
                let current = Int(community[u])
                for slot in offsets[u] ..< offsets[u + 1] {
                    let c = Int(community[Int(neighbours[slot])])
                    if !marked[c] {
                        marked[c] = true
                        touched.append(Int32(c))
                    }
                    weightTo[c] += weights[slot]
                }
                var best = current
                var bestGain = 0.0
                let kIn = inStrength[u], kOut = outStrength[u]
                totalIn[current] -= kIn
                totalOut[current] -= kOut
                if directed {
                    let removeCost = -weightTo[current] / m
                        + resolution * (kOut * totalIn[current] + kIn * totalOut[current]) / m2
                    for c32 in touched {
                        let c = Int(c32)
                        let gain = removeCost + weightTo[c] / m
                            - resolution * (kOut * totalIn[c] + kIn * totalOut[c]) / m2
                        if gain > bestGain { bestGain = gain; best = c }
                    }
                } else {
                    let removeCost = -weightTo[current] / m + resolution * (totalOut[current] * kOut) / (2 * m2)
                    for c32 in touched {
                        let c = Int(c32)
                        let gain = removeCost + weightTo[c] / m - resolution * (totalOut[c] * kOut) / (2 * m2)
                        if gain > bestGain { bestGain = gain; best = c }
                    }
                }
                totalIn[best] += kIn
                totalOut[best] += kOut
                if best != current {
                    community[u] = Int32(best)
                    moves += 1
                    improvement = true
                }
                for c in touched {
                    weightTo[Int(c)] = 0
                    marked[Int(c)] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        // Renumber surviving communities in increasing order of their old number (NetworkX keeps the
        // non-empty communities in list order).
        var used = [Bool](repeating: false, count: n)
        for c in community { used[Int(c)] = true }
        var newNumber = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        for c in 0..<n where used[c] {
            newNumber[c] = next
            next += 1
        }
        return (improvement, community.map { newNumber[Int($0)] }, Int(next))
    }

    /// The graph of communities: strengths summed, links between communities summed, internal links
    /// dropped (they only matter through the strengths).
    func aggregated(by community: [Int32], count communityCount: Int) -> LouvainLevel {
        var inS = [Double](repeating: 0, count: communityCount)
        var outS = [Double](repeating: 0, count: communityCount)
        var memberCount = [Int](repeating: 0, count: communityCount + 1)
        for v in 0..<count {
            let c = Int(community[v])
            inS[c] += inStrength[v]
            outS[c] += outStrength[v]
            memberCount[c + 1] += 1
        }
        for c in 0..<communityCount { memberCount[c + 1] += memberCount[c] }
        var members = [Int32](repeating: 0, count: count)
        var cursor = Array(memberCount[0..<communityCount])
        for v in 0..<count {
            let c = Int(community[v])
            members[cursor[c]] = Int32(v)
            cursor[c] += 1
        }
        var offsets = [Int](repeating: 0, count: communityCount + 1)
        var neighbours: [Int32] = []
        var weights: [Double] = []
        var weightTo = [Double](repeating: 0, count: communityCount)
        var marked = [Bool](repeating: false, count: communityCount)
        var touched: [Int32] = []
        for c in 0..<communityCount {
            for member in members[memberCount[c] ..< memberCount[c + 1]] {
                let v = Int(member)
                for slot in self.offsets[v] ..< self.offsets[v + 1] {
                    let d = Int(community[Int(self.neighbours[slot])])
                    if d == c { continue }
                    if !marked[d] {
                        marked[d] = true
                        touched.append(Int32(d))
                    }
                    weightTo[d] += self.weights[slot]
                }
            }
            touched.sort()
            for d in touched {
                neighbours.append(d)
                weights.append(weightTo[Int(d)])
                weightTo[Int(d)] = 0
                marked[Int(d)] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[c + 1] = neighbours.count
        }
        return LouvainLevel(offsets: offsets, neighbours: neighbours, weights: weights, inStrength: inS,
                            outStrength: outS, totalWeight: totalWeight)
    }
}
