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
        if let offset = firstInvalidUTF8(in: bytes) {
            let line = bytes[..<offset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            throw DocumentError(path: path, line: line, message: "invalid UTF-8 at byte \(offset)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) {
            throw DocumentError(path: path, message: "empty file")
        }
        return try Document.parse(id: id, path: path, text: text, fallbackDate: fallbackDate)
    }

    /// Byte offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
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
