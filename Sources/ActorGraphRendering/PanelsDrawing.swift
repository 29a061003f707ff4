import ActorGraphCore
import Foundation

/// Where every actor of a set of graphs sits, laid out once so that every drawing of those graphs
/// puts each actor at the same place.
///
/// The union of the graphs (relations of a pair merged, weights summed) is laid out once by neato
/// with a fixed seed; positions are read back from Graphviz's own DOT output (`pos`, in points)
/// through cgraph rather than from `-Tplain`, whose quoting of names would need a second parser.
/// Drawings then pin every node there with `pos="x,y!"` (points, `inputscale=72`), keep every actor
/// of the union in every drawing (faint where it is absent) and switch overlap removal off, so
/// Graphviz has nothing left to move: in Graphviz 2.42/2.43 neato keeps pinned nodes where they are
/// and only shifts the whole drawing by the same offset (the centre of the pinned nodes), which is
/// identical for every drawing of the same actor set. Edges are straight (`splines=false`), so the
/// bounding box, and with it every SVG coordinate, is the same in every panel.
public struct PinnedLayout: Sendable, Equatable {
    public struct Position: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }

    /// Every actor of the union, sorted by ID.
    public let actors: [Actor]
    /// Node centres in points, Graphviz's y-up coordinates.
    public let positions: [ActorID: Position]
    /// Label size of every actor (by its number of partners in the union), the same in every drawing.
    let fontSizes: [ActorID: Double]

    /// The union of `graphs`: every actor, and every relation with its weights summed over graphs.
    public static func union(_ graphs: [ActorGraph]) -> ActorGraph {
        var union = ActorGraph(directed: graphs.first?.isDirected ?? false)
        for graph in graphs {
            for actor in graph.sortedActors { union.add(actor) }
        }
        for graph in graphs {
            for relation in graph.sortedRelations { union.add(relation) }
        }
        return union
    }

    /// Lays out the union of `graphs` with neato.
    ///
    /// - Parameters:
    ///   - seed: neato's `start` seed: the same graphs and seed give the same positions.
    ///   - labelReserve: text appended to every label while laying out, so that longer labels drawn
    ///     later (a diff's "▲12", "(new)") still fit between their neighbours.
    /// - Throws: `GraphvizError` when Graphviz fails.
    public static func compute(for graphs: [ActorGraph], seed: Int = 42, labelReserve: String = " (new)") throws -> PinnedLayout {
        let union = union(graphs)
        let actors = union.sortedActors
        let degree = union.neighbourCounts()
        let top = Double(max(degree.values.max() ?? 0, 1))
        var fontSizes: [ActorID: Double] = [:]
        for actor in actors {
            fontSizes[actor.id] = 10 + 6 * (Double(degree[actor.id] ?? 0) / top).squareRoot()
        }
        guard !actors.isEmpty else { return PinnedLayout(actors: [], positions: [:], fontSizes: [:]) }

        let q = DOTEscaping.quoted
        var dot = "graph layout {\n"
        dot += "  start=\(seed); overlap=false; sep=\"+8\"; splines=false; outputorder=edgesfirst;\n"
        dot += "  node [fontname=\"Helvetica\", style=\"filled\", penwidth=1.2];\n"
        for actor in actors {
            dot += "  \(q(actor.id.rawValue)) [label=\(q(actor.name + labelReserve)), shape=\(DOTStyle.shape(actor.kind)), "
                + "fontsize=\(DOTWriter.fixed(fontSizes[actor.id]!))];\n"
        }
        for tie in PairTie.merge(union) {
            dot += "  \(q(tie.source.rawValue)) -- \(q(tie.target.rawValue)) [weight=\(DOTWriter.fixed(1 + log2(1 + tie.weight)))];\n"
        }
        // Officials near their country, as DOTWriter draws them for the spring engines.
        for actor in actors {
            if let head = actor.affiliation, let country = union.actors[head], country.affiliation == nil {
                dot += "  \(q(actor.id.rawValue)) -- \(q(head.rawValue)) [len=0.6, weight=4];\n"
            }
        }
        dot += "}\n"
        let laidOut = String(decoding: try GraphvizRenderer.render(dot: dot, format: .dot, layout: .neato), as: UTF8.self)
        var positions: [ActorID: Position] = [:]
        for node in try GraphvizRenderer.parse(dot: laidOut).nodes {
            guard let pos = node.attributes["pos"] else { continue }
            let numbers = pos.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "!"))) }
            guard numbers.count >= 2 else { continue }
            positions[ActorID(rawValue: node.name)] = Position(x: numbers[0], y: numbers[1])
        }
        guard positions.count == actors.count else {
            throw GraphvizError(message: "neato placed \(positions.count) of \(actors.count) actors")
        }
        return PinnedLayout(actors: actors, positions: positions, fontSizes: fontSizes)
    }

    /// The graph attributes of a pinned drawing (see the type's discussion).
    static let pinnedGraphAttributes =
        "overlap=true; splines=false; notranslate=true; inputscale=72; outputorder=edgesfirst; pad=0.2; bgcolor=\"white\""

    /// The node statement of `actor`, pinned, with extra attributes.
    func pinnedNode(_ actor: Actor, label: String, attributes: [String]) -> String {
        let q = DOTEscaping.quoted
        let p = positions[actor.id]!
        let all = [
            "pos=\(q("\(DOTWriter.fixed(p.x)),\(DOTWriter.fixed(p.y))!"))", "label=\(q(label))",
            "shape=\(DOTStyle.shape(actor.kind))", "fontsize=\(DOTWriter.fixed(fontSizes[actor.id] ?? 10))",
        ] + attributes
        return "  \(q(actor.id.rawValue)) [\(all.joined(separator: ", "))];\n"
    }
}

