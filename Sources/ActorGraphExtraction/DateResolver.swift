import ActorGraphCore

/// Dates an event from the words of its sentence, relative to the article's publication date.
///
/// Reads, in order of preference: a full date ("June 12, 2018"); a day and month without a year
/// ("June 12", "12 June"), placed in the year that keeps it nearest the publication date on the
/// event's side of it; a month ("in June 2018", "in June": its first day, of `month` precision); a weekday ("on Thursday":
/// the last such day on or before publication for past events, the next one for planned events);
/// "today", "yesterday", "tomorrow", "last week", "a week earlier", "two days ago". Without a
/// publication date only full dates (and a month with its year) are read.
public enum DateResolver {
    /// - Parameters:
    ///   - text: the sentence.
    ///   - reference: the publication date.
    ///   - forward: the event is planned (lies after publication), so relative dates look ahead.
    public static func date(in text: Substring, reference: Day?, forward: Bool) -> Day? {
        var dates = SentenceDates(text, reference: reference)
        return dates.date(forward: forward)?.day
    }

    /// Whether `text` has words or numbers a date can be read from: a word (as `DateToken.scan` splits
    /// words) that lower-cased is a month, a weekday or a relative-date word, or numbers joined by "-"
    /// or "." (`NumericDateStart`). Without a date word only the numeric dates "2018-05-31" and
    /// "08.12.2017" can be read, and a bare number ("in 2018", "30 years") dates nothing.
    /// A quick test over bytes: most sentences have none of these, and then `date` is nil.
    static func mayHoldDate(_ text: Substring) -> Bool {
        let bytes = UTF8Bytes.of(text)
        let keys = dateWordKeys, filter = dateWordFilter
        var numeric = NumericDateStart.none
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            numeric = numeric.after(byte)
            if numeric == .found { return true }
            guard DateToken.isLetter(byte) else {
                i += 1
                continue
            }
            let start = i
            var key: UInt64 = 0, ascii = true
            while i < bytes.count, DateToken.isLetter(bytes[i]) {
                ascii = ascii && bytes[i] < 0x80
                if i - start < 12 { key = key << 5 | UInt64((bytes[i] | 0x20) &- 0x60) }
                i += 1
            }
            let word = bytes[start..<i]
            if ascii ? word.count <= 12 && filter.mayContain(key: mixed(key)) && keys.contains(key)
                : dateWords.contains(String(decoding: word, as: UTF8.self).lowercased()) {
                return true
            }
        }
        return false
    }

    /// How far the bytes read so far go into a numeric date: the tokens (`DateToken.scan`) number,
    /// "-" or ".", number, which every date without a month name starts with. Bytes that are no
    /// token (white space, other punctuation) are skipped, as the scan skips them.
    enum NumericDateStart {
        case none, number, separator, found

        /// The state after one more byte.
        func after(_ byte: UInt8) -> NumericDateStart {
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let separator = byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            let token = digit || separator || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") || DateToken.isLetter(byte)
            switch self {
            case .found: return .found
            case .none: return digit ? .number : .none
            case .number: return digit ? .number : separator ? .separator : token ? .none : .number
            case .separator: return digit ? .found : token ? .none : .separator
            }
        }
    }

    /// Every lower-cased word that `date` reads without a number next to it.
    private static let dateWords: Set<String> = {
        var words: Set<String> = ["earlier", "ago", "before", "today", "tonight", "yesterday", "tomorrow", "week", "month"]
        words.formUnion(DateParser.weekdays)
        words.formUnion(DateParser.monthNames)
        return words
    }()

    /// The keys of `dateWords` as `mayHoldDate` computes them for ASCII words: five bits a letter,
    /// 1 for "a" to 26 for "z", so that words of up to 12 letters have distinct keys.
    private static let dateWordKeys = Set(dateWords.map { word in word.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 - 0x60) } })

    /// `dateWordKeys` in a Bloom filter: most words are told from date words without hashing.
    private static let dateWordFilter: WordFilter = {
        var filter = WordFilter()
        for key in dateWordKeys { filter.insert(key: mixed(key)) }
        return filter
    }()

    /// A date word key with its bits mixed into the high ones, which `WordFilter` reads.
    private static func mixed(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

    /// The first day of `month` in the year that puts the month on the right side of the month of
    /// `reference` (or in it): "in March" in a January article is last March for a past event. A plan
    /// for one of the two months just gone is one that fell through, not one for next year ("had planned
    /// to visit Seoul in October", in November).
    static func place(month: Int, near reference: Day, forward: Bool) -> Day? {
        let year = forward ? ((reference.month - month + 12) % 12 > 2 && month < reference.month ? reference.year + 1 : reference.year)
            : (month > reference.month ? reference.year - 1 : reference.year)
        return Day(year: year, month: month, day: 1)
    }

    /// The day `month`/`day` in the year that puts it on the right side of `reference` and nearest.
    static func place(month: Int, day: Int, near reference: Day, forward: Bool) -> Day? {
        guard let same = Day(year: reference.year, month: month, day: day) else { return nil }
        let offset = same.ordinal - reference.ordinal
        if forward && offset < -60 { return Day(year: reference.year + 1, month: month, day: day) }
        if !forward && offset > 60 { return Day(year: reference.year - 1, month: month, day: day) }
        return same
    }
}

