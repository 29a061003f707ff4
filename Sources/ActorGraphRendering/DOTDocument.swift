/// A DOT graph as cgraph read it: nodes and edges in file order, with their attributes.
public struct DOTDocument: Sendable, Equatable {
    public var isDirected: Bool
    public var nodes: [Node] = []
    public var edges: [Edge] = []

    public init(isDirected: Bool) {
        self.isDirected = isDirected
    }

    public struct Node: Sendable, Equatable {
        public var name: String
        /// Non-empty attribute values (declared defaults included).
        public var attributes: [String: String]
    }

    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }
}
