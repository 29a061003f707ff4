import ActorGraphCore

/// Finds calendar dates in news text: ISO (`2018-05-31`), US (`Thursday, May 31, 2018`,
/// `Sept. 29, 2017`), European (`31 May 2018`, `08.12.2017`, `8 December 2017`).
public enum DateParser {
    /// The date when `text` is exactly one date (surrounding punctuation and a weekday allowed).
    public static func parseDate(_ text: String) -> Day? {
        let tokens = DateToken.scan(Substring(text))
        guard let (day, range) = firstDate(in: tokens) else { return nil }
        let rest = tokens.indices.filter { !range.contains($0) }
        return rest.allSatisfy({ tokens[$0].isWeekday || tokens[$0].text == "-" }) ? day : nil
    }

    /// The first full date anywhere in `text`.
    public static func findDate(in text: Substring) -> Day? {
        firstDate(in: DateToken.scan(text))?.0
    }

    /// The first full date among already scanned tokens.
    static func findDate(in tokens: [DateToken]) -> Day? {
        firstDate(in: tokens)?.0
    }

    /// A dateline: the first full date within the first lines of an article body (the TASS-style
    /// "PYONGYANG, May 31. /TASS/" carries no year and is read with the year of a nearby full date).
    public static func dateline(in body: Substring, lines limit: Int = 8) -> Day? {
        var seen = 0
        for line in body.split(whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) { continue }
            if let day = findDate(in: line) { return day }
            seen += 1
            if seen >= limit { break }
        }
        return nil
    }

    /// Month number for an English month name or abbreviation ("Sept", "Dec"), else nil.
    public static func month(named name: Substring) -> Int? {
        guard name.utf8.count >= 3, name.utf8.count <= 9 else { return nil }
        return month(named: name, lowercased: UTF8Bytes.lowercased(name))
    }

    /// `month(named:)` for a name whose lower-cased form is known.
    static func month(named name: Substring, lowercased: String) -> Int? {
        guard name.utf8.count >= 3, name.utf8.count <= 9 else { return nil }
        // Every month name starts with one of these letters: most words need no table lookup.
        switch lowercased.utf8.first {
        case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"), UInt8(ascii: "o"),
             UInt8(ascii: "n"), UInt8(ascii: "d"): break
        default: return nil
        }
        return monthNumbers[lowercased]
    }

    /// Full month names, their three-letter abbreviations and "sept", lower-cased.
    static var monthNames: Dictionary<String, Int>.Keys { monthNumbers.keys }

    /// The number of each month name of `monthNames`.
    private static let monthNumbers: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = ["sept": 9]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        return table
    }()

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static func firstDate(in tokens: [DateToken]) -> (Day, ClosedRange<Int>)? {
        for i in tokens.indices {
            if let found = date(at: i, in: tokens) { return found }
        }
        return nil
    }

    /// Tries every pattern starting at token `i`.
    private static func date(at i: Int, in t: [DateToken]) -> (Day, ClosedRange<Int>)? {
        func number(_ k: Int) -> Int? { k < t.count ? t[k].number : nil }
        func month(_ k: Int) -> Int? { k < t.count ? t[k].month : nil }
        func text(_ k: Int) -> Substring? { k < t.count ? t[k].text : nil }
        // 2018-05-31
        if let y = number(i), t[i].text.count == 4, text(i + 1) == "-", let m = number(i + 2), text(i + 3) == "-",
           let d = number(i + 4), let day = Day(year: y, month: m, day: d) {
            return (day, i...(i + 4))
        }
        // 08.12.2017 (day.month.year, as European and Russian outlets write it)
        if let d = number(i), t[i].text.count <= 2, text(i + 1) == ".", let m = number(i + 2), text(i + 3) == ".",
           let y = number(i + 4), t[i + 4].text.count == 4, let day = Day(year: y, month: m, day: d) {
            return (day, i...(i + 4))
        }
        // May 31, 2018 / Sept. 29, 2017
        if let m = month(i) {
            var k = i + 1
            if text(k) == "." { k += 1 }
            if let d = number(k), t[k].text.count <= 2 {
                var y = k + 1
                if text(y) == "," { y += 1 }
                if let year = number(y), t[y].text.count == 4, let day = Day(year: year, month: m, day: d) {
                    return (day, i...y)
                }
            }
        }
        // 31 May 2018 / 08 December 2017
        if let d = number(i), t[i].text.count <= 2, let m = month(i + 1) {
            var y = i + 2
            if text(y) == "." { y += 1 }
            if text(y) == "," { y += 1 }
            if let year = number(y), t[y].text.count == 4, let day = Day(year: year, month: m, day: d) {
                return (day, i...y)
            }
        }
        return nil
    }
}

