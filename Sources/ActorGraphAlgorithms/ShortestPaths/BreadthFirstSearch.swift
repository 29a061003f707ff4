import ActorGraphCore
import DequeModule

extension CompactGraph {
    /// Breadth-first search from `source`: hop distances, path counts and shortest-path predecessors.
    ///
    /// Nodes are visited level by level from a FIFO queue, so each is first reached by a shortest path
    /// in hops; every neighbour one level up is recorded as a predecessor (as NetworkX's
    /// `_single_source_shortest_path_basic`). E. F. Moore, "The shortest path through a maze",
    /// Proc. Int. Symp. Theory of Switching, 1959, 285–292.
    ///
    /// - Throws: `GraphAlgorithmError.nodeOutOfRange`.
    /// - Complexity: O(n + m).
    public func breadthFirstSearch(from source: Int32) throws -> ShortestPathTree {
        try check(source)
        let n = nodeCount
        var distances = [Double](repeating: .infinity, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var counts = [Int32](repeating: 0, count: n)
        var predecessors = [Int32](repeating: 0, count: inSources.count)
        var order: [Int32] = []
        var queue = Deque<Int32>()
        distances[Int(source)] = 0
        sigma[Int(source)] = 1
        queue.append(source)
        while let v = queue.popFirst() {
            order.append(v)
            let next = distances[Int(v)] + 1
            for slot in offsets[Int(v)] ..< offsets[Int(v) + 1] {
                let w = Int(targets[slot])
                if distances[w] == .infinity {
                    distances[w] = next
                    queue.append(Int32(w))
                }
                if distances[w] == next {
                    sigma[w] += sigma[Int(v)]
                    predecessors[inOffsets[w] + Int(counts[w])] = v
                    counts[w] += 1
                }
            }
        }
        return ShortestPathTree(source: source, rule: .hops, distances: distances, pathCounts: sigma, order: order,
                                predecessorOffsets: inOffsets, predecessorCounts: counts,
                                predecessorList: predecessors)
    }
}
