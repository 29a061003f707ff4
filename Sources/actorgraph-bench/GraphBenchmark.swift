import ActorGraphAlgorithms
import ActorGraphCore
import ActorGraphFormats
import ArgumentParser
import Foundation

/// `actorgraph-bench graph`: times one measure on one edge-list file.
///
/// The file is read with `EdgeListFormat` (the reader `actorgraph` uses) and compacted to CSR once; the
/// `load` measure times exactly that (read + parse + `compact()`). Every other measure is timed on the
/// compacted graph, `--repeat` times, and the fastest run is reported. Conventions (chosen to match
/// NetworkX, which the peers are aligned to in `scripts/bench_peers.py`):
/// - `betweenness`: hop counts, normalised by 2/((n−1)(n−2)) (NetworkX `normalized=True`).
/// - `betweenness-weighted`: the weight column read as a distance (`--distance weight`, NetworkX
///   `weight="weight"`), same normalisation.
/// - with `--pivots k`: only k sources, drawn with `--seed`; the result file then holds the raw subset
///   sums Σ_{s∈S} δ_s(v) / 2, which is NetworkX's `betweenness_centrality_subset(G, S, V, normalized=False)`.
/// - `closeness`: hop counts (or `--distance`), Wasserman–Faust scaling (NetworkX's default).
/// - `pagerank`: α = 0.85, weights as tie strength, run to `--pagerank-tolerance` (NetworkX `tol`: L1 change < n·tol; 1e-14 by default so that the
///   result matches igraph's PRPACK solution to 1e-6 relative).
/// - `dijkstra`: distances from `--source` (default: the first node in ID order), weight as distance.
struct GraphBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Time one graph measure on a CSV edge list; print a JSON line.")

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case load, betweenness, betweennessWeighted = "betweenness-weighted", closeness, pagerank, dijkstra
    }

    @Option(help: "Edge list with a header: source,target[,weight].")
    var input: String

    @Option(help: "load, betweenness, betweenness-weighted, closeness, pagerank or dijkstra.")
    var measure: Measure

    @Option(help: "Worker threads (default: every core).")
    var threads: Int?

    @Option(name: .customLong("repeat"), help: "Runs; the fastest is reported.")
    var repeatCount: Int = 3

    @Option(help: "Path-length rule for betweenness/closeness/dijkstra (default: hops for betweenness and closeness, weight for betweenness-weighted and dijkstra).")
    var distance: String?

    @Option(help: "Betweenness from this many sampled sources instead of all (for large graphs).")
    var pivots: Int?

    @Option(help: "Seed of the pivot sample.")
    var seed: UInt64 = 42

    @Option(help: "Source node (by ID) for dijkstra; default the first node in ID order.")
    var source: String?

    @Option(help: "PageRank tolerance (NetworkX's meaning: stop when the L1 change < n·tol).")
    var pagerankTolerance: Double = 1e-14

    @Option(help: "Write the result vector here as `id,value` lines (for cross-checking).")
    var output: String?

    @Option(help: "With --pivots: write the sampled source IDs here, one per line.")
    var sourcesOutput: String?

    func validate() throws {
        if let distance, DistanceRule(rawValue: distance) == nil {
            throw ValidationError("--distance must be inverse, weight or hops")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if repeatCount < 1 { throw ValidationError("--repeat must be at least 1") }
        if let pivots, pivots < 2 { throw ValidationError("--pivots must be at least 2") }
    }

    func run() throws {
        let threadCount = threads ?? ProcessInfo.processInfo.activeProcessorCount
        var line = JSONLine()
        line.add("measure", measure.rawValue)

        // Load: read + parse + CSR, timed only for the `load` measure.
        var loadTiming = Timing()
        let url = URL(fileURLWithPath: input)
        let graph = try loadTiming.measure(repeat: measure == .load ? repeatCount : 1) { () throws -> CompactGraph in
            let data = try Data(contentsOf: url)
            return try EdgeListFormat.read(data, name: url.lastPathComponent).compact()
        }

        var timing = Timing()
        var values: [Double] = []
        var extra: [(String, String)] = []
        let rule: DistanceRule
        let chosen = distance.flatMap(DistanceRule.init(rawValue:))
        switch measure {
        case .load:
            timing = loadTiming
            values = (0..<graph.nodeCount).map { Double(graph.degree(of: Int32($0))) }
            rule = .hops
        case .betweenness, .betweennessWeighted:
            rule = chosen ?? (measure == .betweenness ? .hops : .weight)
            if let pivots {
                values = try timing.measure(repeat: repeatCount) {
                    var rng = SeededRandom(seed: seed)
                    return try graph.sampledBetweennessCentrality(
                        pivots: pivots, distance: rule, normalized: false, threads: threadCount, using: &rng
                    ).values
                }
                let sample = Self.samplePivots(pivots, nodeCount: graph.nodeCount, seed: seed)
                values = Self.subsetSums(values, sample: sample, graph: graph)
                if let sourcesOutput {
                    try sample.map { graph.nodes[Int($0)].rawValue }.joined(separator: "\n")
                        .appending("\n").write(toFile: sourcesOutput, atomically: true, encoding: .utf8)
                }
                extra.append(("pivots", "\(pivots)"))
            } else {
                values = try timing.measure(repeat: repeatCount) {
                    try graph.betweennessCentrality(distance: rule, normalized: true, threads: threadCount).values
                }
            }
        case .closeness:
            rule = chosen ?? .hops
            values = try timing.measure(repeat: repeatCount) {
                try graph.closenessCentrality(distance: rule, threads: threadCount).values
            }
        case .pagerank:
            rule = .hops
            values = try timing.measure(repeat: repeatCount) {
                try graph.pageRank(maxIterations: 1000, tolerance: pagerankTolerance).values
            }
        case .dijkstra:
            rule = chosen ?? .weight
            let start: Int32
            if let source {
                guard let index = graph.index(of: ActorID(rawValue: source)) else {
                    throw ValidationError("no node '\(source)' in \(input)")
                }
                start = index
            } else {
                start = 0
            }
            values = try timing.measure(repeat: repeatCount) {
                try graph.dijkstra(from: start, distance: rule).distances
            }
            extra.append(("source", graph.nodes[Int(start)].rawValue))
        }

        line.add("seconds", timing.best)
        line.add("threads", measure == .load || measure == .pagerank ? 1 : threadCount)
        line.add("nodes", graph.nodeCount)
        line.add("edges", graph.edgeCount)
        line.add("checksum", values.reduce(0) { $1.isFinite ? $0 + $1 : $0 })
        line.add("distance", rule.rawValue)
        for (key, value) in extra { line.add(key, value) }
        line.add("runs", timing.runs)
        line.add("peak_rss_mib", peakResidentMiB())
        line.add("input", input)
        print(line.text)

        if let output {
            var text = "id,value\n"
            text.reserveCapacity(values.count * 24)
            for (id, value) in zip(graph.nodes, values) {
                text += id.rawValue + "," + (value.isFinite ? "\(value)" : "inf") + "\n"
            }
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        }
    }

    /// The sources `sampledBetweennessCentrality(pivots:using:)` draws from a `SeededRandom(seed:)`: the
    /// same partial Fisher–Yates shuffle, with the same calls on the same generator. If the library's
    /// sampling ever changes, the cross-check in `scripts/bench_peers.py` fails loudly.
    static func samplePivots(_ k: Int, nodeCount: Int, seed: UInt64) -> [Int32] {
        var rng = SeededRandom(seed: seed)
        var pool = (0..<nodeCount).map { Int32($0) }
        for i in 0..<k {
            let j = Int.random(in: i..<pool.count, using: &rng)
            pool.swapAt(i, j)
        }
        return Array(pool[0..<k])
    }

    /// Undoes the k-pivot scaling of an undirected, unnormalised sampled betweenness (N/(2k) for most
    /// nodes, N/(2(k−1)) for the sources themselves, N = n − 1), giving Σ_{s∈S} δ_s(v) / 2: NetworkX's
    /// `betweenness_centrality_subset(G, S, V, normalized=False)` and igraph's
    /// `betweenness(sources=S, targets=V)`.
    static func subsetSums(_ scaled: [Double], sample: [Int32], graph: CompactGraph) -> [Double] {
        let N = Double(graph.nodeCount - 1), k = Double(sample.count)
        let correction = graph.isDirected ? 1.0 : 2.0
        var isSource = [Bool](repeating: false, count: graph.nodeCount)
        for s in sample { isSource[Int(s)] = true }
        return scaled.indices.map { v in
            let scale = N / ((isSource[v] ? k - 1 : k) * correction)
            return scaled[v] / scale / (graph.isDirected ? 1 : 2)
        }
    }
}
