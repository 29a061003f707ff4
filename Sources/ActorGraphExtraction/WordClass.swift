/// Classes of words the event patterns look for, as bits: one table lookup per token
/// (`WordClassTable`) answers every "is this word one of …" question the patterns ask of it.
///
/// Most classes are a word list (`WordClass.members`): the lexicon's sets (`EventLexicon`) and the
/// small lists of single rules ("he", "she"). The last few describe the word's shape (capitalised,
/// "-ing"), read from the token itself (`WordClassTable.classes(of:)`).
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }
    private init(bit: Int) { rawValue = 1 << UInt64(bit) }

    // MARK: The lexicon's sets

    /// `EventLexicon.planned`: "will", "scheduled", "next".
    static let planned = WordClass(bit: 0)
    /// `EventLexicon.wishes`: "ready", "wanted", "urged".
    static let wish = WordClass(bit: 1)
    /// `EventLexicon.remote`: "phone", "video", "online".
    static let remote = WordClass(bit: 2)
    /// `EventLexicon.dormant`: "stalled", "suspended".
    static let dormant = WordClass(bit: 3)
    /// `EventLexicon.cancelled`: "cancelled", "scrapped", "off".
    static let cancelled = WordClass(bit: 4)
    /// `EventLexicon.offered`: "ready", "offered", "willing".
    static let offered = WordClass(bit: 5)
    /// `EventLexicon.requested`: "asked", "urged", "called".
    static let requested = WordClass(bit: 6)
    /// `EventLexicon.reporting`: "said", "according".
    static let reporting = WordClass(bit: 7)
    /// `EventLexicon.subordinators`: "that", "as", "while", "because".
    static let subordinator = WordClass(bit: 8)
    /// `EventLexicon.thatVerbs`: "believe", "told".
    static let thatVerb = WordClass(bit: 9)
    /// `EventLexicon.negations`: "not", "never", "refused".
    static let negation = WordClass(bit: 10)
    /// `EventLexicon.byHand`: "carried", "handed".
    static let byHand = WordClass(bit: 11)
    /// `EventLexicon.kin`: "father", "successor".
    static let kin = WordClass(bit: 12)
    /// `EventLexicon.messages`: "letter", "invitation".
    static let message = WordClass(bit: 13)
    /// The first word of a trigger (`EventLexicon.triggersByFirstWord`).
    static let triggerStart = WordClass(bit: 14)
    /// Lower-case words of title phrases ("foreign", "minister"; `DocumentAnalyzer.titleWords`).
    static let title = WordClass(bit: 15)

    // MARK: Words of single rules

    /// What ends a clause: ";" and dashes.
    static let clauseBreak = WordClass(bit: 16)
    static let comma = WordClass(bit: 17)
    /// "and", "&": joins a list of actors.
    static let and = WordClass(bit: 18)
    static let between = WordClass(bit: 19)
    /// "'", "’" (of "Kim's").
    static let apostrophe = WordClass(bit: 20)
    static let heOrShe = WordClass(bit: 21)
    static let hisOrHer = WordClass(bit: 22)
    /// "who", "which": opens an aside ("X, who led the talks, …").
    static let relativePronoun = WordClass(bit: 23)
    /// Auxiliaries, adverbs and words of plans between an aside and its verb ("X, who …, has also visited",
    /// "X, who …, is due to meet").
    static let asideFiller = WordClass(bit: 24)
    /// Prepositions of place before a destination ("to", "in", "via").
    static let locative = WordClass(bit: 25)
    /// Modals after a trigger or its object: "the summit would take place" (`EventPatterns.modals`).
    static let modal = WordClass(bit: 26)
    /// "return", "resume", "boycott": talks to come back to.
    static let resumption = WordClass(bit: 27)
    /// Words before "to" that put an event ahead ("is to", "due to", "expected to").
    static let infinitiveHead = WordClass(bit: 28)
    /// Forms of "hold" ("held about two hours of talks").
    static let holdForm = WordClass(bit: 29)
    /// Words that end the reach of a trigger to its object ("that", "to", "and", ";").
    static let reachBlocker = WordClass(bit: 30)
    /// Words between joined actors besides "and" and commas: "the", "'", "’", "s".
    static let listFiller = WordClass(bit: 31)
    /// Words that describe the actor after them: possessives, articles, "visiting", "former".
    static let describer = WordClass(bit: 32)
    /// "when", "once", "until": a present tense after them looks ahead.
    static let whenOrOnce = WordClass(bit: 33)
    /// "meet", "visit", "hold": present tenses of encounters.
    static let presentEncounter = WordClass(bit: 34)
    /// "acting", "served": a mediator at work.
    static let performing = WordClass(bit: 35)
    /// Titles of a single office after a demonym ("a North Korean leader").
    static let singleOffice = WordClass(bit: 36)
    /// "invite", "invited", "invites".
    static let invitation = WordClass(bit: 37)
    /// "two", "both", "the": what opens "the two men", "both leaders".
    static let pairDeterminer = WordClass(bit: 38)
    /// People in a pair: "men", "leaders", "ministers".
    static let pairPeople = WordClass(bit: 39)
    /// Groups in a pair: "sides", "delegations", "countries".
    static let pairGroup = WordClass(bit: 40)
    /// Forms of "host", and "chaired".
    static let hostForm = WordClass(bit: 41)
    /// "whether", "if", "unless": a hypothetical.
    static let hypothetical = WordClass(bit: 42)
    /// `EventLexicon.talksNouns`: "talks", "negotiations", "summit".
    static let talksNoun = WordClass(bit: 43)
    /// "him", "her": a pronoun as an object ("met him", "asked her to").
    static let himOrHer = WordClass(bit: 44)
    /// "Mr", "Mrs", "Ms", "Dr" (lower-case): a title of address before a surname.
    static let honorific = WordClass(bit: 45)
    /// "weeks", "months", "years", "decades": spans of time too long for one round of talks.
    static let duration = WordClass(bit: 46)
    /// Verbs that hold, open or end talks: "began", "resumed", "wound up", "concluded".
    static let talksVerb = WordClass(bit: 47)
    /// "accepted", "accepts": an invitation taken up.
    static let acceptance = WordClass(bit: 48)
    /// Finite verbs and auxiliaries that open a clause after its subject: "took", "was", "has", "said".
    static let finiteVerb = WordClass(bit: 49)
    /// Verbs of easing a conflict (`EventLexicon.easing`): "ease", "calming", "defused".
    static let easing = WordClass(bit: 50)
    /// Verbs of reviving talks (`EventLexicon.reviving`): "revive", "restarting", "resumed".
    static let reviving = WordClass(bit: 51)

    // MARK: Shapes (read from the token)

    /// The text's first character is upper-case.
    static let capitalised = WordClass(bit: 56)
    /// The text's first character is lower-case.
    static let lowerInitial = WordClass(bit: 57)
    /// The lower-case word ends in "ing".
    static let endsInIng = WordClass(bit: 58)
    /// The lower-case word ends in "ed".
    static let endsInEd = WordClass(bit: 59)

    /// The words of each word-list class (lower-case; title words come with each extractor).
    static let members: [(WordClass, Set<Substring>)] = [
        (.planned, EventLexicon.planned),
        (.wish, EventLexicon.wishes),
        (.remote, EventLexicon.remote),
        (.dormant, EventLexicon.dormant),
        (.cancelled, EventLexicon.cancelled),
        (.offered, EventLexicon.offered),
        (.requested, EventLexicon.requested),
        (.reporting, EventLexicon.reporting),
        (.subordinator, EventLexicon.subordinators),
        (.thatVerb, EventLexicon.thatVerbs),
        (.negation, EventLexicon.negations),
        (.byHand, EventLexicon.byHand),
        (.kin, EventLexicon.kin),
        (.message, EventLexicon.messages),
        (.triggerStart, Set(EventLexicon.helpingVerbs.union(EventLexicon.easing).union(EventLexicon.reviving).map { Substring($0.string) } + EventLexicon.triggersByFirstWord.keys.map { Substring($0) })),
        (.clauseBreak, [";", "—", "–"]),
        (.comma, [","]),
        (.and, ["and", "&"]),
        (.between, ["between"]),
        (.apostrophe, ["'", "’"]),
        (.heOrShe, ["he", "she"]),
        (.hisOrHer, ["his", "her"]),
        (.relativePronoun, ["who", "which", "whose", "whom"]),
        (.asideFiller, ["has", "have", "had", "was", "were", "is", "are", "due", "expected", "scheduled", "to", "also", "then", "later", "recently", "will", "would"]),
        (.locative, ["to", "in", "into", "from", "at", "toward", "towards", "via"]),
        (.modal, EventPatterns.modals),
        (.resumption, ["return", "returning", "resume", "resuming", "rejoin", "resumption", "boycott"]),
        (.infinitiveHead, ["is", "are", "was", "were", "due", "set", "going", "expected", "scheduled"]),
        (.holdForm, ["held", "hold", "holds", "holding"]),
        (.reachBlocker, ["that", "to", "which", "who", "and", "but", ";"]),
        (.listFiller, ["the", "'", "’", "s", "his", "her", "their"]),
        (.describer, ["his", "her", "their", "its", "the", "a", "an", "visiting", "counterpart", "then", "former", "new",
                      "incoming", "outgoing", "."]),
        (.whenOrOnce, ["when", "once", "until"]),
        (.presentEncounter, ["meet", "visit", "hold"]),
        (.performing, ["acting", "acted", "served", "serving", "worked", "working", "effort", "efforts", "been", "stepped", "attempt", "bid", "credited",
                        "tried", "trying", "tries", "sought"]),
        (.singleOffice, ["leader", "president", "head", "premier", "king", "chancellor", "prime", "secretary"]),
        (.invitation, ["invited", "invite", "invites"]),
        (.pairDeterminer, ["two", "both", "the", "each"]),
        (.pairPeople, ["men", "leaders", "ministers", "presidents", "women", "envoys", "diplomats", "negotiators", "rulers"]),
        (.pairGroup, ["sides", "delegations", "countries", "governments", "teams", "states", "camps", "rivals", "neighbours", "neighbors",
                       "nations", "capitals"]),
        (.hostForm, ["host", "hosts", "hosted", "hosting", "chaired"]),
        (.hypothetical, ["whether", "if", "unless"]),
        (.talksNoun, EventLexicon.talksNouns),
        (.himOrHer, ["him", "her"]),
        (.finiteVerb, ["took", "was", "were", "is", "are", "has", "have", "had", "led", "met", "held", "made", "gave", "told",
                       "went", "came", "sat", "saw", "spoke", "left", "flew", "brought", "sent", "also", "did", "will", "would",
                       "could", "can", "said", "says", "joined", "attended", "visited", "travelled", "traveled", "arrived"]),
        (.honorific, ["mr", "mrs", "ms", "dr"]),
        (.duration, ["weeks", "months", "years", "decades"]),
        (.talksVerb, ["began", "begin", "begins", "opened", "open", "opens", "started", "start", "starts", "ended", "end", "ends",
                      "concluded", "conclude", "concludes", "wound", "wrapped", "completed", "resumed", "resume", "resumes",
                      "continued", "continue", "continues", "launched", "launch", "had"]),
        (.acceptance, ["accept", "accepts", "accepted", "accepting"]),
        (.easing, Set(EventLexicon.easing.map { Substring($0.string) })),
        (.reviving, Set(EventLexicon.reviving.map { Substring($0.string) })),
    ]
}

