import ActorGraphCore

/// Reads documents and produces actors and events with evidence.
///
/// For every document: actors are found (`DocumentAnalyzer`: dictionary names, places, titles,
/// discovered officials, surnames), the text is split into sentences, and each sentence gives
/// - one `cooccurrence` event between the distinct actors it names (two or more), and
/// - the meetings, talks, visits, mediation and communication its patterns find (`EventPatterns`),
///   dated by the sentence's own date words (`DateResolver`) or else the publication date.
/// Mediation offers that name only one side ("ready to mediate") take the other side from the
/// document: its most-mentioned country besides the mediator and the named side.
/// News agencies are where a report came from, not actors in it: they are listed as mentioned but
/// take part in no event. Finally, reports of the same meeting from several articles are merged
/// into one meeting node (`MeetingMerger`).
public struct Extractor: Sendable {
    public let dictionary: ActorDictionary
    let analyzer: DocumentAnalyzer
    /// Entries that never take part in events (news agencies).
    private let sources: Set<ActorID>
    /// Non-state parties to armed conflicts (`armed-group` entries), which can be sides of mediation.
    private let armedGroups: Set<ActorID>
    /// Whether each dictionary entry's actor is one of `sources`, by entry index: read per mention
    /// without hashing its ID.
    private let entryIsSource: [Bool]
    let actorsByID: [ActorID: Actor]
    /// The classes of words the event patterns look for (`WordClass`).
    let wordClasses: WordClassTable

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.analyzer = DocumentAnalyzer(dictionary: dictionary)
        self.sources = Set(dictionary.entries.filter { $0.type == "news-agency" }.map(\.actor.id))
        self.armedGroups = Set(dictionary.entries.filter { $0.type == "armed-group" }.map(\.actor.id))
        self.entryIsSource = dictionary.entries.map { [sources] in sources.contains($0.actor.id) }
        self.actorsByID = Dictionary(dictionary.entries.map { ($0.actor.id, $0.actor) }, uniquingKeysWith: { a, _ in a })
        // Title words, and the plurals of the offices that lists name ("Mr Shoukry and the foreign ministers
        // of Ethiopia and Sudan" is one list).
        self.wordClasses = WordClassTable.eventPatterns(titleWords: analyzer.titleWords.union(["ministers", "presidents", "premiers", "leaders", "envoys", "counterpart", "counterparts"]))
    }

    /// Extracts every document; results are in document order, events in sentence order.
    public func extract(_ documents: [Document]) -> Extraction {
        var result = Extraction(documents: documents)
        var used = Set<ActorID>()
        var discovered: [ActorID: Actor] = [:]
        var placeGuessed = Set<ActorID>()
        var approximate = Set<String>()
        for document in documents {
            let analysis = analyzer.analyse(document)
            // The first article that gives a discovered official a country gives it to every article: one
            // says "Prime Minister Tony Blair", another "British Prime Minister Tony Blair". A country a title
            // states overrides one a dateline guessed ("President Ronald Reagan" under a REYKJAVIK dateline).
            for actor in analysis.discovered {
                let guessed = analysis.placeGuessed.contains(actor.id)
                guard discovered[actor.id] == nil || (discovered[actor.id]?.affiliation == nil && actor.affiliation != nil)
                        || (placeGuessed.contains(actor.id) && actor.affiliation != nil && !guessed) else { continue }
                discovered[actor.id] = actor
                if guessed { placeGuessed.insert(actor.id) } else { placeGuessed.remove(actor.id) }
            }
            let found = events(in: document, analysis: analysis, approximate: &approximate)
            result.events += found
            let venues = venuesOnly(analysis)
            let named = Set(analysis.mentions.filter {
                !isCredit($0, tokens: analysis.tokens, text: document.text) && !venues.contains($0.actor)
            }.map(\.actor))
            result.mentions[document.id] = named.sorted()
            used.formUnion(named)
            // Parties an event implies without naming them ("the six-party talks", "the two Koreas").
            for event in found { used.formUnion(event.actors.map(\.actor)) }
        }
        let known = actorsByID.merging(discovered) { a, _ in a }
        // Affiliations come along, so that country-level projections can fold officials into them.
        for id in used { if let affiliation = known[id]?.affiliation, known[affiliation] != nil { used.insert(affiliation) } }
        let merged = MeetingMerger.merge(result.events, actors: known, approximate: approximate)
        // Places a meeting's own words leave out are filled in after merging, which they would sway.
        result.events = Extractor.withPlacesOfTheirDay(merged.events)
        result.actors = (used.compactMap { known[$0] } + merged.meetings).sorted { $0.id < $1.id }
        return result
    }

    /// "MOSCOW, Oct 10 (Reuters) -", "PYONGYANG, May 31. /TASS/.", "TOKYO, June 3 Kyodo -": a news
    /// agency in brackets or slashes, or after the day and before a dash, at the top of the article is the
    /// outlet that carries it, not an actor it names. (`text` is the document's, which token offsets index.)
    private func isCredit(_ mention: ResolvedMention, tokens: [Token], text: String) -> Bool {
        guard sources.contains(mention.actor), mention.token > 0, mention.token < 40, mention.last + 1 < tokens.count else { return false }
        let before = tokens[mention.token - 1].text, after = tokens[mention.last + 1].text
        if (before == "(" && after == ")") || (before == "/" && after == "/") { return true }
        // A hyphen or a dash is no token: it is read in the bytes after the name ("(Reuters-style)" too).
        let gap = text.utf8.dropFirst(tokens[mention.last].end).prefix(tokens[mention.last + 1].start - tokens[mention.last].end)
        let dashed = gap.contains(UInt8(ascii: "-")) || gap.contains(0xE2)  // "-", or "—" and "–" (E2 80 94, E2 80 93)
        return dashed && (before == "(" || before.allSatisfy(\.isNumber))
    }

    /// Countries and organisations a document names only as where something happened ("delegations
    /// in Belarus", "a refuelling stop in Athens", "the Austrian capital", "the G20 summit"): each of
    /// their mentions is a venue (`ResolvedMention.isVenue`), or, for a country, follows "in", "at",
    /// "via" or "near" (with a direction between or not: "in southern Italy") and opens no list ("allies
    /// in Japan and South Korea" are the two states).
    /// Such an actor is no actor of the document.
    private func venuesOnly(_ analysis: DocumentAnalysis) -> Set<ActorID> {
        let tokens = analysis.tokens
        let starts = Set(analysis.mentions.map(\.token))
        var venue: [ActorID: Bool] = [:]
        for mention in analysis.mentions {
            let kind = actorsByID[mention.actor]?.kind
            guard kind == .country || kind == .organization else { continue }
            // "in southern Italy": past a direction.
            let before = mention.token > 1 && EventLexicon.compassWords.contains(tokens[mention.token - 1].lowercased) ? mention.token - 2 : mention.token - 1
            let locative = kind == .country && before >= 0 && ["in", "at", "via", "near"].contains(tokens[before].lowercased)
            let listed = mention.last + 2 < tokens.count && ["and", ","].contains(tokens[mention.last + 1].lowercased)
                && starts.contains(mention.last + 2)
            venue[mention.actor] = (venue[mention.actor] ?? true) && (mention.isVenue || (locative && !listed))
        }
        return Set(venue.filter(\.value).keys)
    }

    /// The events of one document.
    public func extract(_ document: Document) -> [Event] {
        var approximate = Set<String>()
        return Extractor.withPlacesOfTheirDay(events(in: document, analysis: analyzer.analyse(document), approximate: &approximate))
    }

    /// The actors a document names, in text order (qualifiers included, places left out).
    public func resolvedMentions(in document: Document) -> [ResolvedMention] {
        analyzer.analyse(document).mentions
    }

    /// Dictionary matching plus event patterns alone: the number of events the patterns find in a
    /// document, without building events, evidence, dates or places (what the benchmark times as
    /// "patterns"). Runs the same sentence walk as `extract(_:)`.
    package func patternEvents(in document: Document) -> Int {
        let analysis = analyzer.analyse(document)
        let known = KnownActors(dictionary: actorsByID, discovered: analysis.discovered)
        let parties = self.parties(of: analysis, in: document, known: known)
        var count = 0
        forEachSentence(of: document, analysis: analysis, known: known, parties: parties) { _, _, found in
            count += found.count
        }
        return count
    }

    /// - Parameter approximate: collects the IDs of events dated only by their article's date.
    private func events(in document: Document, analysis: DocumentAnalysis, approximate: inout Set<String>) -> [Event] {
        let known = KnownActors(dictionary: actorsByID, discovered: analysis.discovered)
        var salience: [ActorID]?  // computed for the first mediation that needs it
        // Each mention's side and whether it names an official, looked up once per document.
        let parties = self.parties(of: analysis, in: document, known: known)
        let tokens = analysis.tokens
        var events: [Event] = []
        var distinct: [ActorID] = []  // storage reused sentence to sentence
        // Mediations whose sentence names fewer than two sides (event index, the sides it names, its
        // co-mediators), and the pairs of sides that the document's other mediations name.
        var unpaired: [(event: Int, actors: [Participant], coMediators: [ActorID])] = [], namedPairs: [[ActorID]] = []
        // Mediations whose sentence names both sides after "between" or at an encounter (event indices).
        var sidesNamed = Set<Int>()
        forEachSentence(of: document, analysis: analysis, known: known, parties: parties) { sentence, mentions, found in
            var evidence: Evidence?  // built for the first event of the sentence only
            var counter = 0
            func emit(_ kind: EventKind, _ status: EventStatus?, _ date: Day?, _ place: String?, _ actors: [Participant],
                      precision: DatePrecision = .day) {
                counter += 1
                if evidence == nil {
                    evidence = Evidence(document: document.id, sentence: sentence.index, start: sentence.start,
                                        end: sentence.end, quote: Extractor.collapseWhitespace(sentence.text))
                }
                events.append(Event(id: "\(document.id)#s\(sentence.index).\(counter)", kind: kind, status: status,
                                    date: date, datePrecision: precision, place: place, actors: actors, evidence: evidence!))
            }

            distinct.removeAll(keepingCapacity: true)
            for mention in mentions where !distinct.contains(mention.actor) { distinct.append(mention.actor) }
            if distinct.count >= 2 {
                emit(.cooccurrence, nil, document.date, nil, distinct.map { Participant($0, as: .participant) })
            }
            // A visit or a journey in the sentence ("travelled secretly to North Korea and held talks")
            // says where it happened, so the dateline does not.
            let travels = found.contains { $0.kind == .visit }
                || mentions.contains { $0.token > 0 && tokens[$0.token - 1].lowercased == "to" && known[$0.actor]?.kind == .country }
            // "mediation led by A and B": mediators together are no side of each other's mediation.
            let mediators = found.filter { $0.kind == .mediation }.compactMap { $0.actors.first { $0.role == .mediator }?.actor }
            let encounters = found.filter { $0.kind == .meeting || $0.kind == .talks }
            // The sentence's mediations without a date of their own, and its meetings with one.
            var undatedMediations: [Int] = [], datedMeetings: [Int] = []
            for found in found {
                var actors = found.actors
                if found.kind == .mediation {
                    if salience == nil { salience = countrySalience(parties, known: known) }
                    actors = completeSides(actors, candidates: salience!, coMediators: mediators, known: known)
                }
                guard found.kind != .mediation || actors.filter({ $0.role == .side }).count == 2 else { continue }
                if found.kind == .mediation {
                    let named = found.actors.filter { $0.role == .side }.map(\.actor)
                    if named.count >= 2 { namedPairs.append(named) } else { unpaired.append((events.count, found.actors, mediators)) }
                    if named.count == 2,
                       Extractor.namesBetween(named, mentions: mentions, tokens: tokens) || Extractor.meet(named, in: encounters) {
                        sidesNamed.insert(events.count)
                    }
                }
                // A role kept over time is dated by the day it began ("since March 8"), not by a month or a year.
                let read = Extractor.date(of: found, in: sentence, tokens: tokens, reference: document.date, dateline: analysis.dateline)
                let keptOverTime = Extractor.keptOverTime(found, tokens: tokens)
                let own = read?.precision == .day || !keptOverTime ? read : nil
                // Without a date of its own, an event is the article's news — unless the sentence looks back.
                let date = own?.day ?? (found.forward || keptOverTime || Extractor.looksBack(found, tokens: tokens, published: document.date) ? nil : document.date)
                if own == nil, date != nil { approximate.insert("\(document.id)#s\(sentence.index).\(counter + 1)") }
                let place = found.place ?? (travels ? nil : datelinePlace(for: found, actors: actors, date: date, document: document,
                                                                          dateline: analysis.dateline, known: known))
                // "holds talks with Putin in Geneva on June 16", written on June 10: what has its own day after
                // the article's was not yet held.
                let ahead = [.meeting, .talks, .visit].contains(found.kind) && found.status == .held
                    && own?.precision == .day && (own?.day).map { day in document.date.map { day > $0 } ?? false } == true
                // "Moon helped set up the first Trump-Kim summit in Singapore last June": a meeting arranged for a
                // month before the article's is no longer to come.
                let behind = [.meeting, .talks, .visit].contains(found.kind) && found.status == .planned && own?.precision == .month
                    && (own?.day).map { day in document.date.map { (day.year, day.month) < ($0.year, $0.month) } ?? false } == true
                    && Extractor.arranged(before: found.trigger, tokens: tokens)
                if own == nil, found.kind == .mediation { undatedMediations.append(events.count) }
                if own != nil, found.kind == .meeting || found.kind == .talks { datedMeetings.append(events.count) }
                emit(found.kind, ahead ? .planned : behind ? .held : found.status, date, place, actors, precision: own?.precision ?? .day)
            }
            // "Qatar brokered talks between Israel and Hamas on Tuesday": a mediation is dated by the talks
            // between its sides that its sentence dates.
            for index in undatedMediations {
                let sides = events[index].actors(in: .side)
                guard let talks = datedMeetings.first(where: { m in sides.allSatisfy { side in events[m].actors.contains { $0.actor == side } } })
                else { continue }
                events[index].date = events[talks].date
                events[index].datePrecision = events[talks].datePrecision
            }
        }
        // "a deal brokered by Brazil and Turkey" … "go-betweens between Tehran and Washington": a
        // mediation without its sides takes those another mediation of the document names before the
        // most-named countries.
        if let salience, !namedPairs.isEmpty {
            // The pair named most often first (by country; the first named on a tie): a misread pair named
            // once does not outweigh the dispute.
            let counts = Dictionary(namedPairs.map { (Set($0.map(known.country)), 1) }, uniquingKeysWith: +)
            let ranked = namedPairs.enumerated().sorted { a, b in
                let (x, y) = (counts[Set(a.element.map(known.country))]!, counts[Set(b.element.map(known.country))]!)
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
            for (index, actors, coMediators) in unpaired {
                events[index].actors = completeSides(actors, candidates: ranked.joined() + salience, coMediators: coMediators, known: known)
            }
        }
        if events.contains(where: { $0.kind == .mediation }) {
            // The side each actor named stands for, looked up once (an implied party is looked up when asked).
            var sides: [ActorID: ActorID] = [:]
            for party in parties where sides[party.actor] == nil { sides[party.actor] = party.side }
            events = Extractor.withMediationsAtEncounters(events, sidesNamed: sidesNamed) { id in sides[id] ?? known.country(of: id) }
        }
        // "The mediation efforts of Angola helped end the dispute between …": two triggers of a sentence
        // that give one mediation once its sides are complete give it once.
        var seen = Set<MediationKey>()
        return events.filter { event in
            event.kind != .mediation
                || seen.insert(MediationKey(sentence: event.evidence.sentence, status: event.status, actors: Set(event.actors))).inserted
        }
    }

    /// Words that open a clause of time ("after US envoy Amos Hochstein shuttled …").
    static let timeConjunctions: Set<Word> = ["after", "when", "before", "while", "as", "since", "until"]

    /// "mediated five rounds of talks between Araghchi and Witkoff": whether the sentence names the two
    /// `sides` one after "between" (a title or two may stand between) and the other at most six words on.
    static func namesBetween(_ sides: [ActorID], mentions: [ResolvedMention], tokens: [Token]) -> Bool {
        mentions.contains { a in
            sides.contains(a.actor) && (max(0, a.token - 4)..<a.token).contains { tokens[$0].lowercased == "between" }
                && mentions.contains { b in b.actor != a.actor && sides.contains(b.actor) && b.token > a.last && b.token <= a.last + 6 }
        }
    }

    /// "Sisi and Erdogan shook hands in Doha, in an encounter arranged by Qatar's emir": whether the two
    /// `sides` of a mediation both take part in one of the meetings or talks (`encounters`) its sentence finds.
    static func meet(_ sides: [ActorID], in encounters: [EventPatterns.Found]) -> Bool {
        encounters.contains { event in sides.allSatisfy { side in event.actors.contains { $0.actor == side } } }
    }

    /// A mediation as far as telling two of one sentence apart goes: its status and who takes which role.
    private struct MediationKey: Hashable {
        var sentence: Int
        var status: EventStatus?
        var actors: Set<Participant>
    }

    /// The party of each of the document's mentions, officials with the offices they hold on its day.
    private func parties(of analysis: DocumentAnalysis, in document: Document, known: KnownActors) -> [Party] {
        // Each mention's actor and entry read in place, without copying the mention.
        analysis.mentions.indices.map { m in
            let actor = analysis.mentions[m].actor, entry = Int(analysis.mentions[m].entry)
            guard entry >= 0 else {
                var party = Party(actor, known: known)
                if party.isOfficial { party.offices = analysis.discoveredRoles[actor].map(Offices.init(role:)) ?? [] }
                return party
            }
            // A dictionary entry is the actor `known` holds for its ID (the first entry with it); read by
            // its index, not by hashing the ID.
            var party = Party(actor: actor, kind: analyzer.kinds[entry], affiliation: analyzer.affiliations[entry])
            if party.isOfficial { party.offices = Offices(roles: analyzer.roles[entry], on: document.date) }
            return party
        }
    }

    /// Walks a document's sentences in text order and calls `body` with each sentence, the mentions of
    /// actors taking part in it (qualifiers and news agencies left out) and the events its patterns
    /// find — none in headlines and questions.
    /// - Parameter parties: the document's mentions with their kinds and affiliations.
    private func forEachSentence(of document: Document, analysis: DocumentAnalysis, known: KnownActors, parties: [Party],
                                 _ body: (Sentence, _ mentions: [ResolvedMention], _ found: [EventPatterns.Found]) -> Void) {
        let patterns = EventPatterns(known: known, armedGroups: armedGroups)
        let sentences = SentenceSplitter.split(document.text, from: document.bodyStart)
        let tokens = analysis.tokens
        // Every word's classes, read once for the whole document. The tokens are read in place (a
        // token copied out of the array would be copied and destroyed whole, both its strings with it).
        var classes: [WordClass] = []
        classes.reserveCapacity(tokens.count)
        tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices { classes.append(wordClasses.classes(of: tokens[i])) }
        }
        var tokenCursor = 0, mentionCursor = 0
        // The actors and the officials named so far, for the pairs that sentences refer back to.
        let named = PartyLog(parties), namedOfficials = PartyLog(parties)
        var previousSubject: ActorID?
        var previousEncounter: [Party] = []
        // The actor that opens the last sentence that named one ("The Holy See has …"), if it opens it:
        // what "it" opening a sentence stands for.
        var previousTopic: ActorID?
        // The sentence's mentions and their parties, their storage reused sentence to sentence.
        var mentions: [ResolvedMention] = [], sentenceParties: [Party] = []
        for sentence in sentences {
            while tokenCursor < tokens.count, tokens[tokenCursor].start < sentence.start { tokenCursor += 1 }
            var tokenEnd = tokenCursor
            while tokenEnd < tokens.count, tokens[tokenEnd].end <= sentence.end { tokenEnd += 1 }
            mentions.removeAll(keepingCapacity: true)
            sentenceParties.removeAll(keepingCapacity: true)
            // The patterns read the pair and officials named before the sentence.
            let namedBefore = named.count, officialsBefore = namedOfficials.count
            var firstOfficial: ActorID?, firstOfficialToken = 0
            while mentionCursor < analysis.mentions.count, analysis.mentions[mentionCursor].start < sentence.end {
                let mention = analysis.mentions[mentionCursor]
                if mention.start >= sentence.start, !mention.isQualifier, !isSource(mention) {
                    mentions.append(mention)
                    sentenceParties.append(parties[mentionCursor])
                    named.append(mentionCursor)
                    if parties[mentionCursor].isOfficial {
                        namedOfficials.append(mentionCursor)
                        if firstOfficial == nil { (firstOfficial, firstOfficialToken) = (parties[mentionCursor].actor, mention.token) }
                    }
                }
                mentionCursor += 1
            }
            // Every event starts at a trigger word: without one the patterns find nothing (the cheapest
            // test, first). Headlines and lists of related links ("Lavrov Meets Kim -- TASS") are too
            // elliptical for events, and a question ("can Putin unlock the dialogue?") asserts none.
            let readsEvents = classes[tokenCursor..<tokenEnd].contains(where: { $0.contains(.triggerStart) })
                && Extractor.asserts(sentence.text, tokens: { tokens[tokenCursor..<tokenEnd] })
            let prepared = readsEvents ? EventPatterns.Sentence(
                tokens: tokens[tokenCursor..<tokenEnd], classes: classes[tokenCursor..<tokenEnd], actors: mentions,
                parties: sentenceParties, places: places(in: tokenCursor..<tokenEnd, of: analysis),
                previousPair: RecentPair(named, count: namedBefore),
                previousOfficials: RecentOfficials(namedOfficials, count: officialsBefore), previousSubject: previousSubject,
                previousEncounter: previousEncounter, previousTopic: previousTopic) : nil
            // "On Saturday he had stopped in Tokyo, where Abe …": a sentence whose subject is "he" or
            // "she" keeps the subject it refers to.
            if let first = mentions.first { previousTopic = first.token - tokenCursor <= 1 ? first.actor : nil }
            // "The North Korean authorities had invited him when their foreign minister, Ri Yong-ho, attended …":
            // an official named only after the verb of a subject that opens the sentence is not its subject
            // (but "Speaking in New York, where he was attending …, Mr Erdogan said": a phrase put in front;
            // "It was Mr Kim's fourth visit": no subject of its own).
            func namedAfterVerb() -> Bool {
                // "It was Mr Kim's fourth visit": an empty "it" or "there" names no subject of its own.
                guard tokenCursor < tokenEnd, !["it", "there", "this", "that"].contains(tokens[tokenCursor].lowercased) else { return false }
                guard let verb = classes[tokenCursor..<max(tokenCursor, firstOfficialToken)].firstIndex(where: {
                    $0.contains(.finiteVerb) && !$0.contains(.reporting)
                }) else { return false }
                // "The trip to Seoul is Yeltsin's first to Asia": the official right after "is" or "was" is the topic.
                if verb + 1 == firstOfficialToken, ["is", "was"].contains(tokens[verb].lowercasedWord) { return false }
                // "The text was finalised after US envoy Amos Hochstein shuttled between the two sides": the
                // subject of a clause of time, with no "him" or "her" for the last subject before it, is the one
                // the next "he" stands for.
                if (max(verb, firstOfficialToken - 5)..<firstOfficialToken).contains(where: { Extractor.timeConjunctions.contains(tokens[$0].lowercasedWord) }),
                   !classes[tokenCursor..<firstOfficialToken].contains(where: { $0.contains(.himOrHer) }) {
                    return false
                }
                return !classes[tokenCursor..<verb].contains { $0.contains(.comma) }
            }
            if let official = firstOfficial,
               previousSubject == nil || (!Extractor.opensWithPronoun(tokenCursor..<tokenEnd, classes: classes, before: mentions.first?.token)
                                          && !namedAfterVerb()) {
                previousSubject = official
            }
            guard let prepared else {
                body(sentence, mentions, [])
                continue
            }
            let found = patterns.events(in: prepared)
            if let pair = Extractor.encounterPair(found, mentions: mentions, parties: sentenceParties) { previousEncounter = pair }
            body(sentence, mentions, found)
        }
    }

    /// The two actors, of different sides, of the last meeting or talks among `found` that has exactly
    /// those two participants, or the two sides of the last mediation performed between two, with their
    /// parties (read from the sentence's `mentions`), in the order the sentence names them.
    static func encounterPair(_ found: [EventPatterns.Found], mentions: [ResolvedMention], parties: [Party]) -> [Party]? {
        for event in found.reversed() {
            // "Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar": the sides of
            // talks a third party held are those who met.
            let pair = event.kind == .meeting || event.kind == .talks ? event.actors
                : event.kind == .mediation && event.status == .performed ? event.actors.filter { $0.role == .side } : []
            guard pair.count == 2 else { continue }
            // The mentions of the two participants, read without building arrays of them.
            guard let a = mentions.firstIndex(where: { $0.actor == pair[0].actor }),
                  let b = mentions.firstIndex(where: { $0.actor == pair[1].actor }) else { continue }
            let (first, second) = (parties[min(a, b)], parties[max(a, b)])
            if first.side != second.side { return [first, second] }
        }
        return nil
    }

    /// Whether a mention names a news agency (`sources`): read by its dictionary entry, the ID hashed
    /// only for an actor discovered in the document.
    private func isSource(_ mention: ResolvedMention) -> Bool {
        mention.entry >= 0 ? entryIsSource[Int(mention.entry)] : sources.contains(mention.actor)
    }

    /// Whether the meeting whose trigger is at `trigger` is what someone arranged ("helped set up the first
    /// summit", "in arranging Mr Kim's first summit"): the verb within six words before it.
    static func arranged(before trigger: Int, tokens: [Token]) -> Bool {
        (max(0, trigger - 6)..<trigger).contains { k in
            ["arrange", "arranging", "arranged", "organise", "organising", "organize", "organizing"].contains(tokens[k].lowercasedWord)
                || (tokens[k].lowercasedWord == "up" && k > 0 && ["set", "setting"].contains(tokens[k - 1].lowercasedWord))
        }
    }

    /// Whether "he" or "she" stands among the first six tokens of the sentence at `range`, before
    /// the first actor it names (at token `firstActor`).
    static func opensWithPronoun(_ range: Range<Int>, classes: [WordClass], before firstActor: Int?) -> Bool {
        range.prefix(6).contains { $0 < (firstActor ?? Int.max) && classes[$0].contains(.heOrShe) }
    }

    /// "SEOUL, May 21 — Biden landed on Friday, where Yoon greeted him": the date of a dateline that opens
    /// the sentence (`dateline`, its city) is the story's, not an event's; the words after it are read.
    static func date(of found: EventPatterns.Found, in sentence: Sentence, tokens: [Token], reference: Day?,
                     dateline: PlaceMention?) -> ReadDate? {
        guard let dateline, found.trigger > dateline.last, tokens[dateline.token].start - sentence.start <= 2,
              tokens[dateline.token].start >= sentence.start,
              let cut = datelineEnd(in: sentence, after: tokens[dateline.last].end),
              let first = (dateline.last + 1...max(dateline.last + 1, found.trigger)).first(where: { tokens[$0].start >= cut }),
              first <= found.trigger
        else { return date(of: found, in: sentence, tokens: tokens, reference: reference) }
        var read = found
        read.span = max(found.span.lowerBound, first)...max(found.span.upperBound, first)
        let rest = Sentence(index: sentence.index, start: cut, end: sentence.end, text: sentence.text[textIndex(cut, in: sentence)...])
        return date(of: read, in: rest, tokens: tokens, reference: reference)
    }

    /// The byte offset where a dateline's date and source end ("SEOUL, May 21 (Yonhap) — ", "PYONGYANG,
    /// May 31. /TASS/. "), within its first 60 bytes after the city ending at byte `cityEnd`.
    static func datelineEnd(in sentence: Sentence, after cityEnd: Int) -> Int? {
        let head = sentence.text[textIndex(cityEnd, in: sentence)...].utf8.prefix(60)
        for mark in [" — ", " – ", " -- ", " - ", "/TASS/ ", "/TASS/. ", ") "] {
            if let range = Substring(head).range(of: mark) {
                return cityEnd + head.distance(from: head.startIndex, to: range.upperBound)
            }
        }
        return nil
    }

    /// An event's own date: read in its own words (its span), else in the sentence up to them — "on
    /// Sunday Pompeo arrived in Pyongyang and met Kim" dates the meeting too, but "talks … since Trump
    /// and Kim met on June 30" does not date the talks.
    static func date(of found: EventPatterns.Found, in sentence: Sentence, tokens: [Token], reference: Day?) -> ReadDate? {
        if let scheduled = scheduledDate(of: found, in: sentence, tokens: tokens, reference: reference) { return scheduled }
        guard let read = readDate(of: found, in: sentence, tokens: tokens, reference: reference) else { return nil }
        // "In August 2019 Lourenço brought them to Luanda, where on Aug. 21 they signed", "Yoon travelled to
        // Tokyo on March 16, 2023, and Kishida made a return visit in May": a day or month read without its
        // year takes the year the sentence last gave a month before the trigger. (A day in the event's own
        // words before it — "Kim, who met Trump in June 2019, meets Moon on Friday" — is read without it.)
        guard let reference, !(found.trigger...found.span.upperBound).contains(where: { isYear(tokens[$0]) }) else { return read }
        let yearInSpan = (found.span.lowerBound..<found.trigger).contains { isYear(tokens[$0]) }
        guard !yearInSpan || read.precision == .month else { return read }
        var k = found.trigger - 1
        while k > 0, tokens[k].start >= sentence.start {
            if isYear(tokens[k]), let year = Int(tokens[k].text), year < reference.year,
               DateParser.month(named: tokens[k - 1].text) != nil
                || (k >= 3 && tokens[k - 1].text == "," && Int(tokens[k - 2].text) != nil && DateParser.month(named: tokens[k - 3].text) != nil) {
                return Day(year: year, month: read.day.month, day: read.day.day).map { ReadDate(day: $0, precision: read.precision) } ?? read
            }
            k -= 1
        }
        return read
    }

    /// Words that join a clause to the one before it, whose own day the clause's event does not share
    /// when it says its own.
    private static let clauseJoints: [Word] = ["and", "then", "where", "before"]
    /// Words that open a clause of another time after an event's trigger.
    private static let subordinators: [Word] = ["after", "since", "before", "until"]

    /// The index in `sentence.text` of the document's UTF-8 byte `offset`, clamped to the sentence.
    static func textIndex(_ offset: Int, in sentence: Sentence) -> String.Index {
        let utf8 = sentence.text.utf8
        return utf8.index(utf8.startIndex, offsetBy: min(utf8.count, max(0, offset - sentence.start)))
    }

    /// Whether a token is a year: four digits from 1900 to 2099.
    private static func isYear(_ token: Token) -> Bool {
        token.text.utf8.count == 4 && token.text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && (token.text.hasPrefix("19") || token.text.hasPrefix("20"))
    }

    /// Whether a token is a year other than that of `published` ("since 2002" in a story of 2018).
    private static func isOtherYear(_ token: Token, than published: Day?) -> Bool {
        isYear(token) && Int(token.text) != published?.year
    }

    /// `date(of:in:tokens:reference:)` before a year named earlier in the sentence is applied.
    private static func readDate(of found: EventPatterns.Found, in sentence: Sentence, tokens: [Token], reference: Day?) -> ReadDate? {
        let utf8 = sentence.text.utf8
        func index(_ offset: Int) -> String.Index { textIndex(offset, in: sentence) }
        // "Moon said on Saturday that the two leaders held a summit in Seoul on June 30": the report's
        // date is not the reported event's; its words start after the reporting verb ("that" included).
        let reportEnd = (found.span.lowerBound..<found.trigger).last { EventLexicon.reporting.contains(tokens[$0].lowercased) }
            .map { k in (k + 1..<min(found.trigger, k + 6)).first { tokens[$0].lowercased == "that" } ?? k }
        var from = reportEnd.map { $0 + 1 } ?? found.span.lowerBound
        // "chaired a video summit … on July 10, and Vucic and Hoti met in Brussels on July 16": a clause
        // joined by ", and" with a subject of its own starts the event's words.
        if let joined = (from..<found.trigger).last(where: { k in
            k + 2 < found.trigger && tokens[k].lowercasedWord == "," && tokens[k + 1].lowercasedWord == "and" && tokens[k + 2].isCapitalised
        }) {
            from = joined + 2
        }
        // "… came less than two weeks after Abe took office on Sept. 26": a clause after the trigger that
        // "after", "since", "before" or "until" opens with a subject of its own dates that clause, and ends
        // the event's words ("after talks on Monday" has no subject: its day stays the event's).
        let last = (found.trigger + 1..<max(found.trigger + 1, found.span.upperBound)).first { k in
            Extractor.subordinators.contains(tokens[k].lowercasedWord)
                && (["he", "she", "they"].contains(tokens[k + 1].lowercasedWord) || tokens[k + 1].isCapitalised && !tokens[k + 1].namesWeekdayOrMonth)
        }.map { $0 - 1 } ?? found.span.upperBound
        let lower = index(tokens[from].start), upper = index(tokens[last].end)
        // "Mr Lula, who arrived on Saturday, held talks … on Sunday": an aside before the trigger dates
        // its own clause, so the words after it are read first.
        if let close = asideEnd(before: found.trigger, from: found.span.lowerBound, tokens: tokens) {
            var after = SentenceDates(sentence.text[index(tokens[close].end)..<upper], reference: reference)
            if let date = after.date(forward: found.forward) { return date }
        }
        // "Modi will arrive in Warsaw on Wednesday and hold talks with Tusk on Thursday", "held talks in
        // Dhaka on Saturday, then flew to Naypyitaw, where he met Suu Kyi on Sunday": past a joint, the
        // day said "on" after the trigger is the event's own, not the day of the verb before it.
        // (Only when a day is said before the joint, and no other joint stands between the trigger and "on".)
        if let joint = (from..<found.trigger).last(where: { Extractor.clauseJoints.contains(tokens[$0].lowercasedWord) }),
           DateResolver.mayHoldDate(sentence.text[index(tokens[from].start)..<index(tokens[joint].start)]),
           let on = (found.trigger + 1..<max(found.trigger + 1, last)).first(where: { k in
               tokens[k].lowercasedWord == "on" && tokens[k + 1].isCapitalised && tokens[k + 1].namesWeekdayOrMonth
           }),
           !(found.trigger + 1..<on).contains(where: { Extractor.clauseJoints.contains(tokens[$0].lowercasedWord) }) {
            var after = SentenceDates(sentence.text[index(tokens[on].start)..<upper], reference: reference)
            if let date = after.date(forward: found.forward) { return date }
        }
        let ownText = sentence.text[lower..<upper], beforeText = sentence.text[utf8.startIndex..<lower]
        // "met Pompeo on May 31 and carried a letter … the following day": a date after the trigger is
        // the event's own; "held talks with Wang on March 18 and was received by Xi the next day": a date
        // before it is the day before.
        let followingDay = DateResolver.mayHoldDate(sentence.text[lower..<index(tokens[found.trigger].start)])
        // When no word or number runs across the start of the event's words, the sentence up to them
        // scans as the part before them followed by their own tokens: those are scanned once.
        guard DateToken.splitsCleanly(utf8, at: lower) else {
            var own = SentenceDates(ownText, reference: reference, readsFollowingDay: followingDay)
            if let date = own.date(forward: found.forward) { return date }
            var before = SentenceDates(sentence.text[utf8.startIndex..<upper], reference: reference)
            return before.date(forward: found.forward)
        }
        var ownTokens: [DateToken]?
        let ownMayHoldDate = DateResolver.mayHoldDate(ownText)
        if ownMayHoldDate {
            let scanned = DateToken.scan(ownText)
            var own = SentenceDates(tokens: scanned, reference: reference, readsFollowingDay: followingDay)
            if let date = own.date(forward: found.forward) { return date }
            ownTokens = scanned
        }
        // Without a date word before the event's words or in them, the sentence up to them has no date.
        guard ownMayHoldDate || DateResolver.mayHoldDate(beforeText) else { return nil }
        var before = SentenceDates(tokens: DateToken.scan(beforeText) + (ownTokens ?? DateToken.scan(ownText)), reference: reference)
        return before.date(forward: found.forward)
    }

    /// "Bern has mediated since last December", "its diplomats have long carried messages", "Kuwait had
    /// mediated between Riyadh and Doha since the crisis began in June 2017": a mediation performed as a
    /// role kept over time, which has no day unless the day it began is given (but "has offered to
    /// mediate" is the news).
    static func keptOverTime(_ found: EventPatterns.Found, tokens: [Token]) -> Bool {
        guard found.kind == .mediation, found.status == .performed else { return false }
        let perfect = (max(found.span.lowerBound, found.trigger - 3)..<found.trigger).lazy.map { tokens[$0].lowercased }
        return perfect.contains { $0 == "has" || $0 == "have" }
            || (perfect.contains("had") && (found.trigger...found.span.upperBound).contains { tokens[$0].lowercased == "since" })
    }

    /// The closing comma of a relative clause set off by commas (", who arrived on Saturday,") between
    /// token `from` and the trigger at `trigger`. A comma before a further name of a list ("who toured
    /// the Philippines, Singapore, Brunei and Australia earlier this month,") does not close it.
    static func asideEnd(before trigger: Int, from: Int, tokens: [Token]) -> Int? {
        guard let open = (from..<max(from, trigger - 1)).first(where: { tokens[$0].text == "," && ["who", "which"].contains(tokens[$0 + 1].lowercased) })
        else { return nil }
        return (open + 2..<max(open + 2, trigger)).first { k in
            guard tokens[k].text == "," else { return false }
            let name = (k + 1..<min(trigger, k + 5)).prefix { tokens[$0].isCapitalised }
            guard let end = name.last, end + 1 < trigger else { return true }
            return !(tokens[end + 1].text == "," || tokens[end + 1].lowercased == "and")
        }
    }

    /// Whether an event's words (or those after them up to the end of its clause: "ago" or another
    /// year) set it in the past of the story: another year ("since 2002"),
    /// "previously", "ago", "earlier" (but not "earlier held talks", earlier that day), "former", the past
    /// perfect ("had met", "Norway had brokered talks") unless reported speech shifted into it ("said Putin
    /// had met Kim").
    static func looksBack(_ found: EventPatterns.Found, tokens: [Token], published: Day?) -> Bool {
        // Whether a reporting word stands among the words up to the current one: looked up only when
        // a "had" asks, and then only for the words not looked up yet.
        var reported = false, unread = found.span.lowerBound
        for k in found.span {
            let word = tokens[k].lowercased
            // Words compared only when their lengths match: a lower-case word that equals an ASCII word
            // has its bytes.
            switch word.utf8.count {
            case 3: if word == "ago" { return true }
            case 6: if word == "former" { return true }
            // ("Abe earlier held talks with Wen": earlier that day, the news.)
            case 7: if word == "earlier", k + 1 >= tokens.count || !sameDayVerbs.contains(tokens[k + 1].lowercasedWord) { return true }
            case 10: if word == "previously" { return true }
            default: break
            }
            if word.utf8.count == 3, word == "had" {
                while !reported, unread <= k {
                    reported = EventLexicon.reporting.contains(tokens[unread].lowercased)
                    unread += 1
                }
                if !reported { return true }
            }
            if isOtherYear(tokens[k], than: published) { return true }
            if namesPeriodGoneBy(at: k, tokens: tokens) { return true }
        }
        // "Jiang first met Kim at the APEC meeting in Seattle two years ago": the words after the event's
        // own, up to the end of its clause.
        var k = found.span.upperBound + 1
        while k < tokens.count, k - found.span.upperBound <= 10, tokens[k].isWord, !clauseOpeners.containsLowercased(tokens[k]) {
            if tokens[k].lowercasedWord == "ago" || isOtherYear(tokens[k], than: published) { return true }
            k += 1
        }
        return false
    }

    /// Whether the words at `k` name a period before the news that is no day of it: "last September",
    /// "last year", "the previous year", "that December", "later that month", "in recent weeks",
    /// "in the spring", "this year", "the 1990s". An event dated by nothing else happened then, not on the
    /// day of publication.
    private static func namesPeriodGoneBy(at k: Int, tokens: [Token]) -> Bool {
        let word = tokens[k].lowercasedWord
        if isDecade(tokens[k]) { return true }
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1].lowercasedWord
        var month: Bool { tokens[k + 1].isCapitalised && DateParser.month(named: tokens[k + 1].text) != nil }
        switch word {
        case "last": return month || pastPeriods.contains(next)
        case "that": return month || next == "year" || next == "month" || next == "week" || seasons.contains(next)
        case "previous": return next == "year" || next == "month" || next == "week" || next == "day"
        case "recent": return k > 0 && tokens[k - 1].lowercasedWord == "in" && ["days", "weeks", "months", "years"].contains(next)
        case "this": return next == "year"
        case "the": return seasons.contains(next)
        default: return false
        }
    }

    /// Words that open a clause of its own after an event's words: `EventLexicon.subordinators`, and
    /// "after", "before" and "following" ("met Xi in Beijing after their first summit in 2013").
    private static let clauseOpeners = WordSet(EventLexicon.subordinators.union(["after", "before", "following"]))

    /// Periods that "last" names without a day: "last year", "last summer".
    private static let pastPeriods: [Word] = ["year", "summer", "spring", "autumn", "fall", "winter", "decade"]
    /// Seasons: a part of a year, no month of it.
    private static let seasons: [Word] = ["summer", "spring", "autumn", "winter"]

    /// "1990s": four digits of a year and an "s".
    /// (Told first by its length and its first and last bytes, read from `edges`.)
    private static func isDecade(_ token: Token) -> Bool {
        guard token.end - token.start == 5, token.isASCII, token.edges >> 24 == UInt32(UInt8(ascii: "s")),
              token.firstByte == UInt8(ascii: "1") || token.firstByte == UInt8(ascii: "2") else { return false }
        return token.text.utf8.dropLast().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Verbs of an encounter that "earlier" before them places earlier on the day of the news.
    private static let sameDayVerbs: [Word] = ["held", "met", "visited", "hosted", "received"]

    /// "PYONGYANG, May 31. /TASS/. … Kim said at a meeting with Lavrov": a meeting held around the
    /// publication date with no venue of its own, one of whose sides is the dateline's country (or
    /// whose host it is), took place in the dateline city.
    private func datelinePlace(for found: EventPatterns.Found, actors: [Participant], date: Day?, document: Document,
                               dateline: PlaceMention?, known: KnownActors) -> String? {
        guard let dateline, let country = dateline.country, found.status == .held,
              [.meeting, .talks, .visit].contains(found.kind), let date, let published = document.date,
              abs(date.ordinal - published.ordinal) <= 1 else { return nil }
        let sides = actors.map { known.country(of: $0.actor) }
        return sides.contains(country) ? dateline.name : nil
    }

    /// The places whose first token lies in `range` (places are in text order).
    private func places(in range: Range<Int>, of analysis: DocumentAnalysis) -> ArraySlice<PlaceMention> {
        let places = analysis.places
        var low = 0, high = places.count
        while low < high {
            let mid = (low + high) / 2
            if places[mid].token < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < places.count, places[end].token < range.upperBound { end += 1 }
        return places[low..<end]
    }

    /// Countries (and armed movements) by how often a document names them, their officials or the
    /// movements' commanders, most first (ties by the first named: "the Moro Islamic Liberation Front"
    /// of the lead before "Japan", whose diplomats attended).
    /// - Parameter parties: the document's mentions.
    private func countrySalience(_ parties: [Party], known: KnownActors) -> [ActorID] {
        var counts: [(country: ActorID, count: Int)] = []  // a document names few countries
        // A news agency's country ("(Xinhua)" in a dateline) is no party to the document's dispute.
        for party in parties where party.kind != nil && !sources.contains(party.actor) {
            let country = party.kind == .country || armedGroups.contains(party.actor)
                ? party.actor : party.affiliation.flatMap { known[$0]?.kind == .country || armedGroups.contains($0) ? $0 : nil }
            guard let country else { continue }
            if let k = counts.firstIndex(where: { $0.country == country }) { counts[k].count += 1 } else { counts.append((country, 1)) }
        }
        return counts.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element.country)
    }

    /// Mediation needs two sides: keep the first two distinct ones (by country), and complete a
    /// missing side from `candidates` in order (the sides the document's other mediations name, and its
    /// most-named countries) — none of them of the country of one of the sentence's mediators
    /// (`coMediators`).
    private func completeSides(_ actors: [Participant], candidates: [ActorID], coMediators: [ActorID], known: KnownActors) -> [Participant] {
        guard let mediator = actors.first(where: { $0.role == .mediator })?.actor else { return actors }
        let country = known.country(of:)
        let mediatorSide = country(mediator)
        let mediatorSides = Set(coMediators.map(country))
        var sides: [ActorID] = []
        for candidate in actors.filter({ $0.role == .side }).map(\.actor) + candidates where sides.count < 2 {
            let c = country(candidate)
            if c != mediatorSide, !mediatorSides.contains(c), !sides.map(country).contains(c) { sides.append(candidate) }
        }
        return [Participant(mediator, as: .mediator)] + sides.map { Participant($0, as: .side) }
    }

    /// An actor named in a document, with its kind and affiliation (nil when no one knows the actor).
    struct Party {
        var actor: ActorID
        var kind: ActorKind?
        var affiliation: ActorID?
        /// The offices an official holds on the article's day, as far as the document knows them.
        var offices: Offices = []

        init(_ actor: ActorID, known: KnownActors) {
            let entry = known[actor]
            self.init(actor: actor, kind: entry?.kind, affiliation: entry?.affiliation)
        }

        init(actor: ActorID, kind: ActorKind?, affiliation: ActorID?) {
            (self.actor, self.kind, self.affiliation) = (actor, kind, affiliation)
        }

        /// The side the actor stands for: a country for itself, anyone else for their affiliation (or,
        /// without one, for themselves).
        var side: ActorID { kind == .country ? actor : (affiliation ?? actor) }
        var isOfficial: Bool { kind == .official }
    }

    /// A headline: no final stop and most longer words capitalised, or a "Title -- Outlet" credit line.
    static func isHeadline(_ text: Substring) -> Bool {
        isHeadline(text, ending: lastVisibleCharacter(of: text), tokens: { Tokenizer.tokens(in: text)[...] })
    }

    /// Whether a text asserts anything: it is neither a headline nor a question.
    private static func asserts(_ text: Substring, tokens: () -> ArraySlice<Token>) -> Bool {
        let end = lastVisibleCharacter(of: text)
        return !isHeadline(text, ending: end, tokens: tokens) && end != "?"
    }

    /// `isHeadline(_:)` for a text whose last character that is not white space is `end`, and whose
    /// tokens `tokens` gives (asked for only when the punctuation does not decide).
    private static func isHeadline(_ text: Substring, ending end: Character?, tokens: () -> ArraySlice<Token>) -> Bool {
        switch end {
        case nil: return true
        case ".", "?", "!", "\"", "”": return false
        default: break
        }
        if UTF8Bytes.contains(" -- ", in: text) { return true }
        let words = tokens().filter { $0.isWord && $0.text.count > 3 }
        guard words.count >= 2 else { return true }
        let capitalised = words.filter { $0.text.first!.isUppercase }.count
        return Double(capitalised) >= 0.6 * Double(words.count)
    }

    /// The last character of `text` that is not white space (`Character.isWhitespace`). Read from
    /// the bytes when it is an ASCII character after an ASCII byte, and only ASCII white space follows
    /// it: then it is a character of its own. Otherwise the characters are read from the end.
    static func lastVisibleCharacter(of text: Substring) -> Character? {
        let utf8 = text.utf8
        var i = utf8.endIndex
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            let byte = utf8[i]
            guard byte < 0x80 else { break }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            if i == utf8.startIndex || utf8[utf8.index(before: i)] < 0x80 { return Character(Unicode.Scalar(byte)) }
            break
        }
        return text.last { !$0.isWhitespace }
    }

    /// The sentence as a quote: whitespace collapsed, a leading bullet ("* ", "• ", "- ") dropped.
    /// White space is ASCII space, line feed, tab and carriage return, and any non-ASCII white space.
    static func collapseWhitespace(_ text: Substring) -> String {
        let bytes = UTF8Bytes.of(text)
        var quote = String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0, pendingSpace = false, i = 0
            while i < bytes.count {
                let (scalar, width) = UTF8Bytes.scalar(at: i, in: bytes)
                let space = scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") : scalar.properties.isWhitespace
                if space {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    for k in i..<(i + width) {
                        out[count] = bytes[k]
                        count += 1
                    }
                }
                i += width
            }
            return count
        }
        // Only a quote whose first byte is "*", "-" or the lead byte of "•" and "–" can start with a bullet.
        guard let first = quote.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == 0xE2 else { return quote }
        for bullet in ["* ", "• ", "- ", "– "] where quote.hasPrefix(bullet) { quote.removeFirst(bullet.count) }
        return quote
    }
}

/// The result of extraction: documents, the actors they name, and the events found.
public struct Extraction: Sendable {
    public var documents: [Document]
    public var actors: [Actor] = []
    public var events: [Event] = []
    /// Actors named in each document (by document ID), whether or not they took part in an event.
    public var mentions: [String: [ActorID]] = [:]

    public init(documents: [Document]) {
        self.documents = documents
    }

    /// The actor graph of these events.
    public func graph(window: TimeWindow = .all, kinds: Set<RelationKind>? = nil, projection: Projection = .actor) -> ActorGraph {
        ActorGraph(events: events, actors: actors, window: window, kinds: kinds, projection: projection)
    }
}
