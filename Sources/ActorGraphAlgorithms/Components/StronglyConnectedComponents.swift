import ActorGraphCore

extension CompactGraph {
    /// Strongly connected components: maximal sets where every node reaches every other along edge
    /// directions (for undirected graphs, the connected components).
    ///
    /// Tarjan's algorithm with an explicit call stack (no recursion, so deep graphs cannot overflow the
    /// thread stack): depth-first indices and low-links, a component popped when a node's low-link equals
    /// its index. R. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on Computing
    /// 1(2), 1972, 146–160, doi:10.1137/0201010.
    /// - Complexity: O(n + m) time and memory.
    public func stronglyConnectedComponents() -> Components {
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var calls: [(node: Int32, slot: Int)] = []
        var label = [Int32](repeating: -1, count: n)
        var counter: Int32 = 0
        var components: Int32 = 0
        for root in 0..<n where index[root] == -1 {
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(Int32(root))
            onStack[root] = true
            calls.append((Int32(root), offsets[root]))
            while let top = calls.last {
                let v = Int(top.node)
                if top.slot < offsets[v + 1] {
                    calls[calls.count - 1].slot += 1
                    let w = Int(targets[top.slot])
                    if index[w] == -1 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        calls.append((Int32(w), offsets[w]))
                    } else if onStack[w] {
                        low[v] = Swift.min(low[v], index[w])
                    }
                } else {
                    calls.removeLast()
                    if low[v] == index[v] {
                        while true {
                            let w = Int(stack.removeLast())
                            onStack[w] = false
                            label[w] = components
                            if w == v { break }
                        }
                        components += 1
                    }
                    if let parent = calls.last {
                        low[Int(parent.node)] = Swift.min(low[Int(parent.node)], low[v])
                    }
                }
            }
        }
        return Components(rawLabels: label)
    }
}
