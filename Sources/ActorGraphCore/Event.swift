/// One dated observation extracted from one sentence of one document.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// Stable within a run: document ID, sentence index and a per-sentence counter.
    public var id: String
    public var kind: EventKind
    /// Held, planned, cancelled (meetings) or offered, performed, requested (mediation); nil for plain co-occurrence.
    public var status: EventStatus?
    /// The day the event happened (or is planned for), not necessarily the article's date; with a
    /// `month` precision, the first day of the month the text gives ("in June 2018").
    public var date: Day?
    /// How much of `date` the text gave.
    public var datePrecision: DatePrecision
    public var place: String?
    public var actors: [Participant]
    public var evidence: Evidence
    /// The meeting node this event reports, when reports of one meeting were merged.
    public var meeting: ActorID?

    public init(id: String, kind: EventKind, status: EventStatus? = nil, date: Day?, datePrecision: DatePrecision = .day,
                place: String? = nil, actors: [Participant], evidence: Evidence, meeting: ActorID? = nil) {
        self.meeting = meeting
        self.id = id
        self.kind = kind
        self.status = status
        self.date = date
        self.datePrecision = datePrecision
        self.place = place
        self.actors = actors
        self.evidence = evidence
    }

    /// The day of the event when the text gave one: nil for a month ("in June").
    public var day: Day? { datePrecision == .day ? date : nil }

    /// The actors in `role`, in the order they were listed.
    public func actors(in role: Role) -> [ActorID] { actors.filter { $0.role == role }.map(\.actor) }
}

/// How much of a date a text gives: the day ("on June 12"), or only the month ("in June 2018").
public enum DatePrecision: String, Hashable, Sendable, Codable, CaseIterable {
    case day, month
}

/// The kind of an event, as coded from its sentence.
public enum EventKind: String, Hashable, Sendable, Codable, CaseIterable {
    case meeting, visit, talks, mediation, communication, cooccurrence

    /// The relation an event of this kind supports.
    public var relationKind: RelationKind {
        switch self {
        case .meeting, .visit, .talks: .meeting
        case .mediation: .mediation
        case .communication: .communication
        case .cooccurrence: .cooccurrence
        }
    }
}

/// Whether an event happened. Only `held` meetings and any mediation status count as ties.
public enum EventStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case held, planned, cancelled
    case offered, performed, requested
}

/// The part an actor plays in an event.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    case participant, host, visitor, mediator, side, speaker, addressee
}

/// An actor in a role.
public struct Participant: Hashable, Sendable, Codable {
    public var actor: ActorID
    public var role: Role

    public init(_ actor: ActorID, as role: Role) {
        self.actor = actor
        self.role = role
    }
}
