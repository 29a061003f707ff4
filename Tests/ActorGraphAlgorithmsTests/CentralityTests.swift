import ActorGraphAlgorithms
import ActorGraphCore
import Foundation
import Testing

/// Every centrality on every reference graph against NetworkX 3.6 (fixtures from scripts/gen-fixtures).
@Suite("Centrality against NetworkX")
struct CentralityTests {
    @Test("node order of the CSV matches the fixture", arguments: Reference.all)
    func nodeOrder(name: String) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        #expect(g.nodes.map(\.rawValue) == f.nodes)
        #expect(g.edgeCount == (f["edge_count"] as! Int))
    }

    @Test("degree, degree centrality, strength", arguments: Reference.all)
    func degree(name: String) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        expectScores(g.degrees().map(Double.init), f.scores(f.object("degree"), in: g), 0, "degree", nodes: g.nodes)
        expectScores(g.degreeCentrality().values, f.scores(f.object("degree_centrality"), in: g), 1e-12,
                     "degree centrality", nodes: g.nodes)
        expectScores(g.strengthCentrality().values, f.scores(f.object("strength"), in: g), 1e-12, "strength",
                     nodes: g.nodes)
        if g.isDirected {
            expectScores(g.inDegreeCentrality().values, f.scores(f.object("in_degree_centrality"), in: g), 1e-12,
                         "in-degree centrality", nodes: g.nodes)
            expectScores(g.outDegreeCentrality().values, f.scores(f.object("out_degree_centrality"), in: g), 1e-12,
                         "out-degree centrality", nodes: g.nodes)
        }
    }

    @Test("betweenness: normalized, raw, endpoints", arguments: Reference.all, DistanceRule.allCases)
    func betweenness(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        let expected = try #require(f.object("rules", rule.rawValue))
        let cases: [(String, Bool, Bool)] = [
            ("betweenness", true, false), ("betweenness_raw", false, false),
            ("betweenness_endpoints", true, true), ("betweenness_endpoints_raw", false, true),
        ]
        for (key, normalized, endpoints) in cases {
            let actual = try g.betweennessCentrality(distance: rule, normalized: normalized, endpoints: endpoints)
            expectScores(actual.values, f.scores(expected[key] as? [String: Any], in: g), 1e-9,
                         "\(name) \(rule) \(key)", nodes: g.nodes)
        }
    }

    @Test("edge betweenness: normalized and raw", arguments: Reference.all, DistanceRule.allCases)
    func edgeBetweenness(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        let expected = try #require(f.object("rules", rule.rawValue))
        for (key, normalized) in [("edge_betweenness", true), ("edge_betweenness_raw", false)] {
            let actual = try g.edgeBetweennessCentrality(distance: rule, normalized: normalized)
            let rows = try #require(expected[key] as? [[Any]])
            #expect(rows.count == g.edgeCount)
            for row in rows {
                let u = g.index(of: ActorID(rawValue: row[0] as! String))!
                let v = g.index(of: ActorID(rawValue: row[1] as! String))!
                let want = (row[2] as! NSNumber).doubleValue
                let got = try #require(actual.score(from: u, to: v))
                #expect(close(got, want, 1e-9), "\(name) \(rule) \(key) \(row[0])–\(row[1]): \(got) vs \(want)")
            }
        }
    }

    @Test("closeness (Wasserman–Faust) and harmonic", arguments: Reference.all, DistanceRule.allCases)
    func closeness(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        let expected = try #require(f.object("rules", rule.rawValue))
        expectScores(try g.closenessCentrality(distance: rule).values,
                     f.scores(expected["closeness"] as? [String: Any], in: g), 1e-9, "\(name) \(rule) closeness",
                     nodes: g.nodes)
        expectScores(try g.harmonicCentrality(distance: rule).values,
                     f.scores(expected["harmonic"] as? [String: Any], in: g), 1e-9, "\(name) \(rule) harmonic",
                     nodes: g.nodes)
    }

    @Test("eigenvector, PageRank (plain and personalized), Katz", arguments: Reference.all)
    func spectral(name: String) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        for (key, weighted) in [("unweighted", false), ("weighted", true)] {
            expectScores(try g.eigenvectorCentrality(weighted: weighted).values,
                         f.scores(f.object("eigenvector", key), in: g), 1e-6, "\(name) eigenvector \(key)",
                         nodes: g.nodes)
            expectScores(try g.pageRank(weighted: weighted).values, f.scores(f.object("pagerank", key), in: g),
                         1e-6, "\(name) pagerank \(key)", nodes: g.nodes)
            let alpha = try #require(f.value("katz", key, "alpha") as? Double)
            expectScores(try g.katzCentrality(alpha: alpha, weighted: weighted).values,
                         f.scores(f.object("katz", key, "values"), in: g), 1e-6, "\(name) katz \(key)",
                         nodes: g.nodes)
        }
        let personalization = try #require(f.object("pagerank", "personalized", "personalization"))
        var vector = [Double](repeating: 0, count: g.nodeCount)
        for (node, value) in personalization {
            vector[Int(g.index(of: ActorID(rawValue: node))!)] = (value as! NSNumber).doubleValue
        }
        expectScores(try g.pageRank(personalization: vector).values,
                     f.scores(f.object("pagerank", "personalized", "values"), in: g), 1e-6,
                     "\(name) personalized pagerank", nodes: g.nodes)
    }

    @Test("hand check: path a–b–c, star and directed chain")
    func handChecked() throws {
        // Path a–b–c: only b lies between a pair (a, c): raw 1, normalized 1/((n−1)(n−2)/2) = 1.
        let path = CompactGraph(nodes: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)], directed: false)
        #expect(try path.betweennessCentrality(distance: .hops, normalized: false).values == [0, 1, 0])
        #expect(try path.betweennessCentrality(distance: .hops).values == [0, 1, 0])
        // With endpoints, raw counts are {a: 2, b: 3, c: 2} (NetworkX's docstring example).
        #expect(try path.betweennessCentrality(distance: .hops, normalized: false, endpoints: true).values
            == [2, 3, 2])
        // Closeness of a: distances 1 + 2 → (n−1)/3 = 2/3.
        #expect(try path.closenessCentrality(distance: .hops).values[0] == 2.0 / 3)
        // Harmonic of a: 1/1 + 1/2.
        #expect(try path.harmonicCentrality(distance: .hops).values[0] == 1.5)
        // Directed chain a → b → c: raw betweenness of b is 1 (pair a, c), normalized 1/((n−1)(n−2)) = 1/2.
        let chain = CompactGraph(nodes: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)], directed: true)
        #expect(try chain.betweennessCentrality(distance: .hops, normalized: false).values == [0, 1, 0])
        #expect(try chain.betweennessCentrality(distance: .hops).values == [0, 0.5, 0])
        // Closeness uses incoming distances: c is reached from b (1) and a (2): (2/3)·(2/2);
        // b only from a (1): (1/1)·(1/2), scaled by Wasserman–Faust; nobody reaches a.
        #expect(try chain.closenessCentrality(distance: .hops).values == [0, 0.5, 2.0 / 3])
    }

    @Test("weighted ties: two equal-length routes split the dependency")
    func weightedTies() throws {
        // Under .weight, a→d via b costs 1 + 3 and via c costs 2 + 2: two shortest paths, half each.
        let g = CompactGraph(nodes: ["a", "b", "c", "d"],
                             edges: [(0, 1, 1), (1, 3, 3), (0, 2, 2), (2, 3, 2)], directed: false)
        let raw = try g.betweennessCentrality(distance: .weight, normalized: false).values
        #expect(raw[1] == 0.5 && raw[2] == 0.5)
        #expect(try g.dijkstra(from: 0, distance: .weight).pathCounts[3] == 2)
        let paths = try g.allShortestPaths(from: 0, to: 3, distance: .weight)
        #expect(paths.map(\.nodes) == [[0, 1, 3], [0, 2, 3]])
    }
}
