import Foundation

/// An error reported by Graphviz, with its own words and, when it named one, the DOT line.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Graphviz's message, trimmed to one line ("syntax error near '->'").
    public var message: String
    /// The 1-based line of the DOT text the error is about, when Graphviz said.
    public var line: Int?

    public init(message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    /// Builds an error from Graphviz's raw error text: "Error: syntax error in line 3 near 'x'".
    init(graphvizText text: String, fallback: String) {
        var lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        lines.removeAll { $0.isEmpty }
        var message = lines.first { $0.hasPrefix("Error") } ?? lines.first ?? fallback
        for prefix in ["Error: ", "Error:", "Warning: "] where message.hasPrefix(prefix) {
            message.removeFirst(prefix.count)
        }
        var line: Int?
        if let range = message.range(of: " in line ") {
            let digits = message[range.upperBound...].prefix { $0.isNumber }
            line = Int(digits)
            message = (message[..<range.lowerBound] + message[range.upperBound...].drop { $0.isNumber })
                .trimmingCharacters(in: .whitespaces)
        }
        self.init(message: message, line: line)
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
