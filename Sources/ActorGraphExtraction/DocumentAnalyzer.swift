import ActorGraphCore
import Foundation

/// A place named in a document: where something happened.
public struct PlaceMention: Sendable, Hashable {
    public var name: String
    public var country: ActorID?
    public var token: Int
    public var last: Int
}

/// What one document names: its tokens, the actors mentioned (in text order), the places, and the
/// officials discovered in it that no dictionary holds.
public struct DocumentAnalysis: Sendable {
    public var tokens: [Token]
    public var mentions: [ResolvedMention]
    public var places: [PlaceMention]
    public var discovered: [Actor]
    /// Discovered officials whose country no title states, only a place guesses (the dateline's, or one
    /// named nearby): another article's stated country overrides it.
    public var placeGuessed: Set<ActorID>
    /// Role keys of the titles discovered officials were introduced with ("foreign-minister").
    public var discoveredRoles: [ActorID: String]
    /// Tokens that belong to an actor, a place or a title: what remains capitalised is unknown.
    public var covered: [Bool]
    /// The city the article was filed from ("PYONGYANG, May 31. /TASS/."), if its dateline names one.
    public var dateline: PlaceMention?
}

/// Finds the actors of a document beyond plain dictionary names.
///
/// 1. Dictionary names, aliases, demonyms and metonyms (`Gazetteer`, `ActorResolver`).
/// 2. Places: a capital or city after "in", "at", "to", "from", "via" is where something happened,
///    not the government ("met in Pyongyang" vs "Pyongyang said").
/// 3. Titles ("the Russian foreign minister", "US Secretary of State Mike Pompeo", "Ri Yong-ho, North
///    Korean foreign minister"): a country before a title only qualifies it; a title next to a name
///    attaches to the name; a bare title resolves to the official holding that role on the article's
///    date (dated roles), or to the last official named with that role; a title followed by an
///    unknown capitalised name introduces a discovered official with the title's country.
/// 4. Surnames after a first full mention ("Lavrov", "Mr Haavisto", "Kim" when one Kim is in play or
///    exactly one of them leads a state). Ambiguous surnames stay unresolved.
struct DocumentAnalyzer: Sendable {
    let dictionary: ActorDictionary
    /// Actor names (layer 0), places (layer 1) and titles (layer 2), matched in one walk.
    private let gazetteer: Gazetteer
    private let resolver: ActorResolver
    private let titleRoles: [String]
    /// The actor of each dictionary entry, by entry index (`ResolvedMention.entry`).
    private let actors: [Actor]
    /// Each entry's actor's kind, affiliation and dated roles, by entry index: read per mention without
    /// copying actors or entries (the extractor reads them too).
    let kinds: [ActorKind]
    let affiliations: [ActorID?]
    let roles: [[ActorDictionary.RoleSpell]]
    /// The surname (`surname(of:)`) of each dictionary actor whose name has a space, by entry index.
    private let surnames: [Surname?]
    /// The same surname without its diacritics ("Deby" for "Déby"), by entry index, where that differs
    /// and is ASCII: news copy often drops them.
    private let asciiSurnames: [Surname?]
    /// The family name (`surname(of:)`) of every dictionary actor, by entry index: what a title's
    /// holders are told by ("President Moon"), read without scanning their names per title.
    private let familyNames: [Substring]
    /// The first byte of each dictionary actor's name, by entry index: a given name before a surname is
    /// told from the entry's by it ("Heydar Aliyev" is not "Ilham Aliyev").
    private let initials: [UInt8]
    /// The capital of each country entry, by entry index: the first of its metonyms that is a place
    /// of the country ("Vienna" for Austria).
    private let capitals: [String?]
    /// The officials who ever held each role, in dictionary order, with their spells in it.
    private let officialsByRole: [String: [(entry: Int, spells: [ActorDictionary.RoleSpell])]]
    /// The same for each role and affiliation: a title qualified by a country ("the Russian foreign
    /// minister") reads that country's officials only, not every holder of the role.
    private let officialsByRoleOf: [RoleOf: [(entry: Int, spells: [ActorDictionary.RoleSpell])]]
    /// Lower-case words of the title phrases ("foreign", "minister", "of", "state").
    let titleWords: Set<Substring>
    /// `titleWords`, looked up by a token's key rather than by hashing its string.
    private let titleWordSet: WordSet

    /// Titles that only one state gives, so that the bare title names its holder ("the Pope").
    static let titlesOfOneState: [Substring: ActorID] = ["pope": "holy-see", "pontiff": "holy-see"]
    /// Offices held for a country, whose holder can take the dateline's country when the text names none.
    /// Participles whose agent a demonym before them names ("Saudi-led", "Russian-mediated").
    static let agentParticiples = WordSet(Set(EventLexicon.agentParticiples.map { Substring($0) }))

    /// Whether an office (a role key) is one a title of role key `title` names: its own, or any
    /// ministry for "minister" (`any-minister`).
    static func fills(_ office: String, title: String) -> Bool {
        office == title || (title == "any-minister" && ["foreign-minister", "defense-minister", "deputy-foreign-minister", "minister"].contains(office))
    }

    /// The offices that lead a country that has no "leader" office of its own.
    static let headOffices = ["head-of-state", "head-of-government"]
    static let nationalRoles: Set<String> = ["head-of-state", "head-of-government", "leader", "foreign-minister",
                                             "defense-minister", "deputy-foreign-minister", "national-security-adviser", "minister", "crown-prince"]
    /// Titles that only one country gives ("Assistant Secretary of State Robert Gallucci" is American
    /// whatever the dateline), by their lower-cased words.
    static let titlesOfOneCountry: [String: ActorID] = [
        "secretary of state": "united-states", "deputy secretary of state": "united-states",
        "assistant secretary of state": "united-states", "secretary of defense": "united-states",
        "treasury secretary": "united-states", "secretary of the treasury": "united-states", "commerce secretary": "united-states",
        "chief cabinet secretary": "japan", "unification minister": "south-korea", "minister of unification": "south-korea",
        "state councilor": "china",
    ]

    /// Adjectives of states gone that the dictionary records as their successor ("Soviet Foreign Minister
    /// Eduard Shevardnadze" is Russia's), for the country of an official it does not know.
    static let formerStates: [Substring: ActorID] = ["Soviet": "russia"]

    /// The one country that gives the title of `tokens`, if only one does (`titlesOfOneCountry`).
    static func countryOfTitle(_ tokens: ArraySlice<Token>) -> ActorID? {
        titlesOfOneCountry[tokens.filter(\.isWord).map { String($0.lowercased) }.joined(separator: " ")]
    }

    /// Nouns that a venue can name ("the Singapore summit").
    static let eventNouns: WordSet = ["summit", "meeting", "talks", "declaration", "process", "accord", "agreement",
                                             "conference", "forum", "round", "negotiations", "channel", "statement"]
    /// `EventLexicon.stateNouns`, for lookups by token.
    static let stateNouns = WordSet(EventLexicon.stateNouns)
    /// Words for the government an official leads ("the Trump administration").
    static let governments = WordSet(governmentWords)
    /// The byte lengths of `governments`' words: a token of another length is none of them, read without
    /// hashing.
    static let governmentLengths = Set(governmentWords.map(\.utf8.count))
    private static let governmentWords: Set<Substring> = ["administration", "government"]
    /// `EventLexicon.messages`, for lookups by token.
    static let messages = WordSet(EventLexicon.messages)
    /// Words after which a capital or city is a place ("visited Brasilia" too: the visit's host is its country).
    static let locatives: WordSet = ["in", "at", "to", "from", "via", "into", "near", "outside", "inside", "towards", "toward",
                                     "visit", "visits", "visited", "visiting"]
    /// Countries whose officials news names later by the first word of their names: a family name first
    /// (Korea, China …: "Kim Jong-un" → "Kim"), or a Malay given name before a father's ("Anwar Ibrahim"
    /// → "Anwar"). Not Vietnam: news names its leaders by the last word ("Nguyen Phu Trong" → "Trong").
    static let familyNameFirst: Set<ActorID> = ["north-korea", "south-korea", "china", "taiwan", "mongolia", "cambodia", "hungary", "malaysia"]
    /// Capitalised words that never start a person's name after a title.
    static let notNames: WordSet = ["The", "A", "An", "On", "In", "At", "And", "But", "He", "She", "It", "They", "We",
                                           "This", "That", "Mr", "Ms", "Mrs", "Dr", "Said", "Has", "Had", "Was", "Is", "Will"]

