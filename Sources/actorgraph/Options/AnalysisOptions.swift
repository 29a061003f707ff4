import ActorGraphCore
import ArgumentParser

/// How path-based measures read weights, and how many cores they use.
struct AnalysisOptions: ParsableArguments {
    @Option(help: "How a tie's weight becomes a path length: inverse (1/weight, the default: strong ties are short), weight (the weight is a distance, as NetworkX's weight=\"weight\"), hops (every tie is 1).")
    var distance: DistanceRule = .inverse

    @Option(help: "Threads for the parallel measures (default: all cores). Results do not depend on it.")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

extension DistanceRule: ExpressibleByArgument {}
