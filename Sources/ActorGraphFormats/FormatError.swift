/// A graph file that cannot be read or written, located as precisely as the format allows.
///
/// The description is always one line, `file:line:column: message`, with the line and column left
/// out when unknown: `karate.csv:14: expected 2 or 3 fields, found 5`. Lines and columns count from 1;
/// columns count characters (Unicode scalars), not bytes.
public struct FormatError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the caller named it (a path, or a label for in-memory data).
    public var file: String
    public var line: Int?
    public var column: Int?
    /// What is wrong, without the location.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let text = "\(location): \(message)"
        return text.contains(where: \.isNewline)
            ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }
}

/// A value quoted for an error message: escaped, on one line, and cut to a readable length.
func quoted(_ value: some StringProtocol, limit: Int = 60) -> String {
    var result = "\""
    var count = 0
    for character in value {
        if count == limit {
            result += "…"
            break
        }
        switch character {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\r\n": result += "\\r\\n"
        case "\t": result += "\\t"
        default: result.append(character)
        }
        count += 1
    }
    return result + "\""
}
