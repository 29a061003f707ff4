import ActorGraphCore
import Foundation

/// Raw file contents checked to be UTF-8, with any byte-order mark removed.
struct SourceText {
    let name: String
    /// The bytes after the BOM, known to be valid UTF-8.
    let bytes: [UInt8]

    /// Validates `data` as UTF-8 and strips a leading BOM. Throws for invalid UTF-8 (naming the line
    /// and byte offset) and for a file that holds nothing but whitespace.
    init(_ data: Data, name: String) throws {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let bomLength = data.count - bytes.count
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw FormatError(file: name, line: line,
                              "invalid UTF-8 at byte \(offset + bomLength) (0x\(String(bytes[offset], radix: 16, uppercase: true)))")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw FormatError(file: name, "empty file")
        }
        self.name = name
        self.bytes = bytes
    }

    /// The 1-based character column of the byte at `offset`, counted from the start of its line.
    func column(at offset: Int) -> Int {
        var start = min(offset, bytes.count)
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        return String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
    }

    func error(line: Int, offset: Int? = nil, _ message: String) -> FormatError {
        FormatError(file: name, line: line, column: offset.map(column(at:)), message)
    }
}
