/// An attributed multigraph of actors keyed by stable IDs: at most one relation per pair and kind.
///
/// This is the model every input becomes (events aggregated from text, or a graph file) and every
/// output is drawn from. Algorithms do not run on it directly: `compact()` gives them contiguous arrays.
public struct ActorGraph: Sendable {
    public internal(set) var actors: [ActorID: Actor] = [:]
    public internal(set) var relations: [Relation.Key: Relation] = [:]
    /// Directed graphs keep `source → target`; undirected ones store each pair once with `source < target`.
    public let isDirected: Bool

    public init(directed: Bool = false) {
        self.isDirected = directed
    }

    /// Adds an actor, or fills in what an existing one lacks (kind stays the first one given).
    public mutating func add(_ actor: Actor) {
        if var existing = actors[actor.id] {
            if existing.affiliation == nil { existing.affiliation = actor.affiliation }
            existing.discovered = existing.discovered && actor.discovered
            actors[actor.id] = existing
        } else {
            actors[actor.id] = actor
        }
    }

    /// Adds a relation, merging with the existing one of the same pair and kind: weights add,
    /// evidence lists unite, the date span widens. Both endpoints must already be actors.
    /// Self-loops are ignored: an actor does not relate to itself.
    public mutating func add(_ relation: Relation) {
        precondition(actors[relation.source] != nil && actors[relation.target] != nil,
                     "relation endpoints must be added as actors first")
        guard relation.source != relation.target else { return }
        var relation = relation
        if !isDirected && relation.target < relation.source {
            swap(&relation.source, &relation.target)
        }
        guard var existing = relations[relation.key] else {
            if relation.events.count > 1 { relation.events = Array(Set(relation.events)).sorted() }
            relations[relation.key] = relation
            return
        }
        existing.weight += relation.weight
        if !relation.events.isEmpty { existing.events = Array(Set(existing.events + relation.events)).sorted() }
        existing.first = [existing.first, relation.first].compactMap { $0 }.min()
        existing.last = [existing.last, relation.last].compactMap { $0 }.max()
        relations[relation.key] = existing
    }

    /// Makes room for this many actors and relations, for readers that know their size.
    public mutating func reserveCapacity(actors actorCount: Int, relations relationCount: Int) {
        actors.reserveCapacity(actorCount)
        relations.reserveCapacity(relationCount)
    }

    /// Actors sorted by ID: the deterministic order every output uses.
    public var sortedActors: [Actor] { actors.values.sorted { $0.id < $1.id } }

    /// Relations sorted by (source, target, kind).
    public var sortedRelations: [Relation] { relations.values.sorted { $0.key < $1.key } }

    /// The graph without actors that have no relation.
    public func removingIsolates() -> ActorGraph {
        var touched = Set<ActorID>()
        for key in relations.keys {
            touched.insert(key.source)
            touched.insert(key.target)
        }
        var graph = self
        graph.actors = actors.filter { touched.contains($0.key) }
        return graph
    }

    /// Number of distinct neighbours of each actor, whatever the relation kind and direction.
    public func neighbourCounts() -> [ActorID: Int] {
        var neighbours: [ActorID: Set<ActorID>] = [:]
        for key in relations.keys {
            neighbours[key.source, default: []].insert(key.target)
            neighbours[key.target, default: []].insert(key.source)
        }
        return actors.keys.reduce(into: [:]) { $0[$1] = neighbours[$1]?.count ?? 0 }
    }
}
