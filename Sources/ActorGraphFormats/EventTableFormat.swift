import ActorGraphCore
import Foundation

/// The simple event table: CSV (or TSV) with a header naming `date,source,target,kind[,weight]`.
///
/// - `date`: ISO `YYYY-MM-DD`; an empty cell makes the event undated.
/// - `kind`: an `EventKind` (`meeting`, `visit`, `talks`, `mediation`, `communication`,
///   `cooccurrence`), case-insensitive. For `mediation` the source is the mediator and the target a
///   side; for `communication` the source speaks to the target; for `visit` the source visits the target.
/// - `weight` (optional): what the row is worth; see `EventTable.graph(window:kinds:)`.
/// - `id` (optional): the event ID; by default `FILE:LINE` (the file's base name and the row's line).
///
/// Other columns are ignored. Actors are keyed by the slug of their name, of kind `organization`.
public enum EventTableFormat {
    public static func read(_ data: Data, name: String, delimiter: Character = ",") throws -> EventTable {
        let source = try SourceText(data, name: name)
        let records = try DelimitedText(source, delimiter: delimiter.asciiValue!).records()
        guard let header = records.first else { throw FormatError(file: name, "empty file") }
        let columns = try Columns(header: header, source: source)
        let required = ["date", "source", "target", "kind"]
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw source.error(line: header.line,
                               "missing header column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) (an event table needs date,source,target,kind[,weight])")
        }
        let shape = FieldCount(minimum: required.map { columns[$0]! }.max()! + 1, maximum: header.fields.count)
        var actors: [ActorID: Actor] = [:]
        var events: [Event] = []
        var weights: [String: Double] = [:]
        var ids: [String: Int] = [:]
        let file = baseName(name)
        for record in records.dropFirst() {
            try shape.check(record, source)
            let date = try columns.day("date", record, source)
            let a = try EdgeListFormat.actor(record.fields[columns["source"]!], role: "source", line: record.line, source)
            let b = try EdgeListFormat.actor(record.fields[columns["target"]!], role: "target", line: record.line, source)
            let kindField = record.fields[columns["kind"]!]
            guard let kind = EventKind(rawValue: kindField.value.trimmed().lowercased()) else {
                throw source.error(line: record.line, offset: kindField.offset,
                                   "unknown event kind \(quoted(kindField.value.trimmed())) (expected one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var id = "\(file):\(record.line)"
            if let column = columns["id"], let field = record.fields[safe: column], !field.value.trimmed().isEmpty {
                id = field.value.trimmed()
                if let previous = ids[id] {
                    throw source.error(line: record.line, offset: field.offset, "duplicate event id \(quoted(id)) (first used on line \(previous))")
                }
            }
            ids[id] = record.line
            if let column = columns["weight"], let field = record.fields[safe: column], !field.value.trimmed().isEmpty {
                switch NumberText.weight(field.value) {
                case .success(let value): weights[id] = value
                case .failure(let problem): throw source.error(line: record.line, offset: field.offset, problem.message)
                }
            } else if columns["weight"] != nil {
                weights[id] = 1
            }
            if actors[a.id] == nil { actors[a.id] = a }
            if actors[b.id] == nil { actors[b.id] = b }
            events.append(Event(id: id, kind: kind, status: EventTable.status(kind), date: date,
                                actors: EventTable.participants(kind, a.id, b.id),
                                evidence: Evidence(document: name, sentence: record.line, start: 0, end: 0, quote: "")))
        }
        return EventTable(actors: actors.values.sorted { $0.id < $1.id }, events: events, weights: weights)
    }
}
