/// Quoting for DOT IDs and labels. Actor names come from untrusted text, so every ID and every
/// attribute value is written as a double-quoted string with `"` and `\` escaped and line breaks
/// turned into DOT's `\n`; anything else (`<`, `>`, `&`, any script) is legal inside quotes and is
/// escaped again by Graphviz's SVG writer.
enum DOTEscaping {
    /// `text` as a double-quoted DOT string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\u{0}"..."\u{1F}", "\u{7F}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out + "\""
    }

    /// `text` escaped for an HTML-like label or an XML context (`&`, `<`, `>`, `"`, `'`).
    static func xml(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
