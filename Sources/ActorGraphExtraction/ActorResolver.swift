import ActorGraphCore

/// A mention resolved to one actor: tokens `token...last` of the document name `actor`.
public struct ResolvedMention: Sendable, Hashable {
    public var actor: ActorID
    /// The dictionary entry of `actor` (the first with its ID, an index into `ActorDictionary.entries`),
    /// or -1 for an actor discovered in the document: the analysis reads actors by it, not by hashing IDs.
    var entry: Int32
    public var start: Int
    public var end: Int
    /// Index of the first and last token in the document's token stream.
    public var token: Int
    public var last: Int
    public var form: SurfaceForm
    /// The mention only qualifies another one ("*Russian* Foreign Minister Sergey Lavrov",
    /// "Ri Yong-ho, *North Korean* foreign minister"): the actor is named, but takes no part in events.
    public var isQualifier = false
    /// The mention says where something happened ("the Austrian capital", "in Kyiv, Ukraine", "the
    /// G20 summit"), a qualifier that alone does not make the actor one the document names.
    public var isVenue = false
}

/// Turns dictionary matches into actors, using the whole document as context.
///
/// - Words shared by several entries resolve to the one candidate the document also names
///   unambiguously; otherwise they stay unresolved (never guessed).
/// - Entries marked ambiguous ("Georgia", "Jordan") count only when the document names them in
///   another, unambiguous way too ("Amman", "Jordanian"), or lists them with another state ("Jordan,
///   Egypt and the United States").
public struct ActorResolver: Sendable {
    public let dictionary: ActorDictionary
    /// Each entry's actor ID, canonical entry (the first with the same ID) and ambiguity, by entry
    /// index (read per mention, without copying entries).
    private let ids: [ActorID]
    private let canonical: [Int32]
    private let ambiguous: [Bool]
    /// The first entry of each actor ID.
    private let entries: [ActorID: Int32]

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.ids = dictionary.entries.map(\.actor.id)
        self.ambiguous = dictionary.entries.map(\.ambiguous)
        let entries = Dictionary(ids.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        self.canonical = ids.map { entries[$0]! }
        self.entries = entries
    }

    /// The dictionary entry of the actor `id` (the first with that ID), if the dictionary has it.
    func entry(of id: ActorID) -> Int32? { entries[id] }

    /// Resolves the dictionary matches of one document.
    public func resolve(_ mentions: [Mention]) -> [ResolvedMention] {
        // The entries named unambiguously, as a bit set by entry index.
        var certain = [UInt64](repeating: 0, count: (ids.count + 63) / 64)
        func isCertain(_ entry: Int32) -> Bool { certain[Int(entry) >> 6] & (1 << (UInt64(entry) & 63)) != 0 }
        for mention in mentions where mention.candidates.count == 1 {
            let entry = mention.candidates[0]
            if !ambiguous[Int(entry)] || mention.form != .name { certain[Int(entry) >> 6] |= 1 << (UInt64(entry) & 63) }
        }
        /// Whether the mention at `index` stands in a list with a state named unambiguously, one word
        /// ("and", a comma) between them: "with the help of Jordan, Egypt and the United States".
        func listedWithAState(_ index: Int) -> Bool {
            let mention = mentions[index]
            return [index - 1, index + 1].contains { k in
                guard mentions.indices.contains(k), mentions[k].candidates.count == 1 else { return false }
                let other = mentions[k], entry = other.candidates[0]
                let gap = k < index ? mention.first - other.last : other.first - mention.last
                return gap == 2 && isCertain(entry) && dictionary.entries[Int(entry)].actor.kind == .country
            }
        }
        var resolved: [ResolvedMention] = []
        resolved.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() {
            let chosen: Int32?
            if mention.candidates.count == 1 {
                let entry = mention.candidates[0]
                chosen = ambiguous[Int(entry)] && !isCertain(entry) && !listedWithAState(index) ? nil : entry
            } else {
                let supported = mention.candidates.filter(isCertain)
                chosen = supported.count == 1 ? supported[0] : nil
            }
            guard let chosen else { continue }
            resolved.append(ResolvedMention(actor: ids[Int(chosen)], entry: canonical[Int(chosen)], start: mention.start,
                                            end: mention.end, token: mention.first, last: mention.last, form: mention.form))
        }
        return resolved
    }
}
