import ActorGraphCore

/// Who mediated between two actors: explicit evidence from events fused with structural brokerage.
///
/// Event coders record mediation but build no graph; graph libraries measure brokerage but cannot
/// read events. This joins the two for one pair (A, B), within whatever window the events and the
/// graph were cut to:
///
/// 1. **Explicit evidence** — mediation events (offered, performed, requested) whose two sides stand
///    for A and B (the actors themselves, their officials or their countries); and *visit triangles*:
///    M met A and M met B within `triangleDays` of each other with no A–B meeting in between.
/// 2. **Structure** — on the actor graph: M's *pair dependency* (the share of shortest A–B paths through
///    M), whether M *bridges* A and B (tied to both while the direct A–B tie is absent or weaker than both
///    of M's), and M's Gould–Fernandez role for A → B given affiliation groups.
/// 3. **Ranking** — one score in [0, 1] with every component visible:
///
///        score = 0.5·E + 0.2·T + 0.2·D + 0.1·G,   E = 1 − ½ⁿ (n explicit events),
///        T = 1 − ½ᵗ (t triangles), D = pair dependency, G = 1 if M bridges A and B else 0.
///
///    Text evidence dominates by design: an analyst trusts a quoted offer to mediate over a position in
///    the network, and the structural terms break ties and surface brokers the text never named.
///
/// R. V. Gould, R. M. Fernandez, "Structures of mediation", Sociological Methodology 19, 1989, 89–126;
/// U. Brandes, "On variants of shortest-path betweenness centrality", Social Networks 30(2), 2008,
/// 136–145 (pair dependency δ_st(v) = σ_st(v)/σ_st).
public struct MediatorAnalysis: Sendable {
    /// One piece of explicit evidence.
    public struct Evidence: Sendable, Hashable {
        public enum Kind: String, Sendable { case offered, performed, requested, visitTriangle = "visit-triangle" }
        public var mediator: ActorID
        public var kind: Kind
        public var date: Day?
        public var document: String
        public var quote: String
        /// For a triangle: the other meeting's event ID.
        public var related: String?
    }

    /// What the structure says about one actor.
    public struct Structural: Sendable, Hashable {
        public var actor: ActorID
        public var pairDependency: Double
        public var bridges: Bool
        public var role: BrokerageRole?
    }

    /// One ranked candidate.
    public struct Candidate: Sendable, Hashable {
        public var actor: ActorID
        public var explicit: Int
        public var triangles: Int
        public var pairDependency: Double
        public var bridges: Bool
        public var role: BrokerageRole?
        public var score: Double
    }

    public var a: ActorID
    public var b: ActorID
    public var explicit: [Evidence] = []
    public var structural: [Structural] = []
    public var ranking: [Candidate] = []
    /// Held meetings between A and B themselves (their sides), by date.
    public var directMeetings: [Event] = []
    /// Weight of the direct A–B tie in the graph (all kinds), 0 when absent.
    public var directWeight: Double = 0
    /// Whether any path joins A and B in the graph.
    public var connected = false

