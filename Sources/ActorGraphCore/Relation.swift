/// An edge: the aggregate of the events of one kind between two actors.
///
/// Undirected relations keep `source < target` so that every pair has one key. The weight is tie
/// strength: the number of distinct supporting events, or the weight read from a graph file.
public struct Relation: Hashable, Sendable, Codable {
    public var source: ActorID
    public var target: ActorID
    public var kind: RelationKind
    public var weight: Double
    /// IDs of the supporting events, sorted; empty for relations read from graph files.
    public var events: [String]
    public var first: Day?
    public var last: Day?

    public init(source: ActorID, target: ActorID, kind: RelationKind, weight: Double,
                events: [String] = [], first: Day? = nil, last: Day? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.events = events
        self.first = first
        self.last = last
    }

    public var key: Key { Key(source: source, target: target, kind: kind) }

    /// The identity of a relation in a graph.
    public struct Key: Hashable, Sendable, Comparable {
        public var source: ActorID
        public var target: ActorID
        public var kind: RelationKind

        public init(source: ActorID, target: ActorID, kind: RelationKind) {
            self.source = source
            self.target = target
            self.kind = kind
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
        }
    }
}
