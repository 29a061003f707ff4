import ActorGraphCore
import ArgumentParser

/// `actorgraph report`: a short plain-text account of what the inputs hold.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise the inputs: documents, actors, events, the most connected actors and the strongest ties.")

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "How many actors and ties to list.")
    var top = 10

    func run() throws {
        let inputs = try Inputs.load(input)
        let graph = inputs.graph(window: input.window, kinds: try graphOptions.kinds(), projection: graphOptions.level)
        var lines: [String] = []
        if let extraction = inputs.extraction {
            let dated = extraction.documents.filter { $0.date != nil }
            let days = dated.compactMap(\.date).sorted()
            let span = days.isEmpty ? "no dates" : "\(days.first!) … \(days.last!)"
            lines.append("Documents: \(extraction.documents.count) (\(dated.count) dated, \(span))")
            for document in extraction.documents where document.date == nil {
                lines.append("  undated: \(document.path)")
            }
            let kinds = Dictionary(grouping: extraction.actors, by: \.kind).mapValues(\.count)
            lines.append("Actors named: \(extraction.actors.count) (" + ActorKind.allCases.compactMap { kind in
                kinds[kind].map { "\($0) \(kind == .country ? ($0 == 1 ? "country" : "countries") : kind.rawValue + ($0 == 1 ? "" : "s"))" } }.joined(separator: ", ") + ")")
            let events = Dictionary(grouping: extraction.events, by: \.kind).mapValues(\.count)
            lines.append("Events: \(extraction.events.count) (" + EventKind.allCases.compactMap { kind in
                events[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", ") + ")")
        }
        for (path, file) in inputs.graphs {
            lines.append("Graph file \(path): \(file.actors.count) nodes, \(file.relations.count) edges")
        }
        lines.append("Graph (\(graphOptions.level.rawValue) level, \(input.window.label)): \(graph.removingIsolates().actors.count) actors with ties, \(graph.relations.count) relations")
        lines.append("")

        let degree = graph.neighbourCounts()
        var strength: [ActorID: Double] = [:]
        for relation in graph.relations.values {
            strength[relation.source, default: 0] += relation.weight
            strength[relation.target, default: 0] += relation.weight
        }
        let ranked = graph.actors.keys.filter { degree[$0, default: 0] > 0 }
            .sorted { (degree[$0]!, strength[$0] ?? 0, $1) > (degree[$1]!, strength[$1] ?? 0, $0) }
        lines.append("Most connected actors (distinct partners, total tie strength):")
        for (rank, id) in ranked.prefix(top).enumerated() {
            let name = graph.actors[id]!.name
            lines.append("  \(pad(String(rank + 1), 3)). \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(pad(String(degree[id]!), 4)) partners  strength \(JSONValue.format(strength[id] ?? 0))")
        }
        lines.append("")
        lines.append("Strongest ties (kind, weight = distinct events, first … last):")
        let ties = graph.relations.values.sorted { ($0.weight, $1.key) > ($1.weight, $0.key) }
        for relation in ties.prefix(top) {
            let a = graph.actors[relation.source]!.name, b = graph.actors[relation.target]!.name
            let span = relation.first.map { first in relation.last.map { $0 == first ? "\(first)" : "\(first) … \($0)" } ?? "\(first)" } ?? "undated"
            lines.append("  \(a) – \(b): \(relation.kind.rawValue), \(JSONValue.format(relation.weight)), \(span)")
        }
        Terminal.print(lines.joined(separator: "\n") + "\n")
        if !inputs.skipped.isEmpty { throw ExitCode(1) }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
