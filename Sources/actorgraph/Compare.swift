import ActorGraphAlgorithms
import ActorGraphCore
import ActorGraphRendering
import ArgumentParser
import Foundation

/// `actorgraph compare`: how the picture changed from one time window to the next.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the graph across time windows: who arrived and left, which ties appeared, vanished or changed, who rose and fell.",
        discussion: """
            Windows come from --window (repeatable: 2017, 2018-Q2, 2018-06, 2018-03-01..2018-06-30; bounds \
            inclusive) or from --every over a period. An event belongs to a window by its own date. A window \
            without events is reported as empty. Ties are relations (pair and kind); rank correlation is \
            Kendall's tau-b of --measure over the actors of both windows (absent = 0). -o draws the diff \
            (the union graph, new ties green, lost ties red), --panels one panel per window with every actor \
            at the same place.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var windowOptions: WindowOptions
    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The centrality to rank actors by: \(Centrality.Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var measure: Centrality.Measure = .degree

    @Option(help: "How many ties, actors and rank moves the table lists per step (JSON lists all).")
    var top = 8

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Draw the diff here (.svg; .png .pdf .dot for two windows). More than two windows: one diff per step, side by side.",
        valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Draw the windows side by side here (.svg), every actor at the same place.", valueName: "file"))
    var panels: String?

    @Option(help: "Layout seed for the drawings (neato's start).")
    var seed = 42

    @Option(help: "Output format: table (the default on a terminal) or json.")
    var format: OutputFormat?

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if format == .csv { throw ValidationError("compare prints a table or JSON; --format csv is not available") }
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard ["svg", "png", "pdf", "dot", "gv"].contains(ext) else {
                throw ValidationError("\(output): cannot tell the format from '.\(ext)'; use .svg (or .png, .pdf, .dot)")
            }
        }
        if let panels, URL(fileURLWithPath: panels).pathExtension.lowercased() != "svg" {
            throw ValidationError("\(panels): panels are composed as one SVG; use a .svg file")
        }
    }

    func run() throws {
        let inputs = try Inputs.load(input)
        let events = inputs.extraction?.events ?? []
        let days = events.compactMap(\.date)
        let span = days.min().flatMap { first in days.max().map { (first: first, last: $0) } }
        // --from/--to name the period that --every cuts, as --window A..B would.
        let explicit = input.windowSpecs.isEmpty && (input.fromDate != nil || input.toDate != nil)
            ? [input.window] : try input.parsedWindows()
        let windows = try windowOptions.windows(explicit: explicit, span: span)
        if !inputs.graphs.isEmpty {
            Terminal.note("graph files carry no dates: their ties count in every window")
        }
        let kinds = try graphOptions.kinds()
        let graphs = windows.map { inputs.graph(window: $0, kinds: kinds, projection: graphOptions.level).removingIsolates() }
        let comparison: GraphComparison
        do {
            comparison = try GraphComparison(Array(zip(windows, graphs)).map { (window: $0.0, graph: $0.1) }) { compact in
                try Centrality.compute(measure, on: compact, distance: analysis.distance, threads: analysis.threads, katzAlpha: 0.1)
            }
        } catch {
            throw CLIError("\(measure.rawValue): \(error)")
        }
        let meetings = comparison.snapshots.map { Self.meetings(in: $0.window, inputs: inputs, scores: $0.scores) }

        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json, .csv: Terminal.print(json(comparison, meetings: meetings).rendered())
        case .table: Terminal.print(table(comparison, meetings: meetings))
        }
        if output != nil || panels != nil {
            try draw(comparison)
        }
        if !inputs.skipped.isEmpty { throw ExitCode(1) }
    }

    // MARK: - Meetings

    struct Meeting {
        var id: ActorID
        var name: String
        var date: Day?
        var reports: Int
        var participants: Set<ActorID> = []
        /// Sum of the participants' scores in the window: summits of central actors come first.
        var weight = 0.0
    }

    /// Meetings held in the window (by the events' own dates), those between the window's most central
    /// actors first (sum of the participants' scores), then the most reported.
    static func meetings(in window: TimeWindow, inputs: Inputs, scores: [ActorID: Double]) -> [Meeting] {
        guard let extraction = inputs.extraction else { return [] }
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var found: [ActorID: Meeting] = [:]
        for event in extraction.events where window.contains(event.date) {
            guard let id = event.meeting, event.status == nil || event.status == .held else { continue }
            var meeting = found[id] ?? Meeting(id: id, name: names[id] ?? id.rawValue, date: event.date, reports: 0)
            meeting.reports += 1
            meeting.date = [meeting.date, event.date].compactMap { $0 }.min()
            meeting.participants.formUnion(event.actors.map(\.actor))
            found[id] = meeting
        }
        for (id, meeting) in found {
            found[id]!.weight = meeting.participants.map { scores[$0] ?? 0 }.reduce(0, +)
        }
        return found.values.sorted {
            ($0.weight, $0.reports, $1.date ?? Day(ordinal: 0), $1.id) > ($1.weight, $1.reports, $0.date ?? Day(ordinal: 0), $0.id)
        }
    }

    // MARK: - JSON

    func json(_ comparison: GraphComparison, meetings: [[Meeting]]) -> JSONValue {
        let name = { (id: ActorID) -> String in comparison.actors[id]?.name ?? id.rawValue }
        let windows = zip(comparison.snapshots, meetings).map { snapshot, meetings -> JSONValue in
            .object([
                ("label", .string(snapshot.window.label)),
                ("from", .optional(snapshot.window.from?.description)),
                ("to", .optional(snapshot.window.to?.description)),
                ("empty", .bool(snapshot.isEmpty)),
                ("nodes", .number(Double(snapshot.nodes))),
                ("edges", .number(Double(snapshot.edges))),
                ("tied_pairs", .number(Double(snapshot.tiedPairs))),
                ("density", .number(snapshot.density)),
                ("components", .number(Double(snapshot.components))),
                ("meetings", .array(meetings.map { meeting in
                    .object([("id", .string(meeting.id.rawValue)), ("name", .string(meeting.name)),
                             ("date", .optional(meeting.date?.description)), ("reports", .number(Double(meeting.reports)))])
                })),
            ])
        }
        let steps = comparison.steps.map { step -> JSONValue in
            let a = comparison.snapshots[step.before], b = comparison.snapshots[step.after]
            func relation(_ r: Relation) -> JSONValue {
                .object([("source", .string(r.source.rawValue)), ("target", .string(r.target.rawValue)),
                         ("kind", .string(r.kind.rawValue)), ("weight", .number(r.weight))])
            }
            return .object([
                ("from", .string(a.window.label)),
                ("to", .string(b.window.label)),
                ("nodes_added", .array(step.actorsAdded.map { id in
                    .object([("actor", .string(id.rawValue)), ("name", .string(name(id))),
                             ("rank_after", .optional(b.ranks[id].map(Double.init)))])
                })),
                ("nodes_removed", .array(step.actorsRemoved.map { id in
                    .object([("actor", .string(id.rawValue)), ("name", .string(name(id))),
                             ("rank_before", .optional(a.ranks[id].map(Double.init)))])
                })),
                ("edges_added", .array(step.relationsAdded.map(relation))),
                ("edges_removed", .array(step.relationsRemoved.map(relation))),
                ("edges_reweighted", .array(step.relationsReweighted.map { r in
                    .object([("source", .string(r.key.source.rawValue)), ("target", .string(r.key.target.rawValue)),
                             ("kind", .string(r.key.kind.rawValue)), ("weight_before", .number(r.before)),
                             ("weight_after", .number(r.after))])
                })),
                ("edges_unchanged", .number(Double(step.relationsUnchanged))),
                ("jaccard_edges", .number(step.jaccard)),
                ("rank_correlation", .number(step.rankCorrelation.value)),
                ("rank_changes", .array(step.movers.map { change in
                    .object([("actor", .string(change.actor.rawValue)), ("name", .string(name(change.actor))),
                             ("measure", .string(measure.rawValue)),
                             ("rank_before", .optional(change.rankBefore.map(Double.init))),
                             ("rank_after", .optional(change.rankAfter.map(Double.init))),
                             ("score_before", .optional(change.scoreBefore)), ("score_after", .optional(change.scoreAfter))])
                })),
            ])
        }
        return .object([("windows", .array(windows)), ("steps", .array(steps)), ("measure", .string(measure.rawValue))])
    }

    // MARK: - Table

    func table(_ comparison: GraphComparison, meetings: [[Meeting]]) -> String {
        let limit = top
        let name = { (id: ActorID) -> String in comparison.actors[id]?.name ?? id.rawValue }
        let kindsNote = graphOptions.relations.map { "relations: \($0)" } ?? "all relation kinds"
        var out = "How the \(graphOptions.level.rawValue)-level graph changed across \(comparison.snapshots.count) windows "
            + "(\(kindsNote); ranks by \(measure.rawValue))\n\n"
        var rows = [["window", "from", "to", "actors", "relations", "tied pairs", "density", "components", "meetings"]]
        for (snapshot, held) in zip(comparison.snapshots, meetings) {
            rows.append([snapshot.window.label, snapshot.window.from?.description ?? "…", snapshot.window.to?.description ?? "…"]
                + (snapshot.isEmpty ? ["empty: no events", "", "", "", "", String(held.count)]
                    : [String(snapshot.nodes), String(snapshot.edges), String(snapshot.tiedPairs),
                       TextTable.number(snapshot.density), String(snapshot.components), String(held.count)]))
        }
        out += TextTable.render(rows, rightAligned: [3, 4, 5, 6, 7, 8]).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"

        func more(_ total: Int) -> String { total > limit ? ", … \(total - limit) more" : "" }
        func list(_ items: [String], total: Int) -> String { items.prefix(limit).joined(separator: ", ") + more(total) }
        for step in comparison.steps {
            let a = comparison.snapshots[step.before], b = comparison.snapshots[step.after]
            out += "\n\(a.window.label) → \(b.window.label): "
            if a.isEmpty && b.isEmpty {
                out += "both windows are empty.\n"
                continue
            }
            if b.isEmpty { out += "\(b.window.label) is empty: no events in that window; everything of \(a.window.label) is gone.\n" }
            else if a.isEmpty { out += "\(a.window.label) was empty: everything in \(b.window.label) is new.\n" }
            let tau = step.rankCorrelation.value
            out += (a.isEmpty || b.isEmpty ? "  " : "")
                + "\(step.actorsAdded.count) actors arrive, \(step.actorsRemoved.count) leave; "
                + "\(step.relationsAdded.count) ties new, \(step.relationsRemoved.count) gone, "
                + "\(step.relationsReweighted.count) changed weight, \(step.relationsUnchanged) unchanged; "
                + "Jaccard \(step.jaccard.isNaN ? "n/a" : TextTable.number(step.jaccard)); "
                + "rank correlation (Kendall τ-b, \(measure.rawValue)) \(tau.isNaN ? "n/a" : TextTable.number(tau))\n"

            // Ties grouped by pair, so "Donald Trump–Kim Jong-un" reads once with all its new kinds.
            func grouped(_ relations: [Relation], sign: String) -> [String] {
                var order: [[ActorID]] = []
                var byPair: [[ActorID]: [Relation]] = [:]
                for r in relations {
                    let pair = [r.source, r.target]
                    if byPair[pair] == nil { order.append(pair) }
                    byPair[pair, default: []].append(r)
                }
                order.sort { p, q in
                    let wp = byPair[p]!.map(\.weight).reduce(0, +), wq = byPair[q]!.map(\.weight).reduce(0, +)
                    return (wp, q[0], q[1]) > (wq, p[0], p[1])
                }
                return order.map { pair in
                    let kinds = byPair[pair]!.map { "\($0.kind.rawValue) \(JSONValue.format($0.weight))" }.joined(separator: ", ")
                    return "\(sign)\(name(pair[0]))–\(name(pair[1])) (\(kinds))"
                }
            }
            let added = grouped(step.relationsAdded, sign: "+"), removed = grouped(step.relationsRemoved, sign: "−")
            if !added.isEmpty { out += "  New ties:    \(list(added, total: added.count))\n" }
            let stronger = step.relationsReweighted.filter { $0.change > 0 }, weaker = step.relationsReweighted.filter { $0.change < 0 }
            let reweight = { (r: GraphComparison.Reweighted) -> String in
                "\(name(r.key.source))–\(name(r.key.target)) (\(r.key.kind.rawValue) \(JSONValue.format(r.before)) → \(JSONValue.format(r.after)))"
            }
            if !stronger.isEmpty { out += "  Stronger:    \(list(stronger.map(reweight), total: stronger.count))\n" }
            if !weaker.isEmpty { out += "  Weaker:      \(list(weaker.map(reweight), total: weaker.count))\n" }
            if !removed.isEmpty { out += "  Gone:        \(list(removed, total: removed.count))\n" }
            let arrivals = step.actorsAdded.sorted { (b.ranks[$0] ?? .max, $0) < (b.ranks[$1] ?? .max, $1) }
            if !arrivals.isEmpty {
                out += "  Arrive:      \(list(arrivals.map { "\(name($0)) (rank \(b.ranks[$0].map(String.init) ?? "–"))" }, total: arrivals.count))\n"
            }
            let departures = step.actorsRemoved.sorted { (a.ranks[$0] ?? .max, $0) < (a.ranks[$1] ?? .max, $1) }
            if !departures.isEmpty {
                out += "  Leave:       \(list(departures.map { "\(name($0)) (was \(a.ranks[$0].map(String.init) ?? "–"))" }, total: departures.count))\n"
            }
            let movers = step.movers
            if !movers.isEmpty {
                out += "  Rank moves:  " + list(movers.map { change in
                    let m = change.movement!
                    return "\(name(change.actor)) \(m > 0 ? "▲" : "▼")\(abs(m)) (\(change.rankBefore!) → \(change.rankAfter!))"
                }, total: movers.count) + "\n"
            }
            let held = meetings[step.after]
            if !held.isEmpty {
                let shown = held.prefix(limit)
                out += "  Meetings in \(b.window.label), most central first: " + shown.map { meeting in
                    meeting.name + (meeting.reports > 1 ? " [\(meeting.reports) reports]" : "")
                }.joined(separator: "; ") + more(held.count) + "\n"
            }
        }
        out += "\nTies are relations (pair and kind), weights = distinct events. --format json lists everything; --top N shows more.\n"
        return out
    }

    // MARK: - Drawings

    func draw(_ comparison: GraphComparison) throws {
        let graphs = comparison.snapshots.map(\.graph)
        let layout: PinnedLayout
        do {
            layout = try PinnedLayout.compute(for: graphs, seed: seed)
        } catch let error as GraphvizError {
            throw CLIError("layout: Graphviz: \(error)")
        }
        let subtitle = "\(graphOptions.level.rawValue) level, \(graphOptions.relations ?? "all relation kinds"), ranks by \(measure.rawValue)"
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            do {
                if comparison.steps.count == 1, let step = comparison.steps.first {
                    let a = comparison.snapshots[step.before], b = comparison.snapshots[step.after]
                    let format = RenderFormat(fileExtension: ext) ?? .svg
                    if format == .svg {
                        let svg = try DiffDrawing.draw(before: a.graph, after: b.graph, ranks: (a.ranks, b.ranks), layout: layout)
                        try AtomicFile.write(try PanelsDrawing.compose(
                            [.init(title: "\(a.window.label) → \(b.window.label)", subtitle: stepSummary(step), svg: svg)],
                            title: "What changed, \(a.window.label) → \(b.window.label) (\(subtitle))",
                            legend: DiffDrawing.legend(measure: measure.rawValue)), to: output)
                    } else {
                        try AtomicFile.write(try DiffDrawing.draw(before: a.graph, after: b.graph, ranks: (a.ranks, b.ranks),
                                                                  layout: layout, format: format), to: output)
                    }
                } else {
                    guard ext == "svg" else {
                        throw CLIError("\(output): a diff of \(comparison.snapshots.count) windows is drawn as side-by-side steps in one SVG; use .svg")
                    }
                    var steps: [PanelsDrawing.Panel] = []
                    for step in comparison.steps {
                        let a = comparison.snapshots[step.before], b = comparison.snapshots[step.after]
                        let svg = try DiffDrawing.draw(before: a.graph, after: b.graph, ranks: (a.ranks, b.ranks), layout: layout)
                        steps.append(.init(title: "\(a.window.label) → \(b.window.label)", subtitle: stepSummary(step), svg: svg))
                    }
                    try AtomicFile.write(try PanelsDrawing.compose(
                        steps, title: "What changed, step by step (\(subtitle))",
                        legend: DiffDrawing.legend(measure: measure.rawValue)), to: output)
                }
            } catch let error as GraphvizError {
                throw CLIError("\(output): Graphviz: \(error)")
            }
            Terminal.note("wrote \(output): the diff of \(comparison.steps.count) step(s), \(layout.actors.count) actors")
        }
        if let panels {
            do {
                let svg = try PanelsDrawing.draw(comparison.snapshots.map { (title: $0.window.label, graph: $0.graph) },
                                                 layout: layout, title: "The graph window by window (\(subtitle))")
                try AtomicFile.write(svg, to: panels)
            } catch let error as GraphvizError {
                throw CLIError("\(panels): Graphviz: \(error)")
            }
            Terminal.note("wrote \(panels): \(comparison.snapshots.count) panels, \(layout.actors.count) actors at fixed places")
        }
    }

    func stepSummary(_ step: GraphComparison.Step) -> String {
        "+\(step.actorsAdded.count) / −\(step.actorsRemoved.count) actors, +\(step.relationsAdded.count) / −\(step.relationsRemoved.count) ties, "
            + "\(step.relationsReweighted.count) reweighted"
    }
}