/// A date read from text: a day, or the first day of a month the text names without a day.
struct ReadDate: Equatable {
    var day: Day
    var precision: DatePrecision = .day
}

/// The dates one sentence gives its events (`DateResolver`): the sentence is scanned once, and the
/// date read once for each direction.
struct SentenceDates {
    private let reference: Day?
    private let tokens: [DateToken]
    private let words: [String]
    /// The first full date of the sentence, which both directions take.
    private let full: Day?
    private var readBackward: ReadDate??, readForward: ReadDate??
    /// Whether "the following day" after a date moves it on a day: not when the date follows the
    /// event's trigger ("met Pompeo on May 31 and carried a letter … the following day").
    private let readsFollowingDay: Bool

    init(_ text: Substring, reference: Day?, readsFollowingDay: Bool = true) {
        // Most sentences have no digit, month, weekday or relative-date word: then every date is nil.
        self.init(tokens: DateResolver.mayHoldDate(text) ? DateToken.scan(text) : [], reference: reference,
                  readsFollowingDay: readsFollowingDay)
    }

    /// The dates of a sentence already scanned into `tokens` (`DateToken.scan`), of a text for which
    /// `DateResolver.mayHoldDate` holds (else the tokens give no date, and are best left empty).
    init(tokens: [DateToken], reference: Day?, readsFollowingDay: Bool = true) {
        self.reference = reference
        self.readsFollowingDay = readsFollowingDay
        self.tokens = tokens
        words = tokens.map(\.lowercased)
        full = DateParser.findDate(in: tokens)
    }

    /// The sentence's date for an event lying before publication, or after it (`forward`).
    mutating func date(forward: Bool) -> ReadDate? {
        if forward {
            if readForward == nil { readForward = read(forward: true) }
            return readForward!
        }
        if readBackward == nil { readBackward = read(forward: false) }
        return readBackward!
    }

