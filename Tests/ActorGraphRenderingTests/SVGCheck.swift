import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG written by Graphviz as XML and counts its node and edge groups.
struct SVGCheck {
    var nodeCount = 0
    var edgeCount = 0
    var texts: [String] = []
    var titles: [String] = []

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(_ svg: String) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else {
            throw Malformed(description: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        }
        nodeCount = delegate.classes.filter { $0 == "node" }.count
        edgeCount = delegate.classes.filter { $0 == "edge" }.count
        texts = delegate.texts
        titles = delegate.titles
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var classes: [String] = []
        var texts: [String] = []
        var titles: [String] = []
        var element = ""
        var buffer = ""

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if elementName == "g", let cls = attributes["class"] { classes.append(cls) }
            element = elementName
            buffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if elementName == "text" { texts.append(buffer) }
            if elementName == "title" { titles.append(buffer) }
            buffer = ""
        }
    }
}
