import ActorGraphCore

/// A mention resolved to one actor: tokens `token...last` of the document name `actor`.
public struct ResolvedMention: Sendable, Hashable {
    public var actor: ActorID
    public var start: Int
    public var end: Int
    /// Index of the first and last token in the document's token stream.
    public var token: Int
    public var last: Int
    public var form: SurfaceForm
    /// The mention only qualifies another one ("*Russian* Foreign Minister Sergey Lavrov",
    /// "Ri Yong-ho, *North Korean* foreign minister"): the actor is named, but takes no part in events.
    public var isQualifier = false
}

/// Turns dictionary matches into actors, using the whole document as context.
///
/// - Words shared by several entries resolve to the one candidate the document also names
///   unambiguously; otherwise they stay unresolved (never guessed).
/// - Entries marked ambiguous ("Georgia", "Jordan") count only when the document names them in
///   another, unambiguous way too ("Amman", "Jordanian").
public struct ActorResolver: Sendable {
    public let dictionary: ActorDictionary
    /// Each entry's actor ID and ambiguity, by entry index (read per mention, without copying entries).
    private let ids: [ActorID]
    private let ambiguous: [Bool]

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.ids = dictionary.entries.map(\.actor.id)
        self.ambiguous = dictionary.entries.map(\.ambiguous)
    }

    /// Resolves the dictionary matches of one document.
    public func resolve(_ mentions: [Mention]) -> [ResolvedMention] {
        var certain = Set<Int32>()
        for mention in mentions where mention.candidates.count == 1 {
            let entry = mention.candidates[0]
            if !ambiguous[Int(entry)] || mention.form != .name { certain.insert(entry) }
        }
        var resolved: [ResolvedMention] = []
        for mention in mentions {
            let chosen: Int32?
            if mention.candidates.count == 1 {
                let entry = mention.candidates[0]
                chosen = ambiguous[Int(entry)] && !certain.contains(entry) ? nil : entry
            } else {
                let supported = mention.candidates.filter { certain.contains($0) }
                chosen = supported.count == 1 ? supported[0] : nil
            }
            guard let chosen else { continue }
            resolved.append(ResolvedMention(actor: ids[Int(chosen)], start: mention.start, end: mention.end,
                                            token: mention.first, last: mention.last, form: mention.form))
        }
        return resolved
    }
}