/// Lower-case words and their classes (`WordClass`).
///
/// An ASCII word is found by its FNV key (`Token.key(of:)`; a token brings its lower-case word's,
/// `Token.lowercasedKey`) in an open-addressing table of 8-byte slots, kept at most a quarter full so
/// that it stays small and a miss is mostly told from one slot. A slot holds the high half of its
/// word's key next to the word's index in `entries`; a hit is confirmed by comparing the words as
/// strings, which for two equal words of up to 15 bytes is a comparison of their representations.
/// Any other word is looked up in a dictionary, so that canonically equivalent spellings match as
/// they do in a `Set<Substring>`. (An ASCII word can equal a non-ASCII one only through the scalars
/// of `WordSet.asciiEquivalents`; if a member holds one, every word is looked up in the dictionary.)
struct WordClassTable: Sendable {
    /// An ASCII word and its classes.
    private struct Entry: Sendable {
        var key: UInt64
        var classes: WordClass
        var word: Word
    }

    private let entries: [Entry]
    /// By hash slot: the high 32 bits of a word's key, then its index in `entries` + 1 (0 for an
    /// empty slot).
    private let slots: [UInt64]
    private let mask: Int
    /// Every word with its classes, for words that are not ASCII.
    private let byWord: [Substring: WordClass]
    /// No member can equal an ASCII word other than its own bytes: the key table decides for ASCII words.
    private let keysDecide: Bool

