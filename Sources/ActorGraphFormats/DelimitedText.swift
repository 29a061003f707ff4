/// RFC 4180 records from UTF-8 bytes: quoted fields may hold delimiters, doubled quotes and line
/// breaks; CRLF and LF both end a record; blank lines are skipped.
///
/// With `quoting` off (GDELT exports) a quote is an ordinary character and fields are split on the
/// delimiter alone.
struct DelimitedText {
    struct Field {
        var value: String
        /// Byte offset of the field's first character (after any opening quote).
        var offset: Int
    }

    struct Record {
        var fields: [Field]
        /// The line the record starts on.
        var line: Int
        var values: [String] { fields.map(\.value) }
    }

    let source: SourceText
    let delimiter: UInt8
    let quoting: Bool

    init(_ source: SourceText, delimiter: UInt8, quoting: Bool = true) {
        self.source = source
        self.delimiter = delimiter
        self.quoting = quoting
    }

    /// All records, or the first malformed-quote error.
    func records() throws -> [Record] {
        var iterator = makeIterator()
        var result: [Record] = []
        while let record = try iterator.nextRecord() { result.append(record) }
        return result
    }

    func makeIterator() -> Iterator { Iterator(text: self) }

    struct Iterator {
        let text: DelimitedText
        var position = 0
        var line = 1

        init(text: DelimitedText) { self.text = text }

        mutating func nextRecord() throws -> Record? {
            let bytes = text.source.bytes
            let n = bytes.count
            while position < n {
                let startLine = line
                var fields: [Field] = []
                var endOfRecord = false
                while !endOfRecord {
                    let (field, ended) = try readField(bytes, n)
                    fields.append(field)
                    endOfRecord = ended
                }
                if fields.count == 1 && fields[0].value.trimmed().isEmpty { continue }
                return Record(fields: fields, line: startLine)
            }
            return nil
        }

        /// Reads one field at `position`; returns whether it ended the record.
        private mutating func readField(_ bytes: [UInt8], _ n: Int) throws -> (Field, Bool) {
            let delimiter = text.delimiter
            // Leading blanks before an opening quote are tolerated.
            var probe = position
            while probe < n && (bytes[probe] == 0x20 || (bytes[probe] == 0x09 && delimiter != 0x09)) { probe += 1 }
            if text.quoting && probe < n && bytes[probe] == 0x22 {
                let openLine = line
                let openOffset = probe
                var i = probe + 1
                var value: [UInt8] = []
                while true {
                    guard i < n else {
                        throw text.source.error(line: openLine, offset: openOffset,
                                                "unterminated quoted field (the quote opened here is never closed)")
                    }
                    let b = bytes[i]
                    if b == 0x22 {
                        if i + 1 < n && bytes[i + 1] == 0x22 {
                            value.append(0x22)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    if b == 0x0A { line += 1 }
                    value.append(b)
                    i += 1
                }
                while i < n && (bytes[i] == 0x20 || (bytes[i] == 0x09 && delimiter != 0x09)) { i += 1 }
                let field = Field(value: String(decoding: value, as: UTF8.self), offset: openOffset + 1)
                if let closed = close(field, at: i, bytes, n) { return closed }
                let found = String(decoding: bytes[i..<min(n, i + 1)], as: UTF8.self)
                throw text.source.error(line: line, offset: i,
                                        "expected a delimiter after the closing quote, found \(quoted(found))")
            }
            var i = position
            while i < n && bytes[i] != delimiter && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
            let field = Field(value: String(decoding: bytes[position..<i], as: UTF8.self), offset: position)
            return close(field, at: i, bytes, n)!  // the scan stopped at the end, a delimiter or a line break
        }

        /// Ends `field` at byte `i`: the end of the text or a line break (LF, CR or CRLF) ends the
        /// record too, the delimiter only the field; nil when neither stands there.
        private mutating func close(_ field: Field, at i: Int, _ bytes: [UInt8], _ n: Int) -> (Field, Bool)? {
            if i >= n {
                position = n
                return (field, true)
            }
            if bytes[i] == text.delimiter {
                position = i + 1
                return (field, false)
            }
            guard bytes[i] == 0x0A || bytes[i] == 0x0D else { return nil }
            position = bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
            line += 1
            return (field, true)
        }
    }
}

/// Writing delimited text: a field is quoted when it holds the delimiter, a quote, a line break or
/// leading/trailing blanks; quotes inside are doubled. Records end with LF.
enum DelimitedWriter {
    static func field(_ value: String, delimiter: Character) -> String {
        let needsQuotes = value.contains { $0 == delimiter || $0 == "\"" || $0.isNewline }
            || value.first == " " || value.last == " " || value.first == "\t" || value.last == "\t"
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    static func record(_ values: [String], delimiter: Character) -> String {
        values.map { field($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\n"
    }
}
