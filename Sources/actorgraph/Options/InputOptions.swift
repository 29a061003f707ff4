import ActorGraphCore
import ArgumentParser
import Foundation

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

    /// `--window`: a named period, overriding `--from`/`--to`. Repeatable because `compare` takes
    /// several in one option group with these inputs (ArgumentParser allows one `--window` per
    /// command); every other command takes one, see `window`.
    @Option(name: .customLong("window"), help: ArgumentHelp(
        "A period to keep instead of --from/--to: 2018, 2018-Q2, 2018-06, 2018-03-01..2018-06-30, 2018-03-01.. or ..2018-06-30 (both bounds inclusive). compare takes it several times.",
        valueName: "period"))
    var windowSpecs: [String] = []

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
        let windows = try parsedWindows()
        if !windows.isEmpty && (fromDate != nil || toDate != nil) {
            throw ValidationError("--window and --from/--to both given; use one way to name the period")
        }
    }

    /// The `--window` periods, parsed, in the order given.
    func parsedWindows() throws -> [TimeWindow] {
        do {
            return try windowSpecs.map { try TimeWindow(parsing: $0) }
        } catch {
            throw ValidationError("--window: \(error)")
        }
    }

    /// The window `--window` or `--from`/`--to` describe (both ends inclusive), for the commands that
    /// analyse one period. Several `--window`s are for `compare`: any other command stops with a usage
    /// error (exit code 64, as for ArgumentParser's own validation errors) rather than pick one.
    var window: TimeWindow {
        if windowSpecs.count > 1 {
            let message = "Error: --window given \(windowSpecs.count) times (\(windowSpecs.joined(separator: ", "))); "
                + "this command takes one period: use `actorgraph compare` to compare several\n"
            FileHandle.standardError.write(Data(message.utf8))
            Foundation.exit(64)
        }
        if let only = try? parsedWindows().first { return only }
        let from = fromDate.flatMap(Day.init)
        let to = toDate.flatMap(Day.init)
        return from == nil && to == nil ? .all : TimeWindow(from: from, to: to)
    }
}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
