import ActorGraphCore

/// Reads documents and produces actors and events with evidence.
///
/// For every sentence: dictionary matches are resolved to actors (`ActorResolver`), and a sentence
/// naming two or more distinct actors yields one `cooccurrence` event between them, dated by the
/// document, quoting the sentence. News agencies are where a report came from, not actors in it:
/// they are listed as mentioned but take part in no event.
public struct Extractor: Sendable {
    public let dictionary: ActorDictionary
    private let gazetteer: Gazetteer
    private let resolver: ActorResolver
    /// Entries that never take part in events (news agencies).
    private let sources: Set<ActorID>

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.gazetteer = Gazetteer(dictionary)
        self.resolver = ActorResolver(dictionary: dictionary)
        self.sources = Set(dictionary.entries.filter { $0.type == "news-agency" }.map(\.actor.id))
    }

    /// Extracts every document; results are in document order, events in sentence order.
    public func extract(_ documents: [Document]) -> Extraction {
        var result = Extraction(documents: documents)
        var used = Set<ActorID>()
        for document in documents {
            let mentions = resolvedMentions(in: document)
            result.events += events(in: document, mentions: mentions)
            let named = Set(mentions.map(\.actor))
            result.mentions[document.id] = named.sorted()
            used.formUnion(named)
        }
        // Affiliations come along, so that country-level projections can fold officials into them.
        let byID = Dictionary(dictionary.entries.map { ($0.actor.id, $0.actor) }, uniquingKeysWith: { a, _ in a })
        for id in used { if let affiliation = byID[id]?.affiliation, byID[affiliation] != nil { used.insert(affiliation) } }
        result.actors = used.compactMap { byID[$0] }.sorted { $0.id < $1.id }
        return result
    }

    /// The events of one document.
    public func extract(_ document: Document) -> [Event] {
        events(in: document, mentions: resolvedMentions(in: document))
    }

    private func events(in document: Document, mentions: [ResolvedMention]) -> [Event] {
        let sentences = SentenceSplitter.split(document.text, from: document.bodyStart)
        var events: [Event] = []
        var cursor = 0
        for sentence in sentences {
            var actors: [ActorID] = []
            while cursor < mentions.count, mentions[cursor].start < sentence.end {
                if mentions[cursor].start >= sentence.start, !sources.contains(mentions[cursor].actor),
                   !actors.contains(mentions[cursor].actor) {
                    actors.append(mentions[cursor].actor)
                }
                cursor += 1
            }
            guard actors.count >= 2 else { continue }
            let evidence = Evidence(document: document.id, sentence: sentence.index, start: sentence.start,
                                    end: sentence.end, quote: Extractor.collapseWhitespace(sentence.text))
            events.append(Event(id: "\(document.id)#s\(sentence.index).1", kind: .cooccurrence, date: document.date,
                                actors: actors.map { Participant($0, as: .participant) }, evidence: evidence))
        }
        return events
    }

    /// All resolved mentions of a document body, in text order.
    public func resolvedMentions(in document: Document) -> [ResolvedMention] {
        let tokens = Tokenizer.tokens(in: document.body, offset: document.bodyStart)
        return resolver.resolve(gazetteer.mentions(in: tokens), tokens: tokens)
    }

    static func collapseWhitespace(_ text: Substring) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
