import ActorGraphCore

/// The result of a single-source shortest-path search: distances, path counts and every shortest-path
/// predecessor of every node (the shortest-path DAG), by dense index.
public struct ShortestPathTree: Sendable {
    public let source: Int32
    public let rule: DistanceRule
    /// Distance from the source; `.infinity` when unreachable.
    public let distances: [Double]
    /// Number of distinct shortest paths from the source (σ), as a Double (it can exceed Int).
    public let pathCounts: [Double]
    /// Reached nodes in the order they were settled (non-decreasing distance).
    public let order: [Int32]
    let predecessorOffsets: [Int]
    let predecessorCounts: [Int32]
    let predecessorList: [Int32]

    /// Predecessors of `v` on shortest paths from the source, in discovery order.
    public func predecessors(of v: Int32) -> ArraySlice<Int32> {
        let base = predecessorOffsets[Int(v)]
        return predecessorList[base ..< base + Int(predecessorCounts[Int(v)])]
    }

    /// The distance to `v`, or nil when `v` is unreachable.
    public func distance(to v: Int32) -> Double? {
        let d = distances[Int(v)]
        return d.isFinite ? d : nil
    }

    /// One shortest path to `v` (following the first-found predecessor), or nil when unreachable.
    public func path(to v: Int32) -> GraphPath? {
        guard let length = distance(to: v) else { return nil }
        var nodes = [v]
        var current = v
        while current != source {
            current = predecessors(of: current).first!
            nodes.append(current)
        }
        return GraphPath(nodes: nodes.reversed(), length: length)
    }

    /// Every shortest path to `v`, sorted lexicographically by node index; empty when unreachable.
    /// The count can grow exponentially with the graph: see `pathCounts[v]` first.
    public func allPaths(to v: Int32) -> [GraphPath] {
        guard let length = distance(to: v) else { return [] }
        var result: [GraphPath] = []
        // Depth-first walk back from v over predecessor lists, with an explicit stack.
        var stack: [(node: Int32, next: Int)] = [(v, 0)]
        var reversedPath: [Int32] = [v]
        while let top = stack.last {
            if top.node == source {
                result.append(GraphPath(nodes: reversedPath.reversed(), length: length))
                stack.removeLast()
                reversedPath.removeLast()
                continue
            }
            let predecessors = self.predecessors(of: top.node)
            if top.next < predecessors.count {
                stack[stack.count - 1].next += 1
                let p = predecessors[predecessors.startIndex + top.next]
                stack.append((p, 0))
                reversedPath.append(p)
            } else {
                stack.removeLast()
                reversedPath.removeLast()
            }
        }
        return result.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
    }
}
