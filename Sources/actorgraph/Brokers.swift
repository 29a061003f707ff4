import ActorGraphAlgorithms
import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation

/// `actorgraph brokers`: brokerage across the whole graph.
struct Brokers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank brokers: Gould–Fernandez roles (counts, expected, z as sna::brokerage), Burt's constraint and effective size, betweenness.",
        discussion: """
            Groups for the Gould–Fernandez roles are each actor's affiliation (officials with their country), \
            or a --groups CSV with columns actor,group. The score is the mean of normalised betweenness, the \
            share of pairs brokered by an open two-path, and 1 − Burt's constraint (see brokerageScores).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: ArgumentHelp("CSV with a header and columns actor,group (names or aliases).", valueName: "file"))
    var groups: String?

    @Option(help: "Show only the first N actors.")
    var top: Int?

    @Option(help: "Output format (table on a terminal, json otherwise).")
    var format: OutputFormat?

    func run() throws {
        let inputs = try Inputs.load(input)
        let graph = inputs.graph(window: input.window, kinds: try graphOptions.kinds(), projection: graphOptions.level).removingIsolates()
        let compact = graph.compact()
        guard compact.nodeCount >= 3 else { throw CLIError("brokerage needs at least three actors with ties; found \(compact.nodeCount)") }
        let labels = try groupLabels(graph: graph, compact: compact, dictionary: inputs.dictionary)
        let scores: BrokerageScores, roles: GouldFernandezBrokerage, effective: NodeScores
        do {
            scores = try compact.brokerageScores(distance: analysis.distance, threads: analysis.threads)
            roles = try compact.gouldFernandezBrokerage(groups: labels, threads: analysis.threads)
            effective = try compact.effectiveSize(threads: analysis.threads)
        } catch {
            throw CLIError("\(error)")
        }
        let order = scores.ranked().prefix(top ?? compact.nodeCount).map { Int($0.index) }
        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json, .csv:
            let nodes = order.map { i -> JSONValue in
                let actor = graph.actors[compact.nodes[i]]!
                var roleValues: [(String, JSONValue)] = []
                for role in BrokerageRole.allCases {
                    roleValues.append((role.rawValue, .object([
                        ("count", .number(Double(roles.counts[i][role]))),
                        ("expected", .number(roles.expected[i][role])),
                        ("z", .optional(finite(roles.zScores[i][role]))),
                    ])))
                }
                return .object([
                    ("id", .string(actor.id.rawValue)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                    ("group", .string(labels[i])), ("score", .number(scores.values[i])),
                    ("betweenness", .number(scores.betweenness[i])), ("constraint", .optional(finite(scores.constraint[i]))),
                    ("effective_size", .optional(finite(effective.values[i]))), ("brokerage", .object(roleValues)),
                ])
            }
            Terminal.print(JSONValue.object([("nodes", .array(nodes))]).rendered())
        case .table:
            var rows = [["rank", "actor", "score", "betweenness", "constraint", "eff. size", "coord", "itin", "repr", "gate", "liais", "total z"]]
            for (rank, i) in order.enumerated() {
                let c = roles.counts[i]
                rows.append([String(rank + 1), graph.actors[compact.nodes[i]]!.name, TextTable.number(scores.values[i]),
                             TextTable.number(scores.betweenness[i]), TextTable.number(scores.constraint[i]), TextTable.number(effective.values[i]),
                             String(c.coordinator), String(c.itinerant), String(c.representative), String(c.gatekeeper), String(c.liaison),
                             TextTable.number(roles.zScores[i].total)])
            }
            Terminal.print(TextTable.render(rows, rightAligned: [0] + Array(2...11)))
            Terminal.note("roles count open two-paths a → v → c by the groups of a, v, c (coordinator: all one group; liaison: all different)")
        }
    }

    private func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    /// Each actor's group: from --groups, else its affiliation (or itself).
    private func groupLabels(graph: ActorGraph, compact: CompactGraph, dictionary: ActorDictionary?) throws -> [String] {
        var assigned: [ActorID: String] = [:]
        if let groups {
            guard let text = try? String(contentsOfFile: groups, encoding: .utf8) else { throw CLIError("\(groups): cannot read the file (missing, or not UTF-8)") }
            let lookup = ActorLookup(graph: graph, dictionary: dictionary ?? (try? Inputs.loadDictionary(input.dictionary)))
            for (n, line) in text.split(whereSeparator: \.isNewline).enumerated() where n > 0 {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw CLIError("\(groups):\(n + 1): expected two fields, actor,group")
                }
                do { assigned[try lookup.resolve(fields[0])] = fields[1] } catch { throw CLIError("\(groups):\(n + 1): \(error)") }
            }
        }
        return compact.nodes.map { id in assigned[id] ?? (graph.actors[id]?.affiliation ?? id).rawValue }
    }
}
