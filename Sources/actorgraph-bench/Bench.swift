import ArgumentParser

/// `actorgraph-bench`: release-mode timings of the graph algorithms and of event extraction.
///
/// Build with `swift build -c release --product actorgraph-bench`; `scripts/bench` runs it side by side
/// with igraph, NetworKit and NetworkX and checks that every library computes the same numbers.
/// Each run prints one JSON line per measure on stdout; progress goes to stderr.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph-bench",
        abstract: "Time ActorGraph's graph algorithms and event extraction (release build).",
        subcommands: [GraphBenchmark.self, ExtractionBenchmark.self])
}
