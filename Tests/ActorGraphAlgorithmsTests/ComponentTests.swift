import ActorGraphAlgorithms
import ActorGraphCore
import Testing

@Suite("Components")
struct ComponentTests {
    @Test("weak and strong components match NetworkX", arguments: Reference.all)
    func reference(name: String) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        for (key, components) in [("weak", g.weaklyConnectedComponents()), ("strong", g.stronglyConnectedComponents())] {
            let expected = Set((f.value("components", key) as! [[String]]).map { Set($0) })
            let actual = Set(components.members.map { Set($0.map { g.nodes[Int($0)].rawValue }) })
            #expect(actual == expected, "\(name) \(key)")
        }
    }

    @Test("Tarjan on a hand-made digraph")
    func strong() throws {
        // 0 → 1 → 2 → 0 is a cycle; 2 → 3 → 4 → 3 another; 5 alone; 6 → 5.
        let g = CompactGraph(nodes: (0..<7).map { ActorID(rawValue: "n\($0)") },
                             edges: [(0, 1, 1), (1, 2, 1), (2, 0, 1), (2, 3, 1), (3, 4, 1), (4, 3, 1), (6, 5, 1)],
                             directed: true)
        let strong = g.stronglyConnectedComponents()
        #expect(strong.members == [[0, 1, 2], [3, 4], [5], [6]])
        #expect(strong.labels == [0, 0, 0, 1, 1, 2, 3])
        let weak = g.weaklyConnectedComponents()
        #expect(weak.members == [[0, 1, 2, 3, 4], [5, 6]])
        #expect(g.connectedComponents() == weak)
    }

    @Test("a long chain does not overflow the stack (iterative Tarjan)")
    func deepChain() throws {
        let n = 200_000
        let edges = (0..<(n - 1)).map { (source: Int32($0), target: Int32($0 + 1), weight: 1.0) }
        let g = CompactGraph(nodes: (0..<n).map { ActorID(rawValue: "v\($0)") }, edges: edges, directed: true)
        #expect(g.stronglyConnectedComponents().count == n)
        #expect(g.weaklyConnectedComponents().count == 1)
    }
}
