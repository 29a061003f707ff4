import ActorGraphCore
@testable import ActorGraphRendering
import Testing

@Suite struct DOTWriterTests {
    /// Names an attacker or a careless source could put in an article.
    static let hostileNames = [
        "Say \"hello\" Inc.", #"Back\slash\"#, "Line one\nLine two", "<script>alert(1)</script>",
        "AT&T > Verizon", "Ким Чен Ын", "金正恩", "한국", "trailing\\", "\\N node", "tab\there",
    ]

    func hostileGraph() -> ActorGraph {
        var graph = ActorGraph()
        let actors = Self.hostileNames.map { Actor(name: $0, kind: .organization) }
        for actor in actors { graph.add(actor) }
        for (a, b) in zip(actors, actors.dropFirst()) {
            graph.add(Relation(source: a.id, target: b.id, kind: .cooccurrence, weight: 2))
        }
        return graph
    }

    @Test func quotingEscapesQuotesBackslashesAndNewlines() {
        #expect(DOTEscaping.quoted(#"a"b"#) == #""a\"b""#)
        #expect(DOTEscaping.quoted(#"a\b"#) == #""a\\b""#)
        #expect(DOTEscaping.quoted("a\nb") == #""a\nb""#)
        #expect(DOTEscaping.quoted("a\r\nb") == #""a\nb""#)
        #expect(DOTEscaping.quoted("<&>") == #""<&>""#)
        #expect(DOTEscaping.quoted("金正恩") == "\"金正恩\"")
    }

    @Test func hostileNamesSurviveCgraphParsing() throws {
        let dot = DOTWriter.write(hostileGraph(), style: DOTStyle())
        let document = try GraphvizRenderer.parse(dot: dot)
        let labels = Set(document.nodes.compactMap { $0.attributes["label"] })
        // cgraph keeps `\\` and `\n` escapes in label strings: undo the two we write.
        let expected = Set(Self.hostileNames.map {
            DOTEscaping.quoted($0).dropFirst().dropLast().replacingOccurrences(of: #"\""#, with: "\"")
        })
        #expect(labels == expected)
        #expect(document.nodes.count == Self.hostileNames.count)
        #expect(document.edges.count == Self.hostileNames.count - 1)
    }

    @Test func svgOfHostileNamesIsWellFormedAndEscaped() throws {
        let dot = DOTWriter.write(hostileGraph(), style: DOTStyle())
        let svg = String(decoding: try GraphvizRenderer.render(dot: dot, format: .svg, layout: .neato), as: UTF8.self)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("金正恩"))
        let check = try SVGCheck(svg)
        #expect(check.nodeCount == Self.hostileNames.count)
        #expect(check.edgeCount == Self.hostileNames.count - 1)
    }

    @Test func outputIsDeterministic() throws {
        let first = DOTWriter.write(hostileGraph(), style: DOTStyle())
        let second = DOTWriter.write(hostileGraph(), style: DOTStyle())
        #expect(first == second)
        let svg1 = try GraphvizRenderer.render(dot: first, format: .svg, layout: .neato)
        let svg2 = try GraphvizRenderer.render(dot: second, format: .svg, layout: .neato)
        #expect(svg1 == svg2)
    }

    @Test func officialsAreClusteredWithTheirCountry() {
        var graph = ActorGraph()
        graph.add(Actor(name: "Russia", kind: .country))
        graph.add(Actor(name: "Sergey Lavrov", kind: .official, affiliation: "russia"))
        graph.add(Actor(name: "North Korea", kind: .country))
        graph.add(Relation(source: "sergey-lavrov", target: "north-korea", kind: .meeting, weight: 1))
        var style = DOTStyle()
        style.layout = .fdp
        let dot = DOTWriter.write(graph, style: style)
        #expect(dot.contains("subgraph \"cluster_russia\" {"))
        let cluster = dot.components(separatedBy: "subgraph \"cluster_russia\" {")[1].components(separatedBy: "}")[0]
        #expect(cluster.contains("\"sergey-lavrov\" ["))
        #expect(cluster.contains("\"russia\" ["))
        #expect(!cluster.contains("\"north-korea\" ["))
        let springs = DOTWriter.write(graph, style: DOTStyle())
        #expect(!springs.contains("subgraph"))
        #expect(springs.contains("\"sergey-lavrov\" -- \"russia\" [style=invis, len=0.6, weight=4];"))
    }

    @Test func fixedNumbersPrintTheSameWay() {
        #expect(DOTWriter.fixed(1) == "1")
        #expect(DOTWriter.fixed(2.5) == "2.5")
        #expect(DOTWriter.fixed(2.345) == "2.35")
        #expect(DOTWriter.fixed(0.05) == "0.05")
    }
}
