import ActorGraphAlgorithms
import ActorGraphCore
import ActorGraphExtraction

/// A deterministic generator of news-like diplomatic articles, for throughput benchmarks.
///
/// Articles are assembled in memory from sentence templates written for this benchmark (meetings,
/// talks, visits, mediation offers, letters, statements, and plain filler), filled with names drawn
/// from the dictionary the extractor uses: officials by canonical name or alias, countries by name,
/// demonym or metonym, title phrases, places and dates. The same seed gives the same corpus, byte for
/// byte. The text is not meant to be true, only shaped like the real thing, so that the extractor does
/// the same work per byte (tokenising, dictionary matching, pattern matching, date resolution).
struct CorpusGenerator {
    private var rng: SeededRandom
    private let officials: [String]
    private let surnames: [String]
    private let countries: [String]
    private let demonyms: [String]
    private let metonyms: [String]
    private let places: [String]
    private let titles: [String]
    private let agencies = ["TASS", "Yonhap", "Xinhua", "KCNA", "AFP", "Reuters", "Kyodo"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    init(dictionary: ActorDictionary, seed: UInt64) {
        rng = SeededRandom(seed: seed)
        let clear = dictionary.entries.filter { !$0.ambiguous && $0.type != "news-agency" }
        let people = clear.filter { $0.actor.kind == .official }
        officials = people.flatMap { [$0.actor.name] + $0.aliases.filter { $0.contains(" ") } }.sorted()
        surnames = people.compactMap { $0.aliases.first { !$0.contains(" ") } }.sorted()
        let states = clear.filter { $0.actor.kind == .country }
        countries = states.map(\.actor.name).sorted()
        demonyms = states.flatMap { $0.demonyms.filter { !$0.hasSuffix("s") } }.sorted()
        metonyms = states.flatMap(\.metonyms).sorted()
        places = dictionary.places.map(\.name).sorted()
        titles = dictionary.titles.keys.sorted().compactMap { dictionary.titles[$0]?.first { $0.first?.isLowercase == true } }
    }

    /// Pick with a skew towards the front of the list (a few names dominate the news, as in real
    /// coverage): index ⌊n·u²⌋ for uniform u.
    private mutating func pick(_ list: [String]) -> String {
        guard !list.isEmpty else { return "Russia" }
        let u = Double(rng.next() >> 11) / Double(1 << 53)
        return list[Swift.min(list.count - 1, Int(Double(list.count) * u * u))]
    }

    private mutating func uniform(_ list: [String]) -> String {
        list[Int(rng.next() % UInt64(list.count))]
    }

    private mutating func chance(_ p: Double) -> Bool { Double(rng.next() >> 11) / Double(1 << 53) < p }

    private mutating func date(_ year: Int) -> String {
        "\(uniform(Self.months)) \(1 + Int(rng.next() % 28)), \(year)"
    }

    private mutating func person() -> String {
        chance(0.8) || surnames.isEmpty ? pick(officials) : "Mr " + pick(surnames)
    }

    private mutating func state() -> String {
        switch rng.next() % 4 {
        case 0: return metonyms.isEmpty ? pick(countries) : pick(metonyms)
        default: return pick(countries)
        }
    }

    private mutating func titled() -> String {
        let demonym = demonyms.isEmpty ? "Russian" : pick(demonyms)
        let title = titles.isEmpty ? "foreign minister" : uniform(titles)
        return "\(demonym) \(title) \(pick(officials))"
    }

    /// One sentence.
    private mutating func sentence(year: Int) -> String {
        let day = uniform(Self.weekdays)
        switch rng.next() % 14 {
        case 0: return "\(person()) met \(person()) in \(pick(places)) on \(day), the first such meeting since \(date(year - 1))."
        case 1: return "\(titled()) held talks with \(person()) in \(pick(places)) on \(date(year))."
        case 2: return "\(state()) is ready to mediate between \(state()) and \(state()), \(person()) told reporters."
        case 3: return "\(person()) arrived in \(pick(places)) on a two-day visit at the invitation of \(person())."
        case 4: return "According to \(uniform(agencies)), \(person()) carried a letter from \(person()) to \(person())."
        case 5: return "\(state()) offered to act as a go-between in the negotiations between \(state()) and \(state())."
        case 6: return "The summit between \(person()) and \(person()) is planned for \(uniform(Self.months)) in \(pick(places))."
        case 7: return "\(person()) said on \(day) that \(state()) would not accept any preconditions for dialogue."
        case 8: return "\(person()) told \(person()) that sanctions against \(state()) must remain in place."
        case 9: return "Speaking at a news conference, \(titled()) welcomed the talks between \(state()) and \(state())."
        case 10: return "\(state()) and \(state()) agreed last week to facilitate negotiations on the peninsula."
        case 11: return "Officials said the discussions covered trade, security guarantees, humanitarian aid and the timetable for further consultations at working level."
        case 12: return "The meeting, which lasted more than three hours, ended without a joint statement, but both delegations described it as constructive and useful."
        default: return "Analysts in \(pick(places)) said the move was intended to show that diplomacy remained possible despite the tensions of recent months."
        }
    }

    /// The next article: a headline, a dateline and 8–24 sentences in paragraphs.
    mutating func nextDocument(index: Int) -> Document {
        let year = 2010 + Int(rng.next() % 16)
        let month = 1 + Int(rng.next() % 12)
        let dayOfMonth = 1 + Int(rng.next() % 28)
        var text = "\(person()) and \(person()) discuss \(pick(countries)) in \(pick(places))\n\n"
        text += "\(pick(places).uppercased()), \(Self.months[month - 1]) \(dayOfMonth). /\(uniform(agencies))/ - "
        let count = 8 + Int(rng.next() % 17)
        for i in 0..<count {
            text += sentence(year: year)
            text += i % 4 == 3 ? "\n\n" : " "
        }
        text += "\n"
        return Document(id: "bench-\(index)", path: "bench/\(index).txt", text: text,
                        date: Day(year: year, month: month, day: dayOfMonth), dateSource: "override")
    }

    /// Articles until their text reaches `bytes` UTF-8 bytes.
    mutating func corpus(bytes: Int) -> [Document] {
        var documents: [Document] = []
        var total = 0
        while total < bytes {
            let document = nextDocument(index: documents.count)
            total += document.text.utf8.count
            documents.append(document)
        }
        return documents
    }
}
