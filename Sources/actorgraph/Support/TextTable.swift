/// Plain-text tables for terminal output: columns padded to their widest cell.
enum TextTable {
    static func render(_ rows: [[String]], rightAligned: [Int] = []) -> String {
        guard let header = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    /// `text` cut to `limit` characters with an ellipsis, for one-line cells.
    static func abbreviate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Four significant decimals, fixed: 0.1234, 12.5000.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let scaled = (value * 10_000).rounded()
        let whole = Int(scaled) / 10_000
        let frac = abs(Int(scaled) % 10_000)
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        let digits = String(frac)
        return "\(sign)\(whole).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
    }
}

/// RFC 4180 quoting for one CSV field.
enum CSVField {
    static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
