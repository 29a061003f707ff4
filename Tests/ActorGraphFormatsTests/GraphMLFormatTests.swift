import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite struct GraphMLFormatTests {
    @Test(arguments: [false, true]) func roundTrip(directed: Bool) throws {
        let graph = sampleGraph(directed: directed)
        let text = GraphMLFormat.write(graph)
        let back = try GraphMLFormat.read(bytes(text), name: "sample.graphml")
        #expect(GraphSnapshot(back) == GraphSnapshot(graph))
        #expect(GraphMLFormat.write(back) == text)
    }

    @Test func escapesHostileNames() throws {
        let text = GraphMLFormat.write(sampleGraph())
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos;"))
        #expect(text.contains("Kent Härstedt&#9;of Sweden"))
        // Control characters XML cannot hold are replaced, not written raw.
        #expect(xmlEscaped("a\u{1}b\nc") == "a\u{FFFD}b&#10;c")
    }

    /// Data/florentine-networkx.graphml: `nx.write_graphml` of `nx.florentine_families_graph()` with
    /// weights 1, 2, 0.5 cycling over the sorted edges (Data/generate.py). NetworkX declares two weight
    /// keys (long and double), and node IDs are the family names.
    @Test func readsNetworkXFlorentineFamilies() throws {
        let graph = try GraphFileReader.read(path: dataPath("florentine-networkx.graphml"))
        #expect(!graph.isDirected)
        #expect(graph.actors.count == 15)
        #expect(graph.relations.count == 20)
        #expect(graph.actors["medici"] == Actor(name: "Medici", kind: .organization))
        // Weighted degrees from NetworkX: G.degree(weight="weight") gives Albizzi 3.5, Castellani 5.
        func strength(_ id: ActorID) -> Double {
            graph.relations.values.filter { $0.source == id || $0.target == id }.reduce(0) { $0 + $1.weight }
        }
        #expect(strength("albizzi") == 3.5)
        #expect(strength("castellani") == 5)
        #expect(strength("acciaiuoli") == 1)
        #expect(graph.relations.values.reduce(0) { $0 + $1.weight } == 24)  // 7·1 + 7·2 + 6·0.5
        #expect(graph.relations.values.allSatisfy { $0.kind == .cooccurrence && $0.events.isEmpty })
    }

    /// Data/hostile-networkx.graphml: a NetworkX DiGraph whose node IDs hold `&`, `<script>` and quotes,
    /// one with a `name` attribute (Data/generate.py).
    @Test func readsNetworkXEscapingAndNames() throws {
        let graph = try GraphFileReader.read(path: dataPath("hostile-networkx.graphml"))
        #expect(graph.isDirected)
        #expect(Set(graph.actors.values.map(\.name)) == ["AT&T Inc.", "<script>alert(1)</script>", "Say \"hi\""])
        let relations = graph.sortedRelations
        #expect(relations.map { "\($0.source)->\($0.target) \($0.weight)" } == [
            "at-t-inc->script-alert-1-script 3.0",
            "say-hi->at-t-inc 1.25",
        ])
    }

    @Test func defaultsMissingEdgedefaultAndLabels() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="w" for="edge" attr.name="Weight" attr.type="double"><default>2.5</default></key>
              <graph>
                <edge source="n1" target="n0"/>
                <node id="n0"><data key="label">North Korea</data></node>
                <node id="n1"><data key="label"><![CDATA[Russia & co]]></data></node>
              </graph>
            </graphml>
            """
        let graph = try GraphMLFormat.read(bytes(xml), name: "yed.graphml")
        #expect(!graph.isDirected)
        #expect(graph.actors.keys.sorted() == ["north-korea", "russia-co"])
        #expect(graph.sortedRelations.first?.weight == 2.5)
    }

    // MARK: errors

    @Test func malformedXMLReportsParserLine() {
        let xml = "<?xml version=\"1.0\"?>\n<graphml>\n  <graph edgedefault=\"undirected\">\n    <node id=\"a\">\n  </graph>\n</graphml>\n"
        #expect(failure { try GraphMLFormat.read(bytes(xml), name: "bad.graphml") } == "bad.graphml:5:11: malformed XML: mismatched closing tag")
        let amp = "<graphml>\n<graph>\n<node id=\"AT&T\"/>\n</graph>\n</graphml>"
        #expect(failure { try GraphMLFormat.read(bytes(amp), name: "amp.graphml") }?.hasPrefix("amp.graphml:3:") == true)
        #expect(failure { try GraphMLFormat.read(bytes("<graphml><graph>"), name: "cut.graphml") }
            == "cut.graphml:1:17: malformed XML: unexpected end of document, or content after the root element")
    }

    @Test func structuralErrors() {
        func read(_ body: String) -> String? {
            let xml = """
                <graphml>
                <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                <key id="k" for="node" attr.name="kind" attr.type="string"/>
                <graph edgedefault="undirected">
                \(body)
                </graph>
                </graphml>
                """
            return failure { try GraphMLFormat.read(bytes(xml), name: "g.graphml") }
        }
        #expect(read("<node id=\"a\"/>\n<node id=\"a\"/>") == #"g.graphml:6: duplicate node id "a" (first declared on line 5)"#)
        #expect(read("<node id=\"US\"/>\n<node id=\"us\"/>") == #"g.graphml:6: nodes "US" (line 5) and "us" both map to actor ID "us""#)
        #expect(read("<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>") == #"g.graphml:6: edge target "b" is not a declared node"#)
        #expect(read("<node id=\"a\"/>\n<edge source=\"c\" target=\"a\"/>") == #"g.graphml:6: edge source "c" is not a declared node"#)
        #expect(read("<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">-1</data></edge>")
            == "g.graphml:6: weight -1 is negative (weights are tie strengths, 0 or more)")
        #expect(read("<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge>")
            == #"g.graphml:6: weight "NaN" is not finite"#)
        #expect(read("<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">lots</data></edge>")
            == #"g.graphml:6: weight "lots" is not a number"#)
        #expect(read("<node id=\"a\"><data key=\"k\">planet</data></node>")
            == #"g.graphml:5: node "a": unknown kind "planet" (expected one of country, official, organization, meeting)"#)
        #expect(read("<node id=\"a\"><data key=\"zz\">1</data></node>") == #"g.graphml:5: <data> key "zz" is not declared by a <key>"#)
        #expect(read("<hyperedge/>") == "g.graphml:5: hyperedges are not supported")
        #expect(failure { try GraphMLFormat.read(bytes("<gexf/>"), name: "x.graphml") } == "x.graphml:1: expected a <graphml> root element, found <gexf>")
        #expect(failure { try GraphMLFormat.read(bytes("<graphml/>"), name: "x.graphml") } == "x.graphml:1: no <graph> element")
        #expect(failure { try GraphMLFormat.read(Data("<graphml>\u{FFFF}".utf8) + Data([0xFE]), name: "u.graphml") }
            == "u.graphml:1: invalid UTF-8 at byte 12 (0xFE)")
    }
}
