import ActorGraphAlgorithms
import ActorGraphCore
import Foundation
import Testing

/// Brokerage measures on the reference graphs against NetworkX 3.6 (fixtures from
/// `scripts/gen-brokerage-fixtures`, which reads the same CSV files).
@Suite("Brokerage against NetworkX")
struct BrokerageFixtureTests {
    static let graphs = ["florentine", "karate", "davis-women", "lesmis", "weighted-random-directed"]

    static func load(_ name: String) throws -> (CompactGraph, Fixture) {
        let g = try Reference.graph(name)
        let f = try Reference.fixture("brokerage-" + name)
        #expect(g.nodes.map(\.rawValue) == f.nodes)
        return (g, f)
    }

    @Test("Burt's constraint, unweighted and weighted", arguments: graphs)
    func constraint(name: String) throws {
        let (g, f) = try Self.load(name)
        for (key, weighted) in [("unweighted", false), ("weighted", true)] {
            let actual = try g.burtConstraint(weighted: weighted)
            expectScores(actual.values, f.scores(f.object("constraint", key), in: g), 1e-12,
                         "\(name) constraint \(key)", nodes: g.nodes)
            #expect(try g.burtConstraint(weighted: weighted, threads: 1) == actual)
        }
    }

    @Test("effective size, unweighted (Borgatti when undirected) and weighted", arguments: graphs)
    func effectiveSize(name: String) throws {
        let (g, f) = try Self.load(name)
        for (key, weighted) in [("unweighted", false), ("weighted", true)] {
            let actual = try g.effectiveSize(weighted: weighted)
            expectScores(actual.values, f.scores(f.object("effective_size", key), in: g), 1e-12,
                         "\(name) effective size \(key)", nodes: g.nodes)
            #expect(try g.effectiveSize(weighted: weighted, threads: 1) == actual)
        }
    }

