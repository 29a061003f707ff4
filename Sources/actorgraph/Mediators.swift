import ActorGraphAlgorithms
import ActorGraphCore
import ArgumentParser

/// `actorgraph mediators INPUT... A B`: who mediated between A and B, how we know, and where the
/// network puts them.
struct Mediators: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who mediated between two actors: quoted mediation and visit triangles fused with structural brokerage.",
        discussion: """
            The last two arguments are the pair (canonical names or any alias: "US", "Washington" and \
            "United States" are one actor). Explicit evidence: mediation offered, performed or requested \
            between the two sides (or their officials, or their countries), and visit triangles (M met both \
            within --triangle-days, with no direct meeting between). Structure: pair dependency (share of \
            shortest A–B paths through M), whether M bridges A and B while their own tie is weaker, and M's \
            Gould–Fernandez role for A → B. Score = 0.5·E + 0.2·T + 0.2·D + 0.1·G (see MediatorAnalysis).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "actor: officials, countries and organisations as named; country: officials folded into their country.")
    var level: Projection = .actor

    @Option(help: "Days between M's meetings with A and with B that still make a visit triangle.")
    var triangleDays = 28

    @Option(help: "Show only the first N candidates.")
    var top = 10

    @Option(help: "Output format (table on a terminal, json otherwise).")
    var format: OutputFormat?

    func validate() throws {
        guard input.inputs.count >= 3 else {
            throw ValidationError("give the inputs, then the two actors: actorgraph mediators corpus/ \"United States\" \"North Korea\"")
        }
        if triangleDays < 0 { throw ValidationError("--triangle-days cannot be negative") }
    }

    func run() throws {
        let names = Array(input.inputs.suffix(2))
        let inputs = try Inputs.load(input, paths: Array(input.inputs.dropLast(2)))
        let window = input.window
        let known = inputs.actors
        let dictionary = inputs.dictionary ?? (try? Inputs.loadDictionary(input.dictionary))
        // Names are looked up among all actors, then folded to the chosen level.
        let actorGraph = inputs.graph(window: window, kinds: nil, projection: .actor)
        let lookup = ActorLookup(graph: actorGraph, dictionary: dictionary)
        func country(_ id: ActorID) -> ActorID {
            guard let actor = known[id], actor.kind != .country, let affiliation = actor.affiliation, known[affiliation] != nil else { return id }
            return country(affiliation)
        }
        let project: (ActorID) -> ActorID = level == .country ? country : { $0 }
        let a = project(try lookup.resolve(names[0])), b = project(try lookup.resolve(names[1]))
        guard a != b else { throw CLIError("\(names[0]) and \(names[1]) are the same actor at the \(level.rawValue) level") }
        let graph = level == .actor ? actorGraph : inputs.graph(window: window, kinds: nil, projection: level)
        let events = inputs.events.filter { window.contains($0.date) }
        let result: MediatorAnalysis
        do {
            result = try MediatorAnalysis(a: a, b: b, events: events, graph: graph, project: project, side: country,
                                          distance: analysis.distance, triangleDays: triangleDays)
        } catch {
            throw CLIError("\(error)")
        }
        func name(_ id: ActorID) -> String { known[id]?.name ?? graph.actors[id]?.name ?? id.rawValue }
        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json, .csv:
            Terminal.print(json(result, name: name).rendered())
        case .table:
            Terminal.print(table(result, name: name, documents: inputs.extraction?.documents.count))
        }
    }

    private func json(_ r: MediatorAnalysis, name: (ActorID) -> String) -> JSONValue {
        .object([
            ("between", .array([.string(name(r.a)), .string(name(r.b))])),
            ("level", .string(level.rawValue)),
            ("connected", .bool(r.connected)),
            ("direct_tie", .object([
                ("weight", .number(r.directWeight)),
                ("meetings", .number(Double(Set(r.directMeetings.map { $0.meeting?.rawValue ?? $0.id }).count))),
                ("first", .optional(r.directMeetings.compactMap(\.date).min()?.description)),
            ])),
            ("explicit", .array(r.explicit.map { e in
                .object([
                    ("mediator", .string(name(e.mediator))), ("kind", .string(e.kind.rawValue)),
                    ("date", .optional(e.date?.description)), ("document", .string(e.document)),
                    ("quote", .string(e.quote)), ("related", .optional(e.related)),
                ])
            })),
            ("structural", .array(r.structural.map { s in
                .object([
                    ("actor", .string(name(s.actor))), ("pair_dependency", .number(s.pairDependency)),
                    ("brokerage_roles", .object([("role", .optional(s.role?.rawValue)), ("bridges", .bool(s.bridges))])),
                    ("score", .number(r.ranking.first { $0.actor == s.actor }?.score ?? 0)),
                ])
            })),
            ("ranking", .array(r.ranking.prefix(top).map { c in
                .object([
                    ("actor", .string(name(c.actor))), ("score", .number(c.score)), ("explicit", .number(Double(c.explicit))),
                    ("triangles", .number(Double(c.triangles))), ("pair_dependency", .number(c.pairDependency)),
                    ("bridges", .bool(c.bridges)), ("role", .optional(c.role?.rawValue)),
                ])
            })),
        ])
    }

    private func table(_ r: MediatorAnalysis, name: (ActorID) -> String, documents: Int?) -> String {
        let span = input.window.isUnbounded ? "all dates" : "\(input.window.from?.description ?? "…") … \(input.window.to?.description ?? "…")"
        var out = "Who mediated between \(name(r.a)) and \(name(r.b)) (\(span)\(documents.map { ", \($0) documents" } ?? ""), \(level.rawValue) level)\n\n"
        if r.ranking.isEmpty {
            out += r.connected
                ? "Nobody: they are tied directly and no third party carries evidence or shortest paths between them.\n"
                : "They are not connected in this window: no tie, no path, and no mediation between them was found.\n"
        } else {
            var rows = [["rank", "actor", "score", "explicit", "triangles", "pair dep.", "role (G–F)", "evidence"]]
            for (i, c) in r.ranking.prefix(top).enumerated() {
                let first = r.explicit.first { $0.mediator == c.actor && $0.kind != .visitTriangle } ?? r.explicit.first { $0.mediator == c.actor }
                let evidence = first.map { "\($0.date?.description ?? "undated") \"\(TextTable.abbreviate($0.quote, 60))\"" } ?? ""
                rows.append([String(i + 1), name(c.actor), TextTable.number(c.score), String(c.explicit), String(c.triangles),
                             TextTable.number(c.pairDependency), c.role?.rawValue ?? (c.bridges ? "bridge" : "–"), evidence])
            }
            out += TextTable.render(rows, rightAligned: [0, 2, 3, 4, 5])
        }
        let meetings = Set(r.directMeetings.map { $0.meeting?.rawValue ?? $0.id }).count
        if meetings > 0, let first = r.directMeetings.min(by: { ($0.date!, $0.id) < ($1.date!, $1.id) }) {
            out += "\nDirect tie \(name(r.a))–\(name(r.b)): \(meetings) meeting\(meetings == 1 ? "" : "s") (first \(first.date!)\(first.place.map { " \($0)" } ?? "")).\n"
        } else if r.directWeight > 0 {
            out += "\nDirect tie \(name(r.a))–\(name(r.b)): weight \(JSONValue.format(r.directWeight)), no meeting between them on record.\n"
        } else {
            out += "\nNo direct tie between \(name(r.a)) and \(name(r.b)).\n"
        }
        out += "Use --format json for all evidence\(level == .actor ? ", --level country to fold officials into their countries" : "").\n"
        return out
    }
}
