import ActorGraphCore

/// Dated events read from an event table (the simple CSV or a GDELT export), before aggregation.
///
/// Keeping the events, not just a graph, lets callers choose the time window and relation kinds, as
/// they do for events extracted from text. Each event has exactly two actors in roles that match its
/// kind (participants; visitor and host; mediator and side; speaker and addressee). Its `evidence`
/// names the file (or, for GDELT, the source article URL) as `document` and the row's 1-based line
/// number as `sentence`; a table row has no quote.
public struct EventTable: Sendable {
    /// Every actor named by an event, sorted by ID.
    public var actors: [Actor]
    /// The events in file order.
    public var events: [Event]
    /// Weights given explicitly by a `weight` column, by event ID. Empty when the table has none.
    public var weights: [String: Double]
    /// Rows that could not support a tie (a GDELT event with one actor only) and were left out.
    public var skipped: Int

    public init(actors: [Actor], events: [Event], weights: [String: Double] = [:], skipped: Int = 0) {
        self.actors = actors
        self.events = events
        self.weights = weights
        self.skipped = skipped
    }

    /// Aggregates the events in `window` into relations.
    ///
    /// Without explicit weights this is `ActorGraph(events:actors:window:kinds:)`: a relation's weight
    /// is the number of distinct events (same kind, date and pair counted once). With a `weight`
    /// column each row adds its own weight (1 where the cell is empty), since the table's author has
    /// already decided what a row is worth.
    public func graph(window: TimeWindow = .all, kinds: Set<RelationKind>? = nil) -> ActorGraph {
        if weights.isEmpty {
            return ActorGraph(events: events, actors: actors, window: window, kinds: kinds)
        }
        let byID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Accumulate per relation first and add each relation once: merging evidence one event at a
        // time would re-sort the growing evidence list on every row.
        var merged: [Relation.Key: Relation] = [:]
        var order: [Relation.Key] = []
        for event in events where window.contains(event.date) {
            let kind = event.kind.relationKind
            if let kinds, !kinds.contains(kind) { continue }
            guard event.actors.count == 2, byID[event.actors[0].actor] != nil, byID[event.actors[1].actor] != nil,
                  event.actors[0].actor != event.actors[1].actor else { continue }
            var a = event.actors[0].actor, b = event.actors[1].actor
            if b < a { swap(&a, &b) }
            let key = Relation.Key(source: a, target: b, kind: kind)
            let weight = weights[event.id] ?? 1
            if var relation = merged[key] {
                relation.weight += weight
                relation.events.append(event.id)
                relation.first = [relation.first, event.date].compactMap { $0 }.min()
                relation.last = [relation.last, event.date].compactMap { $0 }.max()
                merged[key] = relation
            } else {
                merged[key] = Relation(source: a, target: b, kind: kind, weight: weight, events: [event.id],
                                       first: event.date, last: event.date)
                order.append(key)
            }
        }
        var graph = ActorGraph(directed: false)
        for key in order.sorted() {
            graph.add(byID[key.source]!)
            graph.add(byID[key.target]!)
            graph.add(merged[key]!)
        }
        return graph
    }

    /// The two participants of an event of `kind` between `a` (first named) and `b`.
    static func participants(_ kind: EventKind, _ a: ActorID, _ b: ActorID, hostFirst: Bool = false) -> [Participant] {
        switch kind {
        case .mediation: [Participant(a, as: .mediator), Participant(b, as: .side)]
        case .communication: [Participant(a, as: .speaker), Participant(b, as: .addressee)]
        case .visit: hostFirst ? [Participant(a, as: .host), Participant(b, as: .visitor)]
            : [Participant(a, as: .visitor), Participant(b, as: .host)]
        case .meeting, .talks, .cooccurrence: [Participant(a, as: .participant), Participant(b, as: .participant)]
        }
    }

    /// The default status of a row of `kind`: what a table records happened.
    static func status(_ kind: EventKind) -> EventStatus? {
        switch kind {
        case .meeting, .visit, .talks: .held
        case .mediation: .performed
        case .communication, .cooccurrence: nil
        }
    }
}

/// The last path component of a file name, for event IDs.
func baseName(_ name: String) -> String {
    String(name.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(name))
}
