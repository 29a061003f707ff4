/// A set of words that tokens (or their lower-cased forms) are looked up in, mostly without hashing a string.
///
/// An ASCII token equals an ASCII word only byte for byte, so only with the same FNV key
/// (`Token.key`), and it equals a non-ASCII word only if that word's non-ASCII scalars are all among
/// `asciiEquivalents`. Unless the set holds such a word, an ASCII token whose key is no word's is
/// not in the set; any other token is looked up as a string (canonical equivalence, as `Set` does).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The non-ASCII scalars canonically equivalent to an ASCII character (";", "`", "K").
    static let asciiEquivalents: Set<Unicode.Scalar> = ["\u{037E}", "\u{1FEF}", "\u{212A}"]

    private let words: Set<Substring>
    /// The keys of the ASCII words.
    private let asciiKeys: [UInt64]
    /// No word can equal an ASCII token other than its own bytes: the keys decide for ASCII tokens.
    private let keysDecide: Bool

    init(_ words: Set<Substring>) {
        self.words = words
        asciiKeys = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Token.key(of: $0.utf8) }
        keysDecide = !words.contains { $0.unicodeScalars.contains(where: Self.asciiEquivalents.contains) }
    }

    init(arrayLiteral words: Substring...) {
        self.init(Set(words))
    }

    /// Inlined, so that a token of an array is read in place rather than copied to be passed.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        if keysDecide && token.isASCII && !asciiKeys.contains(token.key) { return false }
        return contains(text: token.text)
    }

    /// Whether the token's lower-cased form (`Token.lowercased`) is in the set.
    @inline(__always)
    func containsLowercased(_ token: Token) -> Bool {
        if keysDecide && token.isASCII && !asciiKeys.contains(token.lowercasedKey) { return false }
        return contains(text: token.lowercased)
    }

    /// The string lookup, for the few tokens the keys do not decide.
    @inline(never)
    private func contains(text: Substring) -> Bool {
        words.contains(text)
    }
}
