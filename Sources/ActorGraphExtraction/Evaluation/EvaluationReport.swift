import ActorGraphCore

/// The outcome of `GoldEvaluation`: scores per category over all annotated documents (micro-averaged:
/// counts summed, then rates), and each document's detail — what was missed and what was spurious.
public struct EvaluationReport: Sendable {
    /// Per annotated document, in extraction order.
    public var documents: [DocumentEvaluation]
    /// Paths of extracted documents whose file name has no gold entry (not scored).
    public var unannotatedDocuments: [String]
    /// Gold file names no extracted document matched (not scored: evaluate a subset freely).
    public var unmatchedGoldFiles: [String]
    /// Names the gold uses as canonical that the dictionary does not know (a gold or dictionary typo:
    /// such names can never be predicted).
    public var unknownGoldNames: [String]

    public var actors: Score { documents.reduce(Score()) { $0 + $1.actors.score } }
    public var meetings: Score { documents.reduce(Score()) { $0 + $1.meetings.score } }
    public var mediations: Score { documents.reduce(Score()) { $0 + $1.mediations.score } }
    /// Matched meetings whose predicted date equals the gold date (nil == nil counts as equal).
    public var meetingDates: Accuracy { documents.reduce(Accuracy()) { $0 + $1.meetings.dates } }
    /// Matched meetings whose predicted place equals the gold place, ignoring case (nil == nil).
    public var meetingPlaces: Accuracy { documents.reduce(Accuracy()) { $0 + $1.meetings.places } }
    /// Matched mediations whose predicted status equals the gold status.
    public var mediationStatuses: Accuracy { documents.reduce(Accuracy()) { $0 + $1.mediations.statuses } }
    /// Matched mediations whose predicted date equals the gold date (nil == nil).
    public var mediationDates: Accuracy { documents.reduce(Accuracy()) { $0 + $1.mediations.dates } }
    /// Documents whose publication date equals the gold `date` (nil == nil).
    public var documentDates: Accuracy {
        documents.reduce(Accuracy()) { total, document in
            var total = total
            total.record(document.date == document.goldDate)
            return total
        }
    }
}

/// The evaluation of one document against its gold entry.
public struct DocumentEvaluation: Sendable {
    /// The gold key: the document's file name.
    public var file: String
    /// The document's ID (as in events' evidence).
    public var document: String
    /// The publication date the loader found, and the one annotated.
    public var date: Day?
    public var goldDate: Day?
    public var actors: ActorComparison
    public var meetings: MeetingComparison
    public var mediations: MediationComparison
}

/// Actors named in a document against the gold `actors`.
public struct ActorComparison: Sendable {
    public var score: Score
    /// Gold actors not predicted (false negatives), by name.
    public var missed: [String]
    /// Predicted actors not in the gold (false positives), by name.
    public var spurious: [String]
    /// Predicted actors that are discovered or listed in `other_actors`: neither right nor wrong.
    public var neutral: [String]
}

/// A predicted meeting: the distinct (participants, status, date, place) of one or more meeting, talks
/// or visit events of a document.
public struct PredictedMeeting: Sendable, Hashable, CustomStringConvertible {
    /// Participants by name, as extracted, sorted.
    public var participants: [String]
    /// Participants projected to their affiliation (officials to their country), by name, sorted:
    /// what matching compares.
    public var projected: [String]
    /// The event's status; nil read as `held`.
    public var status: EventStatus
    public var date: Day?
    public var place: String?
    /// The IDs of the events behind it, in sentence order.
    public var events: [String]
    /// The first event's sentence.
    public var quote: String

    public var description: String {
        "\(participants.joined(separator: " + ")), \(status.rawValue), \(date?.description ?? "no date"), \(place ?? "no place")"
    }
}

/// A predicted mediation: the distinct (mediator, sides, status, date) of one or more mediation events.
public struct PredictedMediation: Sendable, Hashable, CustomStringConvertible {
    /// Mediator and sides projected to their affiliation, by name; the mediator is "(none)" when the
    /// event names none.
    public var mediator: String
    public var sides: [String]
    public var status: EventStatus?
    public var date: Day?
    public var events: [String]
    public var quote: String

    public var description: String {
        "\(mediator) between \(sides.joined(separator: " and ")), \(status?.rawValue ?? "no status"), \(date?.description ?? "no date")"
    }
}

/// Meetings of a document against the gold `meetings`.
public struct MeetingComparison: Sendable {
    public var score: Score
    public var matches: [Match]
    /// Gold meetings nothing matched (false negatives).
    public var missed: [GoldMeeting]
    /// One per group of predicted meetings none of which matched (false positives).
    public var spurious: [PredictedMeeting]
    /// Predicted meetings left over in a group where another one matched: repeats, not counted.
    public var duplicates: [PredictedMeeting]
    public var dates: Accuracy
    public var places: Accuracy

    public struct Match: Sendable, Hashable {
        public var gold: GoldMeeting
        public var predicted: PredictedMeeting
        public var dateCorrect: Bool
        public var placeCorrect: Bool
    }
}

/// Mediations of a document against the gold `mediations`.
public struct MediationComparison: Sendable {
    public var score: Score
    public var matches: [Match]
    public var missed: [GoldMediation]
    public var spurious: [PredictedMediation]
    public var duplicates: [PredictedMediation]
    public var statuses: Accuracy
    public var dates: Accuracy

    public struct Match: Sendable, Hashable {
        public var gold: GoldMediation
        public var predicted: PredictedMediation
        public var statusCorrect: Bool
        public var dateCorrect: Bool
    }
}