/// A word, a number or one punctuation character of a date phrase.
struct DateToken {
    var text: Substring
    /// The value of an all-digit token (at most 9 digits), computed once when scanned.
    let number: Int?
    /// `text` lower-cased.
    let lowercased: String
    /// The month a word names ("June", "sept"), computed once when scanned.
    let month: Int?

    init(text: Substring) {
        self.text = text
        self.lowercased = UTF8Bytes.lowercased(text)
        var value = 0, digits = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 else { value = -1; break }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        self.number = value >= 0 && digits > 0 ? value : nil
        let isWord = text.utf8.first.map(DateToken.isLetter) ?? false
        self.month = isWord ? DateParser.month(named: text, lowercased: lowercased) : nil
    }

    var isWord: Bool { text.utf8.first.map(DateToken.isLetter) ?? false }

    /// A letter byte: ASCII letters, and any byte of a non-ASCII character.
    static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether `scan` splits `text` at `index` into the tokens before it and the tokens after it:
    /// no run of letters or of digits goes on across it.
    static func splitsCleanly(_ text: Substring.UTF8View, at index: String.Index) -> Bool {
        guard index > text.startIndex, index < text.endIndex else { return true }
        let before = text[text.index(before: index)], after = text[index]
        if isLetter(before) && isLetter(after) { return false }
        return !(isDigit(before) && isDigit(after))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    var isWeekday: Bool { DateParser.weekdays.contains(lowercased) || text == "," }

    /// Words (letters, any non-ASCII byte counted as a letter), numbers, and the punctuation that
    /// dates use (`. , - /`). Scans UTF-8 bytes: dates are ASCII, and this runs on every sentence.
    ///
    /// The tokens are slices of a copy of `text`: a copy of an ASCII phrase is flagged ASCII, so its
    /// tokens compare on the fast path even when the document holds non-ASCII characters elsewhere.
    static func scan(_ text: Substring) -> [DateToken] {
        let copy = String(text), bytes = Array(copy.utf8)
        func slice(_ range: Range<Int>) -> Substring {
            let start = copy.utf8.index(copy.utf8.startIndex, offsetBy: range.lowerBound)
            return copy[start..<copy.utf8.index(start, offsetBy: range.count)]
        }
        var tokens: [DateToken] = []
        var i = 0
        func kind(_ b: UInt8) -> Int {  // 1 letter, 2 digit, 3 date punctuation, 0 other
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...: 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): 2
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "/"): 3
            default: 0
            }
        }
        while i < bytes.count {
            let k = kind(bytes[i])
            if k == 1 || k == 2 {
                let start = i
                while i < bytes.count, kind(bytes[i]) == k { i += 1 }
                tokens.append(DateToken(text: slice(start..<i)))
            } else {
                if k == 3 { tokens.append(DateToken(text: slice(i..<(i + 1)))) }
                i += 1
            }
        }
        return tokens
    }
}

extension Token {
    /// Whether the token is a weekday or a month by name ("Thursday", "Sept"), whatever its case.
    var namesWeekdayOrMonth: Bool {
        DateParser.weekdays.contains(String(lowercased)) || DateParser.month(named: text) != nil
    }
}
