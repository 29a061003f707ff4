import ActorGraphCore

/// Reads a DOT file (through cgraph) as an actor graph.
///
/// Node names become actor IDs (slugged); `label` (or the name) the display name; a `kind` attribute
/// naming an `ActorKind` sets the kind (else `organization`). Edge `weight` (default 1) is the tie
/// strength; an edge `kind` naming a `RelationKind` sets it (else `cooccurrence`). Parallel edges add up.
public enum DOTReader {
    public static func read(dot: String) throws -> ActorGraph {
        let document = try GraphvizRenderer.parse(dot: dot)
        var graph = ActorGraph(directed: document.isDirected)
        var ids: [String: ActorID] = [:]
        for node in document.nodes {
            let label = node.attributes["label"].flatMap { $0 == "\\N" ? nil : $0 } ?? node.name
            let kind = node.attributes["kind"].flatMap(ActorKind.init(rawValue:)) ?? .organization
            let actor = Actor(id: ActorID(slugging: node.name).rawValue.isEmpty ? ActorID(rawValue: node.name) : ActorID(slugging: node.name),
                              name: label, kind: kind)
            ids[node.name] = actor.id
            graph.add(actor)
        }
        for (index, edge) in document.edges.enumerated() {
            let weightText = edge.attributes["weight"] ?? "1"
            guard let weight = Double(weightText), weight.isFinite else {
                throw GraphvizError(message: "edge \(index + 1) (\(edge.tail) – \(edge.head)): weight '\(weightText)' is not a number")
            }
            let kind = edge.attributes["kind"].flatMap(RelationKind.init(rawValue:)) ?? .cooccurrence
            graph.add(Relation(source: ids[edge.tail]!, target: ids[edge.head]!, kind: kind, weight: weight))
        }
        return graph
    }
}
