/// A sentence of a document: its index, UTF-8 byte range in the document text, and text.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: Substring
}

/// Splits article text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with closing quotes or brackets) followed by white space and a
/// capital, digit or quote, unless the word before the stop is a known abbreviation ("Mr.", "U.S.",
/// "Sept.") or a single capital initial ("N. Korea"). A blank line or a line without final punctuation
/// (a headline, a bullet) also ends a sentence.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep",
        "St", "Jr", "Sr", "Mt", "No", "Nos", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "approx", "cf", "al",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "U.S", "U.N", "U.K", "E.U", "D.P.R.K", "U.S.A", "a.m", "p.m", "e.g", "i.e",
    ]

    public static func split(_ text: String, from start: Int = 0) -> [Sentence] {
        text.utf8.withContiguousStorageIfAvailable { split(text, bytes: $0, from: start) }
            ?? Array(text.utf8).withUnsafeBufferPointer { split(text, bytes: $0, from: start) }
    }

    /// The sentences of `text`, whose UTF-8 bytes are `bytes`: read in place, without bounds checks.
    private static func split(_ text: String, bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        var sentenceStart = start
        var i = start
        func emit(_ end: Int) {
            var s = sentenceStart
            var e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            if e > s {
                let lower = text.utf8.index(text.utf8.startIndex, offsetBy: s)
                let upper = text.utf8.index(lower, offsetBy: e - s)
                sentences.append(Sentence(index: sentences.count, start: s, end: e, text: text[lower..<upper]))
            }
            sentenceStart = end
        }
        while true {
            // Only a line feed or a stop can end a sentence: the bytes between are skipped.
            i = nextBreak(in: bytes, from: i)
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                // A line break ends a sentence when the line has no final punctuation (headline, bullet)
                // or when a blank line follows.
                var j = i + 1
                while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: "\r") { j += 1 }
                let blankLineFollows = j < bytes.count && bytes[j] == UInt8(ascii: "\n")
                if blankLineFollows || !lineEndsMidSentence(bytes, before: i, from: sentenceStart) {
                    emit(i)
                }
                i += 1
                continue
            }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                var j = i + 1
                while j < bytes.count, isCloser(bytes, j) { j += closerLength(bytes, j) }
                if j >= bytes.count || isSpace(bytes[j]) {
                    var k = j
                    while k < bytes.count, isSpace(bytes[k]), bytes[k] != UInt8(ascii: "\n") { k += 1 }
                    let next = k < bytes.count ? bytes[k] : UInt8(ascii: "A")
                    if b != UInt8(ascii: ".") || !isAbbreviation(bytes, dotAt: i, next: next) {
                        if k >= bytes.count || startsSentence(bytes, k) {
                            emit(j)
                            i = j
                            continue
                        }
                    }
                }
            }
            i += 1
        }
        emit(bytes.count)
        return sentences
    }

    /// The first position from `start` on that holds a line feed, ".", "!" or "?" (`bytes.count` when
    /// none does): eight bytes are tested at a time, each word's bytes XOR-ed with the byte sought
    /// and the lowest zero byte found by the carry trick (a zero byte's high bit survives
    /// `(x - 0x01…) & ~x`; the bits above a zero byte may be false, the lowest never is).
    private static func nextBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
            while i + 8 <= bytes.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\n")))) | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "."))))
                    | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "!")))) | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "?"))))
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return i }
            i += 1
        }
        return i
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
    }

    /// Closing quotes and brackets after a stop: `"`, `'`, `)`, `]`, `”` (E2 80 9D), `’` (E2 80 99).
    private static func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool { closerLength(bytes, j) > 0 }

    private static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int {
        let b = bytes[j]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return 1 }
        if b == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 { return 3 }
        return 0
    }

    /// Capital letter, digit, opening quote, or any non-ASCII letter start a new sentence.
    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let b = bytes[k]
        return (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || b == UInt8(ascii: "*")
            || b == UInt8(ascii: "-") || b >= 0xC0 || b == 0xE2
    }

    /// The abbreviations' UTF-8 bytes: an ASCII word is one of them only byte for byte.
    private static let abbreviationBytes: [[UInt8]] = abbreviations.map { Array($0.utf8) }

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, dotAt i: Int, next: UInt8) -> Bool {
        var s = i
        while s > 0, !isSpace(bytes[s - 1]), bytes[s - 1] != UInt8(ascii: "(") , bytes[s - 1] != UInt8(ascii: "\"") { s -= 1 }
        let wordBytes = UnsafeBufferPointer(rebasing: bytes[s..<i])
        // An ASCII word (most are) is read from its bytes: one character per byte, no string built.
        if wordBytes.allSatisfy({ $0 < 0x80 }) {
            if abbreviationBytes.contains(where: { $0.count == wordBytes.count && $0.elementsEqual(wordBytes) }) {
                return !(wordBytes.contains(UInt8(ascii: ".")) && isSentenceOpener(bytes, from: i + 1))
            }
            return wordBytes.count == 1 && (wordBytes[0] &- UInt8(ascii: "A")) < 26
        }
        let word = String(decoding: wordBytes, as: UTF8.self)
        if abbreviations.contains(word) {
            // "the U.S. Secretary" continues; "in the U.S. The" ends only before a common sentence opener.
            return !(word.contains(".") && isSentenceOpener(bytes, from: i + 1))
        }
        // A single capital initial: "N. Korea", "Donald J. Trump".
        return word.count == 1 && word.first!.isUppercase
    }

    /// Whether the word after position `from` is a typical sentence opener ("The", "He", "It", …).
    private static func isSentenceOpener(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        var k = from
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        var e = k
        while e < bytes.count, (bytes[e] >= UInt8(ascii: "A") && bytes[e] <= UInt8(ascii: "z")) { e += 1 }
        let word = String(decoding: bytes[k..<e], as: UTF8.self)
        return ["The", "He", "She", "It", "They", "We", "This", "But", "In", "On", "A", "His", "Her", "Their"].contains(word)
    }

    /// Whether the line ending at `i` stops in the middle of a sentence (ordinary wrapped prose).
    private static func lineEndsMidSentence(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int, from start: Int) -> Bool {
        var e = i
        while e > start, isSpace(bytes[e - 1]) { e -= 1 }
        guard e > start else { return false }
        let last = bytes[e - 1]
        // Wrapped prose ends a line with a letter, comma or similar; we then join the lines only if the
        // next line starts with a lower-case letter.
        var k = i + 1
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { return false }
        let nextIsLower = bytes[k] >= UInt8(ascii: "a") && bytes[k] <= UInt8(ascii: "z")
        return nextIsLower && last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
    }
}
