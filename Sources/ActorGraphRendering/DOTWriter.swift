import Foundation
import ActorGraphCore

/// Writes an actor graph as DOT text, pure Swift, byte-for-byte deterministic.
///
/// Every ID and label is quoted and escaped (`DOTEscaping`), because actor names come from untrusted
/// text. Nodes and edges are written sorted by ID; numbers are printed with fixed precision.
public enum DOTWriter {
    public static func write(_ graph: ActorGraph, style: DOTStyle = DOTStyle()) -> String {
        var out = ""
        let q = DOTEscaping.quoted
        out += graph.isDirected ? "digraph actorgraph {\n" : "graph actorgraph {\n"
        var graphAttributes = [
            "fontname=\"Helvetica\"", "fontsize=12", "outputorder=edgesfirst", "overlap=false",
            "splines=true", "pad=0.3", "start=\(style.seed)",
        ]
        if style.layout == .dot { graphAttributes += ["rankdir=LR", "nodesep=0.4", "ranksep=0.8"] }
        if style.layout == .fdp || style.layout == .neato || style.layout == .sfdp { graphAttributes += ["sep=\"+12\"", "K=1.2"] }
        // Title and legend as the graph's own HTML-like label (it adds no node); texts XML-escaped.
        var header: [String] = []
        if let title = style.title { header.append("<font point-size=\"16\">\(DOTEscaping.xml(title))</font>") }
        if style.legend {
            let kinds = Set(graph.relations.keys.map(\.kind))
            let lines = RelationKind.allCases.filter(kinds.contains).map { "\($0.rawValue): \(DOTStyle.colourName($0)) \(DOTStyle.stroke($0).style)" }
            header.append("<font point-size=\"10\" color=\"#555555\">boxes: countries · ellipses: officials · hexagons: organisations · size: partners</font>")
            header.append("<font point-size=\"10\" color=\"#555555\">" + DOTEscaping.xml((lines + ["width: number of events"]).joined(separator: " · ")) + "</font>")
        }
        if !header.isEmpty { graphAttributes += ["label=<" + header.joined(separator: "<br/>") + ">", "labelloc=t"] }
        out += "  " + graphAttributes.joined(separator: "; ") + ";\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", penwidth=1.2];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8];\n"

        let scores = style.sizes ?? graph.neighbourCounts().mapValues(Double.init)
        let maxScore = max(scores.values.max() ?? 0, 1e-12)
        func node(_ actor: Actor, indent: String) -> String {
            let share = max(0, (scores[actor.id] ?? 0) / maxScore)
            let fontsize = 10 + 8 * share.squareRoot()
            var attributes = [
                "label=\(q(actor.name))",
                "shape=\(DOTStyle.shape(actor.kind))",
                "fillcolor=\(q(DOTStyle.fill(actor.kind)))",
                "fontsize=\(fixed(fontsize))",
                "tooltip=\(q("\(actor.name) (\(actor.kind.rawValue))"))",
            ]
            if actor.kind == .country { attributes.append("style=\"filled,rounded\"") }
            if actor.discovered { attributes.append("color=\"#8a6d00\"") }
            return "\(indent)\(q(actor.id.rawValue)) [\(attributes.joined(separator: ", "))];\n"
        }

        // Officials with their country: real clusters for the engines that draw them (dot, fdp);
        // for the spring engines, invisible short edges that pull each official to its country.
        let actors = graph.sortedActors
        let drawsClusters = style.layout == .dot || style.layout == .fdp
        var members: [ActorID: [Actor]] = [:]
        if style.clusterByAffiliation {
            for actor in actors {
                if let affiliation = actor.affiliation, let head = graph.actors[affiliation], head.affiliation == nil {
                    members[affiliation, default: []].append(actor)
                }
            }
        }
        var clustered = Set<ActorID>()
        if drawsClusters {
            for (head, group) in members.sorted(by: { $0.key < $1.key }) {
                let name = graph.actors[head]!.name
                out += "  subgraph \(q("cluster_" + head.rawValue)) {\n"
                out += "    label=\(q(name)); style=\"rounded,dashed\"; color=\"#b0b0b0\"; fontsize=9; fontcolor=\"#707070\";\n"
                out += node(graph.actors[head]!, indent: "    ")
                clustered.insert(head)
                for member in group {
                    out += node(member, indent: "    ")
                    clustered.insert(member.id)
                }
                out += "  }\n"
            }
        }
        for actor in actors where !clustered.contains(actor.id) { out += node(actor, indent: "  ") }

        let arrow = graph.isDirected ? " -> " : " -- "
        for relation in graph.sortedRelations {
            let (color, dash) = DOTStyle.stroke(relation.kind)
            let penwidth = 1 + 1.5 * log2(1 + max(relation.weight, 0))
            var attributes = [
                "color=\(q(color))", "style=\(dash)", "penwidth=\(fixed(penwidth))",
                "weight=\(fixed(max(relation.weight, 0.01)))",
                "tooltip=\(q(tooltip(relation, graph: graph, style: style)))",
            ]
            // No text label on the edge: Graphviz 2.42's neato places an edge label on a spline with a
            // repeated point differently from run to run (the legend names the colours, the tooltip the events).
            out += "  \(q(relation.source.rawValue))\(arrow)\(q(relation.target.rawValue)) [\(attributes.joined(separator: ", "))];\n"
        }
        if !drawsClusters {
            for (head, group) in members.sorted(by: { $0.key < $1.key }) {
                for member in group {
                    out += "  \(q(member.id.rawValue))\(arrow)\(q(head.rawValue)) [style=invis, len=0.6, weight=4];\n"
                }
            }
        }
        out += "}\n"
        return out
    }

    /// "Russia – North Korea: 3 meeting events, 2017-09-29 … 2018-05-31" and the first quotes.
    static func tooltip(_ relation: Relation, graph: ActorGraph, style: DOTStyle) -> String {
        let a = graph.actors[relation.source]?.name ?? relation.source.rawValue
        let b = graph.actors[relation.target]?.name ?? relation.target.rawValue
        var text = "\(a) – \(b): \(relation.kind.rawValue), weight \(fixed(relation.weight))"
        if let first = relation.first, let last = relation.last {
            text += first == last ? ", \(first)" : ", \(first) … \(last)"
        }
        let quoted = relation.events.compactMap { style.events[$0] }.prefix(style.quotesPerTooltip)
        for event in quoted {
            let date = event.date?.description ?? "undated"
            text += "\n\(date): \(abbreviate(event.evidence.quote, to: 160))"
        }
        return text
    }

    static func abbreviate(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A number with at most two decimals and no trailing zeros: the same value always prints the same.
    static func fixed(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let whole = Int(hundredths) / 100
        let frac = abs(Int(hundredths) % 100)
        if frac == 0 { return String(whole) }
        let sign = value < 0 && whole == 0 ? "-" : ""
        return frac % 10 == 0 ? "\(sign)\(whole).\(frac / 10)" : "\(sign)\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}
