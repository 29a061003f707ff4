@testable import ActorGraphExtraction
import Testing

@Suite struct SentenceSplitterTests {
    func texts(_ text: String) -> [String] { SentenceSplitter.split(text).map { String($0.text) } }

    @Test func splitsOnStopsButNotAbbreviations() {
        let text = "Mr. Lavrov met the U.S. envoy in Vienna. He said N. Korea wants talks. Is it true? Yes!"
        #expect(texts(text) == ["Mr. Lavrov met the U.S. envoy in Vienna.", "He said N. Korea wants talks.", "Is it true?", "Yes!"])
    }

    @Test func headlinesAndBulletsAreSentences() {
        let text = "Russia In Secret Talks With North Korea\n\n* Russian and North Korean representatives met in Moscow\n* Moscow said it is ready\n"
        #expect(texts(text) == ["Russia In Secret Talks With North Korea", "* Russian and North Korean representatives met in Moscow", "* Moscow said it is ready"])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "\u{201C}We are ready,\u{201D} he said. \u{201C}The encounter will take place.\u{201D} Peskov added nothing."
        #expect(texts(text) == ["\u{201C}We are ready,\u{201D} he said.", "\u{201C}The encounter will take place.\u{201D}", "Peskov added nothing."])
    }

    @Test func wrappedLinesJoin() {
        #expect(texts("Lavrov told Tillerson\nthat talks were possible.\n") == ["Lavrov told Tillerson\nthat talks were possible."])
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Ключ. 金正恩 met Trump. End."
        for sentence in SentenceSplitter.split(text) {
            let bytes = Array(text.utf8)[sentence.start..<sentence.end]
            #expect(String(decoding: bytes, as: UTF8.self) == String(sentence.text))
        }
        #expect(SentenceSplitter.split(text).count == 3)
    }
}
