import ActorGraphCore
import Foundation

/// A drawing of what changed between two windows: the union of both graphs, each tied pair coloured
/// by what happened to it, each actor labelled with its move in a ranking.
///
/// - Ties (the relations of a pair, kinds merged): new ones green, vanished ones red and dashed,
///   ties present in both grey (a light green or red tint when they strengthened or weakened);
///   line width grows with |Δ weight|, the change in the number of events. Tooltips give the weights
///   by kind before and after.
/// - Actors: new ones with a green outline and "(new)", vanished ones faded with a red dashed outline
///   and "(gone)", the others labelled with their rank change ("Russia ▲3", "Japan ▼2"). Actors of the
///   layout in neither window are drawn faint, so several diffs over one layout line up.
/// - Every node is pinned at its place in `layout` (see `PinnedLayout`).
public enum DiffDrawing {
    public static let addedColor = "#1e9e3e"
    public static let removedColor = "#d0312d"
    public static let unchangedColor = "#b8b8b8"
    static let strengthenedColor = "#8fcf9c"
    static let weakenedColor = "#eca7a4"

    /// The DOT text of the diff from `before` to `after`.
    ///
    /// - Parameters:
    ///   - ranks: each actor's rank before and after (1 = first), for the "▲3" marks; nil: no marks.
    ///   - layout: positions for every actor of both graphs (and possibly more).
    public static func dot(before: ActorGraph, after: ActorGraph,
                           ranks: (before: [ActorID: Int], after: [ActorID: Int])? = nil,
                           layout: PinnedLayout) -> String {
        let q = DOTEscaping.quoted
        let directed = before.isDirected || after.isDirected
        var out = directed ? "digraph diff {\n" : "graph diff {\n"
        out += "  \(PinnedLayout.pinnedGraphAttributes);\n"
        out += "  node [fontname=\"Helvetica\", style=\"filled\", penwidth=1.2];\n"
        for actor in layout.actors {
            let inBefore = before.actors[actor.id] != nil, inAfter = after.actors[actor.id] != nil
            switch (inBefore, inAfter) {
            case (true, true):
                var label = actor.name
                var tooltip = "\(actor.name) (\(actor.kind.rawValue))"
                if let ranks, let r0 = ranks.before[actor.id], let r1 = ranks.after[actor.id] {
                    if r1 < r0 { label += " ▲\(r0 - r1)" }
                    if r1 > r0 { label += " ▼\(r1 - r0)" }
                    tooltip += ": rank \(r0) → \(r1)"
                }
                var attributes = ["fillcolor=\(q(DOTStyle.fill(actor.kind)))", "tooltip=\(q(tooltip))"]
                if actor.kind == .country { attributes.append("style=\"filled,rounded\"") }
                out += layout.pinnedNode(actor, label: label, attributes: attributes)
            case (false, true):
                let rank = ranks?.after[actor.id].map { ", rank \($0)" } ?? ""
                var attributes = [
                    "fillcolor=\(q(DOTStyle.fill(actor.kind)))", "color=\(q(addedColor))", "penwidth=2.4",
                    "tooltip=\(q("\(actor.name) (\(actor.kind.rawValue)): new\(rank)"))",
                ]
                if actor.kind == .country { attributes.append("style=\"filled,rounded\"") }
                out += layout.pinnedNode(actor, label: actor.name + " (new)", attributes: attributes)
            case (true, false):
                let rank = ranks?.before[actor.id].map { ", was rank \($0)" } ?? ""
                out += layout.pinnedNode(actor, label: actor.name + " (gone)", attributes: [
                    "style=\"dashed\"", "color=\(q(removedColor))", "fontcolor=\"#9a9a9a\"", "penwidth=1.4",
                    "tooltip=\(q("\(actor.name) (\(actor.kind.rawValue)): no tie any more\(rank)"))",
                ])
            case (false, false):
                out += layout.pinnedNode(actor, label: actor.name, attributes: [
                    "style=\"dashed\"", "color=\"#e4e4e4\"", "fontcolor=\"#d0d0d0\"", "penwidth=0.6",
                    "tooltip=\(q("\(actor.name): in neither window"))",
                ])
            }
        }
        let arrow = directed ? " -> " : " -- "
        let old = Dictionary(PairTie.merge(before).map { ([$0.source, $0.target], $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(PairTie.merge(after).map { ([$0.source, $0.target], $0) }, uniquingKeysWith: { a, _ in a })
        let pairs = Set(old.keys).union(new.keys).sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        for pair in pairs {
            let w0 = old[pair]?.weight ?? 0, w1 = new[pair]?.weight ?? 0
            let change = w1 - w0
            let a = after.actors[pair[0]]?.name ?? before.actors[pair[0]]?.name ?? pair[0].rawValue
            let b = after.actors[pair[1]]?.name ?? before.actors[pair[1]]?.name ?? pair[1].rawValue
            let color: String, dash: String, what: String
            switch (old[pair], new[pair]) {
            case (nil, _?): (color, dash, what) = (addedColor, "solid", "new tie")
            case (_?, nil): (color, dash, what) = (removedColor, "dashed", "tie gone")
            default:
                dash = "solid"
                if change > 0 { (color, what) = (strengthenedColor, "stronger") }
                else if change < 0 { (color, what) = (weakenedColor, "weaker") }
                else { (color, what) = (unchangedColor, "unchanged") }
            }
            var tooltip = "\(a) – \(b): \(what), \(DOTWriter.fixed(w0)) → \(DOTWriter.fixed(w1)) events"
            if let tie = old[pair] { tooltip += "\nbefore: \(tie.kindSummary)" }
            if let tie = new[pair] { tooltip += "\nafter: \(tie.kindSummary)" }
            let width = 0.8 + 1.8 * log2(1 + abs(change))
            out += "  \(q(pair[0].rawValue))\(arrow)\(q(pair[1].rawValue)) [color=\(q(color)), style=\(dash), "
                + "penwidth=\(DOTWriter.fixed(width)), tooltip=\(q(tooltip))];\n"
        }
        out += "}\n"
        return out
    }

    /// The diff drawn in `format` (SVG, PNG, PDF; DOT gives the text to lay out).
    /// - Throws: `GraphvizError` when Graphviz fails.
    public static func draw(before: ActorGraph, after: ActorGraph,
                            ranks: (before: [ActorID: Int], after: [ActorID: Int])? = nil,
                            layout: PinnedLayout, format: RenderFormat = .svg) throws -> [UInt8] {
        let text = dot(before: before, after: after, ranks: ranks, layout: layout)
        if format == .dot { return Array(text.utf8) }
        return try GraphvizRenderer.render(dot: text, format: format, layout: .neato)
    }

    /// The legend of a diff drawing, for `PanelsDrawing.compose`.
    public static func legend(measure: String) -> [PanelsDrawing.LegendEntry] {
        [
            .init(color: addedColor, width: 3, text: "new tie (width: number of events)"),
            .init(color: removedColor, dashed: true, width: 3, text: "tie gone (width: number of events lost)"),
            .init(color: strengthenedColor, width: 3, text: "tie in both, stronger (width: |change|)"),
            .init(color: weakenedColor, width: 3, text: "tie in both, weaker"),
            .init(color: unchangedColor, width: 1, text: "tie in both, unchanged"),
            .init(text: "▲3 / ▼2: rank by \(measure) moved up 3 / down 2 places; (new) / (gone): actor enters / leaves."),
        ]
    }
}
