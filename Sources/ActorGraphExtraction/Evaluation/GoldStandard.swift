import ActorGraphCore
import Foundation

/// Hand-made annotations of a set of articles: for each file, the actors it names, the meetings and
/// the mediations it reports (`Tests/Gold/*.json`).
///
/// The file is one JSON object keyed by file name (the last path component of the article). Keys that
/// start with `_` (`_guidelines`, the annotation rules) are documentation and are skipped. Each entry:
///
/// ```json
/// "2018-05-31-lavrov-pyongyang.md": {
///   "date": "2018-05-31",
///   "actors": ["Kim Jong-un", "North Korea", "Sergey Lavrov"],
///   "other_actors": ["Vitaly Pashin"],
///   "meetings": [{"participants": ["Kim Jong-un", "Sergey Lavrov"], "date": "2018-05-31",
///                 "place": "Pyongyang", "status": "held", "notes": "…"}],
///   "mediations": [{"mediator": "Russia", "sides": ["North Korea", "United States"],
///                   "date": "2017-12-07", "status": "offered"}],
///   "notes": "…"
/// }
/// ```
/// `date`, `place` and `notes` may be null or absent; `other_actors` (named actors outside the canonical
/// dictionary) is optional. Meeting statuses are `held`, `planned` or `cancelled`; mediation statuses
/// `offered`, `performed` or `requested`.
public struct GoldStandard: Sendable, Hashable {
    /// Annotations by file name.
    public var documents: [String: GoldDocument]

    public init(documents: [String: GoldDocument]) {
        self.documents = documents
    }

    /// Reads a gold file.
    ///
    /// - Throws: `DocumentError` naming the file (and the JSON path of the offending value) when the file
    ///   is missing, not JSON, or an entry does not have the shape above.
    public static func load(path: String) throws -> GoldStandard {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError(path: path, message: "cannot read the gold file")
        }
        return try GoldStandard(data: data, path: path)
    }

    /// Decodes gold JSON; `path` is only used in error messages.
    public init(data: Data, path: String = "gold") throws {
        let decoded: Keyed
        do {
            decoded = try JSONDecoder().decode(Keyed.self, from: data)
        } catch let DecodingError.dataCorrupted(context), let DecodingError.typeMismatch(_, context),
                let DecodingError.valueNotFound(_, context), let DecodingError.keyNotFound(_, context) {
            let location = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw DocumentError(path: path, message: "\(location.isEmpty ? "" : "at \(location): ")\(context.debugDescription)")
        }
        for (file, entry) in decoded.documents {
            for (index, meeting) in entry.meetings.enumerated() where ![.held, .planned, .cancelled].contains(meeting.status) {
                throw DocumentError(path: path, message: "at .\(file).meetings[\(index)]: status '\(meeting.status.rawValue)' is not a meeting status (held, planned, cancelled)")
            }
            for (index, mediation) in entry.mediations.enumerated() where ![.offered, .performed, .requested].contains(mediation.status) {
                throw DocumentError(path: path, message: "at .\(file).mediations[\(index)]: status '\(mediation.status.rawValue)' is not a mediation status (offered, performed, requested)")
            }
        }
        self.documents = decoded.documents
    }

    /// Every canonical name the annotations use (actors, meeting participants, mediators and sides),
    /// sorted; `other_actors` are not included.
    public var canonicalNames: [String] {
        var names = Set<String>()
        for entry in documents.values {
            names.formUnion(entry.actors)
            for meeting in entry.meetings { names.formUnion(meeting.participants) }
            for mediation in entry.mediations { names.insert(mediation.mediator); names.formUnion(mediation.sides) }
        }
        return names.sorted()
    }

    /// The top-level object, skipping `_`-prefixed keys.
    private struct Keyed: Decodable {
        var documents: [String: GoldDocument] = [:]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            for key in container.allKeys where !key.stringValue.hasPrefix("_") {
                documents[key.stringValue] = try container.decode(GoldDocument.self, forKey: key)
            }
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// The annotation of one article.
public struct GoldDocument: Sendable, Hashable, Codable {
    /// The article's date as the annotator read it; nil when the text carries none.
    public var date: Day?
    /// Canonical names of every actor the text refers to, sorted.
    public var actors: [String]
    /// Named officials and organisations outside the canonical list: finding them is neither right nor wrong.
    public var otherActors: [String]
    public var meetings: [GoldMeeting]
    public var mediations: [GoldMediation]
    public var notes: String?

    public init(date: Day? = nil, actors: [String], otherActors: [String] = [], meetings: [GoldMeeting] = [],
                mediations: [GoldMediation] = [], notes: String? = nil) {
        self.date = date
        self.actors = actors
        self.otherActors = otherActors
        self.meetings = meetings
        self.mediations = mediations
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case date, actors, otherActors = "other_actors", meetings, mediations, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decodeIfPresent(Day.self, forKey: .date)
        actors = try container.decode([String].self, forKey: .actors)
        otherActors = try container.decodeIfPresent([String].self, forKey: .otherActors) ?? []
        meetings = try container.decode([GoldMeeting].self, forKey: .meetings)
        mediations = try container.decode([GoldMediation].self, forKey: .mediations)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }
}

/// A face-to-face meeting, talks or visit between named actors, as annotated.
public struct GoldMeeting: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Canonical officials where named, else the country they represent; sorted.
    public var participants: [String]
    public var date: Day?
    /// The city; nil when not stated.
    public var place: String?
    /// `held`, `planned` or `cancelled` as of the article's date.
    public var status: EventStatus
    public var notes: String?

    public init(participants: [String], date: Day? = nil, place: String? = nil, status: EventStatus = .held, notes: String? = nil) {
        self.participants = participants
        self.date = date
        self.place = place
        self.status = status
        self.notes = notes
    }

    /// "Kim Jong-un + Sergey Lavrov, held, 2018-05-31, Pyongyang".
    public var description: String {
        "\(participants.joined(separator: " + ")), \(status.rawValue), \(date?.description ?? "no date"), \(place ?? "no place")"
    }
}

/// A third party acting between two sides, recorded at state or organisation level, as annotated.
public struct GoldMediation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var mediator: String
    /// The countries mediated between, sorted.
    public var sides: [String]
    public var date: Day?
    /// `offered`, `performed` or `requested`.
    public var status: EventStatus
    public var notes: String?

    public init(mediator: String, sides: [String], date: Day? = nil, status: EventStatus, notes: String? = nil) {
        self.mediator = mediator
        self.sides = sides
        self.date = date
        self.status = status
        self.notes = notes
    }

    /// "Russia between North Korea and United States, offered, 2017-12-07".
    public var description: String {
        "\(mediator) between \(sides.joined(separator: " and ")), \(status.rawValue), \(date?.description ?? "no date")"
    }
}
