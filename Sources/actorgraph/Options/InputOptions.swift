import ActorGraphCore
import ArgumentParser

/// The inputs every analysis command takes: articles, folders or graph files, a window and a dictionary.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles (.txt, .md), folders of them, or graph files (.dot .gv .graphml .gexf .json .csv .tsv).")
    var inputs: [String]

    @Option(help: ArgumentHelp("Publication date for articles that carry none.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("A user dictionary (YAML) layered over the default one; repeatable.", valueName: "file"))
    var dictionary: [String] = []

    @Option(name: .customLong("from"), help: ArgumentHelp("Keep events on or after this day.", valueName: "YYYY-MM-DD"))
    var fromDate: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Keep events on or before this day.", valueName: "YYYY-MM-DD"))
    var toDate: String?

    @Flag(help: "No progress messages on stderr.")
    var quiet = false

    func validate() throws {
        for (name, value) in [("--date", date), ("--from", fromDate), ("--to", toDate)] {
            if let value, Day(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date; use YYYY-MM-DD")
            }
        }
        if let from = fromDate.flatMap(Day.init), let to = toDate.flatMap(Day.init), to < from {
            throw ValidationError("--from \(from) is after --to \(to): the window is reversed")
        }
    }

    /// The window `--from`/`--to` describe (both ends inclusive).
    var window: TimeWindow {
        let from = fromDate.flatMap(Day.init)
        let to = toDate.flatMap(Day.init)
        return from == nil && to == nil ? .all : TimeWindow(from: from, to: to)
    }
}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