    private static let relativeWords: Set<String> = ["earlier", "ago", "before"]
    /// Words before a month named without its day that make it the month of an event.
    private static let monthLeads: Set<String> = ["in", "early", "late", "mid", "last"]
    /// "the end of October": the parts of a month before "of" that date an event by the month.
    private static let monthParts: Set<String> = ["end", "beginning", "start", "middle"]
    private static let units = ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30]
    private static let counts = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3]

    private func read(forward: Bool) -> ReadDate? {
        if let full { return ReadDate(day: full) }
        guard let reference else {
            // Without a publication date, only a month with its year can be read: "in June 2018".
            for i in tokens.indices.dropFirst() where words[i - 1] == "in" && tokens[i].isWord {
                if let month = tokens[i].month, i + 1 < tokens.count,
                   let year = tokens[i + 1].number, tokens[i + 1].text.count == 4 {
                    return Day(year: year, month: month, day: 1).map { ReadDate(day: $0, precision: .month) }
                }
            }
            return nil
        }
        /// A day placed near the reference, qualified by the words after it (at `k`): "Feb. 4 last year",
        /// "June 12 next year" give the year, and "… on February 7, and met Moon the following day" the
        /// day after.
        func qualified(_ placed: Day, after k: Int) -> Day {
            var day = placed
            if k + 1 < tokens.count, words[k + 1] == "year" {
                switch words[k] {
                case "last": day = Day(year: reference.year - 1, month: placed.month, day: placed.day) ?? placed
                case "this": day = Day(year: reference.year, month: placed.month, day: placed.day) ?? placed
                case "next": day = Day(year: reference.year + 1, month: placed.month, day: placed.day) ?? placed
                default: break
                }
            }
            let dayAfter = readsFollowingDay && (k..<max(k, tokens.count - 1)).contains { j in
                (words[j] == "following" || words[j] == "next") && words[j + 1] == "day" && j > 0 && words[j - 1] == "the"
            } || (k..<max(k, tokens.count - 2)).contains { j in
                (words[j] == "a" || words[j] == "one") && words[j + 1] == "day" && words[j + 2] == "later"
            }
            return dayAfter ? day.adding(days: 1) : day
        }
        for i in tokens.indices {
            // "June 12" / "Sept. 29"
            if let month = tokens[i].month, tokens[i].text.first!.isUppercase {
                var k = i + 1
                if k < tokens.count, tokens[k].text == "." { k += 1 }
                if k < tokens.count, let day = tokens[k].number, tokens[k].text.count <= 2 {
                    if let placed = DateResolver.place(month: month, day: day, near: reference, forward: forward).map({ qualified($0, after: k + 1) }) {
                        return ReadDate(day: placed)
                    }
                }
                // "in June 2018" / "in June": a month without its day ("the first talks since October"
                // starts a period, and dates nothing; "that December" is of a year named elsewhere).
                // "in mid-August", "at the end of October", "last September" (the one before this
                // month's), "in March last year" too.
                if i > 0, Self.monthLeads.contains(words[i - 1])
                    || (i > 1 && (words[i - 1] == "of" && Self.monthParts.contains(words[i - 2]) || words[i - 1] == "-" && words[i - 2] == "mid")) {
                    var first = k < tokens.count && tokens[k].number != nil && tokens[k].text.count == 4
                        ? Day(year: tokens[k].number!, month: month, day: 1)
                        : words[i - 1] == "last" ? Day(year: month < reference.month ? reference.year : reference.year - 1, month: month, day: 1)
                        : DateResolver.place(month: month, near: reference, forward: forward)
                    if k + 1 < tokens.count, words[k + 1] == "year", let year = ["last": -1, "this": 0, "next": 1][words[k]] {
                        first = Day(year: reference.year + year, month: month, day: 1)
                    }
                    return first.map { ReadDate(day: $0, precision: .month) }
                }
            }
            // "12 June"
            if let day = tokens[i].number, tokens[i].text.count <= 2, i + 1 < tokens.count, tokens[i + 1].isWord,
               let month = tokens[i + 1].month, tokens[i + 1].text.first!.isUppercase,
               let placed = DateResolver.place(month: month, day: day, near: reference, forward: forward).map({ qualified($0, after: i + 2) }) {
                return ReadDate(day: placed)
            }
            if let weekday = DateParser.weekdays.firstIndex(of: words[i]), tokens[i].text.first!.isUppercase {
                // "on Saturday, February 10", "Friday 12 June": the date after it says which one.
                var k = i + 1
                if k < tokens.count, tokens[k].text == "," { k += 1 }
                func isMonth(_ k: Int) -> Bool { k < tokens.count && tokens[k].month != nil && tokens[k].text.first!.isUppercase }
                if isMonth(k) || (k < tokens.count && tokens[k].number != nil && isMonth(k + 1)) {
                    continue
                }
                let target = weekday + 1
                let delta = ((target - reference.weekday) % 7 + 7) % 7
                // "last Thursday" is before the day of publication, "Thursday last week" in the week
                // before it (weeks start on Monday); "next Tuesday", "Tuesday next week" after it.
                // ("last Tuesday" written on a Wednesday is not the day before, which would be "Tuesday",
                // but the Tuesday a week before that.)
                let last = i > 0 && words[i - 1] == "last"
                let lastWeek = i + 2 < tokens.count && words[i + 1] == "last" && words[i + 2] == "week"
                if lastWeek {
                    let monday = reference.adding(days: -((reference.weekday - 1 + 7) % 7) - 7)
                    return ReadDate(day: monday.adding(days: (target - 1 + 7) % 7))
                }
                if forward { return ReadDate(day: reference.adding(days: delta == 0 && (i > 0 && words[i - 1] == "next") ? 7 : delta)) }
                return ReadDate(day: reference.adding(days: delta == 0 ? (last ? -7 : 0) : delta - 7 - (last && delta == 6 ? 7 : 0)))
            }
            // "a week earlier", "two days ago", "three weeks before"
            if Self.relativeWords.contains(words[i]), i >= 2 {
                if let unit = Self.units[words[i - 1]] {
                    let count = Self.counts[words[i - 2]] ?? tokens[i - 2].number
                    if let count, count < 100 { return ReadDate(day: reference.adding(days: -count * unit)) }
                }
            }
            switch words[i] {
            case "today", "tonight": return ReadDate(day: reference)
            case "yesterday": return ReadDate(day: reference.adding(days: -1))
            case "tomorrow": return ReadDate(day: reference.adding(days: 1))
            case "week" where i > 0 && words[i - 1] == "last": return ReadDate(day: reference.adding(days: -7))
            case "week" where i > 0 && words[i - 1] == "next": return ReadDate(day: reference.adding(days: 7))
            // "last month", "earlier this month", "next month": the month, without a day.
            case "month" where i > 0 && ["last", "this", "next"].contains(words[i - 1]):
                let offset = words[i - 1] == "last" ? -1 : words[i - 1] == "next" ? 1 : 0
                let index = reference.year * 12 + reference.month - 1 + offset
                return Day(year: index / 12, month: index % 12 + 1, day: 1).map { ReadDate(day: $0, precision: .month) }
            default: break
            }
        }
        return nil
    }
}
