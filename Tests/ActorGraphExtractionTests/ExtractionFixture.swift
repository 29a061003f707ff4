import ActorGraphCore
@testable import ActorGraphExtraction

/// One extractor with the bundled dictionary for the pattern tests, and a one-document extraction.
enum ExtractionFixture {
    static let extractor = Extractor(dictionary: try! ActorDictionary.bundled())

    /// Extracts `body` as the document "t" published on `date`.
    static func extract(_ body: String, date: String) -> Extraction {
        let document = Document(id: "t", path: "t.md", text: body, date: Day(date), dateSource: "front-matter")
        return extractor.extract([document])
    }
}
