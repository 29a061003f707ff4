import ActorGraphCore

/// How a sequence of graphs, one per time window, changed from each window to the next.
///
/// Per window: actors, relations, density and components. Per step (window i → window i+1): the
/// actors and relations that appeared, vanished or changed weight, the Jaccard similarity of the
/// relation sets, Kendall's τ-b between the two windows' scores of a chosen centrality, and every
/// actor's rank before and after.
///
/// Identity is stable: actors by `ActorID`, relations by `Relation.Key` (pair and kind), so a meeting
/// tie between two actors who only co-occurred before counts as a new relation. Densities, components
/// and centralities are those of the simple graph `compact()` gives, with the kinds of a pair merged.
///
/// - Rank correlation runs over the union of the two windows' actors, an actor absent from a window
///   scoring 0 there (it had no tie, so it had no centrality), and uses τ-b because degree-like scores
///   tie a lot. Absent from both, it is not counted.
/// - Ranks are competition ranks within a window: 1 + the number of actors present there with a
///   strictly higher score, so tied actors share a rank. An absent actor has no rank (nil).
/// - Jaccard of relation sets |A ∩ B| / |A ∪ B| is NaN when both windows are empty.
public struct GraphComparison: Sendable {
    /// One window: its graph, its size and shape, and its actors' scores and ranks.
    public struct Snapshot: Sendable {
        public let window: TimeWindow
        public let graph: ActorGraph
        /// Actors (nodes) of the graph.
        public let nodes: Int
        /// Relations (edges, one per pair and kind).
        public let edges: Int
        /// Distinct tied pairs: edges of the simple graph, with the kinds of a pair merged.
        public let tiedPairs: Int
        /// Tied pairs over possible pairs: 2m / (n(n−1)), or m / (n(n−1)) when directed (NetworkX's
        /// `density`); 0 with fewer than two actors.
        public let density: Double
        /// Connected components (weakly connected when directed); isolated actors count as components.
        public let components: Int
        /// The chosen centrality, by actor.
        public let scores: [ActorID: Double]
        /// Competition rank of every actor of the window (1 = highest score).
        public let ranks: [ActorID: Int]

        /// A window with no actor: reported as empty, not an error.
        public var isEmpty: Bool { nodes == 0 }
    }

    /// A relation whose weight changed between two windows.
    public struct Reweighted: Sendable, Equatable {
        public let key: Relation.Key
        public let before: Double
        public let after: Double
        public var change: Double { after - before }

        public init(key: Relation.Key, before: Double, after: Double) {
            self.key = key
            self.before = before
            self.after = after
        }
    }

    /// An actor's position before and after a step.
    public struct RankChange: Sendable, Equatable {
        public let actor: ActorID
        public let scoreBefore: Double?
        public let scoreAfter: Double?
        public let rankBefore: Int?
        public let rankAfter: Int?
        /// Places gained (positive: moved up), when the actor is ranked in both windows.
        public var movement: Int? {
            guard let rankBefore, let rankAfter else { return nil }
            return rankBefore - rankAfter
        }
    }

    /// What changed from one window to the next.
    public struct Step: Sendable {
        /// Indices into `snapshots`.
        public let before: Int
        public let after: Int
        /// Actors present after but not before, and the reverse, sorted by ID.
        public let actorsAdded: [ActorID]
        public let actorsRemoved: [ActorID]
        /// Relations present after but not before (as they are after), and the reverse (as they were
        /// before), heaviest first.
        public let relationsAdded: [Relation]
        public let relationsRemoved: [Relation]
        /// Relations in both windows whose weight changed, largest change first.
        public let relationsReweighted: [Reweighted]
        /// Relations in both windows with the same weight.
        public let relationsUnchanged: Int
        /// |A ∩ B| / |A ∪ B| of the relation keys; NaN when both are empty.
        public let jaccard: Double
        /// Kendall's τ-b between the scores over the union of actors (absent = 0).
        public let rankCorrelation: KendallTau
        /// Every actor of either window, biggest movers first: actors ranked in both windows by
        /// |movement| (then by rank after), then actors entering or leaving.
        public let rankChanges: [RankChange]

        /// Actors ranked in both windows whose rank changed, biggest movement first.
        public var movers: [RankChange] { rankChanges.filter { ($0.movement ?? 0) != 0 } }
    }

    public let snapshots: [Snapshot]
    public let steps: [Step]
    /// Every actor of every window, by ID (the latest window's description wins).
    public let actors: [ActorID: Actor]

