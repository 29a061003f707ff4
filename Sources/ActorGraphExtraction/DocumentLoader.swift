import ActorGraphCore
import Foundation

/// Reads article files: checks size, emptiness and UTF-8 before parsing, so a bad file is reported
/// with its line and never half-read.
public enum DocumentLoader {
    /// The largest article accepted, in bytes (64 MiB): beyond that a file is not an article.
    public static let maximumSize = 64 << 20

    /// File extensions read as articles.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown"]

    /// Reads and parses one article.
    /// - Throws: `DocumentError` naming the file (and line) for unreadable, empty, oversized or
    ///   non-UTF-8 files and unparsable front-matter dates.
    public static func load(path: String, id: String, fallbackDate: Day? = nil) throws -> Document {
        let url = URL(fileURLWithPath: path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maximumSize {
            throw DocumentError(path: path, message: "\(size >> 20) MiB is over the \(maximumSize >> 20) MiB limit for one article")
        }
        guard let data = try? Data(contentsOf: url) else {
            throw DocumentError(path: path, message: "cannot read the file")
        }
        let bytes = [UInt8](data)
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let line = UTF8Validation.line(of: offset, in: bytes)
            throw DocumentError(path: path, line: line, message: "invalid UTF-8 at byte \(offset)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) {
            throw DocumentError(path: path, message: "empty file")
        }
        return try Document.parse(id: id, path: path, text: text, fallbackDate: fallbackDate)
    }

    /// Stable document IDs for a batch: the file name without extension, with `-2`, `-3` … added
    /// when two files share a name.
    public static func identifiers(for paths: [String]) -> [String] {
        var used: [String: Int] = [:]
        return paths.map { path in
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let count = (used[stem] ?? 0) + 1
            used[stem] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }
}
