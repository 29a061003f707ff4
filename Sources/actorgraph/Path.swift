import ActorGraphAlgorithms
import ActorGraphCore
import ArgumentParser

/// `actorgraph path`: the shortest ways from one actor to another.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Shortest paths between two actors: the shortest, all shortest (--all), or the k shortest (--k).")

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(name: .customLong("from-actor"), help: "Where paths start (canonical name, alias or ID).")
    var fromActor: String

    @Option(name: .customLong("to-actor"), help: "Where paths end.")
    var toActor: String

    @Option(help: "The k shortest simple paths (Yen's algorithm).")
    var k: Int?

    @Flag(help: "Every shortest path, not just one.")
    var all = false

    @Option(help: "Output format (table on a terminal, json otherwise).")
    var format: OutputFormat?

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if k != nil && all { throw ValidationError("--k and --all ask different questions; use one") }
    }

    func run() throws {
        let inputs = try Inputs.load(input)
        let graph = inputs.graph(window: input.window, kinds: try graphOptions.kinds(), projection: graphOptions.level)
        let lookup = ActorLookup(graph: graph, dictionary: inputs.dictionary ?? (try? Inputs.loadDictionary(input.dictionary)))
        let source = try lookup.resolve(fromActor), target = try lookup.resolve(toActor)
        let compact = graph.compact()
        guard let s = compact.index(of: source), let t = compact.index(of: target) else {
            throw CLIError("\(lookup.name(source)) or \(lookup.name(target)) has no tie in this window")
        }
        let paths: [GraphPath]
        do {
            if let k {
                paths = try compact.kShortestPaths(from: s, to: t, k: k, distance: analysis.distance)
            } else if all {
                paths = try compact.allShortestPaths(from: s, to: t, distance: analysis.distance)
            } else {
                paths = try compact.shortestPath(from: s, to: t, distance: analysis.distance).map { [$0] } ?? []
            }
        } catch {
            throw CLIError("\(error)")
        }
        if paths.isEmpty {
            Terminal.note("no path between \(lookup.name(source)) and \(lookup.name(target)): they are in different components")
        }
        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json:
            let values = paths.map { path in
                JSONValue.object([
                    ("actors", .array(path.ids(in: compact).map { .string(lookup.name($0)) })),
                    ("ids", .array(path.ids(in: compact).map { .string($0.rawValue) })),
                    ("length", .number(path.length)),
                ])
            }
            Terminal.print(JSONValue.object([
                ("from", .string(lookup.name(source))), ("to", .string(lookup.name(target))),
                ("distance", .string(analysis.distance.rawValue)), ("paths", .array(values)),
            ]).rendered())
        case .csv:
            Terminal.print((["length,actors"] + paths.map { "\(JSONValue.format($0.length)),\(CSVField.quote($0.ids(in: compact).map(lookup.name).joined(separator: " > ")))" })
                .joined(separator: "\n") + "\n")
        case .table:
            var rows = [["#", "length", "path"]]
            for (i, path) in paths.enumerated() {
                rows.append([String(i + 1), TextTable.number(path.length), path.ids(in: compact).map(lookup.name).joined(separator: " → ")])
            }
            Terminal.print(paths.isEmpty ? "No path.\n" : TextTable.render(rows, rightAligned: [0, 1]))
        }
    }
}
