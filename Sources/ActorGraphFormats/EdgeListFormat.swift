import ActorGraphCore
import Foundation

/// CSV and TSV edge lists: a header line, then one edge per record.
///
/// Columns are named by the header (case-insensitive, any order): `source` and `target` are required;
/// `weight` (tie strength, a finite number ≥ 0, default 1), `kind` (a `RelationKind`; any other value
/// is ignored and the edge is a `cooccurrence`), `first` and `last` (ISO dates) are optional; other
/// columns are ignored. Rows may leave out trailing optional columns.
///
/// Fields follow RFC 4180 (quoted fields with delimiters, doubled quotes and line breaks); a UTF-8
/// byte-order mark and CRLF line ends are accepted. Actors are named by the strings in the file, keyed
/// by the slug of that string, and are of kind `organization`, since an edge list says nothing about
/// what its nodes are. Names with the same slug ("U.S." and "US") are one actor, named as first seen.
/// Repeated edges merge as `ActorGraph.add` does (their weights add) and self-loops are dropped.
public enum EdgeListFormat {
    /// Reads an edge list; `delimiter` is `,` for CSV and a tab for TSV.
    public static func read(_ data: Data, name: String, delimiter: Character = ",",
                            directed: Bool = false) throws -> ActorGraph {
        let source = try SourceText(data, name: name)
        let records = try DelimitedText(source, delimiter: delimiter.asciiValue!).records()
        guard let header = records.first else { throw FormatError(file: name, "empty file") }
        let columns = try Columns(header: header, source: source)
        guard let sourceColumn = columns["source"], let targetColumn = columns["target"] else {
            throw source.error(line: header.line,
                               "missing header: the first line must name the columns source and target, found \(quoted(header.values.joined(separator: String(delimiter))))")
        }
        let shape = FieldCount(minimum: max(sourceColumn, targetColumn) + 1, maximum: header.fields.count)
        var graph = ActorGraph(directed: directed)
        graph.reserveCapacity(actors: records.count, relations: records.count)
        // Names repeat on many rows: slug each once.
        var known: [String: Actor] = [:]
        func cachedActor(_ field: DelimitedText.Field, role: String, line: Int) throws -> Actor {
            if let actor = known[field.value] { return actor }
            let actor = try actor(field, role: role, line: line, source)
            known[field.value] = actor
            graph.add(actor)  // once per name
            return actor
        }
        for record in records.dropFirst() {
            try shape.check(record, source)
            let a = try cachedActor(record.fields[sourceColumn], role: "source", line: record.line)
            let b = try cachedActor(record.fields[targetColumn], role: "target", line: record.line)
            var weight = 1.0
            if let column = columns["weight"], let field = record.fields[safe: column], !field.value.trimmed().isEmpty {
                switch NumberText.weight(field.value) {
                case .success(let value): weight = value
                case .failure(let problem): throw source.error(line: record.line, offset: field.offset, problem.message)
                }
            }
            var kind = RelationKind.cooccurrence
            if let column = columns["kind"], let field = record.fields[safe: column],
               let named = RelationKind(rawValue: field.value.trimmed().lowercased()) {
                kind = named
            }
            let first = try columns.day("first", record, source)
            let last = try columns.day("last", record, source)
            graph.add(Relation(source: a.id, target: b.id, kind: kind, weight: weight, first: first, last: last ?? first))
        }
        return graph
    }

    /// Writes `source,target,weight,kind,first,last` with actor names, sorted by relation key.
    /// Actors without relations, actor kinds and evidence are not part of an edge list.
    public static func write(_ graph: ActorGraph, delimiter: Character = ",") -> String {
        var text = DelimitedWriter.record(["source", "target", "weight", "kind", "first", "last"], delimiter: delimiter)
        for relation in graph.sortedRelations {
            text += DelimitedWriter.record([
                graph.actors[relation.source]?.name ?? relation.source.rawValue,
                graph.actors[relation.target]?.name ?? relation.target.rawValue,
                NumberText.format(relation.weight), relation.kind.rawValue,
                relation.first?.description ?? "", relation.last?.description ?? "",
            ], delimiter: delimiter)
        }
        return text
    }

    static func actor(_ field: DelimitedText.Field, role: String, line: Int, _ source: SourceText) throws -> Actor {
        let name = field.value.trimmed()
        guard !name.isEmpty else { throw source.error(line: line, offset: field.offset, "empty \(role) name") }
        let actor = Actor(name: name, kind: .organization)
        guard !actor.id.rawValue.isEmpty else {
            throw source.error(line: line, offset: field.offset, "\(role) name \(quoted(name)) has no letters or digits")
        }
        return actor
    }
}

/// Header columns of a delimited table, by lower-cased name.
struct Columns {
    private var index: [String: Int] = [:]

    init(header: DelimitedText.Record, source: SourceText) throws {
        for (i, field) in header.fields.enumerated() {
            let name = field.value.trimmed().lowercased()
            guard !name.isEmpty else { continue }
            if index[name] != nil {
                throw source.error(line: header.line, offset: field.offset, "column \(quoted(name)) appears twice in the header")
            }
            index[name] = i
        }
    }

    subscript(name: String) -> Int? { index[name] }

    /// The optional ISO date in column `name`; nil when the column or the value is absent.
    func day(_ name: String, _ record: DelimitedText.Record, _ source: SourceText) throws -> Day? {
        guard let column = index[name], let field = record.fields[safe: column] else { return nil }
        let text = field.value.trimmed()
        if text.isEmpty { return nil }
        guard let day = Day(text) else {
            throw source.error(line: record.line, offset: field.offset, "\(name == "date" ? "date" : "\(name) date") \(quoted(text)) is not a date (YYYY-MM-DD)")
        }
        return day
    }
}

/// How many fields a record may have.
struct FieldCount {
    var minimum: Int
    var maximum: Int

    func check(_ record: DelimitedText.Record, _ source: SourceText) throws {
        let count = record.fields.count
        guard count < minimum || count > maximum else { return }
        let expected = switch maximum - minimum {
        case 0: "\(minimum)"
        case 1: "\(minimum) or \(maximum)"
        default: "\(minimum) to \(maximum)"
        }
        throw source.error(line: record.line, "expected \(expected) fields, found \(count)")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