/// The relations of one pair of actors, kinds merged: what a panel or a diff draws as one line.
struct PairTie {
    var source: ActorID
    var target: ActorID
    var weight: Double
    /// Weight by kind, in `RelationKind` order.
    var kinds: [(RelationKind, Double)]
    var first: Day?
    var last: Day?

    /// The most telling kind present: mediation, then meeting, communication, participation,
    /// affiliation, co-occurrence.
    var salientKind: RelationKind {
        let order: [RelationKind] = [.mediation, .meeting, .communication, .participation, .affiliation, .cooccurrence]
        return order.first { kind in kinds.contains { $0.0 == kind } } ?? kinds.first?.0 ?? .cooccurrence
    }

    var kindSummary: String {
        kinds.map { "\($0.0.rawValue) \(DOTWriter.fixed($0.1))" }.joined(separator: ", ")
    }

    /// One tie per pair (per direction when directed), sorted by (source, target).
    static func merge(_ graph: ActorGraph) -> [PairTie] {
        var ties: [[ActorID]: PairTie] = [:]
        for relation in graph.sortedRelations {
            let key = [relation.source, relation.target]
            var tie = ties[key] ?? PairTie(source: relation.source, target: relation.target, weight: 0, kinds: [])
            tie.weight += relation.weight
            tie.kinds.append((relation.kind, relation.weight))
            tie.first = [tie.first, relation.first].compactMap { $0 }.min()
            tie.last = [tie.last, relation.last].compactMap { $0 }.max()
            ties[key] = tie
        }
        return ties.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }
}

/// Small multiples: one panel per time window, every actor at the same place in every panel, composed
/// side by side into one SVG.
public enum PanelsDrawing {
    /// One panel of a composed drawing: a Graphviz SVG and the title to put over it.
    public struct Panel: Sendable {
        public var title: String
        public var subtitle: String?
        public var svg: [UInt8]

        public init(title: String, subtitle: String? = nil, svg: [UInt8]) {
            self.title = title
            self.subtitle = subtitle
            self.svg = svg
        }
    }

    /// One line of the legend under a composed drawing: a stroke sample (when `color` is given) and text.
    public struct LegendEntry: Sendable {
        public var color: String?
        public var dashed: Bool
        public var width: Double
        public var text: String

        public init(color: String? = nil, dashed: Bool = false, width: Double = 2, text: String) {
            self.color = color
            self.dashed = dashed
            self.width = width
            self.text = text
        }
    }

