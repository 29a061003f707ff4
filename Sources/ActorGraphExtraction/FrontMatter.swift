/// The `key: value` lines at the top of an article, closed by a `---` line.
///
/// An optional opening `---` line is allowed (Jekyll style). Only the first block counts, and only
/// when every line before the closing `---` is `key: value` with a lower-case key; anything else means
/// the document has no front matter.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// 1-based line of each field, for error messages.
    var lines: [String: Int] = [:]
    /// UTF-8 offset just past the closing `---` line.
    var bodyStart: Int

    init?(text: String, path: String) throws {
        var offset = 0
        var lineNumber = 0
        var sawField = false
        var fields: [String: String] = [:]
        var lines: [String: Int] = [:]
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            offset += rawLine.count + 1
            let line = String(decoding: rawLine, as: UTF8.self).trimmingTrailingCarriageReturn()
            if line.trimmed() == "---" {
                if lineNumber == 1 { continue }
                guard sawField else { return nil }
                self.fields = fields
                self.lines = lines
                self.bodyStart = min(offset, text.utf8.count)
                return
            }
            if lineNumber == 1 && line.hasPrefix("\u{FEFF}") { return nil }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon].trimmed()
            guard !key.isEmpty, key.allSatisfy({ $0.isLowercase || $0 == "_" || $0 == "-" }) else { return nil }
            var value = line[line.index(after: colon)...].trimmed()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
            lines[key] = lineNumber
            sawField = true
            if lineNumber > 40 { return nil }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmed() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    func trimmingTrailingCarriageReturn() -> String {
        hasSuffix("\r") ? String(dropLast()) : String(self)
    }
}
