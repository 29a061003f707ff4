import ActorGraphCore
import DequeModule

/// A partition of the nodes into components, by dense index.
public struct Components: Sendable, Equatable {
    /// Component number of every node.
    public let labels: [Int32]
    /// Members of every component, sorted; components ordered by their smallest member.
    public let members: [[Int32]]

    public var count: Int { members.count }

    /// Renumbers arbitrary labels so that components are ordered by their smallest member.
    init(rawLabels: [Int32]) {
        var renumber = [Int32](repeating: -1, count: rawLabels.count)
        var labels = [Int32](repeating: 0, count: rawLabels.count)
        var members: [[Int32]] = []
        for v in rawLabels.indices {
            let raw = Int(rawLabels[v])
            if renumber[raw] == -1 {
                renumber[raw] = Int32(members.count)
                members.append([])
            }
            labels[v] = renumber[raw]
            members[Int(renumber[raw])].append(Int32(v))
        }
        self.labels = labels
        self.members = members
    }
}

extension CompactGraph {
    /// Connected components: for directed graphs, the weakly connected ones (edge directions ignored).
    ///
    /// Breadth-first search from every node not yet labelled, over out- and in-edges.
    /// J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
    /// Communications of the ACM 16(6), 1973, 372–378, doi:10.1145/362248.362272.
    /// - Complexity: O(n + m).
    public func connectedComponents() -> Components { weaklyConnectedComponents() }

    /// Weakly connected components (connected components when undirected).
    /// - Complexity: O(n + m).
    public func weaklyConnectedComponents() -> Components {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var queue = Deque<Int32>()
        var next: Int32 = 0
        for root in 0..<n where label[root] == -1 {
            label[root] = next
            queue.append(Int32(root))
            while let v = queue.popFirst() {
                for w in outNeighbours(of: v) where label[Int(w)] == -1 {
                    label[Int(w)] = next
                    queue.append(w)
                }
                if isDirected {
                    for w in inNeighbours(of: v) where label[Int(w)] == -1 {
                        label[Int(w)] = next
                        queue.append(w)
                    }
                }
            }
            next += 1
        }
        return Components(rawLabels: label)
    }
}
