/// A parsed JSON value with the line it starts on.
struct JSONValue {
    enum Kind {
        case null
        case bool(Bool)
        /// The value and its literal text (so integer IDs keep their spelling).
        case number(Double, String)
        case string(String)
        case array([JSONValue])
        /// Members in file order (duplicates kept; lookups take the last, as Python's json does).
        case object([(String, JSONValue)])
    }

    var kind: Kind
    var line: Int

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.0 == key }?.1
    }

    var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A small strict JSON parser (RFC 8259) over UTF-8 bytes that reports errors by line and column.
///
/// It also accepts Python's `NaN`, `Infinity` and `-Infinity`, which `json.dump` writes, so that a
/// non-finite weight gets a precise message rather than a syntax error. Nesting is limited to 512 levels.
struct JSONParser {
    private let bytes: [UInt8]
    private let file: String
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    static func parse(bytes: [UInt8], file: String) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes, file: file)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        if parser.i < bytes.count { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private func error(_ message: String) -> FormatError {
        let column = String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
        return FormatError(file: file, line: line, column: column, message)
    }

    private var found: String {
        guard i < bytes.count else { return "end of file" }
        let end = min(bytes.count, i + 12)
        var text = String(decoding: bytes[i..<end], as: UTF8.self)
        if let cut = text.firstIndex(where: \.isNewline) { text = String(text[..<cut]) }
        return quoted(text)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    private mutating func literal(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { return false }
        i += w.count
        return true
    }

    private mutating func value() throws -> JSONValue {
        let startLine = line
        guard i < bytes.count else { throw error("expected a value, found end of file") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return JSONValue(kind: try object(), line: startLine)
        case UInt8(ascii: "["): return JSONValue(kind: try array(), line: startLine)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try string()), line: startLine)
        case UInt8(ascii: "t") where literal("true"): return JSONValue(kind: .bool(true), line: startLine)
        case UInt8(ascii: "f") where literal("false"): return JSONValue(kind: .bool(false), line: startLine)
        case UInt8(ascii: "n") where literal("null"): return JSONValue(kind: .null, line: startLine)
        case UInt8(ascii: "N") where literal("NaN"): return JSONValue(kind: .number(.nan, "NaN"), line: startLine)
        case UInt8(ascii: "I") where literal("Infinity"): return JSONValue(kind: .number(.infinity, "Infinity"), line: startLine)
        case UInt8(ascii: "-") where literal("-Infinity"): return JSONValue(kind: .number(-.infinity, "-Infinity"), line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONValue(kind: try number(), line: startLine)
        default: throw error("expected a value, found \(found)")
        }
    }

    private mutating func nest() throws {
        depth += 1
        if depth > 512 { throw error("JSON nested more than 512 levels deep") }
    }

    private mutating func object() throws -> JSONValue.Kind {
        try nest()
        defer { depth -= 1 }
        i += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                throw error("expected a string key in object, found \(found)")
            }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after object key, found \(found)") }
            i += 1
            skipSpace()
            members.append((key, try value()))
            skipSpace()
            guard i < bytes.count else { throw error("expected ',' or '}' in object, found end of file") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(members)
            }
            throw error("expected ',' or '}' in object, found \(found)")
        }
    }

    private mutating func array() throws -> JSONValue.Kind {
        try nest()
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw error("expected ',' or ']' in array, found end of file") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            throw error("expected ',' or ']' in array, found \(found)")
        }
    }

    private mutating func number() throws -> JSONValue.Kind {
        let start = i
        func digits() -> Int {
            let s = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - s
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        guard digits() > 0 else { throw error("malformed number") }
        if bytes[intStart] == UInt8(ascii: "0") && i - intStart > 1 {
            i = intStart
            throw error("malformed number (leading zero)")
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw error("malformed number (digits expected after '.')") }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { throw error("malformed number (digits expected in exponent)") }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        return .number(Double(text) ?? .nan, text)
    }

    private mutating func string() throws -> String {
        let openLine = line
        let openColumn = i
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else {
                line = openLine
                i = openColumn
                throw error("unterminated string")
            }
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { continue }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard literal("\\u") else { i -= 6; throw error("unpaired surrogate in \\u escape") }
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { i -= 12; throw error("unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        i -= 6
                        throw error("unpaired surrogate in \\u escape")
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
                default:
                    i -= 2
                    throw error("invalid escape in string")
                }
            case 0x00...0x1F:
                throw error("control character in string (escape it)")
            default:
                out.append(b)
                i += 1
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape")
        }
        i += 4
        return v
    }
}

/// JSON text output: strings escaped so the result is safe to embed in HTML too.
enum JSONWriter {
    /// A JSON string literal. Besides the required escapes, `<`, `>`, `&`, U+2028 and U+2029 are
    /// written as `\u` escapes, so a name like `</script>` cannot break out of an HTML page.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A JSON object on one line, members in the order given.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