    /// The DOT of one window's panel: every actor of `layout` pinned; the window's actors filled by
    /// kind, the others faint; one straight line per tied pair, coloured by its most telling kind
    /// (mediation red and dashed, meetings blue, …) and as wide as its total weight.
    public static func panelDOT(_ graph: ActorGraph, layout: PinnedLayout) -> String {
        let q = DOTEscaping.quoted
        var out = graph.isDirected ? "digraph panel {\n" : "graph panel {\n"
        out += "  \(PinnedLayout.pinnedGraphAttributes);\n"
        out += "  node [fontname=\"Helvetica\", style=\"filled\", penwidth=1.2];\n"
        out += "  edge [fontname=\"Helvetica\"];\n"
        for actor in layout.actors {
            if graph.actors[actor.id] != nil {
                var attributes = [
                    "fillcolor=\(q(DOTStyle.fill(actor.kind)))",
                    "tooltip=\(q("\(actor.name) (\(actor.kind.rawValue))"))",
                ]
                if actor.kind == .country { attributes.append("style=\"filled,rounded\"") }
                out += layout.pinnedNode(actor, label: actor.name, attributes: attributes)
            } else {
                out += layout.pinnedNode(actor, label: actor.name, attributes: [
                    "style=\"dashed\"", "color=\"#dddddd\"", "fontcolor=\"#c4c4c4\"", "penwidth=0.6",
                    "tooltip=\(q("\(actor.name): no tie in this window"))",
                ])
            }
        }
        let arrow = graph.isDirected ? " -> " : " -- "
        for tie in PairTie.merge(graph) {
            let (color, dash) = DOTStyle.stroke(tie.salientKind)
            let a = graph.actors[tie.source]?.name ?? tie.source.rawValue
            let b = graph.actors[tie.target]?.name ?? tie.target.rawValue
            var tooltip = "\(a) – \(b): \(tie.kindSummary)"
            if let first = tie.first, let last = tie.last { tooltip += first == last ? ", \(first)" : ", \(first) … \(last)" }
            out += "  \(q(tie.source.rawValue))\(arrow)\(q(tie.target.rawValue)) [color=\(q(color)), style=\(dash), "
                + "penwidth=\(DOTWriter.fixed(0.8 + 1.5 * log2(1 + max(tie.weight, 0)))), tooltip=\(q(tooltip))];\n"
        }
        out += "}\n"
        return out
    }

    /// Draws one panel per window, every actor at its place in `layout`, and composes them side by
    /// side into one SVG document.
    ///
    /// - Parameters:
    ///   - windows: title and graph of each window, in order.
    ///   - layout: positions for every actor of every window (`PinnedLayout.compute(for:)`).
    ///   - title: the heading of the whole drawing.
    /// - Throws: `GraphvizError` when Graphviz fails.
    public static func draw(_ windows: [(title: String, graph: ActorGraph)], layout: PinnedLayout,
                            title: String? = nil) throws -> String {
        var panels: [Panel] = []
        for (name, graph) in windows {
            let svg = try GraphvizRenderer.render(dot: panelDOT(graph, layout: layout), format: .svg, layout: .neato)
            let subtitle = graph.actors.isEmpty ? "no events: empty"
                : "\(graph.actors.count) actors, \(PairTie.merge(graph).count) tied pairs"
            panels.append(Panel(title: name, subtitle: subtitle, svg: svg))
        }
        var legend: [LegendEntry] = [
            LegendEntry(text: "Every actor keeps its place in every panel; faint = no tie in that window."),
        ]
        for kind in [RelationKind.meeting, .mediation, .communication, .cooccurrence] {
            let (color, dash) = DOTStyle.stroke(kind)
            legend.append(LegendEntry(color: color, dashed: dash != "solid", text: kind.rawValue))
        }
        legend.append(LegendEntry(text: "Line width: number of events between the pair (all kinds)."))
        return try compose(panels, title: title, legend: legend)
    }

