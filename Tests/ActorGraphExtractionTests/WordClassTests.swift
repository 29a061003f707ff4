@testable import ActorGraphExtraction
import Testing

/// The word-class table answers as the word lists it is built from, and the shapes as the String
/// operations they stand for.
@Suite struct WordClassTests {
    static let table = WordClassTable.eventPatterns(titleWords: ["foreign", "minister"])

    /// The classes a word has by the lists themselves (`Set.contains`).
    static func expected(_ word: Substring) -> WordClass {
        var result: WordClass = []
        for (wordClass, words) in WordClass.members + [(.title, ["foreign", "minister"])] where words.contains(word) {
            result.formUnion(wordClass)
        }
        return result
    }

    @Test func everyMemberHasItsClasses() {
        for (_, words) in WordClass.members {
            for word in words { #expect(Self.table.classes(of: word) == Self.expected(word), "\(word)") }
        }
        #expect(Self.table.classes(of: "minister") == .title)
    }

    @Test func otherWordsHaveNone() {
        for word: Substring in ["kremlin", "", "saidx", "sai", "x", "ministers", "élysée", "\u{2014}\u{2014}"] {
            #expect(Self.table.classes(of: word) == Self.expected(word), "\(word)")
        }
    }

    @Test func canonicallyEquivalentSpellingsMatchAsInASet() {
        // U+037E GREEK QUESTION MARK is canonically ";".
        #expect(Self.table.classes(of: "\u{037E}").contains(.clauseBreak))
        #expect(Self.table.classes(of: "\u{037E}") == Self.expected("\u{037E}"))
    }

    @Test func tokensTakeTheirShapes() {
        let tokens = Tokenizer.tokens(in: "Meeting talks hosted ÉLYSÉE Ärzte said, ÉTAING naïveed — 2018")
        for token in tokens {
            let classes = Self.table.classes(of: token)
            let first = token.text.first!
            #expect(classes.contains(.capitalised) == first.isUppercase, "\(token.text)")
            #expect(classes.contains(.lowerInitial) == first.isLowercase, "\(token.text)")
            #expect(classes.contains(.endsInIng) == token.lowercased.hasSuffix("ing"), "\(token.text)")
            #expect(classes.contains(.endsInEd) == token.lowercased.hasSuffix("ed"), "\(token.text)")
            let words = classes.subtracting([.capitalised, .lowerInitial, .endsInIng, .endsInEd])
            #expect(words == Self.expected(token.lowercased), "\(token.text)")
        }
    }
}
