import ActorGraphAlgorithms
import ActorGraphCore
import ArgumentParser

/// `actorgraph communities`: groups of actors tied more among themselves than to others (Louvain).
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find communities with Louvain modularity optimisation (seeded, so runs repeat exactly).")

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Modularity resolution γ: above 1 favours smaller communities.")
    var resolution = 1.0

    @Option(help: "Random seed for the order Louvain visits actors in.")
    var seed: UInt64 = 42

    @Option(help: "Output format (table on a terminal, json otherwise).")
    var format: OutputFormat?

    func validate() throws {
        if !(resolution > 0) { throw ValidationError("--resolution must be positive") }
    }

    func run() throws {
        let inputs = try Inputs.load(input)
        let graph = inputs.graph(window: input.window, kinds: try graphOptions.kinds(), projection: graphOptions.level).removingIsolates()
        let compact = graph.compact()
        var rng = SeededRandom(seed: seed)
        let found: ActorGraphAlgorithms.Communities
        do {
            found = try compact.louvainCommunities(resolution: resolution, using: &rng)
        } catch {
            throw CLIError("\(error)")
        }
        // Largest community first; members by name.
        let groups = found.members.map { members in
            members.map { graph.actors[compact.nodes[Int($0)]]! }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        }.sorted { ($0.count, $1.first?.id ?? "") > ($1.count, $0.first?.id ?? "") }
        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json:
            let values = groups.enumerated().map { i, members in
                JSONValue.object([
                    ("id", .number(Double(i + 1))), ("size", .number(Double(members.count))),
                    ("actors", .array(members.map { .object([("id", .string($0.id.rawValue)), ("name", .string($0.name))]) })),
                ])
            }
            Terminal.print(JSONValue.object([
                ("modularity", .number(found.modularity)), ("resolution", .number(resolution)), ("seed", .number(Double(seed))),
                ("communities", .array(values)),
            ]).rendered())
        case .csv:
            var lines = ["community,id,name"]
            for (i, members) in groups.enumerated() {
                lines += members.map { "\(i + 1),\($0.id.rawValue),\(CSVField.quote($0.name))" }
            }
            Terminal.print(lines.joined(separator: "\n") + "\n")
        case .table:
            var text = "Modularity \(TextTable.number(found.modularity)) (resolution \(resolution), seed \(seed)), \(groups.count) communities\n\n"
            for (i, members) in groups.enumerated() {
                text += "\(i + 1). (\(members.count)) " + members.map(\.name).joined(separator: ", ") + "\n"
            }
            Terminal.print(text)
        }
    }
}