    init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.resolver = ActorResolver(dictionary: dictionary)
        var placeForms: [(String, Int32, SurfaceForm)] = []
        for (index, place) in dictionary.places.enumerated() {
            placeForms.append((place.name, Int32(index), .name))
            placeForms += place.aliases.map { ($0, Int32(index), .alias) }
        }
        let roles = dictionary.titles.keys.sorted()
        var titleForms: [(String, Int32, SurfaceForm)] = []
        for (index, role) in roles.enumerated() {
            titleForms += dictionary.titles[role, default: []].map { ($0, Int32(index), .title) }
        }
        self.gazetteer = Gazetteer(layers: [Gazetteer.forms(of: dictionary), placeForms, titleForms])
        self.titleRoles = roles
        var words: Set<Substring> = ["of", "the", "for"]
        for phrase in dictionary.titles.values.joined() {
            for token in Tokenizer.tokens(in: Substring(phrase)) where token.isWord { words.insert(Substring(token.text.lowercased())) }
        }
        self.titleWords = words
        self.titleWordSet = WordSet(words)
        self.actors = dictionary.entries.map(\.actor)
        self.kinds = actors.map(\.kind)
        self.affiliations = actors.map(\.affiliation)
        self.roles = dictionary.entries.map(\.roles)
        let familyNames = actors.map { Self.surname(of: $0) }
        self.familyNames = familyNames
        self.initials = actors.map { $0.name.utf8.first ?? 0 }
        self.surnames = zip(actors, familyNames).map { actor, family in actor.name.contains(" ") ? Surname(family) : nil }
        self.asciiSurnames = surnames.map { surname in
            guard let text = surname?.text, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            let folded = text.folding(options: .diacriticInsensitive, locale: nil)
            return folded.utf8.allSatisfy({ $0 < 0x80 }) ? Surname(Substring(folded)) : nil
        }
        var placeNames: [ActorID: Set<String>] = [:]
        for place in dictionary.places { if let country = place.country { placeNames[country, default: []].insert(place.name) } }
        self.capitals = dictionary.entries.map { entry in
            entry.actor.kind == .country ? entry.metonyms.first { placeNames[entry.actor.id]?.contains($0) == true } : nil
        }
        var officialsByRole: [String: [(entry: Int, spells: [ActorDictionary.RoleSpell])]] = [:]
        var officialsByRoleOf: [RoleOf: [(entry: Int, spells: [ActorDictionary.RoleSpell])]] = [:]
        for (index, entry) in dictionary.entries.enumerated() where entry.actor.kind == .official {
            // Each role the official held, and "any-minister" for whoever held a ministry.
            for role in Set(entry.roles.map(\.role) + ["any-minister"]) {
                let official = (entry: index, spells: entry.roles.filter { Self.fills($0.role, title: role) })
                guard !official.spells.isEmpty else { continue }
                officialsByRole[role, default: []].append(official)
                if let affiliation = entry.actor.affiliation {
                    officialsByRoleOf[RoleOf(role: role, affiliation: affiliation), default: []].append(official)
                }
            }
        }
        self.officialsByRole = officialsByRole
        self.officialsByRoleOf = officialsByRoleOf
    }

    /// The entry indices of the officials holding `role` on `day` for `affiliation` (any affiliation
    /// when nil), in dictionary order: `ActorDictionary.holders(of:on:affiliation:)` over the
    /// officials who ever held the role only.
    private func holders(of role: String, on day: Day?, affiliation: ActorID?) -> [Int] {
        let officials = affiliation.map { officialsByRoleOf[RoleOf(role: role, affiliation: $0)] } ?? officialsByRole[role]
        return (officials ?? []).compactMap { official in
            official.spells.contains { day.map($0.holds(on:)) ?? ($0.to == nil) } ? official.entry : nil
        }
    }

    /// A role as held for one country or organisation (`officialsByRoleOf`).
    private struct RoleOf: Hashable {
        var role: String
        var affiliation: ActorID
    }

    /// "SINGAPORE, June 12 —", "PYONGYANG, May 31. /TASS/.", "SINGAPORE (AP) —": tokens `first...last` name the city an
    /// article was filed from — they open the body, or a line near its top in capitals, and a comma or
    /// a dash follows.
    static func isDateline(_ first: Int, _ last: Int, _ tokens: [Token], _ bytes: [UInt8], bodyStart: Int) -> Bool {
        guard last + 1 < tokens.count else { return false }
        func inCapitals() -> Bool { tokens[first].text.allSatisfy { !$0.isLowercase } }
        func opensTheBody() -> Bool { first == 0 || (first < 200 && opensLine(at: tokens[first].start, in: bytes, from: bodyStart)) }
        // "SINGAPORE (AP) —", "BANGKOK (AFP) -": a city in capitals before its agency in brackets.
        if tokens[last + 1].is("("), (last + 2..<min(tokens.count, last + 5)).contains(where: { tokens[$0].is(")") }) {
            return inCapitals() && opensTheBody()
        }
        guard tokens[last + 1].is(",") || tokens[last + 1].is("—") || tokens[last + 1].is("–") else { return false }
        return first == 0 || (opensTheBody() && inCapitals())
    }

    /// Whether a token starting at byte `start` is the first thing on its line (only spaces before it
    /// since the line break).
    static func opensLine(at start: Int, in bytes: [UInt8], from bodyStart: Int) -> Bool {
        var k = start - 1
        while k >= bodyStart, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") { k -= 1 }
        return k < bodyStart || bytes[k] == UInt8(ascii: "\n")
    }

    func analyse(_ document: Document) -> DocumentAnalysis {
        let bytes = Array(document.text.utf8)
        let tokens = Tokenizer.tokens(in: document.body, offset: document.bodyStart)
        let matches = gazetteer.mentions(in: tokens, of: bytes)
        var mentions = resolver.resolve(matches[0])
        // "Azerbaijani President Heydar Aliyev": an official's one-word alias after a capitalised given name
        // that is not the entry's (nor has its initial) names someone else, whom the title pass may discover;
        // so does one inside a longer name ("Abdul Ghani Baradar").
        /// Whether the token at `k` is a capitalised word that no name, title, place, day or month claims
        /// (the tokens' shapes and the matches' bounds first: titles stand before names all the time).
        let resolved = mentions
        func isOtherNamePart(_ k: Int) -> Bool {
            let word = tokens[k]
            guard word.isWord, word.isCapitalised, !resolved.contains(where: { $0.token <= k && $0.last >= k }),
                  !matches[1].contains(where: { $0.first <= k && $0.last >= k }),
                  !matches[2].contains(where: { $0.first <= k && $0.last >= k }) else { return false }
            return !Self.notNames.contains(word) && !Self.honorifics.containsLowercased(word) && !isTitleWord(word)
                && !word.namesWeekdayOrMonth
        }
        let someoneElse = resolved.indices.filter { i in
            let mention = resolved[i]
            guard mention.token == mention.last, mention.token >= 1, tokens[mention.token - 1].isCapitalised, mention.entry >= 0,
                  kinds[Int(mention.entry)] == .official else { return false }
            if mention.token >= 2, tokens[mention.token - 2].isWord, tokens[mention.token - 1].firstByte != initials[Int(mention.entry)],
               isOtherNamePart(mention.token - 1) {
                return true
            }
            return mention.last + 1 < tokens.count && tokens[mention.last + 1].isCapitalised && isOtherNamePart(mention.token - 1)
                && isOtherNamePart(mention.last + 1)
        }
        if !someoneElse.isEmpty { mentions = resolved.indices.filter { !someoneElse.contains($0) }.map { resolved[$0] } }
        var places: [PlaceMention] = []
        /// Whether "from" or "to" at `k` names a message's sender or addressee: right after a message
        /// noun ("a letter to Washington"), or "to" after such a "from" ("a message from Pyongyang to Seoul"),
        /// or the source of a report ("according to Cheong Wa Dae").
        func isMessageEnd(_ k: Int) -> Bool {
            guard k >= 1, tokens[k].is("from") || tokens[k].is("to") else { return false }
            if tokens[k].is("to"), tokens[k - 1].is("according") { return true }
            if Self.messages.containsLowercased(tokens[k - 1]) { return true }
            guard tokens[k].is("to") else { return false }
            return (max(1, k - 5)..<k).contains { tokens[$0].is("from") && Self.messages.containsLowercased(tokens[$0 - 1]) }
        }

        // Places, and the capitals that are places rather than governments. Mentions and places do not
        // overlap each other, so a token → mention index finds the overlaps in one pass.
        var mentionAt = [Int](repeating: -1, count: tokens.count)
        for i in mentions.indices { for k in mentions[i].token...mentions[i].last { mentionAt[k] = i } }
        var displaced: [Bool] = []
        for match in Self.placesNotTexts(matches[1], tokens: tokens) {
            // "Serbian President Milan Milutinovic": a given name after a title, no place.
            if match.first >= 1, match.last + 1 < tokens.count, tokens[match.first - 1].isCapitalised,
               isTitleWord(tokens[match.first - 1]), tokens[match.last + 1].isCapitalised,
               mentionAt[match.first - 1] < 0 {
                continue
            }
            let place = dictionary.places[Int(match.candidates[0])]
            var k = match.first - 1
            if k >= 0, tokens[k].is("the") { k -= 1 }
            let dateline = Self.isDateline(match.first, match.last, tokens, bytes, bodyStart: document.bodyStart)
            // "a message from Pyongyang to Washington": who sends and who receives, not where.
            let locative = dateline || (k >= 0 && Self.locatives.containsLowercased(tokens[k]) && !isMessageEnd(k))
            // "the Singapore summit", "the Hanoi talks", "the Panmunjom declaration": a venue naming an event;
            // "at a Vienna hotel": a building.
            let namesEvent = match.last + 1 < tokens.count
                && (Self.eventNouns.containsLowercased(tokens[match.last + 1]) || Self.buildings.containsLowercased(tokens[match.last + 1]))
            // The mentions the place overlaps, and whether the place is longer than each.
            // ("from the Minsk Group": a longer name the place is part of is no place.)
            var overlaps = false, longer = true, inLongerName = false
            for k in match.first...match.last where mentionAt[k] >= 0 {
                overlaps = true
                let span = mentions[mentionAt[k]].last - mentions[mentionAt[k]].token
                if span >= match.last - match.first { longer = false }
                if span > match.last - match.first { inLongerName = true }
            }
            if !overlaps || ((locative || namesEvent) && !inLongerName) || (place.country == nil && longer) {
                if overlaps && displaced.isEmpty { displaced = [Bool](repeating: false, count: mentions.count) }
                for k in match.first...match.last where mentionAt[k] >= 0 { displaced[mentionAt[k]] = true }
                places.append(PlaceMention(name: place.name, country: place.country, token: match.first, last: match.last))
            }
        }
        if !displaced.isEmpty { mentions = mentions.indices.filter { !displaced[$0] }.map { mentions[$0] } }

        places.sort { $0.token < $1.token }
        // A dateline is a place among the first tokens of the body ("STOCKHOLM —", "VIENNA, Dec. 7 —"),
        // or a capitalised city opening a line near the top.
        let datelinePlace = places.first { place in
            place.token < 3 || Self.isDateline(place.token, place.last, tokens, bytes, bodyStart: document.bodyStart)
        }
        let datelineCountry = datelinePlace?.country
        // "Lviv (Ukraine) (AFP) -": the country that locates the dateline's city is part of the dateline.
        if let city = datelinePlace, city.last + 3 < tokens.count, tokens[city.last + 1].is("("),
           let m = mentions.firstIndex(where: { $0.token == city.last + 2 }), mentions[m].last + 1 < tokens.count,
           tokens[mentions[m].last + 1].is(")") {
            mentions.remove(at: m)
        }

        var covered = [Bool](repeating: false, count: tokens.count)
        func cover(_ first: Int, _ last: Int) { for i in first...last { covered[i] = true } }
        for i in mentions.indices { cover(mentions[i].token, mentions[i].last) }
        for place in places { cover(place.token, place.last) }

        var discovered: [ActorID: Actor] = [:]
        var discoveredRoles: [ActorID: String] = [:]
        var placeGuessed = Set<ActorID>()
        @inline(__always) func isOfficial(_ mention: ResolvedMention) -> Bool {
            mention.entry >= 0 ? kinds[Int(mention.entry)] == .official : discovered[mention.actor]?.kind == .official
        }
        func roles(_ id: ActorID) -> [ActorDictionary.RoleSpell] { resolver.entry(of: id).map { self.roles[Int($0)] } ?? [] }
        /// A mention of `id` by tokens `first...last`.
        func mention(of id: ActorID, _ first: Int, _ last: Int, form: SurfaceForm) -> ResolvedMention {
            ResolvedMention(actor: id, entry: resolver.entry(of: id) ?? -1, start: tokens[first].start, end: tokens[last].end,
                            token: first, last: last, form: form)
        }
        // Mentions by first and last token (-1: none), for the title pass (mentions only grow there, by appending).
        var byFirst = [Int](repeating: -1, count: tokens.count), byLast = byFirst
        for i in mentions.indices { byFirst[mentions[i].token] = i; byLast[mentions[i].last] = i }
        func index(endingAt last: Int) -> Int? { byLast.indices.contains(last) && byLast[last] >= 0 ? byLast[last] : nil }
        func index(startingAt first: Int) -> Int? { byFirst.indices.contains(first) && byFirst[first] >= 0 ? byFirst[first] : nil }
        func append(_ mention: ResolvedMention) {
            mentions.append(mention)
            byFirst[mention.token] = mentions.count - 1
            byLast[mention.last] = mentions.count - 1
        }

        // "the North", "the South": in a document that names either Korea, the two Koreas ("relay the North's
        // message"); not "the North Korean", "the South China Sea", nor "the north" of a country.
        if mentions.contains(where: { EventLexicon.koreas.contains($0.actor) }) {
            for k in tokens.indices.dropFirst() where !covered[k] && (tokens[k].is("North") || tokens[k].is("South"))
                && (tokens[k - 1].is("the") || tokens[k - 1].is("The"))
                && !(k + 1 < tokens.count && tokens[k + 1].isWord && tokens[k + 1].isCapitalised) {
                append(mention(of: tokens[k].is("North") ? "north-korea" : "south-korea", k, k, form: .alias))
                cover(k, k)
            }
            for k in Self.koreaPairHalves(tokens: tokens, covered: covered) {
                append(mention(of: tokens[k].is("North") ? "north-korea" : "south-korea", k, k, form: .alias))
                cover(k, k)
            }
        }

        // Titles.
        let titleMatches = matches[2].filter { title in
            !(title.first...title.last).contains { covered[$0] }
        }
        for title in titleMatches {
            let role = titleRoles[Int(title.candidates[0])]
            // "the minister", "the Indonesian minister", but not "Ukraine's infrastructure minister": a
            // portfolio the titles do not list makes no minister they know of.
            if role == "any-minister", title.first > 0, tokens[title.first - 1].isWord, tokens[title.first - 1].isLowerInitial,
               !tokens[title.first - 1].is("the") {
                continue
            }
            // The country or organisation qualifying the title: "Russian", "US", "Russia's", "UN".
            var modifier: Int?
            // ("TOKYO, Oct. 8 Kyodo - Prime Minister Keizo Obuchi": not past a hyphen, which the tokenizer drops;
            // "–" and "—" are tokens of their own.)
            if let m = index(endingAt: title.first - 1), !bytes[tokens[title.first - 1].end..<tokens[title.first].start].contains(UInt8(ascii: "-")) {
                modifier = m
            } else if title.first >= 3, tokens[title.first - 1].is("s"), tokens[title.first - 2].is("'") || tokens[title.first - 2].is("’"),
                      let m = index(endingAt: title.first - 3) {
                modifier = m
            } else if let m = stride(from: title.first - 2, through: max(0, title.first - 4), by: -1).lazy.compactMap({ index(endingAt: $0) }).first,
                      mentions[m].entry >= 0, kinds[Int(mentions[m].entry)] == .organization,
                      (mentions[m].last + 1..<title.first).allSatisfy({ tokens[$0].is("peace") || (tokens[$0].isWord && tokens[$0].isCapitalised) }) {
                // "the U.N. Middle East peace envoy, Tor Wennesland": an organisation before the region its envoy covers.
                modifier = m
            }
            // "Annan's personal representative": an official's post is of the official's side.
            var owner: ActorID?
            if let m = modifier, isOfficial(mentions[m]) {
                owner = mentions[m].entry >= 0 ? affiliations[Int(mentions[m].entry)] : discovered[mentions[m].actor]?.affiliation
                modifier = nil
            }
            // "the emir of Kuwait", "the president of the United States": a country or organisation after "of".
            var ofWhom: Int?
            if modifier == nil, title.last + 2 < tokens.count, tokens[title.last + 1].is("of") {
                let start = tokens[title.last + 2].is("the") ? title.last + 3 : title.last + 2
                // Not a demonym ("president of the Italian bishops' conference"), nor the start of a longer
                // name ("chairman of the U.S. Joint Chiefs of Staff").
                if let m = index(startingAt: start), mentions[m].entry >= 0, mentions[m].form != .demonym,
                   [.country, .organization].contains(kinds[Int(mentions[m].entry)]),
                   mentions[m].last + 1 >= tokens.count || !tokens[mentions[m].last + 1].isCapitalised {
                    (modifier, ofWhom) = (m, m)
                }
            }
            func qualify() { if let modifier { mentions[modifier].isQualifier = true } }

            // A name right after ("Foreign Minister Sergey Lavrov") or before ("Ri Yong-ho, North Korean foreign minister").
            // ("The North's ambassador to China, Choe Jin Su": past the country of a post abroad.)
            var after = ofWhom.map { mentions[$0].last + 1 } ?? title.last + 1
            if let end = Self.postAbroadEnd(at: after, tokens: tokens, mentions: mentions, byFirst: byFirst) { after = end }
            let nameAfterTitle = after
            if after < tokens.count, tokens[after].is(",") { after += 1 }
            // "Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah": an honorific may open the name.
            if after + 1 < tokens.count, Self.honorifics.containsLowercased(tokens[after]), index(startingAt: after) == nil { after += 1 }
            if let next = index(startingAt: after), isOfficial(mentions[next]) { qualify(); continue }
            var before = (modifier.map { ofWhom == nil ? mentions[$0].token : title.first } ?? title.first) - 1
            if before >= 0, tokens[before].is("the") { before -= 1 }
            if before >= 0, tokens[before].is(","), let previous = index(endingAt: before - 1), isOfficial(mentions[previous]) {
                qualify()
                continue
            }

            // An unknown capitalised name after the title: a discovered official.
            var nameTokens: [Int] = []
            // "Soviet leader Mikhail S. Gorbachev": a middle initial and its dot, left out of the name.
            var initial: Int?
            var k = ofWhom.map { mentions[$0].last + 1 } ?? nameAfterTitle
            if k < tokens.count, tokens[k].is(",") { k += 1 }  // "its foreign minister, Ann Linde"
            while k < tokens.count, !covered[k], tokens[k].isWord, nameTokens.count(where: { tokens[$0].isCapitalised }) < 4, nameTokens.count < 7 {
                if initial == nil, nameTokens.count == 1, k + 2 < tokens.count, tokens[k].text.utf8.count == 1, tokens[k].isCapitalised,
                   tokens[k + 1].is("."), tokens[k + 2].isCapitalised, !covered[k + 2] {
                    initial = k
                    k += 2
                    continue
                }
                let joinsByHyphen = !nameTokens.isEmpty && tokens[k].start == tokens[k - 1].end + 1
                    && bytes[tokens[k - 1].end] == UInt8(ascii: "-")
                // "Islamic Jihad leader Ziyad al-Nakhalah", "Javier Perez de Cuellar": a particle before more of the name.
                let particle = !nameTokens.isEmpty && Self.nameParticles.contains(tokens[k]) && k + 1 < tokens.count
                    && tokens[k + 1].isCapitalised && !covered[k + 1]
                guard joinsByHyphen || particle || (tokens[k].isCapitalised && !Self.notNames.contains(tokens[k])) else { break }
                nameTokens.append(k)
                k += 1
            }
            let capitalised = nameTokens.filter { tokens[$0].isCapitalised }.count
            let anchor = modifier.map { mentions[$0].actor }
            let anchorActor = modifier.flatMap { mentions[$0].entry >= 0 ? actors[Int(mentions[$0].entry)] : nil }
            let date = document.date
            // "the country's military ruler, Senior General Min Aung Hlaing": capitalised words that run
            // into a known name are more of the title, not a name.
            if capitalised >= 2, k < tokens.count, covered[k], tokens[k].start == tokens[k - 1].end + 1 {
                continue
            }
            // "Li Gun, North Korea's chief negotiator,": with no name after the title, an unknown name right
            // before a comma and the title of its country is a discovered official too.
            let named = capitalised >= 2 ? nameTokens.first!...nameTokens.last!
                : capitalised == 0 && ofWhom == nil && before >= 2 && tokens[before].is(",")
                    && (anchorActor?.kind == .country || anchorActor?.kind == .organization || owner != nil)
                    ? Self.nameBefore(before, tokens: tokens, bytes: bytes).flatMap { name in name.contains { covered[$0] } ? nil : name } : nil
            if let named {
                let name = initial.map { k in
                    String(decoding: bytes[tokens[named.lowerBound].start..<tokens[k].start] + bytes[tokens[k + 2].start..<tokens[named.upperBound].end], as: UTF8.self)
                } ?? String(decoding: bytes[tokens[named.lowerBound].start..<tokens[named.upperBound].end], as: UTF8.self)
                let id = ActorID(slugging: name)
                if resolver.entry(of: id) == nil {
                    // The title's country, else — for a national office — the country of a place named just
                    // before in its sentence ("due in Port Moresby on Monday to meet Prime Minister James
                    // Marape"), else of the dateline ("SINGAPORE — … Prime Minister Lee Hsien Loong").
                    let nearby = places.last { place in
                        place.last < title.first && title.first - place.last <= 12
                            && !(place.last + 1..<title.first).contains { tokens[$0].is(".") }
                    }?.country
                        // "talks with Prime Minister Kiichi Miyazawa in Tokyo": else a place right after the name
                        // (not after a qualifier no one knows: "Soviet President Mikhail Gorbachev in San Francisco").
                        ?? (title.first > 0 && tokens[title.first - 1].isCapitalised ? nil
                            : Self.countryOfPlace(after: named.upperBound, places: places, tokens: tokens))
                    let stated = anchorActor.map { $0.kind == .official ? $0.affiliation : $0.id } ?? owner
                        ?? Self.countryOfTitle(tokens[title.first...title.last])
                        // "Foreign Minister Ali Alatas of Indonesia"
                        ?? countryAfterOf(named.upperBound + 1, tokens: tokens, mentions: mentions,
                                          at: { byFirst[$0] >= 0 ? byFirst[$0] : nil }).map { mentions[$0].actor }
                        ?? (title.first > 0 ? Self.formerStates[tokens[title.first - 1].text] : nil)
                    let countryOrOrg = stated ?? (Self.nationalRoles.contains(role) ? nearby ?? datelineCountry : nil)
                    // "Saudi ambassador Mohammed Al Jaber … receiving ambassador Mohammed Al Jaber": a later title
                    // without a country keeps the one an earlier mention gave; "U.S. President Ronald Reagan …
                    // President Ronald Reagan" under a REYKJAVIK dateline keeps the one a title stated.
                    if discovered[id] == nil || stated != nil
                        || (countryOrOrg != nil && (placeGuessed.contains(id) || discovered[id]?.affiliation == nil)) {
                        discovered[id] = Actor(id: id, name: name, kind: .official, affiliation: countryOrOrg, discovered: true)
                        discoveredRoles[id] = role
                        if stated == nil && countryOrOrg != nil { placeGuessed.insert(id) } else { placeGuessed.remove(id) }
                    }
                }
                append(mention(of: id, named.lowerBound, named.upperBound, form: .name))
                cover(named.lowerBound, named.upperBound)
                qualify()
                continue
            }
            // "President Moon", "Chairman Kim": a surname after a title.
            if capitalised == 1, nameTokens.count == 1,
               let (holder, country) = holder(named: nameTokens[0], role: role, on: date, for: anchor, tokens: tokens, mentions: mentions, byFirst: byFirst) {
                append(mention(of: actors[holder].id, nameTokens[0], nameTokens[0], form: .surname))
                cover(nameTokens[0], nameTokens[0])
                qualify()
                if let country { mentions[country].isQualifier = true }
                continue
            }
            // A bare title: the holder of the role for the qualifying country, or the last official named with it.
            // Not "a White House spokesman" (one of several), a spokesperson (often a deputy), "the then
            // Russian president" (the holder of another day), or "each leader" (one of several).
            let opening = ofWhom == nil ? (modifier.map { mentions[$0].token } ?? title.first) : title.first
            let described = stride(from: opening - 1, through: max(0, opening - 2), by: -1).map { tokens[$0].lowercased }
            let generic = role == "spokesperson" || described.contains { ["a", "an", "one", "then", "former", "another", "each", "every"].contains($0) }
            var referent: ActorID?
            if generic {
                referent = nil
            } else if let anchor, anchorActor?.kind == .country || anchorActor?.kind == .organization {
                // "The Indian leader": a country without a leader's office is led by its head of state or government.
                var offices = [role], entries = self.holders(of: role, on: date, affiliation: anchor)
                if role == "leader", entries.isEmpty {
                    offices = Self.headOffices
                    entries = offices.flatMap { self.holders(of: $0, on: date, affiliation: anchor) }
                }
                let holders = entries.map { actors[$0].id }
                    + discovered.values.filter { $0.affiliation == anchor && discoveredRoles[$0.id].map { offices.contains($0) || Self.fills($0, title: role) } == true }.map(\.id)
                // "The Chinese minister" when China has several: the one of them named last before.
                referent = holders.count == 1 ? holders[0]
                    : mentions.filter { $0.last < title.first && holders.contains($0.actor) }.max { $0.token < $1.token }?.actor
            } else if anchor == nil, title.first == title.last, let state = Self.titlesOfOneState[tokens[title.first].lowercased] {
                // "the Pope": an office of one state only.
                let holders = holders(of: role, on: date, affiliation: state)
                if holders.count == 1 { referent = actors[holders[0]].id }
            } else if anchor == nil, tokens[title.first].isLowerInitial {
                referent = mentions.filter { mention in
                    mention.last < title.first
                        && (roles(mention.actor).contains { Self.fills($0.role, title: role) && (date.map($0.holds(on:)) ?? true) }
                            || discoveredRoles[mention.actor].map { Self.fills($0, title: role) } == true)
                }.max { $0.token < $1.token }?.actor
            }
            if let referent {
                append(mention(of: referent, title.first, title.last, form: .title))
                cover(title.first, title.last)
                qualify()
            }
        }

        // Surnames after a full first mention.
        mentions.sort { $0.token < $1.token }
        var bySurname = SurnameIndex()
        // Each official's first mention, in text order (the order of the candidates of a surname does
        // not matter: one of them must be left). An official is told by its entry (a bit set), a
        // discovered one by its ID.
        var seenEntries = [UInt64](repeating: 0, count: (kinds.count + 63) / 64)
        var seenDiscovered: [ActorID] = []
        for m in mentions.indices where isOfficial(mentions[m]) {
            let entry = mentions[m].entry, id = mentions[m].actor
            if entry >= 0 {
                let bit: UInt64 = 1 << (UInt64(entry) & 63)
                guard seenEntries[Int(entry) >> 6] & bit == 0 else { continue }
                seenEntries[Int(entry) >> 6] |= bit
                if let surname = surnames[Int(entry)] { bySurname.add(surname, of: id, first: mentions[m].token) }
                if let surname = asciiSurnames[Int(entry)] { bySurname.add(surname, of: id, first: mentions[m].token) }
            } else {
                guard !seenDiscovered.contains(id) else { continue }
                seenDiscovered.append(id)
                if let actor = discovered[id], actor.name.contains(" ") {
                    bySurname.add(Surname(Self.surname(of: actor)), of: id, first: mentions[m].token)
                }
            }
        }
        for i in tokens.indices where !bySurname.isEmpty && !covered[i] && tokens[i].isWord {
            guard let group = bySurname.index(isASCII: tokens[i].isASCII, key: tokens[i].key, text: { tokens[i].text }) else { continue }
            var seen = bySurname.officials(of: group, before: i)
            if seen.count > 1 {
                seen = seen.filter { id in
                    roles(id).contains { ($0.role == "leader" || $0.role == "head-of-state") && (document.date.map($0.holds(on:)) ?? true) }
                }
            }
            guard seen.count == 1 else { continue }
            // "Crown Prince Abdullah of Saudi Arabia" after Jordan's King Abdullah II: a surname that a country
            // other than its official's follows after "of" is someone else's.
            if i + 2 < tokens.count, tokens[i + 1].is("of"), isOtherCountrys(seen[0], of: i + 1, tokens: tokens, mentions: mentions) {
                continue
            }
            mentions.append(mention(of: seen[0], i, i, form: .surname))
        }
        mentions.sort { $0.token < $1.token }
        markQualifyingDemonyms(&mentions, tokens: tokens, discovered: discovered)
        Self.markCountriesOfPlaces(&mentions, places: places, tokens: tokens)
        takeInGovernmentWords(&mentions, tokens: tokens)
        addCapitals(to: &places, mentions: mentions, tokens: tokens)
        for title in titleMatches { cover(title.first, title.last) }
        for i in mentions.indices { cover(mentions[i].token, mentions[i].last) }
        let discoveredList = discovered.values.sorted { $0.id < $1.id }
        return DocumentAnalysis(tokens: tokens, mentions: mentions, places: places, discovered: discoveredList, placeGuessed: placeGuessed,
                                discoveredRoles: discoveredRoles, covered: covered, dateline: datelinePlace)
    }

    /// The gazetteer's place matches but "the Kyoto climate treaty", "the Oslo accords": a name before a
    /// word that makes it a text born there, not a place ("the Panmunjom declaration" names the event too:
    /// `eventNouns`). (Kept out of `analyse`, as below.)
    @inline(never)
    static func placesNotTexts(_ matches: [Mention], tokens: [Token]) -> [Mention] {
        matches.filter { match in
            !(match.last + 1 < tokens.count && namedForPlaces.containsLowercased(tokens[match.last + 1])
                && !eventNouns.containsLowercased(tokens[match.last + 1]))
        }
    }

    /// "North and South Korea ended the first round": the first word of each such pair, which names the
    /// other Korea, when not covered yet. (Kept out of `analyse`, as below.)
    @inline(never)
    static func koreaPairHalves(tokens: [Token], covered: [Bool]) -> [Int] {
        // (Read through a buffer, each token's word compared first: every token is looked at.)
        tokens.withUnsafeBufferPointer { ts in
            ts.indices.dropLast(3).filter { k in
                ts[k].isASCII && (ts[k].is("North") || ts[k].is("South")) && !covered[k] && ts[k + 1].is("and") && ts[k + 3].is("Korea")
                    && ts[k + 2].is(ts[k].is("North") ? "South" : "North")
            }
        }
    }

    /// The one official holding `role` on `day` (for `anchor`, when given) whose family name is the word at
    /// token `name` ("President Moon"), and the mention of the country after "of" that chose him: in
    /// "King Abdullah of Saudi Arabia" (two King Abdullahs in 2009) the country says which, and a monarch
    /// goes by his given name ("Abdullah bin Abdulaziz"). (Kept out of `analyse`, as below.)
    @inline(never)
    private func holder(named name: Int, role: String, on day: Day?, for anchor: ActorID?, tokens: [Token], mentions: [ResolvedMention],
                        byFirst: [Int]) -> (holder: Int, country: Int?)? {
        let word = tokens[name].text
        if anchor == nil, let country = countryAfterOf(name + 1, tokens: tokens, mentions: mentions, at: { byFirst[$0] >= 0 ? byFirst[$0] : nil }) {
            let holders = holders(of: role, on: day, affiliation: mentions[country].actor).filter { entry in
                familyNames[entry] == word || actors[entry].name.split(separator: " ").first == word
            }
            return holders.count == 1 ? (holders[0], country) : nil
        }
        let holders = holders(of: role, on: day, affiliation: anchor).filter { familyNames[$0] == word }
        return holders.count == 1 ? (holders[0], nil) : nil
    }

    /// The mention of a country right after "of" (and "the") at token `of`: "King Abdullah of Saudi Arabia".
    /// - Parameter at: the index in `mentions` of the mention that starts at a token, if any.
    func countryAfterOf(_ of: Int, tokens: [Token], mentions: [ResolvedMention], at: (Int) -> Int?) -> Int? {
        guard of + 1 < tokens.count, tokens[of].is("of") else { return nil }
        let start = tokens[of + 1].is("the") ? of + 2 : of + 1
        guard start < tokens.count, let m = at(start) else { return nil }
        return mentions[m].entry >= 0 && kinds[Int(mentions[m].entry)] == .country ? m : nil
    }

    /// Whether the country after "of" (token `of`, and "the") is not the country official `id` serves:
    /// "Crown Prince Abdullah of Saudi Arabia" is not Jordan's King Abdullah II.
    @inline(never)
    private func isOtherCountrys(_ id: ActorID, of: Int, tokens: [Token], mentions: [ResolvedMention]) -> Bool {
        guard let country = countryAfterOf(of, tokens: tokens, mentions: mentions, at: { t in mentions.firstIndex { $0.token == t } }),
              let entry = resolver.entry(of: id) else { return false }
        return mentions[country].actor != affiliations[Int(entry)]
    }

    /// The country of a place named right after token `last` and "in": "Prime Minister Kiichi Miyazawa in Tokyo".
    @inline(never)
    static func countryOfPlace(after last: Int, places: [PlaceMention], tokens: [Token]) -> ActorID? {
        places.first { $0.token == last + 2 && tokens[last + 1].is("in") }?.country
    }

    /// "in Goteborg, Sweden, on Thursday": a country after a town, set off by commas, says where (not "At
    /// Camp David, Israel and Egypt signed"). (Kept out of `analyse`, as below.)
    @inline(never)
    private func markCountriesAfterTowns(_ mentions: inout [ResolvedMention], tokens: [Token]) {
        var mentionAt: Set<Int> = []
        for i in mentions.indices where mentions[i].entry >= 0 && kinds[Int(mentions[i].entry)] == .country {
            let comma = mentions[i].token - 1, after = mentions[i].last + 1
            guard comma >= 2, tokens[comma].is(","), after == tokens.count || tokens[after].is(",") || tokens[after].is(".") else { continue }
            if mentionAt.isEmpty { mentionAt = Set(mentions.flatMap { $0.token...$0.last }) }
            var town = comma - 1
            while town > comma - 3, town > 0, tokens[town].isWord, tokens[town].isCapitalised, !mentionAt.contains(town) { town -= 1 }
            if town < comma - 1, Self.whereWords.contains(tokens[town]) { (mentions[i].isQualifier, mentions[i].isVenue) = (true, true) }
        }
    }

    /// "the Trump administration", "the Abe government": an official's name before a word for the
    /// government names the official's state. "the Qatari government", "the U.S. administration": the
    /// state's name takes the word in ("asked the Qatari government to mediate").
    /// (Kept out of `analyse`, whose array reads stay inlined while it is small enough.)
    @inline(never)
    private func takeInGovernmentWords(_ mentions: inout [ResolvedMention], tokens: [Token]) {
        // (Read through buffers: every mention is looked at, and array subscripts here copy.)
        let governed = mentions.withUnsafeBufferPointer { ms in
            tokens.withUnsafeBufferPointer { ts in
                ms.indices.filter { i in
                    ms[i].entry >= 0 && !ms[i].isQualifier && ms[i].last + 1 < ts.count
                        && Self.governmentLengths.contains(ts[ms[i].last + 1].end - ts[ms[i].last + 1].start)
                        && Self.governments.containsLowercased(ts[ms[i].last + 1])
                }
            }
        }
        /// `mentions[i]` widened by the word after it, as `actor` in `form`.
        func widened(_ i: Int, to actor: ActorID, form: SurfaceForm) -> ResolvedMention {
            ResolvedMention(actor: actor, entry: resolver.entry(of: actor) ?? -1, start: tokens[mentions[i].token].start,
                            end: tokens[mentions[i].last + 1].end, token: mentions[i].token, last: mentions[i].last + 1, form: form)
        }
        for i in governed {
            switch kinds[Int(mentions[i].entry)] {
            case .official:
                guard let state = affiliations[Int(mentions[i].entry)], let entry = resolver.entry(of: state),
                      kinds[Int(entry)] == .country else { continue }
                mentions[i] = widened(i, to: state, form: .alias)
            case .country:
                mentions[i] = widened(i, to: mentions[i].actor, form: mentions[i].form == .demonym ? .alias : mentions[i].form)
            default:
                continue
            }
        }
    }

    /// "in the Austrian capital": the capital, a place. (Kept out of `analyse`, as above.)
    @inline(never)
    private func addCapitals(to places: inout [PlaceMention], mentions: [ResolvedMention], tokens: [Token]) {
        let capitalPlaces = mentions.compactMap { mention -> PlaceMention? in
            guard mention.isVenue, mention.form == .demonym, mention.entry >= 0, mention.last + 1 < tokens.count,
                  tokens[mention.last + 1].lowercased == "capital", let capital = capitals[Int(mention.entry)] else { return nil }
            return PlaceMention(name: capital, country: mention.actor, token: mention.token, last: mention.last + 1)
        }
        if !capitalPlaces.isEmpty {
            places = (places + capitalPlaces).sorted { $0.token < $1.token }
        }
    }

    /// The family name: first word for Korean, Chinese and Vietnamese names, last word otherwise.
    /// Words are as `Tokenizer` reads them: runs of letters, digits and combining marks.
    static let generational: Set<Substring> = ["Jr", "Sr", "II", "III", "IV"]

    /// "ambassador to China, Choe Jin Su": where "to" at `k` and the country of a post abroad after it end,
    /// at the comma that follows them.
    @inline(never)
    static func postAbroadEnd(at k: Int, tokens: [Token], mentions: [ResolvedMention], byFirst: [Int]) -> Int? {
        guard k + 2 < tokens.count, tokens[k].is("to"), byFirst[k + 1] >= 0 else { return nil }
        let end = mentions[byFirst[k + 1]].last + 1
        return end < tokens.count && tokens[end].is(",") ? end : nil
    }

    /// Whether the token's lower-cased form is one of `titleWords`: by its key, not by hashing a string.
    /// Not inlined, so that `analyse` stays small enough for its array reads to be inlined.
    @inline(never)
    private func isTitleWord(_ token: Token) -> Bool { titleWordSet.containsLowercased(token) }

    /// The capitalised words of a name that the comma at `comma` closes ("Li Gun," "Ri Yong-ho,"): two to
    /// four words (a part joined by a hyphen counts with the word before it), none a function word or a
    /// date, with no capitalised word before them.
    @inline(never)
    static func nameBefore(_ comma: Int, tokens: [Token], bytes: [UInt8]) -> ClosedRange<Int>? {
        func joinsByHyphen(_ k: Int) -> Bool { k > 0 && tokens[k].start == tokens[k - 1].end + 1 && bytes[tokens[k - 1].end] == UInt8(ascii: "-") }
        var first = comma, words = 0
        while first > 0, words < 4 {
            let k = first - 1
            guard tokens[k].isWord, !notNames.contains(tokens[k]), !tokens[k].namesWeekdayOrMonth else { break }
            if tokens[k].isCapitalised {
                words += 1
            } else if !joinsByHyphen(k) {
                break
            }
            first = k
        }
        guard words >= 2, first < comma, tokens[first].isCapitalised,
              first == 0 || !(tokens[first - 1].isWord && tokens[first - 1].isCapitalised) else { return nil }
        return first...(comma - 1)
    }

    static func surname(of actor: Actor) -> Substring {
        let name = actor.name, scalars = name.unicodeScalars
        var first: Range<String.Index>?, last: Range<String.Index>?
        var wordStart: String.Index?
        var i = scalars.startIndex
        while true {
            let isWordScalar = i < scalars.endIndex && Tokenizer.isWordScalar(scalars[i])
            if isWordScalar, wordStart == nil { wordStart = i }
            if !isWordScalar, let start = wordStart {
                if first == nil { first = start..<i }
                // "Ferdinand Marcos Jr.": a generational suffix is not the family name.
                if first != nil, !Self.generational.contains(name[start..<i]) { last = start..<i }
                wordStart = nil
            }
            guard i < scalars.endIndex else { break }
            i = scalars.index(after: i)
        }
        guard let first, let last else { return Substring(name) }
        if let affiliation = actor.affiliation, Self.familyNameFirst.contains(affiliation) { return name[first] }
        // "Ban Ki-moon" (of the UN): a family name and a given name of two syllables joined by a hyphen,
        // the second in lower case, is a Korean name, whoever the holder serves.
        let words = name.split(separator: " ")
        if words.count == 2, let hyphen = words[1].firstIndex(of: "-"), words[1].index(after: hyphen) < words[1].endIndex,
           words[1][words[1].index(after: hyphen)].isLowercase {
            return name[first]
        }
        return name[last]
    }

    /// A family name, with what lets the surname pass skip most words without a string lookup.
    ///
    /// An ASCII word equals an ASCII surname only byte for byte, so only with the same FNV key; it
    /// equals a non-ASCII surname only through `WordSet.asciiEquivalents`.
    struct Surname: Sendable {
        var text: Substring
        /// The FNV key (`Token.key`) of an ASCII surname.
        var asciiKey: UInt64?
        /// A non-ASCII surname that may equal an ASCII word.
        var mayEqualOtherASCII: Bool

        init(_ text: Substring) {
            self.text = text
            let ascii = text.utf8.allSatisfy { $0 < 0x80 }
            asciiKey = ascii ? Token.key(of: text.utf8) : nil
            mayEqualOtherASCII = !ascii && text.unicodeScalars.contains(where: WordSet.asciiEquivalents.contains)
        }
    }

    /// "in Samarkand, Uzbekistan", "LVIV, Ukraine, Aug. 18": a country named right after one of its
    /// cities and a comma completes the address; it is where, not who.
    /// - Parameter mentions: in text order.
    static func markCountriesOfPlaces(_ mentions: inout [ResolvedMention], places: [PlaceMention], tokens: [Token]) {
        var m = 0
        for place in places {
            guard let country = place.country, place.last + 2 < tokens.count, tokens[place.last + 1].is(",") else { continue }
            while m < mentions.count, mentions[m].token < place.last + 2 { m += 1 }
            if m < mentions.count, mentions[m].token == place.last + 2, mentions[m].actor == country {
                (mentions[m].isQualifier, mentions[m].isVenue) = (true, true)
            }
        }
    }

    /// Words that may stand between a demonym and the official it qualifies ("his American counterpart Rex Tillerson").
    static let qualifierWords: WordSet = ["counterpart", "colleague", "envoy", "diplomat", "official", "officials",
                                                 "representative", "negotiator", "delegation", "strongman", "ruler",
                                                 "top", "senior", "chief", "veteran", "news", "agency", "state", "media",
                                                 "new", "incoming", "outgoing", "longtime", "then"]

    /// Lower-case particles inside a name ("Ziyad al-Nakhalah", "Javier Perez de Cuellar", "Mohammed bin Nayef").
    static let nameParticles: WordSet = ["al", "el", "bin", "ibn", "bint", "ould", "de", "da", "del", "della", "di", "du", "dos",
                                         "das", "van", "von", "der", "la", "le"]
    /// Words of address before a name that are no titles of office: "Sheikh Tamim", "Mr Lavrov".
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "sheikh", "sheikha", "sheik", "prince", "princess", "king", "queen",
                                      "emir", "sultan", "pope", "cardinal", "ayatollah", "imam", "general", "marshal", "admiral",
                                      "senator", "judge", "justice", "professor", "sir", "dame", "lord", "lady", "his", "her"]
    /// Nouns after a demonym that make it a place in the country: "the Austrian capital", "the Russian city of Ufa".
    static let placeNouns: WordSet = ["capital", "city", "resort", "town", "port", "village", "region", "province"]
    /// Nouns of talks whose parties may be named before them by demonyms joined with a hyphen: the
    /// lexicon's talks nouns and "contacts", but not a "round" or a "conference" of many.
    static let talksNouns = WordSet(EventLexicon.talksNouns.subtracting(["round", "conference"]).union(["contacts"]))
    /// Buildings a place's name may qualify ("a Vienna hotel").
    static let buildings: WordSet = ["hotel", "palace", "castle", "villa", "airport", "residence", "guesthouse", "compound", "mansion"]
    /// Formats and texts named for the capital where they were born: "the Minsk Group", "the Oslo accords".
    static let namedForPlaces: WordSet = ["group", "process", "format", "agreement", "agreements", "accord", "accords", "protocol",
                                          "protocols", "declaration", "framework", "formula", "communique", "convention", "conventions",
                                          "treaty", "treaties", "pact", "charter", "climate"]
    /// The edges of a gathering: "on the sidelines of the UN General Assembly".
    static let edges: WordSet = ["sidelines", "margins", "margin", "sideline"]
    /// Gatherings an organisation holds: "a summit of the SCO", "the APEC summit".
    static let gatherings: WordSet = ["summit", "summits", "conference", "forum", "session", "assembly", "congress", "ministerial"]
    /// Meetings that, with "of" and an organisation after them, are gatherings too ("meetings of ASEAN").
    static let meetingNouns: WordSet = ["meeting", "meetings"]
    /// Words before a demonym or country that say where, not who: "in the Russian Far East".
    static let whereWords: WordSet = ["in", "at", "into", "across", "via", "through"]
    /// Words before "through" that make the state after it a go-between: the last words of
    /// `EventLexicon.passedThrough`.
    static let passedThrough = WordSet(Set(EventLexicon.passedThrough.map { Substring($0.split(separator: " ").last!) }))

    /// Country words that only qualify another actor:
    /// - a demonym just before an official or body of its own country, with only capitalised or
    ///   title-like words between ("North Korean envoy Kim Yong-chol", "American counterpart Rex Tillerson");
    /// - a country with a possessive before one of its own bodies ("South Korea's Yonhap news agency"),
    ///   or after one of its officials and "of" ("President Emmanuel Macron of France");
    /// - a demonym after "in" or "at" ("in the Russian Far East"), which names a place.
    private func markQualifyingDemonyms(_ mentions: inout [ResolvedMention], tokens: [Token], discovered: [ActorID: Actor]) {
        for i in mentions.indices where i + 1 < mentions.count {
            let next = i + 1
            guard mentions[i].form == .demonym || mentions[i].form == .name || mentions[i].form == .alias,
                  mentions[next].token - mentions[i].last <= 7 else { continue }
            let affiliation = mentions[next].entry >= 0 ? affiliations[Int(mentions[next].entry)] : discovered[mentions[next].actor]?.affiliation
            guard affiliation == mentions[i].actor else { continue }
            // The tokens between, read in place.
            let from = mentions[i].last + 1, to = mentions[next].token
            let possessive = from < to && (tokens[from].is("'") || tokens[from].is("’"))
            if mentions[i].form != .demonym && !possessive { continue }
            // ("Turkey's president, Recep Tayyip Erdogan", "his Japanese counterpart, Fumio Kishida": a title in
            // lower case and a comma may stand between a possessive or a demonym and the name.)
            var rest = (possessive ? min(from + 2, to) : from)..<to
            if rest.count > 1, tokens[to - 1].is(","),
               (rest.lowerBound..<to - 1).allSatisfy({
                   tokens[$0].isWord && !tokens[$0].is("officials")
                       && (isTitleWord(tokens[$0]) || Self.qualifierWords.contains(tokens[$0]))
               }) {
                rest = rest.lowerBound..<rest.lowerBound
            }
            if rest.allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalised || Self.qualifierWords.contains(tokens[$0])) }) {
                mentions[i].isQualifier = true
            }
        }
        var demonymAt = [Int](repeating: -1, count: tokens.count)
        for i in mentions.indices where mentions[i].form == .demonym { demonymAt[mentions[i].token] = i }
        // A demonym before a common noun ("American affairs", "the Russian capital") describes, it does not
        // act: only before a state noun ("the Russian side", "North Korean officials"), a plural demonym
        // ("the Russians"), or a chain of demonyms before such a noun does it stand for the state.
        for i in mentions.indices where mentions[i].form == .demonym {
            var k = mentions[i].last + 1
            while k < tokens.count, demonymAt[k] >= 0 { k = mentions[demonymAt[k]].last + 1 }
            while k < tokens.count, tokens[k].is("and") || tokens[k].is(",") {
                k += 1
                if k < tokens.count, demonymAt[k] >= 0 { k = mentions[demonymAt[k]].last + 1 }
            }
            let last = mentions[i].last
            let plural = tokens[last].isASCII ? tokens[last].text.utf8.last == UInt8(ascii: "s") : tokens[last].text.hasSuffix("s")
            // "the Saudi-led bloc", "the US-led coalition": the state that leads stands for its side;
            // "Russian-mediated talks", "a Qatari-brokered deal": the state that mediates.
            // "Russian-Ukrainian talks", "U.S.-Iranian contacts": states joined by a hyphen before talks are
            // their parties.
            func joined(_ a: Int, _ b: Int) -> Bool {
                mentions[b].token == mentions[a].last + 1 && tokens[mentions[b].token].start == tokens[mentions[a].last].end + 1
            }
            let pairedTalks = k < tokens.count && Self.talksNouns.containsLowercased(tokens[k])
                && ((i > 0 && joined(i - 1, i)) || (i + 1 < mentions.count && joined(i, i + 1)))
            if !plural && !pairedTalks && k < tokens.count && tokens[k].isWord && tokens[k].isLowerInitial
                && !Self.stateNouns.containsLowercased(tokens[k]) && !Self.agentParticiples.containsLowercased(tokens[k]) {
                mentions[i].isQualifier = true
                // "in the Austrian capital", "the Russian city of Ufa": a place in the country.
                if Self.placeNouns.containsLowercased(tokens[k]) { mentions[i].isVenue = true }
            }
        }
        // "President Emmanuel Macron of France": the country after an official of its own only says whose.
        for i in mentions.indices.dropFirst() where mentions[i].form == .name || mentions[i].form == .alias {
            let k = mentions[i].token, official = mentions[i - 1]
            guard k >= 2, official.last == k - 2, tokens[k - 1].is("of") else { continue }
            let affiliation = official.entry >= 0 ? affiliations[Int(official.entry)] : discovered[official.actor]?.affiliation
            if affiliation == mentions[i].actor { mentions[i].isQualifier = true }
        }
        // "the OSCE Minsk Group", "the Minsk agreements", "the Astana format": a capital naming a format
        // or a text says where it was born, not who acts.
        for i in mentions.indices where mentions[i].form == .metonym && mentions[i].last + 1 < tokens.count
            && Self.namedForPlaces.containsLowercased(tokens[mentions[i].last + 1]) {
            (mentions[i].isQualifier, mentions[i].isVenue) = (true, true)
        }
        // Mentions that name someone or something else than their entry, dropped below (few documents have one).
        var misread: [Int] = []
        for i in mentions.indices.dropFirst() {
            let mention = mentions[i], k = mention.token, before = mentions[i - 1]
            guard mention.entry >= 0, k >= 2 else { continue }
            switch kinds[Int(mention.entry)] {
            case .organization:
                // "Pakistan's Foreign Office": a country's own body, not the one of another country that the
                // dictionary knows by those words (the British Foreign Office).
                guard k >= 3, before.last == k - 3, tokens[k - 1].is("s"), tokens[k - 2].is("'") || tokens[k - 2].is("’"),
                      before.entry >= 0, kinds[Int(before.entry)] == .country,
                      let owner = affiliations[Int(mention.entry)], before.actor != owner else { continue }
                misread.append(i)
            case .official:
                // "Hulusi Akar and Ali Mahmoud Abbas": a known official's full name right after a given name of
                // someone else — a capitalised word that is no title, no honorific and no day or month, within a
                // sentence — is that other person's name.
                guard mention.form == .name, tokens[k - 1].isWord, tokens[k - 1].isCapitalised, before.token != k - 1,
                      tokens[k - 2].isWord ? tokens[k - 2].isLowerInitial : tokens[k - 2].is(","),
                      !isTitleWord(tokens[k - 1]), !Self.honorifics.containsLowercased(tokens[k - 1]),
                      !tokens[k - 1].namesWeekdayOrMonth else { continue }
                misread.append(i)
            default:
                continue
            }
        }
        for i in misread.reversed() { mentions.remove(at: i) }
        // "on the sidelines of the UN General Assembly", "at the G20 summit": a gathering is where, not who.
        for i in mentions.indices {
            let k = mentions[i].token
            if k >= 3, tokens[k - 1].is("the"), tokens[k - 2].is("of"), Self.edges.contains(tokens[k - 3]) { mentions[i].isQualifier = true }
            if k >= 2, tokens[k - 1].is("of"), Self.edges.contains(tokens[k - 2]) { mentions[i].isQualifier = true }
        }
        // "a summit of the Shanghai Cooperation Organisation", "the APEC summit", "meetings of the Association
        // of Southeast Asian Nations", "a meeting of foreign ministers of the SCO": an organisation naming a
        // gathering is where its members met, not a party to their meeting. But in "a U.S.-EU summit",
        // joined by a hyphen to the name before it, it is one of the two parties.
        for i in mentions.indices where mentions[i].entry >= 0 && kinds[Int(mentions[i].entry)] == .organization {
            if i > 0, mentions[i].token == mentions[i - 1].last + 1,
               tokens[mentions[i].token].start == tokens[mentions[i - 1].last].end + 1 { continue }
            var k = mentions[i].token - 1
            if k >= 0, tokens[k].is("the") { k -= 1 }
            let after = mentions[i].last + 1
            if (k >= 1 && tokens[k].is("of") && Self.gatherings.contains(tokens[k - 1]))
                || (after < tokens.count && Self.gatherings.contains(tokens[after])) {
                (mentions[i].isQualifier, mentions[i].isVenue) = (true, true)
            } else if k >= 1, tokens[k].is("of"), (max(1, k - 4)...k).contains(where: { j in
                // (A meeting "of" it, or lower-case words between: "of foreign ministers of"; the organisation
                // is still named.)
                tokens[j].is("of") && (Self.gatherings.contains(tokens[j - 1]) || Self.meetingNouns.contains(tokens[j - 1]))
                    && (j + 1..<max(j + 1, k)).allSatisfy { tokens[$0].isWord && tokens[$0].isLowerInitial }
            }) {
                mentions[i].isQualifier = true
            }
        }
        markCountriesAfterTowns(&mentions, tokens: tokens)
        // After "in", "at", "into", "across", "via": a demonym ("in the Russian Far East") or a country
        // ("set foot in South Korea", "in southern Italy") says where, not who.
        for i in mentions.indices where mentions[i].form != .title && mentions[i].form != .surname {
            var k = mentions[i].token - 1
            if k >= 0, EventLexicon.compassWords.contains(tokens[k].lowercased) { k -= 1 }
            if k >= 0, tokens[k].is("the") { k -= 1 }
            guard k >= 0, Self.whereWords.contains(tokens[k]) else { continue }
            // "assurances through Kuwait", "its answer back through Oman": what passes through a state, a go-between.
            if tokens[k].is("through"), k >= 1, Self.passedThrough.containsLowercased(tokens[k - 1]) { continue }
            // But "through Algerian intermediaries", "via Swiss diplomats": people of the state act.
            let after = mentions[i].last + 1
            if mentions[i].form == .demonym, after < tokens.count, Self.stateNouns.containsLowercased(tokens[after]) { continue }
            if mentions[i].form == .demonym || (mentions[i].entry >= 0 && kinds[Int(mentions[i].entry)] == .country) {
                mentions[i].isQualifier = true
            }
        }
    }
}
