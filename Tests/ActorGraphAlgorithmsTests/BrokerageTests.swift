import ActorGraphAlgorithms
import ActorGraphCore
import Foundation
import Testing

/// Gould–Fernandez brokerage, Burt's measures and pair dependency on small graphs, checked by hand.
@Suite("Brokerage by hand")
struct BrokerageTests {
    /// Builds a graph from `"a-b"` (undirected) or `"a>b"` (directed) edge strings, weight 1.
    static func graph(_ edges: [String], nodes: [ActorID] = [], directed: Bool) -> CompactGraph {
        let separator: Character = directed ? ">" : "-"
        let list = edges.map { edge -> (source: ActorID, target: ActorID, weight: Double) in
            let parts = edge.split(separator: separator).map(String.init)
            return (ActorID(rawValue: parts[0]), ActorID(rawValue: parts[1]), 1)
        }
        return CompactGraph(edges: list, nodes: nodes, directed: directed)
    }

    static func labels(_ g: CompactGraph, _ group: [String: String]) -> [String] {
        g.nodes.map { group[$0.rawValue]! }
    }

    static func counts(_ c: [Int]) -> BrokerageRoleValues<Int> {
        BrokerageRoleValues(coordinator: c[0], itinerant: c[1], representative: c[2], gatekeeper: c[3],
                            liaison: c[4], total: c.reduce(0, +))
    }

    // MARK: Gould–Fernandez counts

    /// Directed graph, groups A = {a1, a2, x}, B = {b1, b2}, C = {c1}; arcs
    /// a1→x, b1→x, x→a2, x→b1, x→b2, x→c1, a1→c1, b2→b1.
    ///
    /// Two-paths through x (in-neighbours {a1, b1} × out-neighbours {a2, b1, b2, c1}):
    ///   a1→x→a2  A A A  coordinator      (no a1→a2)
    ///   a1→x→b1  A A B  representative   (no a1→b1)
    ///   a1→x→b2  A A B  representative   (no a1→b2)
    ///   a1→x→c1  closed by a1→c1: not counted
    ///   b1→x→a2  B A A  gatekeeper       (no b1→a2)
    ///   b1→x→b1  a = c: not a two-path
    ///   b1→x→b2  B A B  itinerant        (no b1→b2; the arc b2→b1 points the other way and does not close it)
    ///   b1→x→c1  B A C  liaison          (no b1→c1)
    /// → x: coordinator 1, itinerant 1, representative 2, gatekeeper 1, liaison 1, total 6.
    /// Through b1 (in {x, b2} × out {x}): x→b1→x has a = c; b2→b1→x  B B A  representative (no b2→x).
    /// Through b2 (in {x} × out {b1}): x→b2→b1 is closed by x→b1. a1, a2, c1 have no two-path through them.
    @Test("directed: every role, closure only by a → c")
    func directedCounts() throws {
        let g = Self.graph(["a1>x", "b1>x", "x>a2", "x>b1", "x>b2", "x>c1", "a1>c1", "b2>b1"], directed: true)
        let groups = Self.labels(g, ["a1": "A", "a2": "A", "x": "A", "b1": "B", "b2": "B", "c1": "C"])
        let result = try g.gouldFernandezBrokerage(groups: groups)
        func counts(_ id: ActorID) -> BrokerageRoleValues<Int> { result.counts[Int(g.index(of: id)!)] }
        #expect(counts("x") == Self.counts([1, 1, 2, 1, 1]))
        #expect(counts("b1") == Self.counts([0, 0, 1, 0, 0]))
        for id: ActorID in ["a1", "a2", "b2", "c1"] { #expect(counts(id) == Self.counts([0, 0, 0, 0, 0])) }
        #expect(result.graphCounts == Self.counts([1, 1, 3, 1, 1]))
        // Density: 8 arcs over 6·5 ordered pairs.
        #expect(result.density == 8.0 / 30.0)

        // The per-pair view.
        let i = { (id: ActorID) in g.index(of: id)! }
        #expect(try g.brokerageRole(of: i("x"), from: i("b1"), to: i("c1"), groups: groups) == .liaison)
        #expect(try g.brokerageRole(of: i("x"), from: i("b1"), to: i("b2"), groups: groups) == .itinerant)
        #expect(try g.brokerageRole(of: i("x"), from: i("a1"), to: i("b1"), groups: groups) == .representative)
        #expect(try g.brokerageRole(of: i("x"), from: i("b1"), to: i("a2"), groups: groups) == .gatekeeper)
        #expect(try g.brokerageRole(of: i("x"), from: i("a1"), to: i("a2"), groups: groups) == .coordinator)
        #expect(try g.brokerageRole(of: i("x"), from: i("a1"), to: i("c1"), groups: groups) == nil)  // closed
        #expect(try g.brokerageRole(of: i("x"), from: i("a2"), to: i("a1"), groups: groups) == nil)  // wrong way
        #expect(try g.brokerageRole(of: i("b2"), from: i("x"), to: i("b1"), groups: groups) == nil)  // closed
        #expect(try g.brokerageRole(of: i("x"), from: i("b1"), to: i("b1"), groups: groups) == nil)  // a = c
        #expect(throws: GraphAlgorithmError.self) {
            try g.gouldFernandezBrokerage(groups: ["A"])
        }
    }

