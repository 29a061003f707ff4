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
    let actorsByID: [ActorID: Actor]

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.analyzer = DocumentAnalyzer(dictionary: dictionary)
        self.sources = Set(dictionary.entries.filter { $0.type == "news-agency" }.map(\.actor.id))
        self.actorsByID = Dictionary(dictionary.entries.map { ($0.actor.id, $0.actor) }, uniquingKeysWith: { a, _ in a })
    }

    /// Extracts every document; results are in document order, events in sentence order.
    public func extract(_ documents: [Document]) -> Extraction {
        var result = Extraction(documents: documents)
        var used = Set<ActorID>()
        var discovered: [ActorID: Actor] = [:]
        var approximate = Set<String>()
        for document in documents {
            let analysis = analyzer.analyse(document)
            for actor in analysis.discovered where discovered[actor.id] == nil { discovered[actor.id] = actor }
            result.events += events(in: document, analysis: analysis, approximate: &approximate)
            let named = Set(analysis.mentions.map(\.actor))
            result.mentions[document.id] = named.sorted()
            used.formUnion(named)
        }
        let known = actorsByID.merging(discovered) { a, _ in a }
        // Affiliations come along, so that country-level projections can fold officials into them.
        for id in used { if let affiliation = known[id]?.affiliation, known[affiliation] != nil { used.insert(affiliation) } }
        let merged = MeetingMerger.merge(result.events, actors: known, approximate: approximate)
        result.events = merged.events
        result.actors = (used.compactMap { known[$0] } + merged.meetings).sorted { $0.id < $1.id }
        return result
    }

    /// The events of one document.
    public func extract(_ document: Document) -> [Event] {
        var approximate = Set<String>()
        return events(in: document, analysis: analyzer.analyse(document), approximate: &approximate)
    }

    /// The actors a document names, in text order (qualifiers included, places left out).
    public func resolvedMentions(in document: Document) -> [ResolvedMention] {
        analyzer.analyse(document).mentions
    }

    /// - Parameter approximate: collects the IDs of events dated only by their article's date.
    private func events(in document: Document, analysis: DocumentAnalysis, approximate: inout Set<String>) -> [Event] {
        let known = actorsByID.merging(analysis.discovered.map { ($0.id, $0) }) { a, _ in a }
        let patterns = EventPatterns(affiliation: { known[$0]?.affiliation }, kind: { known[$0]?.kind },
                                     titleWords: analyzer.titleWords)
        let salience = countrySalience(analysis.mentions, known: known)
        let sentences = SentenceSplitter.split(document.text, from: document.bodyStart)
        let tokens = analysis.tokens
        var events: [Event] = []
        var tokenCursor = 0, mentionCursor = 0
        var previousPair: [ActorID] = [], previousOfficials: [ActorID] = []
        for sentence in sentences {
            while tokenCursor < tokens.count, tokens[tokenCursor].start < sentence.start { tokenCursor += 1 }
            var tokenEnd = tokenCursor
            while tokenEnd < tokens.count, tokens[tokenEnd].end <= sentence.end { tokenEnd += 1 }
            var mentions: [ResolvedMention] = []
            while mentionCursor < analysis.mentions.count, analysis.mentions[mentionCursor].start < sentence.end {
                let mention = analysis.mentions[mentionCursor]
                if mention.start >= sentence.start, !mention.isQualifier, !sources.contains(mention.actor) { mentions.append(mention) }
                mentionCursor += 1
            }
            var evidence: Evidence?  // built for the first event of the sentence only
            var counter = 0
            func emit(_ kind: EventKind, _ status: EventStatus?, _ date: Day?, _ place: String?, _ actors: [Participant]) {
                counter += 1
                if evidence == nil {
                    evidence = Evidence(document: document.id, sentence: sentence.index, start: sentence.start,
                                        end: sentence.end, quote: Extractor.collapseWhitespace(sentence.text))
                }
                events.append(Event(id: "\(document.id)#s\(sentence.index).\(counter)", kind: kind, status: status,
                                    date: date, place: place, actors: actors, evidence: evidence!))
            }

            var distinct: [ActorID] = []
            for mention in mentions where !distinct.contains(mention.actor) { distinct.append(mention.actor) }
            if distinct.count >= 2 {
                emit(.cooccurrence, nil, document.date, nil, distinct.map { Participant($0, as: .participant) })
            }
            defer {
                previousPair = Extractor.lastPair(previousPair, then: mentions.map(\.actor), known: known)
                previousOfficials = Extractor.lastPair(previousOfficials, then: mentions.map(\.actor).filter { known[$0]?.kind == .official }, known: known)
            }
            // Headlines and lists of related links ("Lavrov Meets Kim -- TASS") are too elliptical for
            // events, and a question ("can Putin unlock the dialogue?") asserts none.
            guard !Extractor.isHeadline(sentence.text), sentence.text.last(where: { !$0.isWhitespace }) != "?" else { continue }
            let slice = tokens[tokenCursor..<tokenEnd]
            let prepared = EventPatterns.Sentence(
                tokens: slice, words: slice.map(\.lowercased), actors: mentions,
                places: places(in: tokenCursor..<tokenEnd, of: analysis), text: sentence.text,
                previousPair: previousPair, previousOfficials: previousOfficials)
            var ownDates: [Bool: Day?] = [:]  // the sentence's own date, read once per direction
            for found in patterns.events(in: prepared) {
                var actors = found.actors
                if found.kind == .mediation { actors = completeSides(actors, salience: salience, known: known) }
                guard found.kind != .mediation || actors.filter({ $0.role == .side }).count == 2 else { continue }
                if ownDates[found.forward] == nil {
                    ownDates[found.forward] = DateResolver.date(in: sentence.text, reference: document.date, forward: found.forward)
                }
                let own = ownDates[found.forward]!
                let date = own ?? (found.forward ? nil : document.date)
                if own == nil, date != nil { approximate.insert("\(document.id)#s\(sentence.index).\(counter + 1)") }
                emit(found.kind, found.status, date, found.place, actors)
            }
        }
        return events
    }

    /// The places whose first token lies in `range` (places are in text order).
    private func places(in range: Range<Int>, of analysis: DocumentAnalysis) -> [PlaceMention] {
        let places = analysis.places
        var low = 0, high = places.count
        while low < high {
            let mid = (low + high) / 2
            if places[mid].token < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var result: [PlaceMention] = []
        while low < places.count, places[low].token < range.upperBound { result.append(places[low]); low += 1 }
        return result
    }

    /// Countries by how often a document names them or their officials, most first (ties by ID).
    private func countrySalience(_ mentions: [ResolvedMention], known: [ActorID: Actor]) -> [ActorID] {
        var counts: [ActorID: Int] = [:]
        for mention in mentions {
            guard let actor = known[mention.actor] else { continue }
            let country = actor.kind == .country ? actor.id : actor.affiliation.flatMap { known[$0]?.kind == .country ? $0 : nil }
            if let country { counts[country, default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    /// Mediation needs two sides: keep the first two distinct ones (by country), and complete a
    /// missing side with the document's most salient other country.
    private func completeSides(_ actors: [Participant], salience: [ActorID], known: [ActorID: Actor]) -> [Participant] {
        guard let mediator = actors.first(where: { $0.role == .mediator })?.actor else { return actors }
        func country(_ id: ActorID) -> ActorID { known[id]?.kind == .country ? id : (known[id]?.affiliation ?? id) }
        let mediatorSide = country(mediator)
        var sides: [ActorID] = []
        for side in actors where side.role == .side {
            let c = country(side.actor)
            if c != mediatorSide, !sides.map(country).contains(c), sides.count < 2 { sides.append(side.actor) }
        }
        for candidate in salience where sides.count < 2 {
            if candidate != mediatorSide, !sides.map(country).contains(candidate) { sides.append(candidate) }
        }
        return [Participant(mediator, as: .mediator)] + sides.map { Participant($0, as: .side) }
    }

    /// The last two actors of different sides (officials preferred over their countries) after a
    /// sentence naming `actors`, starting from the pair before it.
    static func lastPair(_ pair: [ActorID], then actors: [ActorID], known: [ActorID: Actor]) -> [ActorID] {
        func side(_ id: ActorID) -> ActorID { known[id]?.kind == .country ? id : (known[id]?.affiliation ?? id) }
        var result = pair
        for actor in actors {
            result.removeAll { side($0) == side(actor) }
            result.append(actor)
            if result.count > 2 { result.removeFirst() }
        }
        return result
    }

    /// A headline: no final stop and most longer words capitalised, or a "Title -- Outlet" credit line.
    static func isHeadline(_ text: Substring) -> Bool {
        guard let end = text.last(where: { !$0.isWhitespace }) else { return true }
        if [".", "?", "!", "\"", "”"].contains(end) { return false }
        if text.contains(" -- ") { return true }
        let words = Tokenizer.tokens(in: text).filter { $0.isWord && $0.text.count > 3 }
        guard words.count >= 2 else { return true }
        let capitalised = words.filter { $0.text.first!.isUppercase }.count
        return Double(capitalised) >= 0.6 * Double(words.count)
    }

    /// The sentence as a quote: whitespace collapsed, a leading bullet ("* ", "• ", "- ") dropped.
    static func collapseWhitespace(_ text: Substring) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let space = scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || (!scalar.isASCII && scalar.properties.isWhitespace)
            if space {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        var quote = String(out)
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
