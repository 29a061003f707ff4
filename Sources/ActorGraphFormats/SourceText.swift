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
        if let offset = firstInvalidUTF8(bytes) {
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

/// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
/// Rejects overlong forms, surrogates and code points above U+10FFFF, as the Unicode standard requires.
func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    var i = 0
    let n = bytes.count
    while i < n {
        let b = bytes[i]
        if b < 0x80 { i += 1; continue }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return i
        }
        guard i + 1 < n, (low...high).contains(bytes[i + 1]) else { return i }
        for k in 2..<length {
            guard i + k < n, (0x80...0xBF).contains(bytes[i + k]) else { return i }
        }
        i += length
    }
    return nil
}
