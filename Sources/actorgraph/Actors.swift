import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser

/// `actorgraph actors`: the actors the inputs name, or (with --unknown) the names the dictionary missed.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List resolved actors with mention counts; with --unknown, the capitalised names the dictionary missed.",
        discussion: """
            --unknown prints candidates for a user dictionary, most frequent first, with an example \
            sentence; --format yaml writes them as dictionary entries to review and pass back with \
            --dictionary.
            """)

    enum Format: String, ExpressibleByArgument { case table, json, yaml }

    @OptionGroup var input: InputOptions

    @Flag(help: "List the names the dictionary missed instead of the resolved actors.")
    var unknown = false

    @Option(help: "Names seen fewer times are left out (with --unknown).")
    var minCount = 1

    @Option(help: "Output format (table on a terminal, json otherwise; yaml with --unknown).")
    var format: Format?

    func run() throws {
        let inputs = try Inputs.load(input)
        guard let extraction = inputs.extraction else { throw CLIError("actors reads articles (.txt, .md); got only graph files") }
        let chosen = format ?? (Terminal.stdoutIsTerminal ? .table : .json)
        if unknown {
            let documents = extraction.documents
            let names = try Extractor(dictionary: inputs.dictionary ?? Inputs.loadDictionary(input.dictionary)).unknownNames(in: documents).filter { $0.count >= minCount }
            let byID = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            switch chosen {
            case .json:
                Terminal.print(JSONValue.object([("unknown", .array(names.map { n in
                    .object([("name", .string(n.name)), ("count", .number(Double(n.count))), ("kind", .optional(n.kind?.rawValue)),
                             ("affiliation", .optional(n.affiliation.flatMap { byID[$0] })), ("document", .string(n.document)),
                             ("sentence", .string(n.sentence))])
                }))]).rendered())
            case .yaml:
                var out = "# Names the default dictionary missed, from \(documents.count) document(s). Review, then pass with --dictionary.\nactors:\n"
                for n in names {
                    out += "  - name: \(yamlQuoted(n.name))   # \(n.count)× — \(TextTable.abbreviate(n.sentence, 80).replacingOccurrences(of: "\n", with: " "))\n"
                    out += "    kind: \(n.kind?.rawValue ?? "official")\(n.kind == nil ? "   # guessed" : "")\n"
                    if let affiliation = n.affiliation.flatMap({ byID[$0] }) { out += "    affiliation: \(yamlQuoted(affiliation))\n" }
                }
                Terminal.print(out)
            case .table:
                var rows = [["count", "name", "kind", "affiliation", "example"]]
                for n in names {
                    rows.append([String(n.count), n.name, n.kind?.rawValue ?? "?", n.affiliation.flatMap { byID[$0] } ?? "",
                                 TextTable.abbreviate(n.sentence, 70)])
                }
                Terminal.print(TextTable.render(rows, rightAligned: [0]))
            }
            return
        }
        var counts: [ActorID: Int] = [:]
        for (_, ids) in extraction.mentions { for id in ids { counts[id, default: 0] += 1 } }
        let actors = extraction.actors.filter { $0.kind != .meeting }
            .sorted { (counts[$0.id] ?? 0, $1.id) > (counts[$1.id] ?? 0, $0.id) }
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        switch chosen {
        case .json, .yaml:
            Terminal.print(JSONValue.object([("actors", .array(actors.map { a in
                .object([("id", .string(a.id.rawValue)), ("name", .string(a.name)), ("kind", .string(a.kind.rawValue)),
                         ("affiliation", .optional(a.affiliation?.rawValue)), ("documents", .number(Double(counts[a.id] ?? 0))),
                         ("discovered", .bool(a.discovered))])
            }))]).rendered())
        case .table:
            var rows = [["documents", "actor", "kind", "affiliation", "discovered"]]
            for a in actors {
                rows.append([String(counts[a.id] ?? 0), a.name, a.kind.rawValue, a.affiliation.flatMap { names[$0] ?? $0.rawValue } ?? "",
                             a.discovered ? "yes" : ""])
            }
            Terminal.print(TextTable.render(rows, rightAligned: [0]))
        }
    }

    private func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
