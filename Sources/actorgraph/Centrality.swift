import ActorGraphAlgorithms
import ActorGraphCore
import ArgumentParser

/// `actorgraph centrality`: who is central, by one or several measures, with NetworkX's conventions.
struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank actors by centrality: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, katz.",
        discussion: """
            Conventions follow NetworkX's defaults: degree = neighbours/(n-1); betweenness normalized by \
            2/((n-1)(n-2)) for undirected graphs; closeness with Wasserman–Faust scaling on disconnected \
            graphs; eigenvector L2-normalised; PageRank alpha 0.85. Path-based measures read weights through \
            --distance; strength, eigenvector, PageRank and Katz read them as tie strength.
            """)

    enum Measure: String, CaseIterable, ExpressibleByArgument {
        case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, katz
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: ArgumentHelp("Measures, comma-separated; the first one sorts the result.", valueName: "m1,m2,..."))
    var measure = "degree,betweenness,pagerank"

    @Option(help: "Show only the first N actors.")
    var top: Int?

    @Option(help: "Katz attenuation factor (must stay below 1/λmax of the graph).")
    var katzAlpha = 0.1

    @Option(help: "Output format (table on a terminal, json otherwise).")
    var format: OutputFormat?

    func measures() throws -> [Measure] {
        try measure.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let m = Measure(rawValue: trimmed) else {
                throw ValidationError("unknown measure '\(trimmed)'; use \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return m
        }
    }

    func validate() throws {
        _ = try measures()
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let inputs = try Inputs.load(input)
        let graph = inputs.graph(window: input.window, kinds: try graphOptions.kinds(), projection: graphOptions.level).removingIsolates()
        let compact = graph.compact()
        let chosen = try measures()
        var columns: [(Measure, NodeScores)] = []
        for m in chosen {
            do {
                columns.append((m, try Self.compute(m, on: compact, distance: analysis.distance, threads: analysis.threads, katzAlpha: katzAlpha)))
            } catch {
                let hint = m == .katz ? " (try a smaller --katz-alpha: it must stay below 1/λmax of the graph)" : ""
                throw CLIError("\(m.rawValue): \(error)\(hint)")
            }
        }
        let order = columns.first.map { first in
            (0..<compact.nodeCount).sorted { (first.1.values[$0], compact.nodes[$1]) > (first.1.values[$1], compact.nodes[$0]) }
        } ?? []
        let shown = Array(order.prefix(top ?? order.count))
        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json:
            let nodes = shown.map { i -> JSONValue in
                let actor = graph.actors[compact.nodes[i]]!
                return .object([("id", .string(actor.id.rawValue)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue))]
                    + columns.map { ($0.0.rawValue, .number($0.1.values[i])) })
            }
            Terminal.print(JSONValue.object([("nodes", .array(nodes))]).rendered())
        case .csv:
            var lines = [(["id", "name", "kind"] + columns.map(\.0.rawValue)).joined(separator: ",")]
            for i in shown {
                let actor = graph.actors[compact.nodes[i]]!
                lines.append(([actor.id.rawValue, CSVField.quote(actor.name), actor.kind.rawValue] + columns.map { JSONValue.format($0.1.values[i]) }).joined(separator: ","))
            }
            Terminal.print(lines.joined(separator: "\n") + "\n")
        case .table:
            var rows = [["rank", "actor", "kind"] + columns.map(\.0.rawValue)]
            for (rank, i) in shown.enumerated() {
                let actor = graph.actors[compact.nodes[i]]!
                rows.append([String(rank + 1), actor.name, actor.kind.rawValue] + columns.map { TextTable.number($0.1.values[i]) })
            }
            Terminal.print(TextTable.render(rows, rightAligned: [0] + Array(3..<(3 + columns.count))))
            Terminal.note("\(compact.nodeCount) actors, \(compact.edgeCount) ties; distance: \(analysis.distance.rawValue)")
        }
    }

    static func compute(_ m: Measure, on g: CompactGraph, distance: DistanceRule, threads: Int?, katzAlpha: Double) throws -> NodeScores {
        switch m {
        case .degree: return g.degreeCentrality()
        case .strength: return g.strengthCentrality()
        case .betweenness: return try g.betweennessCentrality(distance: distance, normalized: true, endpoints: false, threads: threads)
        case .closeness: return try g.closenessCentrality(distance: distance, threads: threads)
        case .harmonic: return try g.harmonicCentrality(distance: distance, threads: threads)
        case .eigenvector: return try g.eigenvectorCentrality()
        case .pagerank: return try g.pageRank()
        case .katz: return try g.katzCentrality(alpha: katzAlpha)
        }
    }
}
