/// A word or punctuation mark of a text, with its UTF-8 byte range.
public struct Token: Sendable, Hashable {
    public var text: Substring
    public var start: Int
    public var end: Int
    /// True for letters and digits; false for a single punctuation character.
    public var isWord: Bool
}

/// Splits text into word tokens (runs of letters, digits and combining marks) and single
/// punctuation tokens. White space and hyphens separate tokens and are dropped, so "Kim Jong-un" and
/// "Kim Jong un" give the same tokens and "US-North Korea" gives `US`, `North`, `Korea`.
public enum Tokenizer {
    public static func tokens(in text: Substring, offset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var position = offset
        var wordStart: String.UnicodeScalarView.Index?
        var wordStartPosition = 0
        func closeWord(at end: String.UnicodeScalarView.Index) {
            if let start = wordStart {
                tokens.append(Token(text: text[start..<end], start: wordStartPosition, end: position, isWord: true))
                wordStart = nil
            }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if wordStart == nil {
                    wordStart = index
                    wordStartPosition = position
                }
            } else {
                closeWord(at: index)
                if !isSeparator(scalar) {
                    let next = scalars.index(after: index)
                    tokens.append(Token(text: text[index..<next], start: position, end: position + width, isWord: false))
                }
            }
            position += width
            index = scalars.index(after: index)
        }
        closeWord(at: scalars.endIndex)
        return tokens
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
        default: scalar.properties.isWhitespace
        }
    }
}
