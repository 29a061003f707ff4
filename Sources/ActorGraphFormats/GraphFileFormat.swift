import Foundation

/// The graph and event-table file formats ActorGraph reads, detected from a file's extension and, for
/// `.csv`/`.tsv`, its first line.
///
/// - `csv`, `tsv`: edge lists (`EdgeListFormat`).
/// - `graphml`: GraphML (`GraphMLFormat`). `gexf`: GEXF 1.2 (`GEXFFormat`). `json`: node-link JSON
///   (`NodeLinkJSONFormat`).
/// - `eventTable`: the simple event table (`EventTableFormat`), a `.csv`/`.tsv` whose header has a
///   `date` column.
/// - `gdelt`: a GDELT 1.0/2.0 event export (`GDELTFormat`), a `.csv`/`.tsv` (GDELT names its
///   tab-separated files `*.export.CSV`) whose first line has 57, 58 or 61 tab-separated fields and
///   starts with a numeric event ID and a `YYYYMMDD` date.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    case csv, tsv, graphml, gexf, json, gdelt, eventTable

    /// The format `GraphFileWriter` chooses for an output extension; nil when it is not one of ours.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        default: return nil
        }
    }

    /// Detects the format of `path` from its extension, sniffing the first line of `.csv`/`.tsv` files
    /// in `contents` for GDELT exports and event tables.
    public static func detect(path: String, contents: Data? = nil) throws -> GraphFileFormat {
        let ext = fileExtension(of: path)
        guard let format = GraphFileFormat(fileExtension: ext) else {
            let hint = ["dot", "gv"].contains(ext.lowercased())
                ? " (DOT files are read by ActorGraphRendering)"
                : " (expected .csv, .tsv, .graphml, .gexf or .json)"
            throw FormatError(file: path, "unknown graph file extension \(quoted(ext.isEmpty ? "" : "." + ext))\(hint)")
        }
        guard format == .csv || format == .tsv, let contents else { return format }
        return sniff(contents, delimiter: format == .csv ? "," : "\t") ?? format
    }

    /// The table kind a first line reveals: GDELT, an event table, or nil for an edge list.
    static func sniff(_ data: Data, delimiter: Character) -> GraphFileFormat? {
        var bytes = data.prefix(64 * 1024)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let firstLine = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
            .first { !$0.allSatisfy { $0 == 0x0D || $0 == 0x20 || $0 == 0x09 } }
        guard let firstLine else { return nil }
        let text = String(decoding: firstLine, as: UTF8.self)
        let tabFields = text.split(separator: "\t", omittingEmptySubsequences: false)
        if GDELTFormat.fieldCounts[tabFields.count] != nil, !tabFields[0].isEmpty,
           tabFields[0].allSatisfy({ $0.isASCII && $0.isNumber }), GDELTFormat.day(yyyymmdd: String(tabFields[1])) != nil {
            return .gdelt
        }
        let names = text.split(separator: delimiter).map { $0.trimmed().trimmingQuotes().lowercased() }
        if names.contains("date") && names.contains("source") && names.contains("target") { return .eventTable }
        return nil
    }

    /// The extension of a path's last component, without the dot ("" when there is none).
    static func fileExtension(of path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...])
    }

    /// Whether `GraphFileWriter` can write this format (event tables and GDELT are input only).
    public var isWritable: Bool { self != .gdelt && self != .eventTable }
}

extension String {
    func trimmingQuotes() -> String {
        count >= 2 && first == "\"" && last == "\"" ? String(dropFirst().dropLast()) : self
    }
}
