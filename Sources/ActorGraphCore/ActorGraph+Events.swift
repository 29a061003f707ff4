extension ActorGraph {
    /// Aggregates events into relations.
    ///
    /// Each event supports ties between its actors: co-occurrence and meetings between every pair,
    /// mediation between the mediator and each side, communication from speaker to addressee.
    /// Planned and cancelled meetings support no tie: only what happened is counted. An actor and its
    /// own affiliation (Lavrov and Russia) are never tied by an event: that is affiliation, not interaction.
    /// An edge's weight is the number of distinct supporting events, where events from different
    /// documents are the same when they share kind, date and (projected) actors.
    ///
    /// - Parameters:
    ///   - events: the events, in any order.
    ///   - actors: every actor the events name; events naming an unknown actor are skipped.
    ///   - window: events outside it are left out (undated events only count in the unbounded window).
    ///   - kinds: the relation kinds to build; nil means all.
    ///   - projection: `.country` replaces each actor by its affiliation before pairing; `.bipartite`
    ///     ties each merged meeting node to its participants (participation relations) and nothing else.
    public init(events: [Event], actors: [Actor], window: TimeWindow = .all,
                kinds: Set<RelationKind>? = nil, projection: Projection = .actor) {
        self.init(directed: false)
        let byID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func project(_ id: ActorID) -> ActorID? {
            guard let actor = byID[id] else { return nil }
            if projection == .country, let affiliation = actor.affiliation, byID[affiliation] != nil {
                return project(affiliation)
            }
            return id
        }

        struct Support: Hashable {
            var kind: EventKind
            var date: Day?
            var meeting: ActorID?
            var source: ActorID
            var target: ActorID
        }
        var seen = Set<Support>()
        // Relations are accumulated here and their evidence sorted once at the end: merging through
        // `add(_:)` re-sorts a growing evidence list on every event (quadratic for busy ties).
        var merged: [Relation.Key: Relation] = [:]
        func accumulate(_ relation: Relation) {
            if var existing = merged[relation.key] {
                existing.weight += relation.weight
                existing.events += relation.events
                existing.first = [existing.first, relation.first].compactMap { $0 }.min()
                existing.last = [existing.last, relation.last].compactMap { $0 }.max()
                merged[relation.key] = existing
            } else {
                merged[relation.key] = relation
            }
        }
        for event in events.sorted(by: { $0.id < $1.id }) where window.contains(event.date) {
            if event.kind == .meeting || event.kind == .visit || event.kind == .talks,
               let status = event.status, status != .held {
                continue
            }
            if projection == .bipartite {
                guard let meeting = event.meeting, let meetingActor = byID[meeting] else { continue }
                if let kinds, !kinds.contains(.participation) { continue }
                add(meetingActor)
                for participant in Set(event.actors.map(\.actor)).sorted() {
                    guard let actor = byID[participant] else { continue }
                    add(actor)
                    let isNew = seen.insert(Support(kind: event.kind, date: nil, meeting: meeting, source: participant, target: meeting)).inserted
                    accumulate(Relation(source: participant, target: meeting, kind: .participation, weight: isNew ? 1 : 0,
                                        events: [event.id], first: event.date, last: event.date))
                }
                continue
            }
            let relationKind = event.kind.relationKind
            if let kinds, !kinds.contains(relationKind) { continue }
            for (a, b) in ActorGraph.pairs(of: event) {
                guard let source = project(a), let target = project(b), source != target,
                      byID[source]!.affiliation != target, byID[target]!.affiliation != source else { continue }
                add(byID[source]!)
                add(byID[target]!)
                let ordered = source < target ? (source, target) : (target, source)
                // Reports of one merged meeting count once, whatever day each report gives.
                let support = event.meeting.map { Support(kind: .meeting, date: nil, meeting: $0, source: ordered.0, target: ordered.1) }
                    ?? Support(kind: event.kind, date: event.date, meeting: nil, source: ordered.0, target: ordered.1)
                let isNew = seen.insert(support).inserted
                accumulate(Relation(source: ordered.0, target: ordered.1, kind: relationKind, weight: isNew ? 1 : 0,
                                    events: [event.id], first: event.date, last: event.date))
            }
        }
        for (key, var relation) in merged {
            relation.events = Array(Set(relation.events)).sorted()
            relations[key] = relation
        }
    }

    /// The actor pairs an event ties together.
    static func pairs(of event: Event) -> [(ActorID, ActorID)] {
        switch event.kind {
        case .mediation:
            let mediators = event.actors(in: .mediator)
            let sides = event.actors(in: .side)
            return mediators.flatMap { m in sides.map { (m, $0) } }
        case .communication:
            let speakers = event.actors(in: .speaker)
            let addressees = event.actors(in: .addressee)
            return speakers.flatMap { s in addressees.map { (s, $0) } }
        default:
            let ids = Array(Set(event.actors.map(\.actor))).sorted()
            var result: [(ActorID, ActorID)] = []
            for i in ids.indices {
                for j in ids.index(after: i)..<ids.endIndex { result.append((ids[i], ids[j])) }
            }
            return result
        }
    }
}
