import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite(.serialized) struct GraphCommandTests {
    @Test(.enabled(if: CLIRunner.hasSeeds, "needs ../shared/seeds"))
    func seedsDrawTheMainActorsAndTheirTies() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("seeds.svg").path
        let result = try CLIRunner.run(["graph"] + CLIRunner.seedFiles + ["-o", svg, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        let titles = try NodeTitles(svg: text)
        for id in ["russia", "north-korea", "united-states", "sergey-lavrov", "kim-jong-un", "vladimir-putin", "donald-trump"] {
            #expect(titles.nodes.contains(id), "no node \(id)")
        }
        #expect(Set(titles.nodes).count == titles.nodes.count, "one node per actor")
        #expect(titles.edges.contains("kim-jong-un--sergey-lavrov"))
        #expect(titles.edges.contains("north-korea--russia"))
    }

    @Test func graphIsDeterministic() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.svg").path, b = folder.appendingPathComponent("b.svg").path
        #expect(try CLIRunner.run(["graph", "Examples/corpus", "-o", a, "--quiet"]).status == 0)
        #expect(try CLIRunner.run(["graph", "Examples/corpus", "-o", b, "--quiet"]).status == 0)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
        let dot1 = try CLIRunner.run(["graph", "Examples/corpus", "-o", folder.appendingPathComponent("c.dot").path, "--quiet"])
        #expect(dot1.status == 0)
    }

    @Test func writesEveryFormatByExtension() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (ext, magic) in [("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)), ("dot", Array("graph".utf8)), ("svg", Array("<?xml".utf8))] {
            let path = folder.appendingPathComponent("g.\(ext)").path
            let result = try CLIRunner.run(["graph", "Examples/corpus", "-o", path, "--quiet", "--layout", "neato"])
            #expect(result.status == 0, "\(ext): \(result.stderr)")
            let head = [UInt8](FileManager.default.contents(atPath: path) ?? Data()).prefix(magic.count)
            #expect(Array(head) == magic, "\(ext) starts with \(Array(head))")
        }
    }

    @Test func unknownOutputExtensionIsRefusedBeforeWork() throws {
        let result = try CLIRunner.run(["graph", "Examples/corpus", "-o", "/tmp/x.bmp"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("x.bmp"))
    }
}

/// The `<title>` of every node and edge group of a Graphviz SVG (node IDs, and `a--b` for edges).
struct NodeTitles {
    var nodes: [String] = []
    var edges: [String] = []

    init(svg: String) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
        nodes = delegate.nodes
        edges = delegate.edges
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var nodes: [String] = [], edges: [String] = []
        var group: [String] = []
        var inTitle = false
        var buffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "g" { group.append(attributes["class"] ?? "") }
            if name == "title" { inTitle = true; buffer = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { buffer += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" {
                inTitle = false
                if group.last == "node" { nodes.append(buffer) }
                if group.last == "edge" { edges.append(buffer) }
            }
            if name == "g" { group.removeLast() }
        }
    }
}
