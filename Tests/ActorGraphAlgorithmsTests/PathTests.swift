import ActorGraphAlgorithms
import ActorGraphCore
import Foundation
import Testing

@Suite("Paths against NetworkX")
struct PathTests {
    @Test("all shortest paths between fixture pairs", arguments: Reference.all, DistanceRule.allCases)
    func allShortestPaths(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        let cases = try #require(f.value("rules", rule.rawValue, "all_shortest_paths") as? [[String: Any]])
        #expect(!cases.isEmpty)
        for c in cases {
            let s = g.index(of: ActorID(rawValue: c["source"] as! String))!
            let t = g.index(of: ActorID(rawValue: c["target"] as! String))!
            let expected = Set((c["paths"] as! [[String]]).map { indices($0, in: g) })
            let actual = try g.allShortestPaths(from: s, to: t, distance: rule)
            #expect(Set(actual.map(\.nodes)) == expected, "\(name) \(rule) \(c["source"]!)→\(c["target"]!)")
            let length = (c["length"] as! NSNumber).doubleValue
            for p in actual { #expect(close(p.length, length, 1e-9)) }
            let one = try #require(try g.shortestPath(from: s, to: t, distance: rule))
            #expect(expected.contains(one.nodes))
        }
    }

    @Test("k shortest simple paths (Yen): same lengths as NetworkX", arguments: Reference.all, DistanceRule.allCases)
    func yen(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        let cases = try #require(f.value("rules", rule.rawValue, "k_shortest_paths") as? [[String: Any]])
        let lengthsFor = try g.distances(rule)
        for c in cases {
            let s = g.index(of: ActorID(rawValue: c["source"] as! String))!
            let t = g.index(of: ActorID(rawValue: c["target"] as! String))!
            let k = c["k"] as! Int
            let expectedLengths = (c["lengths"] as! [NSNumber]).map(\.doubleValue)
            let expectedPaths = (c["paths"] as! [[String]]).map { indices($0, in: g) }
            let actual = try g.kShortestPaths(from: s, to: t, k: k, distance: rule)
            #expect(actual.count == expectedLengths.count)
            for (p, want) in zip(actual, expectedLengths) {
                #expect(close(p.length, want, 1e-9), "\(name) \(rule): length \(p.length) vs \(want)")
            }
            // Every path is simple, runs s → t along edges, and has the length it claims; all distinct.
            #expect(Set(actual.map(\.nodes)).count == actual.count)
            for p in actual {
                #expect(p.nodes.first == s && p.nodes.last == t)
                #expect(Set(p.nodes).count == p.nodes.count)
                var total = 0.0
                for (u, v) in zip(p.nodes, p.nodes.dropFirst()) {
                    total += lengthsFor[try #require(g.slot(from: u, to: v))]
                }
                #expect(close(total, p.length, 1e-12))
            }
            // Where a length is unique (and not the last, which may tie with the (k+1)-th), the path
            // itself must be NetworkX's.
            for (i, p) in actual.enumerated() where i < expectedPaths.count - 1 {
                let tied = expectedLengths.enumerated().filter { close($0.element, expectedLengths[i], 1e-9) }.count
                if tied == 1 { #expect(p.nodes == expectedPaths[i]) }
            }
        }
    }

    @Test("eccentricity and diameter", arguments: Reference.all, DistanceRule.allCases)
    func eccentricity(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        let expected = try #require(f.object("rules", rule.rawValue))
        expectScores(try g.eccentricity(distance: rule).values, f.scores(expected["eccentricity"] as? [String: Any], in: g),
                     1e-9, "\(name) \(rule) eccentricity", nodes: g.nodes)
        #expect(close(try g.diameter(distance: rule), (expected["diameter"] as! NSNumber).doubleValue, 1e-9))
    }

    @Test("BFS and Dijkstra agree under hops; predecessors and path counts")
    func searches() throws {
        let g = try Reference.graph("karate")
        for source in [Int32(0), 16, 33] {
            let bfs = try g.breadthFirstSearch(from: source)
            let dijkstra = try g.dijkstra(from: source, distance: .weight)
            let hops = try g.shortestPathTree(from: source, distance: .hops)
            #expect(bfs.distances == hops.distances)
            #expect(bfs.order.count == g.nodeCount)
            for v in 0..<Int32(g.nodeCount) where v != source {
                // σ(v) is the sum of σ over predecessors; each predecessor is one hop closer.
                let predecessors = bfs.predecessors(of: v)
                #expect(bfs.pathCounts[Int(v)] == predecessors.map { bfs.pathCounts[Int($0)] }.reduce(0, +))
                for p in predecessors { #expect(bfs.distances[Int(p)] + 1 == bfs.distances[Int(v)]) }
                #expect(Double(bfs.allPaths(to: v).count) == bfs.pathCounts[Int(v)])
                let path = try #require(dijkstra.path(to: v))
                #expect(path.nodes.first == source && path.nodes.last == v)
            }
        }
    }

    @Test("disconnected pairs: nil path, infinite distance, eccentricity error")
    func disconnected() throws {
        let g = CompactGraph(nodes: ["a", "b", "c", "d"], edges: [(0, 1, 1), (2, 3, 1)], directed: false)
        #expect(try g.shortestPath(from: 0, to: 3) == nil)
        #expect(try g.allShortestPaths(from: 0, to: 3).isEmpty)
        #expect(try g.kShortestPaths(from: 0, to: 3, k: 3).isEmpty)
        #expect(try g.dijkstra(from: 0).distance(to: 2) == nil)
        #expect(try g.dijkstra(from: 0).distances[3] == .infinity)
        #expect(throws: GraphAlgorithmError.disconnected(measure: "eccentricity")) { try g.eccentricity() }
        #expect(throws: GraphAlgorithmError.disconnected(measure: "diameter")) { try g.diameter() }
        // Wasserman–Faust: a reaches 1 of 3 others at distance 1 → (1/1)·(1/3).
        #expect(try g.closenessCentrality(distance: .hops).values == [1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3])
        #expect(throws: GraphAlgorithmError.nodeOutOfRange(9)) { try g.shortestPath(from: 0, to: 9) }
    }

    @Test("Yen on a hand-made graph: lengths 2, 3, 4 in order")
    func yenHand() throws {
        // a–b–d (2 hops), a–c–e–d (3 hops), a–f–g–h–d (4 hops), nothing else.
        let g = CompactGraph(edges: [("a", "b", 1), ("b", "d", 1), ("a", "c", 1), ("c", "e", 1), ("e", "d", 1),
                                     ("a", "f", 1), ("f", "g", 1), ("g", "h", 1), ("h", "d", 1)],
                             directed: false)
        let a = g.index(of: "a")!, d = g.index(of: "d")!
        let paths = try g.kShortestPaths(from: a, to: d, k: 5, distance: .hops)
        #expect(paths.map(\.length) == [2, 3, 4])
        #expect(paths[0].ids(in: g) == ["a", "b", "d"])
        #expect(paths[1].ids(in: g) == ["a", "c", "e", "d"])
    }
}
