import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element with the line it was read on; enough for GraphML and GEXF.
final class XMLNode {
    /// The local name (any `prefix:` removed).
    let name: String
    let attributes: [String: String]
    let line: Int
    let column: Int
    var children: [XMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    func children(named name: String) -> [XMLNode] { children.filter { $0.name == name } }
    func child(named name: String) -> XMLNode? { children.first { $0.name == name } }
}

/// Builds an `XMLNode` tree with Foundation's `XMLParser` (libxml2), turning its errors into one-line
/// `FormatError`s that carry the parser's line and column. External entities are never resolved.
enum XMLTree {
    static func parse(_ data: Data, name: String) throws -> XMLNode {
        if declaresUTF8OrNothing(data) { _ = try SourceText(data, name: name) }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = Builder()
        parser.delegate = builder
        let ok = parser.parse()
        if let failure = builder.failure ?? (ok ? nil : (parser.parserError.map { ($0, parser.lineNumber, parser.columnNumber) })) {
            throw FormatError(file: name, line: failure.line > 0 ? failure.line : nil,
                              column: failure.column > 0 ? failure.column : nil,
                              "malformed XML: \(describe(failure.error))")
        }
        guard let root = builder.root else { throw FormatError(file: name, "malformed XML: no root element") }
        return root
    }

    /// Whether the XML declaration names UTF-8 or no encoding (so the bytes must be UTF-8).
    private static func declaresUTF8OrNothing(_ data: Data) -> Bool {
        let prefix = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard prefix.hasPrefix("<?xml") || prefix.hasPrefix("\u{FEFF}<?xml"),
              let end = prefix.range(of: "?>"), let encoding = prefix[..<end.lowerBound].range(of: "encoding=")
        else { return true }
        let value = prefix[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value == "utf-8" || value == "utf8"
    }

    /// A readable reason for a parser error. XMLParser reports libxml2's error numbers on every platform
    /// (Linux's `XMLParser.ErrorCode` cases do not line up with them), so they are matched by number.
    private static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        switch code {
        case 3: return "no XML document"
        case 4: return "empty document"
        case 5: return "unexpected end of document, or content after the root element"
        case 6, 7, 8, 10: return "invalid character reference"
        case 9: return "character not allowed in XML"
        case 11...27: return "bad entity reference (write & as &amp;)"
        case 38: return "'<' in an attribute value (write it as &lt;)"
        case 39, 40, 41, 75: return "malformed attribute (expected name=\"value\")"
        case 42: return "attribute given twice"
        case 68: return "'&' or '<' not followed by a name (write & as &amp; and < as &lt;)"
        case 73: return "'>' expected"
        case 76: return "mismatched closing tag"
        case 77: return "unfinished tag at end of document"
        case 85: return "elements not well balanced"
        case 86: return "content after the root element"
        default: return "parser error \(code)"
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []
        var failure: (error: Error, line: Int, column: Int)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let node = XMLNode(name: local, attributes: attributes, line: parser.lineNumber, column: parser.columnNumber)
            if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if failure == nil { failure = (parseError, parser.lineNumber, parser.columnNumber) }
        }
    }
}

/// XML text escaping for element content and attribute values.
///
/// `& < > " '` become entities; tab, line feed and carriage return become character references so
/// they survive attribute-value normalisation; other C0 control characters, which XML 1.0 cannot
/// represent at all, become U+FFFD.
func xmlEscaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&apos;"
        case "\t": result += "&#9;"
        case "\n": result += "&#10;"
        case "\r": result += "&#13;"
        case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
