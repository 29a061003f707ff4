import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser

/// `actorgraph evaluate`: extraction scored against hand-made gold annotations.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against gold annotations: precision, recall and F1 per category.",
        discussion: """
            Articles are matched to gold entries by file name. Actors, meetings (meeting, talks, visit \
            events) and mediations are scored; meeting participants, mediators and sides are compared \
            with officials projected to their countries. Dates, places and statuses are reported as \
            accuracy over what matched. See GoldEvaluation for the exact rules. --from/--to do not \
            apply: gold entries are per article, so every event of every article is scored.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The gold annotations (JSON keyed by file name).", valueName: "file"))
    var gold: String

    @Option(help: "table or json.")
    var format: Format = .table

    @Flag(name: .shortAndLong, help: "In the table, list every miss, spurious item and wrong date or place.")
    var verbose = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func run() throws {
        let annotations: GoldStandard
        do {
            annotations = try GoldStandard.load(path: gold)
        } catch let error as DocumentError {
            throw CLIError(error.description)
        }
        let inputs = try Inputs.load(input)
        guard let extraction = inputs.extraction else {
            throw CLIError("evaluate reads articles (.txt, .md); got only graph files")
        }
        let dictionary = try inputs.dictionary ?? Inputs.loadDictionary(input.dictionary)
        let report = GoldEvaluation(dictionary: dictionary).evaluate(extraction, against: annotations)
        if report.documents.isEmpty {
            throw CLIError("\(gold): no article matches a gold entry by file name")
        }
        for path in report.unannotatedDocuments { Terminal.note("\(path): no gold entry; not scored") }
        for name in report.unknownGoldNames { Terminal.warn("\(gold): '\(name)' is neither a canonical name nor an alias in the dictionary") }
        switch format {
        case .table: Terminal.print(EvaluationTable.render(report, gold: gold, verbose: verbose))
        case .json: Terminal.print(EvaluationJSON.render(report, gold: gold).rendered())
        }
        if !inputs.skipped.isEmpty { throw ExitCode(1) }
    }
}

/// The plain-text evaluation: the per-category summary, one line per document, and with `verbose`
/// what each document missed.
enum EvaluationTable {
    static func render(_ report: EvaluationReport, gold: String, verbose: Bool) -> String {
        var lines = ["Evaluation against \(gold): \(report.documents.count) document(s)", ""]
        lines.append("category       TP    FP    FN  precision  recall     F1")
        for (name, score) in [("actors", report.actors), ("meetings", report.meetings), ("mediations", report.mediations)] {
            lines.append(left(name, 11) + right(String(score.truePositives), 5) + right(String(score.falsePositives), 6)
                         + right(String(score.falseNegatives), 6) + right(rate(score.precision), 11)
                         + right(rate(score.recall), 8) + right(rate(score.f1), 7))
        }
        lines.append("")
        lines.append("meetings matched:   date \(accuracy(report.meetingDates)), place \(accuracy(report.meetingPlaces))")
        lines.append("mediations matched: status \(accuracy(report.mediationStatuses)), date \(accuracy(report.mediationDates))")
        lines.append("document dates:     \(accuracy(report.documentDates))")
        lines.append("")
        let width = max(8, report.documents.map(\.file.count).max() ?? 0)
        lines.append(left("document", width) + "  actors P/R     meetings TP/FP/FN  mediations TP/FP/FN")
        for document in report.documents {
            let a = document.actors.score, m = document.meetings.score, d = document.mediations.score
            lines.append(left(document.file, width) + "  " + left("\(rate(a.precision))/\(rate(a.recall))", 13)
                         + "  " + left("\(m.truePositives)/\(m.falsePositives)/\(m.falseNegatives)", 17)
                         + "  \(d.truePositives)/\(d.falsePositives)/\(d.falseNegatives)")
        }
        if verbose {
            for document in report.documents {
                let details = misses(document)
                guard !details.isEmpty else { continue }
                lines.append("")
                lines.append("\(document.file):")
                lines += details.map { "  " + $0 }
            }
        }
        if !report.unmatchedGoldFiles.isEmpty {
            lines.append("")
            lines.append("Gold entries with no article given (not scored): \(report.unmatchedGoldFiles.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a developer has to fix in one document, one line per item.
    static func misses(_ document: DocumentEvaluation) -> [String] {
        var lines: [String] = []
        if document.date != document.goldDate {
            lines.append("date: \(document.date?.description ?? "none"), gold \(document.goldDate?.description ?? "none")")
        }
        if !document.actors.missed.isEmpty { lines.append("actors missed: " + document.actors.missed.joined(separator: ", ")) }
        if !document.actors.spurious.isEmpty { lines.append("actors spurious: " + document.actors.spurious.joined(separator: ", ")) }
        for meeting in document.meetings.missed { lines.append("meeting missed: \(meeting)") }
        for meeting in document.meetings.spurious { lines.append("meeting spurious: \(meeting) — \"\(meeting.quote)\"") }
        for match in document.meetings.matches where !match.dateCorrect || !match.placeCorrect {
            lines.append("meeting \(match.gold.participants.joined(separator: " + ")): predicted \(match.predicted.date?.description ?? "no date"), \(match.predicted.place ?? "no place"); gold \(match.gold.date?.description ?? "no date"), \(match.gold.place ?? "no place")")
        }
        for mediation in document.mediations.missed { lines.append("mediation missed: \(mediation)") }
        for mediation in document.mediations.spurious { lines.append("mediation spurious: \(mediation) — \"\(mediation.quote)\"") }
        for match in document.mediations.matches where !match.statusCorrect || !match.dateCorrect {
            lines.append("mediation \(match.gold.mediator): predicted \(match.predicted.status?.rawValue ?? "no status"), \(match.predicted.date?.description ?? "no date"); gold \(match.gold.status.rawValue), \(match.gold.date?.description ?? "no date")")
        }
        return lines
    }

    static func rate(_ value: Double?) -> String {
        guard let value else { return "–" }
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    static func accuracy(_ accuracy: Accuracy) -> String {
        "\(accuracy.correct)/\(accuracy.total)" + (accuracy.value.map { " (\(rate($0)))" } ?? "")
    }

    private static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// The JSON evaluation: overall scores, then each document with its misses, spurious items and
/// mismatched dates, places or statuses.
enum EvaluationJSON {
    static func render(_ report: EvaluationReport, gold: String) -> JSONValue {
        .object([
            ("gold", .string(gold)),
            ("documents_scored", .number(Double(report.documents.count))),
            ("actors", score(report.actors)),
            ("meetings", score(report.meetings, [("date_accuracy", accuracy(report.meetingDates)),
                                                 ("place_accuracy", accuracy(report.meetingPlaces))])),
            ("mediations", score(report.mediations, [("status_accuracy", accuracy(report.mediationStatuses)),
                                                     ("date_accuracy", accuracy(report.mediationDates))])),
            ("document_date_accuracy", accuracy(report.documentDates)),
            ("unannotated_documents", .array(report.unannotatedDocuments.map(JSONValue.string))),
            ("unmatched_gold_files", .array(report.unmatchedGoldFiles.map(JSONValue.string))),
            ("unknown_gold_names", .array(report.unknownGoldNames.map(JSONValue.string))),
            ("per_document", .array(report.documents.map(document))),
        ])
    }

    static func document(_ document: DocumentEvaluation) -> JSONValue {
        let meetings = document.meetings, mediations = document.mediations
        return .object([
            ("file", .string(document.file)),
            ("document", .string(document.document)),
            ("date", .optional(document.date?.description)),
            ("gold_date", .optional(document.goldDate?.description)),
            ("actors", score(document.actors.score, [
                ("missed", .array(document.actors.missed.map(JSONValue.string))),
                ("spurious", .array(document.actors.spurious.map(JSONValue.string))),
                ("neutral", .array(document.actors.neutral.map(JSONValue.string))),
            ])),
            ("meetings", score(meetings.score, [
                ("date_accuracy", accuracy(meetings.dates)),
                ("place_accuracy", accuracy(meetings.places)),
                ("missed", .array(meetings.missed.map(gold))),
                ("spurious", .array(meetings.spurious.map(predicted))),
                ("mismatched", .array(meetings.matches.filter { !$0.dateCorrect || !$0.placeCorrect }.map {
                    .object([("gold", gold($0.gold)), ("predicted", predicted($0.predicted)),
                             ("date_correct", .bool($0.dateCorrect)), ("place_correct", .bool($0.placeCorrect))])
                })),
                ("matched", .array(meetings.matches.map { .object([("gold", gold($0.gold)), ("events", events($0.predicted.events))]) })),
                ("duplicates", .array(meetings.duplicates.map(predicted))),
            ])),
            ("mediations", score(mediations.score, [
                ("status_accuracy", accuracy(mediations.statuses)),
                ("date_accuracy", accuracy(mediations.dates)),
                ("missed", .array(mediations.missed.map(gold))),
                ("spurious", .array(mediations.spurious.map(predicted))),
                ("mismatched", .array(mediations.matches.filter { !$0.statusCorrect || !$0.dateCorrect }.map {
                    .object([("gold", gold($0.gold)), ("predicted", predicted($0.predicted)),
                             ("status_correct", .bool($0.statusCorrect)), ("date_correct", .bool($0.dateCorrect))])
                })),
                ("matched", .array(mediations.matches.map { .object([("gold", gold($0.gold)), ("events", events($0.predicted.events))]) })),
                ("duplicates", .array(mediations.duplicates.map(predicted))),
            ])),
        ])
    }

    static func score(_ score: Score, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([
            ("tp", .number(Double(score.truePositives))),
            ("fp", .number(Double(score.falsePositives))),
            ("fn", .number(Double(score.falseNegatives))),
            ("precision", .optional(score.precision)),
            ("recall", .optional(score.recall)),
            ("f1", .optional(score.f1)),
        ] + extra)
    }

    static func accuracy(_ accuracy: Accuracy) -> JSONValue {
        .object([("correct", .number(Double(accuracy.correct))), ("total", .number(Double(accuracy.total))),
                 ("value", .optional(accuracy.value))])
    }

    static func events(_ ids: [String]) -> JSONValue { .array(ids.map(JSONValue.string)) }

    static func gold(_ meeting: GoldMeeting) -> JSONValue {
        .object([
            ("participants", .array(meeting.participants.map(JSONValue.string))),
            ("status", .string(meeting.status.rawValue)),
            ("date", .optional(meeting.date?.description)),
            ("place", .optional(meeting.place)),
            ("notes", .optional(meeting.notes)),
        ])
    }

    static func predicted(_ meeting: PredictedMeeting) -> JSONValue {
        .object([
            ("participants", .array(meeting.participants.map(JSONValue.string))),
            ("projected", .array(meeting.projected.map(JSONValue.string))),
            ("status", .string(meeting.status.rawValue)),
            ("date", .optional(meeting.date?.description)),
            ("place", .optional(meeting.place)),
            ("events", events(meeting.events)),
            ("quote", .string(meeting.quote)),
        ])
    }

    static func gold(_ mediation: GoldMediation) -> JSONValue {
        .object([
            ("mediator", .string(mediation.mediator)),
            ("sides", .array(mediation.sides.map(JSONValue.string))),
            ("status", .string(mediation.status.rawValue)),
            ("date", .optional(mediation.date?.description)),
            ("notes", .optional(mediation.notes)),
        ])
    }

    static func predicted(_ mediation: PredictedMediation) -> JSONValue {
        .object([
            ("mediator", .string(mediation.mediator)),
            ("sides", .array(mediation.sides.map(JSONValue.string))),
            ("status", .optional(mediation.status?.rawValue)),
            ("date", .optional(mediation.date?.description)),
            ("events", events(mediation.events)),
            ("quote", .string(mediation.quote)),
        ])
    }
}
