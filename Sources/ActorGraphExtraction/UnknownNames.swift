import ActorGraphCore

/// A capitalised name the dictionary does not know, with how often and where it appeared.
public struct UnknownName: Sendable, Hashable {
    public var name: String
    public var count: Int
    /// `official` when a title, "Mr"/"Ms" or a reporting verb points to a person; `organization` when
    /// the name ends like one ("Ministry", "Agency", "Council" …); nil when the text does not say.
    public var kind: ActorKind?
    /// The country the nearest demonym or country name gave, if any.
    public var affiliation: ActorID?
    public var document: String
    public var sentence: String
}

extension Extractor {
    /// Capitalised names of people and organisations that no dictionary entry, place or title covers,
    /// most frequent first: candidates for a user dictionary (`actorgraph actors --unknown`).
    ///
    /// A name is two to four capitalised words (hyphenated parts of Korean names included), or one
    /// capitalised word after "Mr", "Ms", "Mrs" or "Dr". Sentence-initial single words, weekdays,
    /// months and words of headlines are left out.
    public func unknownNames(in documents: [Document]) -> [UnknownName] {
        var found: [String: UnknownName] = [:]
        for document in documents {
            let analysis = analyzer.analyse(document)
            let tokens = analysis.tokens
            let bytes = Array(document.text.utf8)
            let sentences = SentenceSplitter.split(document.text, from: document.bodyStart)
            var i = 0
            while i < tokens.count {
                guard !analysis.covered[i], isNameWord(tokens[i]) else { i += 1; continue }
                var last = i
                while last + 1 < tokens.count, !analysis.covered[last + 1], last - i < 3,
                      isNameWord(tokens[last + 1]) || (tokens[last + 1].start == tokens[last].end + 1 && bytes[tokens[last].end] == UInt8(ascii: "-")
                                                        && tokens[last + 1].isWord) {
                    last += 1
                }
                let previous = i > 0 ? tokens[i - 1].text : ""
                let honorific = ["Mr", "Ms", "Mrs", "Dr", "Mme"].contains(previous)
                guard last > i || honorific else { i = last + 1; continue }
                guard let sentence = sentences.first(where: { $0.start <= tokens[i].start && $0.end >= tokens[last].end }),
                      !Extractor.isHeadline(sentence.text) else { i = last + 1; continue }
                let name = String(decoding: bytes[tokens[i].start..<tokens[last].end], as: UTF8.self)
                var entry = found[name] ?? UnknownName(name: name, count: 0, kind: nil, affiliation: nil, document: document.path,
                                                       sentence: Extractor.collapseWhitespace(sentence.text))
                entry.count += 1
                if entry.kind == nil { entry.kind = guessKind(name: name, tokens: tokens, first: i, last: last, honorific: honorific, analysis: analysis) }
                if entry.affiliation == nil {
                    entry.affiliation = analysis.mentions.last { $0.last < i && i - $0.last <= 4 && actorsByID[$0.actor]?.kind == .country }?.actor
                }
                found[name] = entry
                i = last + 1
            }
        }
        return found.values.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    private func isNameWord(_ token: Token) -> Bool {
        guard token.isWord, let first = token.text.first, first.isUppercase, token.text.count > 1 else { return false }
        return !Self.notNameWords.contains(token.text) && DateParser.month(named: token.text) == nil
    }

    private func guessKind(name: String, tokens: [Token], first: Int, last: Int, honorific: Bool, analysis: DocumentAnalysis) -> ActorKind? {
        let organisationEnds: Set<Substring> = ["Ministry", "Agency", "Council", "Committee", "Party", "Commission", "News",
                                                "Union", "Organization", "Organisation", "Institute", "Office", "Department",
                                                "Assembly", "Bank", "Fund", "Forces", "Army", "Navy", "Bureau", "Service", "Group"]
        if organisationEnds.contains(tokens[last].text) { return .organization }
        if honorific { return .official }
        if last + 1 < tokens.count, ["said", "told", "says", "added", "met"].contains(tokens[last + 1].text) { return .official }
        if first > 0, analysis.covered[first - 1], !analysis.mentions.contains(where: { $0.last == first - 1 }) { return .official }
        return nil
    }

    static let notNameWords: Set<Substring> = ["The", "A", "An", "In", "On", "At", "And", "But", "For", "With", "He", "She",
                                               "It", "They", "We", "I", "This", "That", "These", "Those", "His", "Her",
                                               "Their", "Its", "Mr", "Ms", "Mrs", "Dr", "Monday", "Tuesday", "Wednesday",
                                               "Thursday", "Friday", "Saturday", "Sunday", "After", "Before", "When", "While",
                                               "As", "If", "Read", "More", "Also", "Meanwhile", "However", "Since", "Although",
                                               "Over", "Under", "Late", "Early", "Last", "Next", "Today", "Yesterday"]
}
