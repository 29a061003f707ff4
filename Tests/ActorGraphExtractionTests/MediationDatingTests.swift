import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// The day a mediation is given: its own words, the talks it brought about, or none when the sentence
/// looks back. Sentences written for these tests, with the bundled dictionary.
@Suite struct MediationDatingTests {
    func mediations(_ body: String, date: String) -> [Event] {
        ExtractionFixture.extract(body, date: date).events.filter { $0.kind == .mediation }
    }

    @Test func aMediationInThePastPerfectIsNotTheArticlesNews() throws {
        let mediation = try #require(mediations("Norway had brokered talks between Israel and the Palestinians.", date: "1993-09-10").first)
        #expect(mediation.actors(in: .mediator) == ["norway"])
        #expect(mediation.date == nil)
    }

    @Test func aMediationReportedInThePastPerfectIsStillTheNews() throws {
        let mediation = try #require(mediations("""
            Lavrov said Russia had mediated between Armenia and Azerbaijan.
            """, date: "2020-10-10").first)
        #expect(mediation.date == Day("2020-10-10"))
    }

    @Test func talksBroughtAboutAreTheMediationsDay() throws {
        let found = mediations("""
            Qatar brokered talks between Israel and Hamas on Tuesday. China had brokered talks between Myanmar and \
            the Arakan Army in December, which produced a truce.
            """, date: "2024-01-12")
        #expect(found.map(\.date) == [Day("2024-01-09"), Day("2023-12-01")])
        #expect(found.map(\.datePrecision) == [.day, .month])
    }
}
