/// Makes cairo's PDFs reproducible: cairo 1.16 (Debian 12's) stamps `/CreationDate (D:YYYYMMDDHHMMSSZ)`
/// with the clock and ignores `SOURCE_DATE_EPOCH`, so the same graph would give different bytes every
/// second. The stamp is overwritten in place with the Unix epoch — same length, so the PDF's
/// cross-reference offsets stay valid.
enum PDFTimestamp {
    static let epoch = Array("19700101000000".utf8)

    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var i = 0
            while let found = find(pattern, in: out, from: i) {
                let start = found + pattern.count
                let digits = out[start..<min(out.count, start + epoch.count)]
                if digits.count == epoch.count, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                    out.replaceSubrange(start..<(start + epoch.count), with: epoch)
                }
                i = start
            }
        }
        return out
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
