import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite struct GEXFFormatTests {
    @Test(arguments: [false, true]) func roundTrip(directed: Bool) throws {
        let graph = sampleGraph(directed: directed)
        let text = GEXFFormat.write(graph)
        let back = try GEXFFormat.read(bytes(text), name: "sample.gexf")
        #expect(GraphSnapshot(back) == GraphSnapshot(graph))
        #expect(GEXFFormat.write(back) == text)
    }

    @Test func writesGEXF12ForGephi() {
        let text = GEXFFormat.write(sampleGraph())
        #expect(text.contains(#"<gexf xmlns="http://www.gexf.net/1.2draft""#))
        #expect(text.contains(#"version="1.2""#))
        #expect(text.contains(#"<node id="sergey-lavrov" label="Sergey Lavrov">"#))
        #expect(text.contains(#"weight="0.5""#) && text.contains(#"weight="1e-05""#))
        #expect(!text.contains("<script>") && !text.contains("lastmodifieddate"))
    }

    /// Data/florentine-networkx.gexf: `nx.write_gexf` of the weighted Florentine families (Data/generate.py).
    @Test func readsNetworkXGEXF() throws {
        let graph = try GraphFileReader.read(path: dataPath("florentine-networkx.gexf"))
        #expect(graph.actors.count == 15)
        #expect(graph.relations.count == 20)
        #expect(graph.relations.values.reduce(0) { $0 + $1.weight } == 24)  // 7·1 + 7·2 + 6·0.5
    }

    @Test func errors() {
        let undeclared = """
            <gexf version="1.2">
              <graph defaultedgetype="directed">
                <nodes><node id="0" label="Russia"/></nodes>
                <edges>
                  <edge id="0" source="0" target="1"/>
                </edges>
              </graph>
            </gexf>
            """
        #expect(failure { try GEXFFormat.read(bytes(undeclared), name: "u.gexf") } == #"u.gexf:5: edge target "1" is not a declared node"#)
        let weight = undeclared.replacingOccurrences(of: "target=\"1\"", with: "target=\"0\" weight=\"Infinity\"")
        #expect(failure { try GEXFFormat.read(bytes(weight), name: "w.gexf") } == #"w.gexf:5: weight "Infinity" is not finite"#)
        let duplicate = undeclared.replacingOccurrences(of: "<node id=\"0\" label=\"Russia\"/>",
                                                        with: "<node id=\"0\" label=\"Russia\"/>\n<node id=\"0\" label=\"Russia\"/>")
        #expect(failure { try GEXFFormat.read(bytes(duplicate), name: "d.gexf") } == #"d.gexf:4: duplicate node id "0" (first declared on line 3)"#)
        #expect(failure { try GEXFFormat.read(bytes("<gexf>\n<graph>\n</gexf>"), name: "m.gexf") } == "m.gexf:3:8: malformed XML: mismatched closing tag")
    }
}
