import ActorGraphCore
import Foundation

/// JSON node-link graphs in the shape of NetworkX's `node_link_data` / `node_link_graph`.
///
/// Written:
/// ```json
/// {
///   "directed": false,
///   "multigraph": false,
///   "graph": {},
///   "nodes": [
///     {"id": "north-korea", "name": "North Korea", "kind": "country"}
///   ],
///   "edges": [
///     {"source": "north-korea", "target": "russia", "kind": "meeting", "weight": 2,
///      "first": "2017-12-08", "last": "2019-04-25", "evidence": ["…"]}
///   ]
/// }
/// ```
/// (each node and edge on one line). Edges are under `"edges"`, NetworkX 3.6's default; `affiliation`,
/// `discovered`, `first`, `last` and `evidence` appear only when set. When some pair has relations of
/// several kinds the graph is a multigraph and each edge carries `"key"` = its kind, so
/// `nx.node_link_graph(data, edges="edges")` rebuilds it. `<`, `>` and `&` in strings are `\u`-escaped.
///
/// Read: `"edges"` or `"links"`; node IDs may be strings or numbers (NetworkX's integer IDs); a node's
/// name is its `name` (or `label`), else its ID. Weights must be numbers.
public enum NodeLinkJSONFormat {
    public static func read(_ data: Data, name: String) throws -> ActorGraph {
        let source = try SourceText(data, name: name)
        let root = try JSONParser.parse(bytes: source.bytes, file: name)
        func fail(_ value: JSONValue, _ message: String) -> FormatError {
            FormatError(file: name, line: value.line, message)
        }
        guard case .object = root.kind else { throw fail(root, "expected a JSON object with \"nodes\" and \"edges\", found \(root.typeName)") }
        var directed = false
        if let flag = root["directed"] {
            guard case .bool(let value) = flag.kind else { throw fail(flag, "\"directed\" must be true or false, found \(flag.typeName)") }
            directed = value
        }
        guard let nodes = root["nodes"] else { throw fail(root, "missing \"nodes\"") }
        guard case .array(let nodeItems) = nodes.kind else { throw fail(nodes, "\"nodes\" must be an array, found \(nodes.typeName)") }
        let edges = root["edges"] ?? root["links"]
        var edgeItems: [JSONValue] = []
        if let edges {
            guard case .array(let items) = edges.kind else { throw fail(edges, "\"edges\" must be an array, found \(edges.typeName)") }
            edgeItems = items
        }

        func identifier(_ value: JSONValue?, _ what: String, in item: JSONValue) throws -> String {
            guard let value else { throw fail(item, "\(what) missing") }
            switch value.kind {
            case .string(let text): return text
            case .number(_, let text): return text
            default: throw fail(value, "\(what) must be a string or a number, found \(value.typeName)")
            }
        }
        func text(_ value: JSONValue?, _ what: String) throws -> String? {
            guard let value else { return nil }
            switch value.kind {
            case .null: return nil
            case .string(let text): return text
            default: throw fail(value, "\(what) must be a string, found \(value.typeName)")
            }
        }

        var assembler = GraphAssembler(file: name)
        for item in nodeItems {
            guard case .object = item.kind else { throw fail(item, "a node must be an object, found \(item.typeName)") }
            var node = GraphAssembler.Node(id: try identifier(item["id"], "node \"id\"", in: item), line: item.line)
            node.name = try text(item["name"], "node \"name\"") ?? text(item["label"], "node \"label\"")
            node.kind = try text(item["kind"], "node \"kind\"")
            node.affiliation = try text(item["affiliation"], "node \"affiliation\"")
            if let flag = item["discovered"], case .bool(let value) = flag.kind { node.discovered = value }
            assembler.nodes.append(node)
        }
        for item in edgeItems {
            guard case .object = item.kind else { throw fail(item, "an edge must be an object, found \(item.typeName)") }
            var edge = GraphAssembler.Edge(source: try identifier(item["source"], "edge \"source\"", in: item),
                                           target: try identifier(item["target"], "edge \"target\"", in: item),
                                           line: item.line)
            if let weight = item["weight"] {
                guard case .number(let value, let literal) = weight.kind else {
                    throw fail(weight, "weight must be a number, found \(weight.typeName)")
                }
                switch NumberText.weight(value, text: literal) {
                case .success(let value): edge.weight = value
                case .failure(let problem): throw fail(weight, problem.message)
                }
            }
            edge.kind = try text(item["kind"], "edge \"kind\"")
            edge.first = try text(item["first"], "edge \"first\"")
            edge.last = try text(item["last"], "edge \"last\"")
            if let evidence = item["evidence"] {
                guard case .array(let ids) = evidence.kind else { throw fail(evidence, "evidence must be an array of event IDs") }
                edge.evidence = try ids.map {
                    guard case .string(let id) = $0.kind else { throw fail($0, "evidence must be an array of event IDs") }
                    return id
                }
            }
            assembler.edges.append(edge)
        }
        return try assembler.build(directed: directed)
    }

    public static func write(_ graph: ActorGraph) -> String {
        let relations = graph.sortedRelations
        var pairs = Set<[ActorID]>()
        var multigraph = false
        for relation in relations where !pairs.insert([relation.source, relation.target]).inserted {
            multigraph = true
        }
        var out = "{\n  \"directed\": \(graph.isDirected),\n  \"multigraph\": \(multigraph),\n  \"graph\": {},\n  \"nodes\": ["
        let actors = graph.sortedActors
        for (index, actor) in actors.enumerated() {
            var members: [(String, String)] = [
                ("id", JSONWriter.string(actor.id.rawValue)), ("name", JSONWriter.string(actor.name)),
                ("kind", JSONWriter.string(actor.kind.rawValue)),
            ]
            if let affiliation = actor.affiliation { members.append(("affiliation", JSONWriter.string(affiliation.rawValue))) }
            if actor.discovered { members.append(("discovered", "true")) }
            out += (index == 0 ? "\n" : ",\n") + "    " + JSONWriter.object(members)
        }
        out += actors.isEmpty ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": ["
        for (index, relation) in relations.enumerated() {
            var members: [(String, String)] = [
                ("source", JSONWriter.string(relation.source.rawValue)), ("target", JSONWriter.string(relation.target.rawValue)),
            ]
            if multigraph { members.append(("key", JSONWriter.string(relation.kind.rawValue))) }
            members.append(("kind", JSONWriter.string(relation.kind.rawValue)))
            members.append(("weight", NumberText.format(relation.weight)))
            if let first = relation.first { members.append(("first", JSONWriter.string(first.description))) }
            if let last = relation.last { members.append(("last", JSONWriter.string(last.description))) }
            if !relation.events.isEmpty {
                members.append(("evidence", "[" + relation.events.map(JSONWriter.string).joined(separator: ", ") + "]"))
            }
            out += (index == 0 ? "\n" : ",\n") + "    " + JSONWriter.object(members)
        }
        out += relations.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
