import ActorGraphCore
import Foundation
@testable import ActorGraphExtraction
import Testing

/// The byte-level fast paths give what the String operations they stand for give.
@Suite struct ByteLevelTests {
    static let samples: [Substring] = ["Kim Jong-un", "LAVROV", "said", "Härstedt", "ÉLYSÉE", "\u{212A}im", "İstanbul", "",
                                       "— the “talks”", "e\u{301}tat", "a -- b", " -- ", "x--y"]

    @Test func lowerCasingMatchesTheStandardLibrary() {
        for text in Self.samples { #expect(UTF8Bytes.lowercased(text) == text.lowercased()) }
    }

    @Test func substringSearchMatchesFoundation() {
        for text in Self.samples {
            #expect(UTF8Bytes.contains(" -- ", in: text) == text.contains(" -- "))
            #expect(UTF8Bytes.contains(" ", in: text) == text.contains(" "))
        }
    }

    @Test func scalarsDecodeLikeTheUnicodeScalarView() {
        for text in Self.samples {
            let bytes = UTF8Bytes.of(text)
            var decoded: [Unicode.Scalar] = []
            var i = 0
            while i < bytes.count {
                let (scalar, width) = UTF8Bytes.scalar(at: i, in: bytes)
                decoded.append(scalar)
                i += width
            }
            #expect(decoded == Array(text.unicodeScalars))
        }
    }

    @Test func tokensCarryTheirLowerCaseFormKeyAndASCIIFlag() {
        let tokens = Tokenizer.tokens(in: "Härstedt met LAVROV — in Moscow's Kremlin", offset: 10)
        #expect(tokens.map(\.text) == ["Härstedt", "met", "LAVROV", "—", "in", "Moscow", "'", "s", "Kremlin"])
        #expect(tokens.first?.start == 10)
        for token in tokens {
            #expect(token.lowercased == Substring(token.text.lowercased()))
            #expect(token.key == Token.key(of: token.text.utf8))
            #expect(token.lowercasedKey == Token.key(of: token.lowercased.utf8))
            #expect(token.isASCII == token.text.utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func asciiTokensCarryTheirFirstAndLastBytes() {
        for token in Tokenizer.tokens(in: "I met LAVROV at 10, HOSTING Talks — in Härstedt") where token.isASCII {
            let last = Array(token.lowercased.utf8.suffix(3))
            var edges = UInt32(token.text.utf8.first!)
            for (k, byte) in last.reversed().enumerated() { edges |= UInt32(byte) << (24 - 8 * k) }
            #expect(token.edges == edges, "\(token.text)")
        }
    }

    @Test func trieEdgesFindEveryEdgeAcrossGrowth() {
        var edges = TrieEdges()
        for child in Int32(1)...500 {
            edges.insert(parent: child / 3, word: child % 7, child: child)
        }
        for child in Int32(1)...500 {
            #expect(edges.child(of: child / 3, word: child % 7) == child)
            #expect(edges.child(of: child / 3 + 1000, word: child % 7) == nil)
        }
        #expect(edges.child(of: 0, word: 12345) == nil)
    }

    @Test func wordFiltersKeepEveryWordAdded() {
        var filter = WordFilter()
        for n in 0..<5000 { filter.insert(key: Token.key(of: "word\(n)".utf8)) }
        for n in 0..<5000 { #expect(filter.mayContain(key: Token.key(of: "word\(n)".utf8))) }
        let passed = (0..<5000).filter { filter.mayContain(key: Token.key(of: "other\($0)".utf8)) }
        #expect(passed.count < 500)
    }

    @Test func wordSetsAnswerLikeStringSets() {
        let tokens = Tokenizer.tokens(in: "in at Into the week wee\u{212A} K \u{212A} ;\u{037E} état e\u{301}tat")
        for words: Set<Substring> in [["in", "at", "week"], ["\u{212A}", "week"], ["état", ";"], []] {
            let set = WordSet(words)
            for token in tokens { #expect(set.contains(token) == words.contains(token.text)) }
        }
    }

    @Test func theQuickDateTestNeverRejectsADatedSentence() {
        let sentences: [Substring] = ["They met on Tuesday.", "The envoy arrived two days ago.", "Talks in June went on.",
                                      "They met in 2018.", "No date here at all.", "Kim and Moon met.", "A wee\u{212A} earlier",
                                      "They met in 2018, 30 years on.", "Page 12 - 14"]
        let reference = Day("2018-06-20")!
        for text in sentences where !DateResolver.mayHoldDate(text) {
            #expect(DateResolver.date(in: text, reference: reference, forward: false) == nil)
            #expect(DateResolver.date(in: text, reference: reference, forward: true) == nil)
        }
        #expect(!DateResolver.mayHoldDate("No date here at all."))
        #expect(DateResolver.mayHoldDate("A wee\u{212A} earlier"))
        // A bare number dates nothing; numbers joined by "-" or "." may be a numeric date.
        #expect(!DateResolver.mayHoldDate("They met in 2018, 30 years on."))
        #expect(DateResolver.mayHoldDate("They met on 2018-06-12."))
        #expect(DateResolver.mayHoldDate("They met on 12 . 06 . 2018."))
        #expect(DateResolver.date(in: "They met on 12.06.2018.", reference: nil, forward: false) == Day("2018-06-12"))
    }
}
