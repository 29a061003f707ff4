import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser

/// `actorgraph extract`: the documents, actors and events found in articles, with evidence.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find actors and events in articles; print them as JSON with their evidence.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        let inputs = try Inputs.load(input)
        guard let extraction = inputs.extraction else {
            throw CLIError("extract reads articles (.txt, .md); got only graph files")
        }
        let window = input.window
        let json = ExtractionJSON.render(extraction, window: window)
        if let output {
            try AtomicFile.write(json, to: output)
            Terminal.note("wrote \(output)")
        } else {
            Terminal.print(json)
        }
        if !inputs.skipped.isEmpty { throw ExitCode(1) }
    }
}

/// The `extract` JSON shape of PRODUCT.md.
enum ExtractionJSON {
    static func render(_ extraction: Extraction, window: TimeWindow) -> String {
        let events = extraction.events.filter { window.contains($0.date) }
        let documents = extraction.documents.map { document in
            JSONValue.object([
                ("id", .string(document.id)),
                ("path", .string(document.path)),
                ("title", .optional(document.title)),
                ("date", .optional(document.date?.description)),
                ("date_source", .optional(document.dateSource)),
                ("source", .optional(document.source)),
            ])
        }
        let actors = extraction.actors.map { actor in
            JSONValue.object([
                ("id", .string(actor.id.rawValue)),
                ("name", .string(actor.name)),
                ("kind", .string(actor.kind.rawValue)),
                ("affiliation", .optional(actor.affiliation?.rawValue)),
            ])
        }
        let eventValues = events.map { event in
            JSONValue.object([
                ("id", .string(event.id)),
                ("kind", .string(event.kind.rawValue)),
                ("status", .optional(event.status?.rawValue)),
                ("date", .optional(event.date?.description)),
            ] + (event.datePrecision == .day ? [] : [("date_precision", .string(event.datePrecision.rawValue))]) + [
                ("place", .optional(event.place)),
                ("document", .string(event.evidence.document)),
                ("sentence", .number(Double(event.evidence.sentence))),
                ("start", .number(Double(event.evidence.start))),
                ("end", .number(Double(event.evidence.end))),
                ("quote", .string(event.evidence.quote)),
                ("actors", .array(event.actors.map {
                    .object([("actor", .string($0.actor.rawValue)), ("role", .string($0.role.rawValue))])
                })),
            ])
        }
        return JSONValue.object([
            ("documents", .array(documents)),
            ("actors", .array(actors)),
            ("events", .array(eventValues)),
        ]).rendered()
    }
}