    /// Composes Graphviz SVGs side by side into one SVG document: each panel becomes a nested
    /// `<svg>` with its own `<title>`, its title written above it, element IDs prefixed so they stay
    /// unique. Titles and legend text are XML-escaped.
    public static func compose(_ panels: [Panel], title: String? = nil, legend: [LegendEntry] = []) throws -> String {
        let x = DOTEscaping.xml
        let gap = 24.0, margin = 16.0
        let headerHeight = title == nil ? 0 : 30.0
        let panelHeaderHeight = 40.0
        var parsed: [(panel: Panel, width: Double, height: Double, viewBox: String, inner: String)] = []
        for (index, panel) in panels.enumerated() {
            parsed.append(try split(panel, prefix: "p\(index + 1)-"))
        }
        let panelsWidth = parsed.map(\.width).reduce(0, +) + gap * Double(max(parsed.count - 1, 0))
        let panelsHeight = parsed.map(\.height).max() ?? 0
        let legendHeight = legend.isEmpty ? 0 : 18 * Double(legend.count) + 12
        let width = max(panelsWidth, 420) + 2 * margin
        let height = margin + headerHeight + panelHeaderHeight + panelsHeight + legendHeight + margin
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"\(n(width))pt\" height=\"\(n(height))pt\" viewBox=\"0 0 \(n(width)) \(n(height))\">\n"
        out += "<title>\(x(title ?? panels.map(\.title).joined(separator: " · ")))</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"white\"/>\n"
        if let title {
            out += "<text x=\"\(n(margin))\" y=\"\(n(margin + 20))\" font-family=\"Helvetica,Arial,sans-serif\" "
                + "font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">\(x(title))</text>\n"
        }
        var left = margin
        let top = margin + headerHeight
        for (index, item) in parsed.enumerated() {
            out += "<g class=\"panel\" id=\"panel-\(index + 1)\">\n"
            out += "<text x=\"\(n(left + 4))\" y=\"\(n(top + 18))\" font-family=\"Helvetica,Arial,sans-serif\" "
                + "font-size=\"16\" font-weight=\"bold\" fill=\"#222222\">\(x(item.panel.title))</text>\n"
            if let subtitle = item.panel.subtitle {
                out += "<text x=\"\(n(left + 4))\" y=\"\(n(top + 34))\" font-family=\"Helvetica,Arial,sans-serif\" "
                    + "font-size=\"11\" fill=\"#666666\">\(x(subtitle))</text>\n"
            }
            out += "<rect x=\"\(n(left))\" y=\"\(n(top + panelHeaderHeight))\" width=\"\(n(item.width))\" "
                + "height=\"\(n(item.height))\" fill=\"none\" stroke=\"#e2e2e2\"/>\n"
            out += "<svg x=\"\(n(left))\" y=\"\(n(top + panelHeaderHeight))\" width=\"\(n(item.width))\" "
                + "height=\"\(n(item.height))\" viewBox=\"\(item.viewBox)\">\n"
            out += "<title>\(x(item.panel.title))</title>\n"
            out += item.inner
            out += "</svg>\n</g>\n"
            left += item.width + gap
        }
        var y = top + panelHeaderHeight + panelsHeight + 22
        for entry in legend {
            var textX = margin
            if let color = entry.color {
                out += "<line x1=\"\(n(margin))\" y1=\"\(n(y - 4))\" x2=\"\(n(margin + 28))\" y2=\"\(n(y - 4))\" "
                    + "stroke=\"\(x(color))\" stroke-width=\"\(n(entry.width))\""
                    + (entry.dashed ? " stroke-dasharray=\"5,3\"" : "") + "/>\n"
                textX += 36
            }
            out += "<text x=\"\(n(textX))\" y=\"\(n(y))\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\" "
                + "fill=\"#444444\">\(x(entry.text))</text>\n"
            y += 18
        }
        out += "</svg>\n"
        return out
    }

    /// The size, viewBox and content of a Graphviz SVG, with its IDs prefixed.
    static func split(_ panel: Panel, prefix: String) throws -> (panel: Panel, width: Double, height: Double, viewBox: String, inner: String) {
        let text = String(decoding: panel.svg, as: UTF8.self)
        guard let open = text.range(of: "<svg"), let openEnd = text[open.upperBound...].firstIndex(of: ">"),
              let close = text.range(of: "</svg>", options: .backwards) else {
            throw GraphvizError(message: "panel \(panel.title): Graphviz gave no SVG element")
        }
        let tag = String(text[open.upperBound..<openEnd])
        func attribute(_ name: String) -> String? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(tag[start.upperBound..<end])
        }
        func points(_ value: String?) -> Double? {
            guard var value else { return nil }
            if value.hasSuffix("pt") { value.removeLast(2) }
            return Double(value)
        }
        guard let width = points(attribute("width")), let height = points(attribute("height")) else {
            throw GraphvizError(message: "panel \(panel.title): the SVG has no size")
        }
        let viewBox = attribute("viewBox") ?? "0 0 \(n(width)) \(n(height))"
        var inner = String(text[text.index(after: openEnd)..<close.lowerBound])
        inner = inner.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
        // Graphviz's comments name the graph and nodes; they are not needed inside the composite.
        while let start = inner.range(of: "<!--"), let end = inner.range(of: "-->", range: start.upperBound..<inner.endIndex) {
            inner.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return (panel, width, height, viewBox, inner)
    }

    static func n(_ value: Double) -> String { DOTWriter.fixed(value) }
}
