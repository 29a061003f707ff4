import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// Who takes part in a meeting when the sentence goes on past it: a list cut short by a clause of its
/// own, and a pronoun that stands between the nearest name and the verb. Sentences written for these
/// tests (not taken from any corpus), with the bundled dictionary.
@Suite struct MeetingClauseTests {
    func encounters(_ body: String, date: String = "2023-03-21") -> [Event] {
        ExtractionFixture.extract(body, date: date).events.filter { $0.kind == .meeting || $0.kind == .talks || $0.kind == .visit }
    }

    @Test func aNameFollowedByItsOwnVerbAfterACommaAndEndsTheList() throws {
        let found = encounters("""
            On Tuesday morning Mr Xi also met Prime Minister Mikhail Mishustin, and Foreign Minister Qin Gang took part in \
            the delegation talks.
            """)
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["xi-jinping", "mikhail-mishustin"])
    }

    @Test func aListWithoutAVerbAfterItKeepsEveryName() throws {
        let found = encounters("On Tuesday Mr Xi met Prime Minister Mikhail Mishustin, and Foreign Minister Sergey Lavrov in Moscow.")
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["xi-jinping", "mikhail-mishustin", "sergey-lavrov"])
    }

    @Test func aPronounAfterTheNearestNameIsTheSubject() throws {
        let found = encounters("""
            Pope Francis held talks with President Shimon Peres in Jerusalem, where he also met Prime Minister Benjamin Netanyahu.
            """, date: "2014-05-26")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["pope-francis", "benjamin-netanyahu"] })
        #expect(!found.contains { Set($0.actors.map(\.actor)) == ["shimon-peres", "benjamin-netanyahu"] })
    }
}
