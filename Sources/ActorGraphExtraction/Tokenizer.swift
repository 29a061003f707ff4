/// A word or punctuation mark of a text, with its UTF-8 byte range.
///
/// A token holds its text and lower-cased form as `Word`s (inline bytes, no reference), so that
/// arrays of tokens are copied and destroyed as plain memory, and the rules compare words as integers.
/// `text` and `lowercased` make strings of them when asked.
public struct Token: Sendable, Hashable {
    /// The text and its lower-cased form (`text`, `lowercased`).
    private var textWord: Word
    /// `lowercased` as a `Word`: what the rules compare with their words (`Sentence.word(_:)`).
    private(set) var lowercasedWord: Word
    public var start: Int
    public var end: Int
    /// True for letters and digits; false for a single punctuation character.
    public var isWord: Bool
    /// Every byte of `text` is ASCII.
    public var isASCII: Bool
    /// What word classes read of an ASCII token's shape without touching its strings
    /// (`WordClassTable`): the first byte of `text` in bits 0–7, and the last three bytes of
    /// `lowercased` in bits 8–31, the last one highest (0 for bytes a shorter text lacks).
    var edges: UInt32
    /// The FNV-1a hash of `text`'s UTF-8 bytes (`Token.key(of:)`): how the gazetteer looks words up.
    public var key: UInt64
    /// The FNV-1a hash of `lowercased`'s UTF-8 bytes: how word classes are looked up (`WordClassTable`).
    var lowercasedKey: UInt64

    public var text: Substring { Substring(textWord.string) }
    /// `text` lower-cased.
    public var lowercased: Substring { Substring(lowercasedWord.string) }
    /// The second byte of `text`, if it is held inline (`Word.secondByte`).
    var secondByte: UInt8? { textWord.secondByte }
    /// The first byte of `text`: read from `edges` for an ASCII token, without making a string.
    var firstByte: UInt8? { isASCII ? UInt8(truncatingIfNeeded: edges) : text.utf8.first }

    init(text: Word, start: Int, end: Int, isWord: Bool, isASCII: Bool, edges: UInt32, lowercased: Word,
         key: UInt64, lowercasedKey: UInt64) {
        (textWord, lowercasedWord) = (text, lowercased)
        (self.start, self.end, self.isWord, self.isASCII, self.edges) = (start, end, isWord, isASCII, edges)
        (self.key, self.lowercasedKey) = (key, lowercasedKey)
    }

    /// Whether the text is `word`, byte for byte.
    @inline(__always)
    func hasText(_ word: Word) -> Bool { textWord == word }

    /// FNV-1a over UTF-8 bytes: cheap, and independent of Swift's per-process hash seed.
    @inline(__always)
    static func key<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// Splits text into word tokens (runs of letters, digits and combining marks) and single
/// punctuation tokens. White space and hyphens separate tokens and are dropped, so "Kim Jong-un" and
/// "Kim Jong un" give the same tokens and "US-North Korea" gives `US`, `North`, `Korea`.
///
/// Scans UTF-8 bytes in place: ASCII bytes are classified directly, and only non-ASCII characters
/// are decoded to look up their Unicode properties.
public enum Tokenizer {
    public static func tokens(in text: Substring, offset: Int = 0) -> [Token] {
        text.utf8.withContiguousStorageIfAvailable { tokens(in: $0, offset: offset) }
            ?? Array(text.utf8).withUnsafeBufferPointer { tokens(in: $0, offset: offset) }
    }

    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        while i < bytes.count {
            let (kind, width) = Self.kind(at: i, in: bytes)
            var end = i + width
            switch kind {
            case .separator:
                i = end
                continue
            case .word:
                while end < bytes.count, case (.word, let width) = Self.kind(at: end, in: bytes) { end += width }
            case .punctuation:
                break
            }
            tokens.append(token(UnsafeBufferPointer(rebasing: bytes[i..<end]), at: offset + i, isWord: kind == .word))
            i = end
        }
        return tokens
    }

    /// What a character is to the tokenizer: part of a word, a separator, or a punctuation token.
    private enum Kind { case word, separator, punctuation }

    /// The kind of the character starting at byte `i`, and its width in bytes.
    @inline(__always)
    private static func kind(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Kind, Int) {
        let byte = bytes[i]
        guard byte < 0x80 else { return nonASCIIKind(at: i, in: bytes) }
        if (byte &- UInt8(ascii: "0")) < 10 || ((byte | 0x20) &- UInt8(ascii: "a")) < 26 { return (.word, 1) }
        let separator = byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: "-")
        return (separator ? .separator : .punctuation, 1)
    }

    /// The kind of the non-ASCII character starting at byte `i`, from its Unicode properties.
    @inline(never)
    private static func nonASCIIKind(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Kind, Int) {
        let (scalar, width) = UTF8Bytes.scalar(at: i, in: bytes)
        if isWordScalar(scalar) { return (.word, width) }
        return (isSeparator(scalar) ? .separator : .punctuation, width)
    }

    /// The token of `bytes` (a slice of the text's bytes), with its text, its lower-cased form and
    /// their keys. The keys of the text and of its ASCII lower-casing are read in the same pass as its
    /// case, ASCII-ness and last bytes.
    @inline(__always)
    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, isWord: Bool) -> Token {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325, lowerKey = key
        // Every byte or-ed together (the high bit tells non-ASCII), the bits that lower-casing
        // changes, and the last bytes read, lower-cased, the last one highest.
        var bits: UInt8 = 0, changed: UInt8 = 0, ending: UInt32 = 0
        for byte in bytes {
            key = (key ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            let lower = UTF8Bytes.lowercased(byte)
            lowerKey = (lowerKey ^ UInt64(lower)) &* 0x0000_0100_0000_01B3
            bits |= byte
            changed |= lower ^ byte
            ending = ending >> 8 | UInt32(lower) << 24
        }
        let ascii = bits < 0x80, capitals = changed != 0
        let edges = ending & 0xFFFF_FF00 | UInt32(bytes[0])
        let text = Word(bytes)
        let lowercased: Word, lowercasedKey: UInt64
        if !ascii {
            let lower = String(decoding: bytes, as: UTF8.self).lowercased()
            lowercased = Word(lower)
            lowercasedKey = Token.key(of: lower.utf8)
        } else if capitals {
            lowercased = Word(asciiLowercasing: bytes)
            lowercasedKey = lowerKey
        } else {
            lowercased = text
            lowercasedKey = key
        }
        return Token(text: text, start: start, end: start + bytes.count, isWord: isWord, isASCII: ascii,
                     edges: edges, lowercased: lowercased, key: key, lowercasedKey: lowercasedKey)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2D, 0x2010, 0x2011, 0x2012, 0x2013: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }
}
