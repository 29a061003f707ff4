import ActorGraphCore
import ActorGraphRendering
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite(.serialized) struct PanelsDrawingTests {
    static func graph(_ relations: [(String, String, RelationKind, Double)]) -> ActorGraph {
        var graph = ActorGraph()
        for (a, b, kind, weight) in relations {
            for name in [a, b] { graph.add(Actor(name: name, kind: name.hasPrefix("Kim") || name.hasPrefix("Donald") ? .official : .country)) }
            graph.add(Relation(source: ActorID(slugging: a), target: ActorID(slugging: b), kind: kind, weight: weight))
        }
        return graph
    }

    let y2017 = graph([("North Korea", "Russia", .mediation, 2), ("Russia", "United States", .mediation, 2),
                       ("North Korea", "China", .cooccurrence, 1), ("Evil <b>\"&</b> Actor", "China", .cooccurrence, 1)])
    let y2018 = graph([("Donald Trump", "Kim Jong-un", .meeting, 5), ("North Korea", "United States", .cooccurrence, 9),
                       ("Singapore", "Kim Jong-un", .cooccurrence, 2), ("North Korea", "China", .cooccurrence, 3)])
    let y2019 = graph([("Donald Trump", "Kim Jong-un", .meeting, 4), ("Vietnam", "Donald Trump", .meeting, 1)])

    /// Node label positions (the first `<text>` of each node group, by node title) in every nested
    /// panel `<svg>`, and each panel's own `<title>`.
    final class PanelPositions: NSObject, XMLParserDelegate {
        var panels: [[String: String]] = []
        var panelTitles: [String] = []
        var depth = 0
        var groups: [String] = []
        var awaitingPanelTitle = false
        var node: String?
        var recorded = false
        var inTitle = false
        var buffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "svg":
                depth += 1
                if depth == 2 { panels.append([:]); awaitingPanelTitle = true }
            case "g":
                groups.append(attributes["class"] ?? "")
                if attributes["class"] == "node" { node = nil; recorded = false }
            case "title":
                inTitle = true
                buffer = ""
            case "text":
                if depth == 2, groups.contains("node"), !recorded, let node, let x = attributes["x"], let y = attributes["y"] {
                    panels[panels.count - 1][node] = "\(x),\(y)"
                    recorded = true
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { buffer += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "title":
                inTitle = false
                if awaitingPanelTitle { panelTitles.append(buffer); awaitingPanelTitle = false }
                if groups.last == "node" { node = buffer }
            case "g": groups.removeLast()
            case "svg": depth -= 1
            default: break
            }
        }
    }

    func positions(in svg: String) throws -> PanelPositions {
        let delegate = PanelPositions()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "composite SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return delegate
    }

    @Test func everyActorSitsAtTheSamePlaceInEveryPanel() throws {
        let layout = try PinnedLayout.compute(for: [y2017, y2018, y2019], seed: 42)
        #expect(layout.actors.count == 9)
        let svg = try PanelsDrawing.draw([("2017", y2017), ("2018", y2018), ("2019", y2019)], layout: layout, title: "By year")
        let parsed = try positions(in: svg)
        #expect(parsed.panels.count == 3)
        #expect(parsed.panelTitles == ["2017", "2018", "2019"])
        let ids = Set(layout.actors.map(\.id.rawValue))
        for panel in parsed.panels {
            #expect(Set(panel.keys) == ids, "every actor of the union is drawn in every panel")
            #expect(panel == parsed.panels[0], "positions differ between panels")
        }
        // The positions are the pinned ones, not re-laid out: distinct actors, distinct places.
        #expect(Set(parsed.panels[0].values).count == ids.count)
    }

    @Test func theSameGraphsAndSeedGiveTheSameDrawing() throws {
        let a = try PanelsDrawing.draw([("2017", y2017), ("2018", y2018)], layout: try PinnedLayout.compute(for: [y2017, y2018]))
        let b = try PanelsDrawing.draw([("2017", y2017), ("2018", y2018)], layout: try PinnedLayout.compute(for: [y2017, y2018]))
        #expect(a == b)
    }

    @Test func labelsAndTitlesAreEscaped() throws {
        let layout = try PinnedLayout.compute(for: [y2017, y2018])
        let svg = try PanelsDrawing.draw([("<2017 & \"before\">", y2017), ("2018", y2018)], layout: layout, title: "A <b>&</b> title")
        let parsed = try positions(in: svg)
        #expect(parsed.panelTitles.first == "<2017 & \"before\">")
        #expect(!svg.contains("<b>"))
        let check = try SVGCheck(svg)
        #expect(check.texts.contains("Evil <b>\"&</b> Actor"))
        #expect(check.texts.contains("A <b>&</b> title"))
    }

    @Test func emptyWindowDrawsAnEmptyPanel() throws {
        let layout = try PinnedLayout.compute(for: [y2017, ActorGraph()])
        let svg = try PanelsDrawing.draw([("2017", y2017), ("2020", ActorGraph())], layout: layout)
        let parsed = try positions(in: svg)
        #expect(parsed.panels.count == 2 && parsed.panels[0] == parsed.panels[1])
        #expect(try SVGCheck(svg).texts.contains("no events: empty"))
    }

    @Test func diffColoursTiesAndMarksRankChanges() throws {
        let layout = try PinnedLayout.compute(for: [y2017, y2018])
        let ranks: (before: [ActorID: Int], after: [ActorID: Int]) = (
            ["north-korea": 1, "russia": 1, "china": 3, "united-states": 4],
            ["north-korea": 1, "china": 4, "united-states": 2, "kim-jong-un": 1])
        let dot = DiffDrawing.dot(before: y2017, after: y2018, ranks: ranks, layout: layout)
        #expect(dot.contains("label=\"United States ▲2\""))
        #expect(dot.contains("label=\"China ▼1\""))
        #expect(dot.contains("label=\"Kim Jong-un (new)\""))
        #expect(dot.contains("label=\"Russia (gone)\""))
        let document = try GraphvizRenderer.parse(dot: dot)
        func edge(_ a: String, _ b: String) -> DOTDocument.Edge? {
            document.edges.first { Set([$0.tail, $0.head]) == Set([a, b]) }
        }
        #expect(edge("donald-trump", "kim-jong-un")?.attributes["color"] == DiffDrawing.addedColor)
        #expect(edge("north-korea", "russia")?.attributes["color"] == DiffDrawing.removedColor)
        #expect(edge("north-korea", "russia")?.attributes["style"] == "dashed")
        // North Korea–China went from 1 to 3 events: a tie in both, width from |Δ| = 2.
        let kept = try #require(edge("china", "north-korea"))
        #expect(kept.attributes["penwidth"] == "3.65")  // 0.8 + 1.8 · log2(1 + 2)
        // Pinned: the node positions in the DOT are the layout's.
        let svg = String(decoding: try DiffDrawing.draw(before: y2017, after: y2018, ranks: ranks, layout: layout), as: UTF8.self)
        let check = try SVGCheck(svg)
        #expect(check.nodeCount == layout.actors.count)
    }
}
