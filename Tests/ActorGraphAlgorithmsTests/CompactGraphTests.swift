import ActorGraphAlgorithms
import ActorGraphCore
import Testing

@Suite("CompactGraph")
struct CompactGraphTests {
    @Test("parallel edges are summed, self-loops dropped, neighbour lists sorted")
    func construction() throws {
        let g = CompactGraph(nodes: ["a", "b", "c", "d"],
                             edges: [(2, 0, 1), (0, 2, 2), (3, 0, 1), (1, 1, 5), (0, 1, 4), (1, 3, 1)],
                             directed: false)
        #expect(g.nodeCount == 4)
        #expect(g.edgeCount == 4)  // a–c (merged), a–d, a–b, b–d
        #expect(Array(g.outNeighbours(of: 0)) == [1, 2, 3])
        #expect(Array(g.outNeighbours(of: 3)) == [0, 1])
        #expect(g.weight(from: 2, to: 0) == 3)
        #expect(g.weight(from: 1, to: 1) == nil)
        #expect(g.targets.count == 2 * g.edgeCount)
        #expect(g.strength(of: 0) == 8)
        #expect(g.index(of: "c") == 2)
        #expect(g.index(of: "zz") == nil)
    }

    @Test("directed graphs keep the reverse adjacency")
    func directed() throws {
        let g = CompactGraph(nodes: ["a", "b", "c"], edges: [(0, 1, 1), (2, 1, 2), (1, 0, 3), (0, 1, 1)],
                             directed: true)
        #expect(g.edgeCount == 3)
        #expect(Array(g.inNeighbours(of: 1)) == [0, 2])
        #expect(Array(g.outNeighbours(of: 1)) == [0])
        #expect(g.weight(from: 0, to: 1) == 2)
        #expect(g.degree(of: 1) == 3)
        #expect(g.strength(of: 1) == 2 + 2 + 3)
        #expect(g.inStrength(of: 1) == 4)
    }

    @Test("distance rules: inverse, weight, hops")
    func distances() throws {
        let g = CompactGraph(nodes: ["a", "b"], edges: [(0, 1, 4)], directed: false)
        #expect(try g.distances(.inverse) == [0.25, 0.25])
        #expect(try g.distances(.weight) == [4, 4])
        #expect(try g.distances(.hops) == [1, 1])
    }

    @Test("zero or negative weights are rejected with both actors named", arguments: [0.0, -2.0])
    func invalidDistances(weight: Double) throws {
        let g = CompactGraph(nodes: ["russia", "north-korea", "china"], edges: [(0, 2, 1), (0, 1, weight)],
                             directed: false)
        for rule in [DistanceRule.inverse, .weight] {
            let error = #expect(throws: InvalidDistanceError.self) { try g.distances(rule) }
            #expect(error?.source == "russia")
            #expect(error?.target == "north-korea")
            #expect(error?.description.contains("north-korea") == true)
            #expect(throws: InvalidDistanceError.self) { try g.betweennessCentrality(distance: rule) }
            #expect(throws: InvalidDistanceError.self) { try g.shortestPath(from: 0, to: 1, distance: rule) }
        }
        #expect(try g.betweennessCentrality(distance: .hops).values.count == 3)
    }

    @Test("ActorGraph.compact() orders actors by ID and sums relations of different kinds")
    func fromActorGraph() throws {
        var graph = ActorGraph()
        for name in ["Russia", "China", "North Korea"] {
            graph.add(Actor(name: name, kind: .country))
        }
        graph.add(Relation(source: "russia", target: "north-korea", kind: .meeting, weight: 2))
        graph.add(Relation(source: "north-korea", target: "russia", kind: .mediation, weight: 1))
        graph.add(Relation(source: "china", target: "russia", kind: .meeting, weight: 1))
        let g = graph.compact()
        #expect(g.nodes == ["china", "north-korea", "russia"])
        #expect(g.edgeCount == 2)
        #expect(g.weight(from: 2, to: 1) == 3)
    }
}