    @Test("local constraint", arguments: graphs)
    func localConstraint(name: String) throws {
        let (g, f) = try Self.load(name)
        let rows = try #require(f["local_constraint"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            let u = g.index(of: ActorID(rawValue: row["u"] as! String))!
            let v = g.index(of: ActorID(rawValue: row["v"] as! String))!
            for (key, weighted) in [("unweighted", false), ("weighted", true)] {
                let expected = (row[key] as! NSNumber).doubleValue
                let actual = try g.localConstraint(on: u, from: v, weighted: weighted)
                #expect(close(actual, expected, 1e-12), "\(name) ℓ(\(u), \(v)) \(key): \(actual) vs \(expected)")
            }
        }
    }

    @Test("pair dependency against all_shortest_paths counts", arguments: graphs, DistanceRule.allCases)
    func pairDependency(name: String, rule: DistanceRule) throws {
        let (g, f) = try Self.load(name)
        let rows = try #require(f.value("pair_dependency", rule.rawValue) as? [[String: Any]])
        #expect(rows.count >= 3)
        for row in rows {
            let s = g.index(of: ActorID(rawValue: row["source"] as! String))!
            let t = g.index(of: ActorID(rawValue: row["target"] as! String))!
            let result = try #require(try g.pairDependency(from: s, to: t, distance: rule))
            #expect(result.pathCount == (row["path_count"] as! NSNumber).doubleValue, "\(name) \(rule) σ")
            #expect(close(result.length, (row["length"] as! NSNumber).doubleValue, 1e-12))
            let expected = f.scores(row["shares"] as? [String: Any], in: g)!.map { $0.isNaN ? 0 : $0 }
            expectScores(result.shares, expected, 1e-12, "\(name) \(rule) \(s)→\(t) shares", nodes: g.nodes)
        }
    }

    /// Summing every pair's dependency gives betweenness: Σ_{s≠t} δ_st(v) = c_B(v) over ordered pairs,
    /// twice NetworkX's unnormalised value on undirected graphs (fixture from scripts/gen-fixtures).
    @Test("pair dependencies add up to betweenness", arguments: ["karate", "florentine", "weighted-random-directed"],
          DistanceRule.allCases)
    func sumIsBetweenness(name: String, rule: DistanceRule) throws {
        let g = try Reference.graph(name)
        let f = try Reference.fixture(name)
        var total = [Double](repeating: 0, count: g.nodeCount)
        for s in 0..<Int32(g.nodeCount) {
            for t in 0..<Int32(g.nodeCount) where t != s {
                guard let d = try g.pairDependency(from: s, to: t, distance: rule) else { continue }
                for v in total.indices { total[v] += d.shares[v] }
            }
        }
        if !g.isDirected { total = total.map { $0 / 2 } }
        let expected = f.scores(f.object("rules", rule.rawValue)?["betweenness_raw"] as? [String: Any], in: g)
        expectScores(total, expected, 1e-9, "\(name) \(rule) Σ pair dependency", nodes: g.nodes)
    }

    @Test("Gould–Fernandez counts against a direct enumeration (groups: index mod 3)", arguments: graphs)
    func gouldFernandez(name: String) throws {
        let (g, f) = try Self.load(name)
        let groupMap = try #require(f.object("gould_fernandez", "groups"))
        let groups = g.nodes.map { (groupMap[$0.rawValue] as! NSNumber).intValue }
        let result = try g.gouldFernandezBrokerage(groups: groups)
        let expected = try #require(f.object("gould_fernandez", "counts"))
        for (v, id) in g.nodes.enumerated() {
            let row = try #require(expected[id.rawValue] as? [String: Any])
            let want = BrokerageRoleValues<Int>(
                coordinator: row["coordinator"] as! Int, itinerant: row["itinerant"] as! Int,
                representative: row["representative"] as! Int, gatekeeper: row["gatekeeper"] as! Int,
                liaison: row["liaison"] as! Int, total: row["total"] as! Int)
            #expect(result.counts[v] == want, "\(name) \(id)")
            if !g.isDirected {  // each open pair counted both ways: a → c and c → a
                #expect(result.counts[v].representative == result.counts[v].gatekeeper)
            }
        }
        // The same with one thread, and the per-pair view summed over all ordered pairs.
        let serial = try g.gouldFernandezBrokerage(groups: groups, threads: 1)
        #expect(serial.counts == result.counts)
        let broker = Int32(result.counts.indices.max { result.counts[$0].total < result.counts[$1].total }!)
        var tally: [BrokerageRole: Int] = [:]
        for a in 0..<Int32(g.nodeCount) {
            for c in 0..<Int32(g.nodeCount) {
                if let role = try g.brokerageRole(of: broker, from: a, to: c, groups: groups) {
                    tally[role, default: 0] += 1
                }
            }
        }
        for role in BrokerageRole.allCases {
            #expect(tally[role, default: 0] == result.counts[Int(broker)][role], "\(name) \(role)")
        }
    }

    @Test("combined brokerage score against NetworkX components", arguments: graphs)
    func brokerageScore(name: String) throws {
        let (g, f) = try Self.load(name)
        let scores = try g.brokerageScores(distance: .inverse, weighted: true)
        expectScores(scores.values, f.scores(f.object("brokerage_score"), in: g), 1e-12,
                     "\(name) brokerage score", nodes: g.nodes)
    }

    /// Padgett's Florentine families: the Medici broker the marriage network. Betweenness 0.5220
    /// (NetworkX), 28 of 14·13 = 182 ordered pairs of other families brokered (14 of the 15 pairs of
    /// their 6 neighbours are untied: only Ridolfi–Tornabuoni are married), constraint 17/81 = 0.2099.
    @Test("Florentine families: the Medici rank first as brokers")
    func medici() throws {
        let g = try Reference.graph("florentine")
        let scores = try g.brokerageScores()
        let ranking = scores.ranked()
        #expect(ranking.first?.id == "Medici")
        #expect(ranking.dropFirst().first?.id == "Guadagni")
        let medici = Int(g.index(of: "Medici")!)
        #expect(abs(scores.betweenness[medici] - 0.5219780219780219) < 1e-12)
        #expect(scores.openTwoPathShare[medici] == 28.0 / 182)
        #expect(abs(scores.constraint[medici] - 17.0 / 81) < 1e-12)  // NetworkX: 0.2098765432098766
        // Each component alone also puts the Medici first.
        for component in [scores.betweenness, scores.openTwoPathShare, scores.structuralHoles] {
            #expect(component.indices.max { component[$0] < component[$1] } == medici)
        }
    }
}
