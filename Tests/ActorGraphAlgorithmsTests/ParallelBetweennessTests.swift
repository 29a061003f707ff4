import ActorGraphAlgorithms
import ActorGraphCore
import Testing

@Suite("Parallel and sampled betweenness")
struct ParallelBetweennessTests {
    /// A seeded Barabási–Albert-like graph big enough to spread over every chunk.
    static func randomGraph(n: Int, m: Int, seed: UInt64) -> CompactGraph {
        var rng = SeededRandom(seed: seed)
        var endpoints: [Int32] = []
        var edges: [(source: Int32, target: Int32, weight: Double)] = []
        for v in 1..<n {
            for _ in 0..<min(m, v) {
                let u = endpoints.isEmpty ? Int32(0) : endpoints[Int.random(in: 0..<endpoints.count, using: &rng)]
                edges.append((Int32(v), u, Double(Int.random(in: 1...5, using: &rng))))
                endpoints.append(u)
                endpoints.append(Int32(v))
            }
        }
        return CompactGraph(nodes: (0..<n).map { ActorID(rawValue: "n\($0)") }, edges: edges, directed: false)
    }

    @Test("bit-identical results whatever the thread count", arguments: DistanceRule.allCases)
    func deterministic(rule: DistanceRule) throws {
        let g = Self.randomGraph(n: 400, m: 3, seed: 11)
        let one = try g.betweennessCentrality(distance: rule, threads: 1)
        for threads in [2, 3, 7, nil] as [Int?] {
            #expect(try g.betweennessCentrality(distance: rule, threads: threads) == one)
        }
        let edgeOne = try g.edgeBetweennessCentrality(distance: rule, threads: 1)
        #expect(try g.edgeBetweennessCentrality(distance: rule, threads: 2) == edgeOne)
        #expect(try g.edgeBetweennessCentrality(distance: rule, threads: nil) == edgeOne)
        #expect(try g.closenessCentrality(distance: rule, threads: 1) == g.closenessCentrality(distance: rule, threads: 2))
        #expect(try g.harmonicCentrality(distance: rule, threads: 1) == g.harmonicCentrality(distance: rule))
    }

    @Test("sum of node betweenness equals the sum over pairs of (path length in hops − 1)")
    func pairIdentity() throws {
        // Σ_v c_B(v) = Σ_{s≠t} (d(s,t) − 1) for ordered pairs with unique... holds in general:
        // each shortest s–t path has d − 1 inner nodes and the shares add to 1.
        let g = Self.randomGraph(n: 120, m: 2, seed: 5)
        let raw = try g.betweennessCentrality(distance: .hops, normalized: false, threads: 2).values
        var total = 0.0
        for s in 0..<Int32(g.nodeCount) {
            let tree = try g.breadthFirstSearch(from: s)
            for d in tree.distances where d.isFinite && d > 0 { total += d - 1 }
        }
        #expect(close(raw.reduce(0, +), total / 2, 1e-9))  // undirected raw counts unordered pairs
    }

    @Test("k = n pivots gives the exact scores", arguments: [false, true])
    func sampledExact(endpoints: Bool) throws {
        let g = try Reference.graph("karate")
        var rng = SeededRandom(seed: 3)
        let sampled = try g.sampledBetweennessCentrality(pivots: g.nodeCount, distance: .weight, endpoints: endpoints,
                                                         using: &rng)
        #expect(sampled == (try g.betweennessCentrality(distance: .weight, endpoints: endpoints)))
        var rng2 = SeededRandom(seed: 3)
        let edges = try g.sampledEdgeBetweennessCentrality(pivots: g.nodeCount, distance: .hops, using: &rng2)
        let exact = try g.edgeBetweennessCentrality(distance: .hops)
        for e in 0..<g.edgeCount { #expect(close(edges.values[e], exact.values[e], 1e-12)) }
    }

    @Test("sampled betweenness is reproducible per seed and unbiased on average")
    func sampledStatistics() throws {
        let g = try Reference.graph("lesmis")
        let exact = try g.betweennessCentrality(distance: .hops, normalized: false, endpoints: true).values
        var a = SeededRandom(seed: 99), b = SeededRandom(seed: 99)
        #expect(try g.sampledBetweennessCentrality(pivots: 20, distance: .hops, using: &a)
            == g.sampledBetweennessCentrality(pivots: 20, distance: .hops, using: &b))
        // With endpoints the estimator scales every source's contribution by n/k: its mean over many
        // samples approaches the exact scores.
        var mean = [Double](repeating: 0, count: g.nodeCount)
        let runs = 400
        var rng = SeededRandom(seed: 2024)
        for _ in 0..<runs {
            let sample = try g.sampledBetweennessCentrality(pivots: 15, distance: .hops, normalized: false,
                                                            endpoints: true, threads: 1, using: &rng)
            for i in mean.indices { mean[i] += sample.values[i] / Double(runs) }
        }
        let error = zip(mean, exact).map { abs($0 - $1) }.reduce(0, +)
        let size = exact.reduce(0, +)
        #expect(error / size < 0.05, "relative L1 error of the mean estimate: \(error / size)")
        // The top actor is found.
        let top = exact.indices.max { exact[$0] < exact[$1] }!
        #expect(mean.indices.max { mean[$0] < mean[$1] }! == top)
    }

    @Test("invalid pivot count")
    func invalidPivots() throws {
        let g = try Reference.graph("florentine")
        var rng = SeededRandom(seed: 1)
        #expect(throws: GraphAlgorithmError.self) { try g.sampledBetweennessCentrality(pivots: 0, using: &rng) }
    }
}
