import ActorGraphCore

/// A mention resolved to one actor.
public struct ResolvedMention: Sendable, Hashable {
    public var actor: ActorID
    public var start: Int
    public var end: Int
    /// Index of the first token in the document's token stream.
    public var token: Int
    public var form: SurfaceForm
}

/// Turns dictionary matches into actors, using the whole document as context.
///
/// - Words shared by several entries resolve to the one candidate the document also names
///   unambiguously; otherwise they stay unresolved (never guessed).
/// - Entries marked ambiguous ("Georgia", "Jordan") count only when the document names them in
///   another, unambiguous way too.
/// - A demonym that only qualifies an official of its own country ("*Russian* Foreign Minister Sergey
///   Lavrov", "*North Korean* leader Kim Jong-un") is not a separate mention of the country: between
///   the two stand only title words (from the dictionary's titles) or capitalised words.
public struct ActorResolver: Sendable {
    public let dictionary: ActorDictionary
    /// Tokens after a demonym within which an official of the same country makes it a qualifier.
    public var qualifierReach = 6
    /// Lower-case words that may stand in a title ("foreign", "minister", "of", "state").
    private let titleWords: Set<Substring>

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        var words: Set<Substring> = ["of", "the", "for"]
        for phrase in dictionary.titles.values.joined() {
            for token in Tokenizer.tokens(in: Substring(phrase)) where token.isWord {
                words.insert(Substring(token.text.lowercased()))
            }
        }
        self.titleWords = words
    }

    /// Resolves the dictionary matches of one document, whose tokens are `tokens`.
    public func resolve(_ mentions: [Mention], tokens: [Token]) -> [ResolvedMention] {
        let entries = dictionary.entries
        // Actors named unambiguously somewhere in the document.
        var certain = Set<Int32>()
        for mention in mentions where mention.candidates.count == 1 {
            let entry = mention.candidates[0]
            if !entries[Int(entry)].ambiguous || mention.form != .name && !isAmbiguousWord(mention, entry: entry) {
                certain.insert(entry)
            }
        }
        var resolved: [ResolvedMention] = []
        for mention in mentions {
            let chosen: Int32?
            if mention.candidates.count == 1 {
                let entry = mention.candidates[0]
                chosen = entries[Int(entry)].ambiguous && !certain.contains(entry) ? nil : entry
            } else {
                let supported = mention.candidates.filter { certain.contains($0) }
                chosen = supported.count == 1 ? supported[0] : nil
            }
            guard let chosen else { continue }
            resolved.append(ResolvedMention(actor: entries[Int(chosen)].actor.id, start: mention.start, end: mention.end,
                                            token: mention.first, form: mention.form))
        }
        return dropQualifyingDemonyms(resolved, tokens: tokens)
    }

    /// For an ambiguous entry, only its canonical name is the ambiguous word; aliases, metonyms and
    /// demonyms ("Amman", "Jordanian") identify it.
    private func isAmbiguousWord(_ mention: Mention, entry: Int32) -> Bool {
        mention.form == .name
    }

    private func dropQualifyingDemonyms(_ mentions: [ResolvedMention], tokens: [Token]) -> [ResolvedMention] {
        let byID = Dictionary(dictionary.entries.map { ($0.actor.id, $0.actor) }, uniquingKeysWith: { a, _ in a })
        var keep = [Bool](repeating: true, count: mentions.count)
        for (i, mention) in mentions.enumerated() where mention.form == .demonym && i + 1 < mentions.count {
            let next = mentions[i + 1]
            guard next.token - mention.token <= qualifierReach,
                  let actor = byID[next.actor], actor.affiliation == mention.actor, actor.kind != .country else { continue }
            let demonymEnd = tokens.firstIndex { $0.start >= mention.end } ?? next.token
            let between = tokens[demonymEnd..<next.token]
            if between.allSatisfy({ $0.isWord && ($0.text.first!.isUppercase || titleWords.contains($0.text)) }) {
                keep[i] = false
            }
        }
        return mentions.indices.filter { keep[$0] }.map { mentions[$0] }
    }
}
