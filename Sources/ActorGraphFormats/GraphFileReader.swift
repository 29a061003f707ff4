import ActorGraphCore
import Foundation

/// Reads any supported graph file or event table into an `ActorGraph`, choosing the reader by
/// `GraphFileFormat.detect`. Every failure is a `FormatError` naming the file (as given) and, where the
/// format allows, the line and column.
public enum GraphFileReader {
    /// How to read files that do not say for themselves.
    public struct Options: Sendable {
        /// Edge lists (CSV/TSV) have no notion of direction: read them as directed graphs when true.
        public var directed: Bool
        /// Event tables and GDELT exports: only events in this window become relations.
        public var window: TimeWindow
        /// Event tables and GDELT exports: only relations of these kinds (nil: all).
        public var kinds: Set<RelationKind>?

        public init(directed: Bool = false, window: TimeWindow = .all, kinds: Set<RelationKind>? = nil) {
            self.directed = directed
            self.window = window
            self.kinds = kinds
        }
    }

    public static func read(path: String, format: GraphFileFormat? = nil, options: Options = Options()) throws -> ActorGraph {
        try read(data: contents(of: path), name: path, format: format, options: options)
    }

    public static func read(url: URL, format: GraphFileFormat? = nil, options: Options = Options()) throws -> ActorGraph {
        try read(path: url.path, format: format, options: options)
    }

    /// Reads in-memory contents; `name` is used for format detection (its extension) and in errors.
    public static func read(data: Data, name: String, format: GraphFileFormat? = nil,
                            options: Options = Options()) throws -> ActorGraph {
        let format = try format ?? GraphFileFormat.detect(path: name, contents: data)
        switch format {
        case .csv: return try EdgeListFormat.read(data, name: name, delimiter: ",", directed: options.directed)
        case .tsv: return try EdgeListFormat.read(data, name: name, delimiter: "\t", directed: options.directed)
        case .graphml: return try GraphMLFormat.read(data, name: name)
        case .gexf: return try GEXFFormat.read(data, name: name)
        case .json: return try NodeLinkJSONFormat.read(data, name: name)
        case .gdelt, .eventTable:
            return try readEventTable(data: data, name: name, format: format).graph(window: options.window, kinds: options.kinds)
        }
    }

    /// Reads an event table or GDELT export as events, for callers that aggregate them themselves.
    public static func readEventTable(path: String, format: GraphFileFormat? = nil) throws -> EventTable {
        try readEventTable(data: contents(of: path), name: path, format: format)
    }

    public static func readEventTable(data: Data, name: String, format: GraphFileFormat? = nil) throws -> EventTable {
        let format = try format ?? GraphFileFormat.detect(path: name, contents: data)
        switch format {
        case .gdelt: return try GDELTFormat.read(data, name: name)
        case .eventTable:
            let delimiter: Character = GraphFileFormat.fileExtension(of: name).lowercased() == "csv" ? "," : "\t"
            return try EventTableFormat.read(data, name: name, delimiter: delimiter)
        default:
            throw FormatError(file: name, "not an event table: a .csv/.tsv with a date,source,target,kind header or a GDELT export was expected")
        }
    }

    static func contents(of path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw FormatError(file: path, !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "cannot read file")
        }
        return data
    }
}

/// Writes an `ActorGraph` in any writable `GraphFileFormat`; the same graph always gives the same bytes.
public enum GraphFileWriter {
    public static func write(_ graph: ActorGraph, format: GraphFileFormat) throws -> String {
        switch format {
        case .csv: return EdgeListFormat.write(graph, delimiter: ",")
        case .tsv: return EdgeListFormat.write(graph, delimiter: "\t")
        case .graphml: return GraphMLFormat.write(graph)
        case .gexf: return GEXFFormat.write(graph)
        case .json: return NodeLinkJSONFormat.write(graph)
        case .gdelt, .eventTable:
            throw FormatError(file: "(output)", "cannot write \(format.rawValue): it is an input format only")
        }
    }

    public static func data(_ graph: ActorGraph, format: GraphFileFormat) throws -> Data {
        Data(try write(graph, format: format).utf8)
    }

    /// Writes to `path` atomically (a temporary file renamed into place), in `format` or the one its
    /// extension names. Nothing is left half-written on failure.
    public static func write(_ graph: ActorGraph, to path: String, format: GraphFileFormat? = nil) throws {
        let ext = GraphFileFormat.fileExtension(of: path)
        guard let format = format ?? GraphFileFormat(fileExtension: ext) else {
            throw FormatError(file: path, "unknown graph file extension \(quoted(ext.isEmpty ? "" : "." + ext)) (expected .csv, .tsv, .graphml, .gexf or .json)")
        }
        let bytes = try data(graph, format: format)
        do {
            try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FormatError(file: path, "cannot write file: \((error as NSError).localizedDescription)")
        }
    }
}