    /// - Parameters:
    ///   - a, b: the pair, as IDs in `graph` (already projected to the level the caller chose).
    ///   - events: the events in the window (any level: actors are projected with `project`).
    ///   - graph: the actor graph in the window at the chosen level.
    ///   - project: maps an event's actor to the graph's level (identity, or to its country).
    ///   - side: maps an actor to the state it stands for (its country for officials and ministries).
    ///   - distance: how weights become path lengths for pair dependency.
    ///   - triangleDays: how far apart M's two meetings may be to form a triangle.
    public init(a: ActorID, b: ActorID, events: [Event], graph: ActorGraph, project: (ActorID) -> ActorID,
                side: (ActorID) -> ActorID, distance: DistanceRule = .inverse, triangleDays: Int = 28) throws {
        self.a = a
        self.b = b
        let sideA = side(a), sideB = side(b)
        func standsForA(_ x: ActorID) -> Bool { x == a || side(x) == sideA }
        func standsForB(_ x: ActorID) -> Bool { x == b || side(x) == sideB }

        // 1. Explicit mediation between the two sides.
        for event in events where event.kind == .mediation {
            let sides = event.actors(in: .side)
            guard sides.contains(where: standsForA), sides.contains(where: standsForB) else { continue }
            for mediator in event.actors(in: .mediator) {
                let m = project(mediator)
                guard !standsForA(m), !standsForB(m) else { continue }
                let kind: Evidence.Kind = switch event.status {
                case .performed: .performed
                case .requested: .requested
                default: .offered
                }
                explicit.append(Evidence(mediator: m, kind: kind, date: event.date, document: event.evidence.document,
                                         quote: event.evidence.quote))
            }
        }

        // Visit triangles: M meets A and M meets B within `triangleDays`, no A–B meeting between.
        let meetings = events.filter { [.meeting, .talks, .visit].contains($0.kind) && ($0.status ?? .held) == .held && $0.date != nil }
        directMeetings = meetings.filter { event in
            event.actors.contains { standsForA(project($0.actor)) } && event.actors.contains { standsForB(project($0.actor)) }
        }
        var withA: [ActorID: [Event]] = [:], withB: [ActorID: [Event]] = [:]
        for event in meetings where !directMeetings.contains(event) {
            let present = Set(event.actors.map { project($0.actor) })
            let others = present.filter { !standsForA($0) && !standsForB($0) }
            if present.contains(where: standsForA) { for m in others { withA[m, default: []].append(event) } }
            if present.contains(where: standsForB) { for m in others { withB[m, default: []].append(event) } }
        }
        for m in Set(withA.keys).intersection(withB.keys).sorted() {
            var used = Set<String>()
            for x in withA[m]!.sorted(by: { ($0.date!, $0.id) < ($1.date!, $1.id) }) {
                for y in withB[m]!.sorted(by: { ($0.date!, $0.id) < ($1.date!, $1.id) }) {
                    let (d1, d2) = (x.date!, y.date!)
                    guard abs(d1.ordinal - d2.ordinal) <= triangleDays, !used.contains(x.id), !used.contains(y.id) else { continue }
                    let (lo, hi) = (min(d1, d2), max(d1, d2))
                    guard !directMeetings.contains(where: { $0.date! >= lo && $0.date! <= hi }) else { continue }
                    // Two reports of the same meeting do not make a triangle.
                    if let mx = x.meeting, mx == y.meeting { continue }
                    used.insert(x.id)
                    used.insert(y.id)
                    let later = d1 >= d2 ? x : y, earlier = d1 >= d2 ? y : x
                    explicit.append(Evidence(mediator: m, kind: .visitTriangle, date: later.date, document: later.evidence.document,
                                             quote: later.evidence.quote, related: earlier.id))
                }
            }
        }
        explicit.sort { ($0.date?.ordinal ?? .min, $0.mediator, $0.document, $0.quote) < ($1.date?.ordinal ?? .min, $1.mediator, $1.document, $1.quote) }

        // 2. Structure.
        let compact = graph.compact()
        if let s = compact.index(of: a), let t = compact.index(of: b) {
            directWeight = compact.weight(from: s, to: t) ?? 0
            let dependency = try compact.pairDependency(from: s, to: t, distance: distance)
            connected = dependency != nil
            let groups = compact.nodes.map { graph.actors[$0]?.affiliation ?? $0 }
            for v in 0..<compact.nodeCount where Int32(v) != s && Int32(v) != t {
                let m = Int32(v)
                let share = dependency?.shares[v] ?? 0
                let toA = compact.weight(from: s, to: m) ?? 0, toB = compact.weight(from: m, to: t) ?? 0
                let bridges = toA > 0 && toB > 0 && directWeight < min(toA, toB)
                let role = bridges ? BrokerageRole(sourceGroup: groups[Int(s)], brokerGroup: groups[v], targetGroup: groups[Int(t)]) : nil
                if share > 0 || bridges {
                    structural.append(Structural(actor: compact.nodes[v], pairDependency: share, bridges: bridges, role: role))
                }
            }
        }
        structural.sort { ($0.pairDependency, $1.actor) > ($1.pairDependency, $0.actor) }

        // 3. Ranking.
        var counts: [ActorID: (explicit: Int, triangles: Int)] = [:]
        for evidence in explicit {
            if evidence.kind == .visitTriangle { counts[evidence.mediator, default: (0, 0)].triangles += 1 } else { counts[evidence.mediator, default: (0, 0)].explicit += 1 }
        }
        let byActor = Dictionary(structural.map { ($0.actor, $0) }, uniquingKeysWith: { x, _ in x })
        for actor in Set(counts.keys).union(byActor.keys) {
            let c = counts[actor] ?? (0, 0), st = byActor[actor]
            let e = saturating(c.explicit), t = saturating(c.triangles)
            let d = st?.pairDependency ?? 0, g = (st?.bridges ?? false) ? 1.0 : 0
            ranking.append(Candidate(actor: actor, explicit: c.explicit, triangles: c.triangles, pairDependency: d,
                                     bridges: st?.bridges ?? false, role: st?.role, score: 0.5 * e + 0.2 * t + 0.2 * d + 0.1 * g))
        }
        ranking.sort { ($0.score, $1.actor) > ($1.score, $0.actor) }
    }
}

/// 1 − ½ⁿ: the first piece of evidence counts most, each further one half as much.
private func saturating(_ n: Int) -> Double {
    1 - (0..<max(0, n)).reduce(1.0) { acc, _ in acc / 2 }
}
