import ActorGraphCore

/// Turns the nodes and edges declared in a GraphML, GEXF or node-link file into an `ActorGraph`,
/// checking what all three formats share: unique node IDs, edges between declared nodes, and valid
/// kinds and dates.
///
/// An actor's ID is the slug of its name, and its name is the file's `name` (or `label`) attribute,
/// else the node's ID, so files written by NetworkX, Gephi or yEd key actors as the rest of
/// ActorGraph does. Files written by ActorGraph round-trip: their node IDs are already those slugs.
struct GraphAssembler {
    struct Node {
        var id: String
        var line: Int?
        var name: String?
        var kind: String?
        var affiliation: String?
        var discovered = false
    }

    struct Edge {
        var source: String
        var target: String
        var line: Int?
        var weight = 1.0
        var kind: String?
        var first: String?
        var last: String?
        var evidence: [String] = []

        /// An `<edge>` element of GraphML or GEXF: its `source`/`target` attributes, and weight, kind,
        /// first, last and evidence from its data values (`weightText` when the format keeps the weight
        /// elsewhere, as GEXF's attribute does).
        init(element: XMLNode, data: [String: String], weightText: String? = nil, file: String) throws {
            func fail(_ message: String) -> FormatError { FormatError(file: file, line: element.line, message) }
            guard let source = element.attributes["source"] else { throw fail("<edge> without a source") }
            guard let target = element.attributes["target"] else { throw fail("<edge> without a target") }
            self.source = source
            self.target = target
            self.line = element.line
            if let text = weightText ?? data["weight"] {
                switch NumberText.weight(text) {
                case .success(let value): weight = value
                case .failure(let problem): throw fail(problem.message)
                }
            }
            kind = data["kind"]
            first = data["first"]
            last = data["last"]
            if let text = data["evidence"] { evidence = try EvidenceText.decode(text, file: file, line: element.line) }
        }

        init(source: String, target: String, line: Int?) {
            self.source = source
            self.target = target
            self.line = line
        }
    }

    let file: String
    var nodes: [Node] = []
    var edges: [Edge] = []

    init(file: String) { self.file = file }

    private func error(_ line: Int?, _ message: String) -> FormatError {
        FormatError(file: file, line: line, message)
    }

    private func at(_ line: Int?) -> String { line.map { " (line \($0))" } ?? "" }

    func build(directed: Bool) throws -> ActorGraph {
        var graph = ActorGraph(directed: directed)
        var declared: [String: (actor: ActorID, line: Int?)] = [:]
        var owners: [ActorID: Node] = [:]
        for node in nodes {
            if let previous = declared[node.id] {
                throw error(node.line, "duplicate node id \(quoted(node.id))\(previous.line.map { " (first declared on line \($0))" } ?? "")")
            }
            let name = node.name ?? node.id
            let kind: ActorKind
            if let text = node.kind?.trimmed(), !text.isEmpty {
                guard let named = ActorKind(rawValue: text.lowercased()) else {
                    throw error(node.line, "node \(quoted(node.id)): unknown kind \(quoted(text)) (expected one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kind = named
            } else {
                kind = .organization
            }
            let affiliation = node.affiliation.map { ActorID(slugging: $0) }.flatMap { $0.rawValue.isEmpty ? nil : $0 }
            let actor = Actor(name: name, kind: kind, affiliation: affiliation, discovered: node.discovered)
            guard !actor.id.rawValue.isEmpty else {
                throw error(node.line, "node \(quoted(node.id)) has a name with no letters or digits: \(quoted(name))")
            }
            if let owner = owners[actor.id] {
                throw error(node.line, "nodes \(quoted(owner.id))\(at(owner.line)) and \(quoted(node.id)) both map to actor ID \(quoted(actor.id.rawValue))")
            }
            owners[actor.id] = node
            declared[node.id] = (actor.id, node.line)
            graph.add(actor)
        }
        for edge in edges {
            guard let source = declared[edge.source] else {
                throw error(edge.line, "edge source \(quoted(edge.source)) is not a declared node")
            }
            guard let target = declared[edge.target] else {
                throw error(edge.line, "edge target \(quoted(edge.target)) is not a declared node")
            }
            var kind = RelationKind.cooccurrence
            if let text = edge.kind?.trimmed(), !text.isEmpty {
                guard let named = RelationKind(rawValue: text.lowercased()) else {
                    throw error(edge.line, "edge \(quoted(edge.source))–\(quoted(edge.target)): unknown kind \(quoted(text)) (expected one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kind = named
            }
            let first = try day(edge.first, "first", edge)
            let last = try day(edge.last, "last", edge)
            graph.add(Relation(source: source.actor, target: target.actor, kind: kind, weight: edge.weight,
                               events: edge.evidence, first: first, last: last))
        }
        return graph
    }

    private func day(_ text: String?, _ what: String, _ edge: Edge) throws -> Day? {
        guard let text = text?.trimmed(), !text.isEmpty else { return nil }
        guard let day = Day(text) else {
            throw error(edge.line, "edge \(quoted(edge.source))–\(quoted(edge.target)): \(what) date \(quoted(text)) is not a date (YYYY-MM-DD)")
        }
        return day
    }
}

/// Evidence lists inside a single string attribute (GraphML, GEXF): a JSON array of strings.
enum EvidenceText {
    static func encode(_ events: [String]) -> String {
        "[" + events.map { JSONWriter.string($0) }.joined(separator: ",") + "]"
    }

    static func decode(_ text: String, file: String, line: Int?) throws -> [String] {
        let trimmed = text.trimmed()
        if trimmed.isEmpty { return [] }
        let fail = FormatError(file: file, line: line, "evidence \(quoted(trimmed)) is not a JSON array of event IDs")
        guard let value = try? JSONParser.parse(bytes: Array(trimmed.utf8), file: file),
              case .array(let items) = value.kind else { throw fail }
        return try items.map {
            guard case .string(let id) = $0.kind else { throw fail }
            return id
        }
    }
}
