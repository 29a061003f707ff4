extension Token {
    /// Whether the first character of the text is upper-case (`Character.isUppercase`), read from
    /// the first byte when it is a character of its own (an ASCII byte before an ASCII byte or the end).
    var isCapitalised: Bool {
        guard let first = firstASCIICharacter else { return text.first!.isUppercase }
        return (first &- UInt8(ascii: "A")) < 26
    }

    /// Whether the text starts with a digit, read from `edges` without making a string.
    var startsWithDigit: Bool { (UInt8(truncatingIfNeeded: edges) &- UInt8(ascii: "0")) < 10 }

    /// Whether the first character of the text is lower-case (`Character.isLowercase`), read as
    /// `isCapitalised` is.
    var isLowerInitial: Bool {
        guard let first = firstASCIICharacter else { return text.first!.isLowercase }
        return (first &- UInt8(ascii: "a")) < 26
    }

    /// The first byte of the text when it is a whole character: ASCII, and followed by an ASCII byte
    /// or nothing (a combining mark after it would join it). Read from `edges` and the text's second
    /// byte, without making a string.
    private var firstASCIICharacter: UInt8? {
        let first = UInt8(truncatingIfNeeded: edges)
        guard first < 0x80 else { return nil }
        if isASCII || end - start == 1 { return first }
        guard let second = secondByte else { return text.utf8.dropFirst().first! < 0x80 ? first : nil }
        return second < 0x80 ? first : nil
    }
}

extension Token {
    /// Whether the text is `word` (`text == word`): an ASCII token by its bytes (`Word`), any other
    /// token as a string.
    ///
    /// - Precondition: `word` holds none of `WordSet.asciiEquivalents` (an ASCII token equals it only
    ///   byte for byte).
    @inline(__always)
    func `is`(_ word: StaticString) -> Bool {
        guard isASCII else { return text == word.description }
        return hasText(Word(stringLiteral: word))
    }
}
