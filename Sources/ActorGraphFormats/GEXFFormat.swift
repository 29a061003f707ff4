import ActorGraphCore
import Foundation

/// GEXF 1.2 (https://gexf.net), Gephi's format, written and read for the same subset as GraphML.
///
/// Written: a static graph with `defaultedgetype` from `ActorGraph.isDirected`; each node's `label` is
/// the actor's name, with `kind`, `affiliation` and `discovered` as node attributes; each edge has its
/// `weight` plus `kind`, `first`, `last` and `evidence` (a JSON array of event IDs) as edge attributes.
/// No modification date is written, so output is byte-for-byte deterministic.
///
/// Read: attributes are matched by `title`; a node's name is its `label`, else its ID; `weight`
/// defaults to 1; `defaultedgetype="directed"` makes a directed graph (mixed graphs are read as their
/// default). Dynamic `spells` and visualisation data are ignored.
public enum GEXFFormat {
    public static func read(_ data: Data, name: String) throws -> ActorGraph {
        let root = try XMLTree.parse(data, name: name)
        func fail(_ node: XMLNode, _ message: String) -> FormatError {
            FormatError(file: name, line: node.line, message)
        }
        guard root.name == "gexf" else { throw fail(root, "expected a <gexf> root element, found <\(root.name)>") }
        guard let graph = root.child(named: "graph") else { throw fail(root, "no <graph> element") }
        let directed = graph.attributes["defaultedgetype"] == "directed"

        var titles: [String: [String: String]] = ["node": [:], "edge": [:]]
        var defaults: [String: [String: String]] = ["node": [:], "edge": [:]]
        for block in graph.children(named: "attributes") {
            let domain = block.attributes["class"] ?? "node"
            for attribute in block.children(named: "attribute") {
                guard let id = attribute.attributes["id"] else { throw fail(attribute, "<attribute> without an id") }
                let title = (attribute.attributes["title"] ?? id).lowercased()
                titles[domain, default: [:]][id] = title
                if let value = attribute.child(named: "default")?.text { defaults[domain, default: [:]][title] = value }
            }
        }
        func values(of element: XMLNode, domain: String) throws -> [String: String] {
            var result = defaults[domain] ?? [:]
            for block in element.children(named: "attvalues") {
                for value in block.children(named: "attvalue") {
                    guard let id = value.attributes["for"] ?? value.attributes["id"] else {
                        throw fail(value, "<attvalue> without a for attribute")
                    }
                    guard let title = titles[domain]?[id] else {
                        throw fail(value, "<attvalue> for \(quoted(id)) is not a declared \(domain) attribute")
                    }
                    result[title] = value.attributes["value"] ?? ""
                }
            }
            return result
        }

        var assembler = GraphAssembler(file: name)
        for element in graph.children(named: "nodes").flatMap({ $0.children(named: "node") }) {
            guard let id = element.attributes["id"] else { throw fail(element, "<node> without an id") }
            let data = try values(of: element, domain: "node")
            var node = GraphAssembler.Node(id: id, line: element.line)
            node.name = element.attributes["label"] ?? data["name"]
            node.kind = data["kind"]
            node.affiliation = data["affiliation"].flatMap { $0.trimmed().isEmpty ? nil : $0.trimmed() }
            node.discovered = ["true", "1"].contains(data["discovered"]?.trimmed().lowercased() ?? "")
            assembler.nodes.append(node)
        }
        for element in graph.children(named: "edges").flatMap({ $0.children(named: "edge") }) {
            let data = try values(of: element, domain: "edge")
            let edge = try GraphAssembler.Edge(element: element, data: data, weightText: element.attributes["weight"], file: name)
            assembler.edges.append(edge)
        }
        return try assembler.build(directed: directed)
    }

    public static func write(_ graph: ActorGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
              <meta>
                <creator>ActorGraph</creator>
              </meta>
              <graph defaultedgetype="\(graph.isDirected ? "directed" : "undirected")" mode="static">
                <attributes class="node">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="affiliation" title="affiliation" type="string"/>
                  <attribute id="discovered" title="discovered" type="boolean"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="first" title="first" type="string"/>
                  <attribute id="last" title="last" type="string"/>
                  <attribute id="evidence" title="evidence" type="string"/>
                </attributes>
                <nodes>

            """
        func value(_ key: String, _ value: String) -> String {
            "          <attvalue for=\"\(key)\" value=\"\(xmlEscaped(value))\"/>\n"
        }
        for actor in graph.sortedActors {
            out += "      <node id=\"\(xmlEscaped(actor.id.rawValue))\" label=\"\(xmlEscaped(actor.name))\">\n"
            out += "        <attvalues>\n"
            out += value("kind", actor.kind.rawValue)
            if let affiliation = actor.affiliation { out += value("affiliation", affiliation.rawValue) }
            if actor.discovered { out += value("discovered", "true") }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, relation) in graph.sortedRelations.enumerated() {
            out += "      <edge id=\"\(index)\" source=\"\(xmlEscaped(relation.source.rawValue))\" target=\"\(xmlEscaped(relation.target.rawValue))\" weight=\"\(NumberText.format(relation.weight))\">\n"
            out += "        <attvalues>\n"
            out += value("kind", relation.kind.rawValue)
            if let first = relation.first { out += value("first", first.description) }
            if let last = relation.last { out += value("last", last.description) }
            if !relation.events.isEmpty { out += value("evidence", EvidenceText.encode(relation.events)) }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