    /// - Parameter members: lists of words and the class each gives (a word may be in several).
    init(_ members: [(WordClass, Set<Substring>)]) {
        var byWord: [Substring: WordClass] = [:]
        for (wordClass, words) in members {
            for word in words { byWord[word, default: []].formUnion(wordClass) }
        }
        let ascii = byWord.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.sorted { $0.key < $1.key }
        entries = ascii.map { Entry(key: Token.key(of: $0.key.utf8), classes: $0.value, word: Word($0.key)) }
        var capacity = 16
        while capacity < 4 * entries.count { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (index, entry) in entries.enumerated() {
            var slot = Self.slot(of: entry.key, mask: capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = entry.key & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
        self.slots = slots
        self.mask = capacity - 1
        self.byWord = byWord
        keysDecide = !byWord.keys.contains { $0.unicodeScalars.contains(where: WordSet.asciiEquivalents.contains) }
    }

    /// The table of the event patterns: the word lists of `WordClass.members` and the title words.
    static func eventPatterns(titleWords: Set<Substring>) -> WordClassTable {
        WordClassTable(WordClass.members + [(.title, titleWords)])
    }

    /// A key's home slot: its halves mixed, as the slot keeps the high half.
    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
    }

    /// The classes of a lower-case word.
    func classes(of word: Substring) -> WordClass {
        guard keysDecide, word.utf8.allSatisfy({ $0 < 0x80 }) else { return byWord[word] ?? [] }
        return asciiClasses(of: Word(word), key: Token.key(of: word.utf8))
    }

    /// The classes of a token's lower-case word, and of its shape.
    @inline(__always)
    func classes(of token: Token) -> WordClass {
        guard token.isASCII && keysDecide else { return classes(ofNonASCII: token) }
        // One character is one byte: the first and last characters are the first and last bytes.
        var result = asciiClasses(of: token.lowercasedWord, key: token.lowercasedKey)
        let first = UInt8(truncatingIfNeeded: token.edges)
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { result.insert(.capitalised) }
        if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") { result.insert(.lowerInitial) }
        if token.edges >> 16 == Self.ed { result.insert(.endsInEd) }
        if token.edges >> 8 == Self.ing { result.insert(.endsInIng) }
        return result
    }

    /// `classes(of:)` for a token that is not ASCII (or any token, if the keys do not decide).
    @inline(never)
    private func classes(ofNonASCII token: Token) -> WordClass {
        let word = token.lowercased
        var result = byWord[word] ?? []
        let first = token.text.first!
        if first.isUppercase { result.insert(.capitalised) }
        if first.isLowercase { result.insert(.lowerInitial) }
        if word.hasSuffix("ed") { result.insert(.endsInEd) }
        if word.hasSuffix("ing") { result.insert(.endsInIng) }
        return result
    }

    /// "ed" and "ing" as the last bytes of `Token.edges`.
    private static let ed = UInt32(UInt8(ascii: "e")) | UInt32(UInt8(ascii: "d")) << 8
    private static let ing = UInt32(UInt8(ascii: "i")) | UInt32(UInt8(ascii: "n")) << 8 | UInt32(UInt8(ascii: "g")) << 16

    /// The classes of an ASCII word whose key (`Token.key(of:)`) is `key`.
    @inline(__always)
    private func asciiClasses(of word: Word, key: UInt64) -> WordClass {
        var slot = Self.slot(of: key, mask: mask)
        while slots[slot] != 0 {
            if slots[slot] >> 32 == key >> 32 {
                let index = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
                if entries[index].key == key && entries[index].word == word { return entries[index].classes }
            }
            slot = (slot + 1) & mask
        }
        return []
    }
}
