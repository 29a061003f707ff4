extension Token {
    /// Whether the first character of the text is upper-case (`Character.isUppercase`), read from
    /// the first byte when it is a character of its own (an ASCII byte before an ASCII byte or the end).
    var isCapitalised: Bool {
        guard let first = firstASCIICharacter else { return text.first!.isUppercase }
        return (first &- UInt8(ascii: "A")) < 26
    }

    /// Whether the first character of the text is lower-case (`Character.isLowercase`), read as
    /// `isCapitalised` is.
    var isLowerInitial: Bool {
        guard let first = firstASCIICharacter else { return text.first!.isLowercase }
        return (first &- UInt8(ascii: "a")) < 26
    }

    /// The first byte of the text when it is a whole character: ASCII, and followed by an ASCII byte
    /// or nothing (a combining mark after it would join it).
    private var firstASCIICharacter: UInt8? {
        let utf8 = text.utf8
        let first = utf8.first!
        guard first < 0x80 else { return nil }
        let second = utf8.index(after: utf8.startIndex)
        return second == utf8.endIndex || utf8[second] < 0x80 ? first : nil
    }
}

extension Token {
    /// Whether the text is `word` (`text == word`): an ASCII token by its length and key, and its
    /// bytes only when those agree; any other token as a string.
    ///
    /// - Precondition: `word` holds none of `WordSet.asciiEquivalents` (an ASCII token equals it only
    ///   byte for byte).
    @inline(__always)
    func `is`(_ word: StaticString) -> Bool {
        guard isASCII else { return text == word.description }
        return word.withUTF8Buffer { bytes in
            end - start == bytes.count && key == Token.key(of: bytes) && text.utf8.elementsEqual(bytes)
        }
    }
}
