import ActorGraphCore
import Foundation

/// GraphML (http://graphml.graphdrawing.org), read and written.
///
/// Written: one `<graph>` with `edgedefault` from `ActorGraph.isDirected`; node keys `name`, `kind`,
/// `affiliation`, `discovered`; edge keys `weight` (double), `kind`, `first`, `last` (ISO dates) and
/// `evidence` (the supporting event IDs as a JSON array). Nodes and edges are sorted, so the same graph
/// gives the same bytes. NetworkX's `read_graphml` reads the result (as a MultiGraph when two actors
/// have relations of several kinds).
///
/// Read: keys are matched by `attr.name`, so NetworkX files with separate `long` and `double` weight
/// keys work; `<default>` values apply. A node's name is its `name` (or `label`) data, else its ID.
/// Missing `edgedefault` means undirected. Nested graphs and hyperedges are rejected; per-edge
/// `directed` attributes are ignored. See `GraphAssembler` for the checks common to all graph files.
public enum GraphMLFormat {
    public static func read(_ data: Data, name: String) throws -> ActorGraph {
        let root = try XMLTree.parse(data, name: name)
        func fail(_ node: XMLNode, _ message: String) -> FormatError {
            FormatError(file: name, line: node.line, message)
        }
        guard root.name == "graphml" else { throw fail(root, "expected a <graphml> root element, found <\(root.name)>") }

        struct Key { var domain: String; var name: String; var defaultValue: String? }
        var keys: [String: Key] = [:]
        for key in root.children(named: "key") {
            guard let id = key.attributes["id"] else { throw fail(key, "<key> without an id") }
            keys[id] = Key(domain: key.attributes["for"] ?? "all",
                           name: (key.attributes["attr.name"] ?? id).lowercased(),
                           defaultValue: key.child(named: "default")?.text)
        }
        let graphs = root.children(named: "graph")
        guard let graph = graphs.first else { throw fail(root, "no <graph> element") }
        if graphs.count > 1 { throw fail(graphs[1], "more than one <graph>; only one graph per file is supported") }
        let directed: Bool
        switch graph.attributes["edgedefault"] ?? "undirected" {
        case "directed": directed = true
        case "undirected": directed = false
        case let other: throw fail(graph, "edgedefault \(quoted(other)) must be directed or undirected")
        }

        /// The attribute values of an element by lower-cased name: defaults first, then its data.
        func values(of element: XMLNode, domain: String) throws -> [String: String] {
            var result: [String: String] = [:]
            for key in keys.values where key.domain == domain || key.domain == "all" {
                if let value = key.defaultValue { result[key.name] = value }
            }
            for data in element.children(named: "data") {
                guard let keyID = data.attributes["key"] else { throw fail(data, "<data> without a key") }
                guard let key = keys[keyID] else { throw fail(data, "<data> key \(quoted(keyID)) is not declared by a <key>") }
                result[key.name] = data.text
            }
            return result
        }

        var assembler = GraphAssembler(file: name)
        for element in graph.children {
            switch element.name {
            case "node":
                guard let id = element.attributes["id"] else { throw fail(element, "<node> without an id") }
                if element.child(named: "graph") != nil { throw fail(element, "nested graphs are not supported") }
                let data = try values(of: element, domain: "node")
                var node = GraphAssembler.Node(id: id, line: element.line)
                node.name = data["name"] ?? data["label"]
                node.kind = data["kind"]
                node.affiliation = data["affiliation"].flatMap { $0.trimmed().isEmpty ? nil : $0.trimmed() }
                node.discovered = ["true", "1"].contains(data["discovered"]?.trimmed().lowercased() ?? "")
                assembler.nodes.append(node)
            case "edge":
                let edge = try GraphAssembler.Edge(element: element, data: try values(of: element, domain: "edge"), file: name)
                assembler.edges.append(edge)
            case "hyperedge":
                throw fail(element, "hyperedges are not supported")
            default:
                continue
            }
        }
        return try assembler.build(directed: directed)
    }

    public static func write(_ graph: ActorGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="d0" for="node" attr.name="name" attr.type="string"/>
              <key id="d1" for="node" attr.name="kind" attr.type="string"/>
              <key id="d2" for="node" attr.name="affiliation" attr.type="string"/>
              <key id="d3" for="node" attr.name="discovered" attr.type="boolean"/>
              <key id="d4" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d5" for="edge" attr.name="kind" attr.type="string"/>
              <key id="d6" for="edge" attr.name="first" attr.type="string"/>
              <key id="d7" for="edge" attr.name="last" attr.type="string"/>
              <key id="d8" for="edge" attr.name="evidence" attr.type="string"/>
              <graph id="G" edgedefault="\(graph.isDirected ? "directed" : "undirected")">

            """
        func data(_ key: String, _ value: String) -> String {
            "      <data key=\"\(key)\">\(xmlEscaped(value))</data>\n"
        }
        for actor in graph.sortedActors {
            out += "    <node id=\"\(xmlEscaped(actor.id.rawValue))\">\n"
            out += data("d0", actor.name)
            out += data("d1", actor.kind.rawValue)
            if let affiliation = actor.affiliation { out += data("d2", affiliation.rawValue) }
            if actor.discovered { out += data("d3", "true") }
            out += "    </node>\n"
        }
        for (index, relation) in graph.sortedRelations.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(xmlEscaped(relation.source.rawValue))\" target=\"\(xmlEscaped(relation.target.rawValue))\">\n"
            out += data("d4", NumberText.format(relation.weight))
            out += data("d5", relation.kind.rawValue)
            if let first = relation.first { out += data("d6", first.description) }
            if let last = relation.last { out += data("d7", last.description) }
            if !relation.events.isEmpty { out += data("d8", EvidenceText.encode(relation.events)) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