    /// Compares consecutive graphs.
    ///
    /// - Parameters:
    ///   - graphs: the windows in the order to compare them, each with its graph.
    ///   - measure: the centrality to rank actors by, computed on each window's compact graph (for
    ///     example `{ $0.degreeCentrality() }`). It is not called for an empty window.
    /// - Throws: what `measure` throws.
    /// - Complexity: O(W · (m log m + n log n)) plus the cost of `measure` on each of the W windows.
    public init(_ graphs: [(window: TimeWindow, graph: ActorGraph)],
                measure: (CompactGraph) throws -> NodeScores) rethrows {
        var snapshots: [Snapshot] = []
        var actors: [ActorID: Actor] = [:]
        for (window, graph) in graphs {
            for (id, actor) in graph.actors { actors[id] = actor }
            let compact = graph.compact()
            let n = compact.nodeCount, m = compact.edgeCount
            let possible = Double(n) * Double(n - 1) / (graph.isDirected ? 1 : 2)
            let scores: [ActorID: Double] = n == 0 ? [:] : try measure(compact).byID
            snapshots.append(Snapshot(
                window: window, graph: graph, nodes: n, edges: graph.relations.count, tiedPairs: m,
                density: n < 2 ? 0 : Double(m) / possible,
                components: compact.connectedComponents().count,
                scores: scores, ranks: GraphComparison.competitionRanks(scores)))
        }
        var steps: [Step] = []
        for (before, after) in zip(snapshots.indices, snapshots.indices.dropFirst()) {
            steps.append(GraphComparison.step(from: snapshots[before], to: snapshots[after], before: before, after: after))
        }
        self.snapshots = snapshots
        self.steps = steps
        self.actors = actors
    }

    /// 1 + the number of strictly higher scores, for every actor.
    static func competitionRanks(_ scores: [ActorID: Double]) -> [ActorID: Int] {
        let sorted = scores.values.sorted(by: >)
        var ranks: [ActorID: Int] = [:]
        for (id, score) in scores {
            // First position whose score is not higher: a binary search over the descending list.
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] > score { low = mid + 1 } else { high = mid }
            }
            ranks[id] = low + 1
        }
        return ranks
    }

    static func step(from a: Snapshot, to b: Snapshot, before: Int, after: Int) -> Step {
        let actorsBefore = Set(a.graph.actors.keys), actorsAfter = Set(b.graph.actors.keys)
        let keysBefore = Set(a.graph.relations.keys), keysAfter = Set(b.graph.relations.keys)
        let heaviest: (Relation, Relation) -> Bool = { ($0.weight, $1.key) > ($1.weight, $0.key) }
        let added = keysAfter.subtracting(keysBefore).map { b.graph.relations[$0]! }.sorted(by: heaviest)
        let removed = keysBefore.subtracting(keysAfter).map { a.graph.relations[$0]! }.sorted(by: heaviest)
        var reweighted: [Reweighted] = []
        var unchanged = 0
        for key in keysBefore.intersection(keysAfter) {
            let w0 = a.graph.relations[key]!.weight, w1 = b.graph.relations[key]!.weight
            if w0 == w1 { unchanged += 1 } else { reweighted.append(Reweighted(key: key, before: w0, after: w1)) }
        }
        reweighted.sort { (abs($0.change), $1.key) > (abs($1.change), $0.key) }
        let union = keysBefore.union(keysAfter).count
        let jaccard = union == 0 ? .nan : Double(keysBefore.intersection(keysAfter).count) / Double(union)

        let everyone = actorsBefore.union(actorsAfter).sorted()
        let tau = KendallTau.tauB(everyone.map { a.scores[$0] ?? 0 }, everyone.map { b.scores[$0] ?? 0 })
        let changes = everyone.map { id in
            RankChange(actor: id, scoreBefore: a.scores[id], scoreAfter: b.scores[id],
                       rankBefore: a.ranks[id], rankAfter: b.ranks[id])
        }.sorted { x, y in
            switch (x.movement, y.movement) {
            case let (p?, q?):
                return (abs(p), -x.rankAfter!, y.actor) > (abs(q), -y.rankAfter!, x.actor)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                let rx = x.rankAfter ?? x.rankBefore ?? .max, ry = y.rankAfter ?? y.rankBefore ?? .max
                return (rx, x.actor) < (ry, y.actor)
            }
        }
        return Step(before: before, after: after,
                    actorsAdded: actorsAfter.subtracting(actorsBefore).sorted(),
                    actorsRemoved: actorsBefore.subtracting(actorsAfter).sorted(),
                    relationsAdded: added, relationsRemoved: removed, relationsReweighted: reweighted,
                    relationsUnchanged: unchanged, jaccard: jaccard, rankCorrelation: tau, rankChanges: changes)
    }
}