    @Test("role classification by groups alone, and its reverse")
    func roles() {
        #expect(BrokerageRole(sourceGroup: 1, brokerGroup: 1, targetGroup: 1) == .coordinator)
        #expect(BrokerageRole(sourceGroup: 2, brokerGroup: 1, targetGroup: 2) == .itinerant)
        #expect(BrokerageRole(sourceGroup: 1, brokerGroup: 1, targetGroup: 2) == .representative)
        #expect(BrokerageRole(sourceGroup: 2, brokerGroup: 1, targetGroup: 1) == .gatekeeper)
        #expect(BrokerageRole(sourceGroup: 2, brokerGroup: 1, targetGroup: 3) == .liaison)
        #expect(BrokerageRole.representative.reversed == .gatekeeper)
        #expect(BrokerageRole.liaison.reversed == .liaison)
        #expect(BrokerageRole.allCases.map(\.snaName) == ["w_I", "w_O", "b_IO", "b_OI", "b_O"])
    }

    // MARK: sna's expected values and z-scores

    /// Undirected graph 1–2, 2–3, 3–4, 3–5 with groups A = {1, 2}, B = {3, 4}, C = {5}.
    ///
    /// Two-paths (each edge both ways, as sna reads a symmetric graph):
    ///   through 2 (neighbours 1, 3): 1→2→3  A A B representative;  3→2→1  B A A gatekeeper
    ///   through 3 (neighbours 2, 4, 5; no tie among them):
    ///     2→3→4  A B B gatekeeper      4→3→2  B B A representative
    ///     2→3→5  A B C liaison         5→3→2  C B A liaison
    ///     4→3→5  B B C representative  5→3→4  C B B gatekeeper
    ///   1, 4, 5 have one neighbour each: no two-path.
    /// → 2: rep 1, gate 1, total 2;  3: rep 2, gate 2, liaison 2, total 6.
    ///
    /// sna's moments: m = 8 arcs, N = 5, d = 8/20 = 0.4; D = d²(1−d) = 0.096, 1 − D = 0.904,
    /// E = d³(1−d)³ = 0.064 · 0.216 = 0.013824. Class sizes n = (2, 2, 1).
    /// Broker in B (node 3), nᵢ = 2, others (2, 1), O = 3:
    ///   E[coord] = 0.096·1·0 = 0,                   Var = 0 + 2·1·0·(−1)·E = 0
    ///   E[itin]  = 0.096·(2·1 + 1·0) = 0.192,       Var = 0.192·0.904 + 2·(2·1·0 + 1·0·(−1))·E = 0.173568
    ///   E[rep]   = 0.096·3·1 = 0.288,               Var = 0.288·0.904 + 2·(1·C(3,2) + 3·C(1,2))·E
    ///                                                   = 0.260352 + 6·0.013824 = 0.343296
    ///   E[liais] = 0.096·((2+1)² − (2² + 1²)) = 0.384, Var = 0.384·0.904 + 4·(2·C(1,2) + 1·C(2,2))·E
    ///                                                   = 0.347136 + 0.055296 = 0.402432
    ///   E[total] = 0.096·4·3 = 1.152,               Var = 1.152·0.904 + 2·4·3·2·E
    ///                                                   = 1.041408 + 0.663552 = 1.70496
    ///   z(3): rep (2 − 0.288)/√0.343296 = 1.712/0.585915 = 2.921927,
    ///         liaison (2 − 0.384)/√0.402432 = 1.616/0.634375 = 2.547388,
    ///         total (6 − 1.152)/√1.70496 = 4.848/1.305741 = 3.712834,
    ///         itinerant (0 − 0.192)/√0.173568 = −0.460857, coordinator 0/0 = NaN (as R gives).
    /// Group A has the same sizes (nᵢ = 2, others 2 and 1), so node 2: rep (1 − 0.288)/0.585915 = 1.215194,
    ///   total (2 − 1.152)/1.305741 = 0.649440; node 1: total −1.152/1.305741 = −0.882258.
    /// Broker in C (node 5), nᵢ = 1, others (2, 2), O = 4:
    ///   E[itin] = 0.096·(2 + 2) = 0.384, Var = 0.384·0.904 + 2·(0 + 0)·E = 0.347136
    ///            → z = −0.384/0.589182 = −0.651751
    ///   E[rep] = 0.096·4·0 = 0, Var = 0 + 2·(0·C(4,2) + 4·C(0,2))·E = 0 → z = 0/0 = NaN
    ///   E[liais] = 0.096·(4² − 8) = 0.768, Var = 0.768·0.904 + 4·(2·C(2,2) + 2·C(2,2))·E
    ///            = 0.694272 + 0.221184 = 0.915456 → z = −0.768/0.956795 = −0.802680
    @Test("undirected: counts, expected values, standard deviations and z-scores as sna defines them")
    func snaMoments() throws {
        let g = Self.graph(["1-2", "2-3", "3-4", "3-5"], directed: false)
        let groups = Self.labels(g, ["1": "A", "2": "A", "3": "B", "4": "B", "5": "C"])
        let r = try g.gouldFernandezBrokerage(groups: groups)
        let v = { (id: ActorID) in Int(g.index(of: id)!) }
        #expect(r.counts[v("2")] == Self.counts([0, 0, 1, 1, 0]))
        #expect(r.counts[v("3")] == Self.counts([0, 0, 2, 2, 2]))
        #expect(r.groupSizes == [2, 2, 1])
        #expect(abs(r.density - 0.4) < 1e-14)

        let tolerance = 1e-12
        let e3 = r.expected[v("3")]
        #expect(abs(e3.coordinator) < tolerance)
        #expect(abs(e3.itinerant - 0.192) < tolerance)
        #expect(abs(e3.representative - 0.288) < tolerance && abs(e3.gatekeeper - 0.288) < tolerance)
        #expect(abs(e3.liaison - 0.384) < tolerance)
        #expect(abs(e3.total - 1.152) < tolerance)
        let sd3 = r.standardDeviations[v("3")]
        #expect(abs(sd3.itinerant - 0.173568.squareRoot()) < tolerance)
        #expect(abs(sd3.representative - 0.343296.squareRoot()) < tolerance)
        #expect(abs(sd3.liaison - 0.402432.squareRoot()) < tolerance)
        #expect(abs(sd3.total - 1.70496.squareRoot()) < tolerance)
        let z3 = r.zScores[v("3")]
        #expect(abs(z3.representative - 2.9219271831845774) < 1e-9)
        #expect(abs(z3.gatekeeper - 2.9219271831845774) < 1e-9)
        #expect(abs(z3.liaison - 2.5473880251418572) < 1e-9)
        #expect(abs(z3.total - 3.712833841573729) < 1e-9)
        #expect(abs(z3.itinerant - -0.46085722358554115) < 1e-9)
        #expect(z3.coordinator.isNaN)
        #expect(abs(r.zScores[v("2")].representative - 1.2151940154365766) < 1e-9)
        #expect(abs(r.zScores[v("2")].total - 0.6494395828495303) < 1e-9)
        #expect(abs(r.zScores[v("1")].total - -0.8822575465125693) < 1e-9)
        // Group C.
        let z5 = r.zScores[v("5")]
        #expect(abs(r.expected[v("5")].itinerant - 0.384) < tolerance)
        #expect(abs(z5.itinerant - -0.6517505359122822) < 1e-9)
        #expect(z5.representative.isNaN && z5.gatekeeper.isNaN)
        #expect(abs(r.expected[v("5")].liaison - 0.768) < tolerance)
        #expect(abs(z5.liaison - -0.8026800745087814) < 1e-9)
        #expect(abs(z5.total - -0.8822575465125693) < 1e-9)
        // Expected values add up to the total column (sna's E[total] = D(N−1)(N−2)).
        for e in r.expected {
            let sum = e.coordinator + e.itinerant + e.representative + e.gatekeeper + e.liaison
            #expect(abs(sum - e.total) < tolerance)
        }
        // The per-pair view agrees with the counts: 3 brokers 2→5 as liaison, 4→5 as representative.
        #expect(try g.brokerageRole(of: Int32(v("3")), from: Int32(v("2")), to: Int32(v("5")), groups: groups)
                    == .liaison)
        #expect(try g.brokerageRole(of: Int32(v("3")), from: Int32(v("4")), to: Int32(v("5")), groups: groups)
                    == .representative)
        #expect(try g.brokerageRole(of: Int32(v("3")), from: Int32(v("5")), to: Int32(v("4")), groups: groups)
                    == .gatekeeper)
    }

    /// Graph-level moments (sna's exp.gli, sd.gli, z.gli) for the same graph, D = 0.096,
    /// E3 = d³(1−d)³ = 0.013824, E4 = d⁴(1−d)² = 0.009216, E5 = d⁵(1−d) = 0.006144; observed totals
    /// coordinator 0, itinerant 0, representative 3, gatekeeper 3, liaison 2, total 8.
    ///   total:  E = 0.096·5·4·3 = 5.76; Var = 5.76·0.904 + 60·((4·5 − 10)E3 − 4·2·E4 + 2·E5)
    ///           = 5.20704 + 60·(0.13824 − 0.073728 + 0.012288) = 5.20704 + 4.608 = 9.81504
    ///           z = (8 − 5.76)/√9.81504 = 0.714993
    ///   rep:    E = 0.096·Σ n(N−n)(n−1) = 0.096·(6 + 6 + 0) = 1.152;
    ///           Var = 1.152·0.904 + Σ n(N−n)(n−1)((N−3)E3 + (n−2)E5)
    ///               = 1.041408 + 12·(2·0.013824) = 1.373184   (the (n−2)E5 terms vanish: n = 2, or n − 1 = 0)
    ///           z = (3 − 1.152)/√1.373184 = 1.577021
    ///   itin:   E = 1.152; Var = 1.041408 + Σ_{x≠y} x·y·(x−1)((2x+2y−6)E3 + (N−x−1)E5)
    ///           (A,B), (B,A): 2·2·1·(2E3 + 2E5) = 0.159744 each; (A,C), (B,C): 2·1·1·(0·E3 + 2E5) = 0.024576
    ///           each; (C,·): x − 1 = 0. Var = 1.041408 + 0.36864 = 1.410048; z = −1.152/√1.410048 = −0.970143
    ///   liaison: E = 0.096·Σ_{i≠j} nᵢnⱼ(N − nᵢ − nⱼ) = 0.096·6·4 = 2.304;
    ///           Var = 2.304·0.904 + Σ over the 6 orders (i,j,k) of nᵢnⱼnₖ = 4 times
    ///           ((4(N−nⱼ) − 2(nᵢ+nₖ+1))E3 − (4(N−nₖ) − 2(nᵢ+nⱼ+1))E4 + (N − (nᵢ+nₖ+1))E5):
    ///           (A,B,C),(B,A,C): 4·(4E3 − 6E4 + E5) = 0.024576; (A,C,B),(B,C,A): 4·(6E3 − 4E4 + 0) = 0.18432;
    ///           (C,A,B),(C,B,A): 4·(4E3 − 4E4 + E5) = 0.098304 → sum 0.6144; Var = 2.082816 + 0.6144 = 2.697216
    ///           z = (2 − 2.304)/√2.697216 = −0.185104
    ///   coordinator: E = 0.096·(0 + 0 + 0) = 0, Var = 0, z = 0/0 = NaN.
    @Test("graph-level moments as sna defines them")
    func snaGraphMoments() throws {
        let g = Self.graph(["1-2", "2-3", "3-4", "3-5"], directed: false)
        let groups = Self.labels(g, ["1": "A", "2": "A", "3": "B", "4": "B", "5": "C"])
        let r = try g.gouldFernandezBrokerage(groups: groups)
        #expect(r.graphCounts == Self.counts([0, 0, 3, 3, 2]))
        #expect(abs(r.graphExpected.total - 5.76) < 1e-12)
        #expect(abs(r.graphStandardDeviations.total - 9.81504.squareRoot()) < 1e-12)
        #expect(abs(r.graphZScores.total - 0.7149933152085449) < 1e-9)
        #expect(abs(r.graphExpected.representative - 1.152) < 1e-12)
        #expect(abs(r.graphStandardDeviations.representative - 1.373184.squareRoot()) < 1e-12)
        #expect(abs(r.graphZScores.representative - 1.577021446999153) < 1e-9)
        #expect(abs(r.graphExpected.itinerant - 1.152) < 1e-12)
        #expect(abs(r.graphStandardDeviations.itinerant - 1.410048.squareRoot()) < 1e-12)
        #expect(abs(r.graphZScores.itinerant - -0.9701425001453318) < 1e-9)
        #expect(abs(r.graphExpected.liaison - 2.304) < 1e-12)
        #expect(abs(r.graphStandardDeviations.liaison - 2.697216.squareRoot()) < 1e-12)
        #expect(abs(r.graphZScores.liaison - -0.18510396430278692) < 1e-9)
        #expect(r.graphExpected.coordinator == 0 && r.graphZScores.coordinator.isNaN)
    }

    // MARK: Burt's constraint and effective size

    /// Triangle a–b–c plus pendant d on c.
    ///   a: N = {b, c}, p = 1/2 each; ℓ(a,b) = (1/2 + p_ac·p_cb)² = (1/2 + 1/2·1/3)² = (2/3)² = 4/9;
    ///      ℓ(a,c) = (1/2 + p_ab·p_bc)² = (1/2 + 1/2·1/2)² = 9/16 → c(a) = 4/9 + 9/16 = 145/144.
    ///   c: N = {a, b, d}, p = 1/3 each; ℓ(c,a) = (1/3 + 1/3·1/2)² = 1/4 = ℓ(c,b); ℓ(c,d) = (1/3)² = 1/9
    ///      → c(c) = 1/2 + 1/9 = 11/18.   d: N = {c}: ℓ(d,c) = 1 → 1.
    ///   Effective size (Borgatti, n − 2t/n): a: 2 − 2·1/2 = 1; c: 3 − 2·1/3 = 7/3; d: 1 − 0 = 1.
    ///   Isolated e: NaN for both.
    @Test("constraint and effective size by hand; NaN for an isolated node")
    func burtByHand() throws {
        let g = Self.graph(["a-b", "b-c", "a-c", "c-d"], nodes: ["a", "b", "c", "d", "e"], directed: false)
        for weighted in [false, true] {
            let c = try g.burtConstraint(weighted: weighted)
            #expect(abs(c[0] - 145.0 / 144) < 1e-14)
            #expect(abs(c[2] - 11.0 / 18) < 1e-14)
            #expect(c[3] == 1)
            #expect(c[4].isNaN)
            let e = try g.effectiveSize(weighted: weighted)
            #expect(abs(e[0] - 1) < 1e-14)
            #expect(abs(e[2] - 7.0 / 3) < 1e-14)
            #expect(e[3] == 1)
            #expect(e[4].isNaN)
        }
        #expect(abs(try g.localConstraint(on: 0, from: 1) - 4.0 / 9) < 1e-15)
        #expect(try g.localConstraint(on: 4, from: 1) == 0)
        // Tie strengths must be positive.
        let bad = CompactGraph(edges: [("a", "b", 1), ("b", "c", 0)], directed: false)
        #expect(throws: GraphAlgorithmError.self) { try bad.burtConstraint() }
        #expect(throws: GraphAlgorithmError.self) { try bad.effectiveSize() }
        #expect(try bad.burtConstraint(weighted: false)[1] == 0.5)
    }

    // MARK: Pair dependency

    /// s–a, s–b, a–c, b–c, c–t, and a detour s–e–f–g–t.
    /// Hops: the shortest s–t paths have length 3: s-a-c-t and s-b-c-t (σ = 2); the detour has length 4.
    ///   Shares: a 1/2, b 1/2, c 2/2 = 1, e = f = g = 0.
    /// Weights as distances (`.weight`): s–b weighs 2, all others 1: s-a-c-t = 3, s-b-c-t = 4, detour 4,
    ///   so σ = 1 and a, c have share 1, b 0.
    @Test("pair dependency by hand")
    func pairDependencyByHand() throws {
        let edges: [(source: ActorID, target: ActorID, weight: Double)] = [
            ("s", "a", 1), ("s", "b", 2), ("a", "c", 1), ("b", "c", 1), ("c", "t", 1),
            ("s", "e", 1), ("e", "f", 1), ("f", "g", 1), ("g", "t", 1),
        ]
        let g = CompactGraph(edges: edges, directed: false)
        let i = { (id: ActorID) in g.index(of: id)! }
        let hops = try #require(try g.pairDependency(from: i("s"), to: i("t"), distance: .hops))
        #expect(hops.pathCount == 2 && hops.length == 3)
        #expect(hops[i("a")] == 0.5 && hops[i("b")] == 0.5 && hops[i("c")] == 1)
        #expect(hops[i("e")] == 0 && hops[i("s")] == 0 && hops[i("t")] == 0)
        #expect(hops.ranked().map(\.id) == ["c", "a", "b"])
        let weighted = try #require(try g.pairDependency(from: i("s"), to: i("t"), distance: .weight))
        #expect(weighted.pathCount == 1 && weighted.length == 3)
        #expect(weighted[i("a")] == 1 && weighted[i("b")] == 0 && weighted[i("c")] == 1)

        // Directed: t cannot reach s; disconnected pairs give nil; s = t is an error.
        let d = Self.graph(["s>a", "a>t"], nodes: ["s", "a", "t", "z"], directed: true)
        #expect(try d.pairDependency(from: 0, to: 2, distance: .hops)?[1] == 1)
        #expect(try d.pairDependency(from: 2, to: 0, distance: .hops) == nil)
        #expect(try d.pairDependency(from: 0, to: 3, distance: .hops) == nil)
        #expect(throws: GraphAlgorithmError.self) { try d.pairDependency(from: 0, to: 0) }
    }
}
