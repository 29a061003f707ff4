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

    @Test func aSummitHeldWithoutAStateHasItNotAsParticipant() throws {
        let found = encounters("India sent a delegation to the peace summit Switzerland hosted at the Burgenstock resort in June, without Russia.",
                               date: "2024-08-19")
        #expect(!found.contains { $0.actors.contains { $0.actor == "russia" } })
    }

    @Test func aCountryAfterInAndADirectionIsAVenue() throws {
        let x = ExtractionFixture.extract("Modi and Zelensky last met in June on the sidelines of a summit in southern Italy.", date: "2024-08-19")
        #expect(!x.events.contains { $0.actors.contains { $0.actor == "italy" } })
        #expect(!x.mentions.values.joined().contains("italy"))
    }

    @Test func settingFootSomewhereIsNoPlan() throws {
        let found = encounters("""
            Barack Obama became the first sitting American president to set foot in Myanmar on Monday, holding talks with \
            President Thein Sein in Yangon.
            """, date: "2012-11-19")
        let talks = try #require(found.first { $0.actors.contains { $0.actor == "thein-sein" } })
        #expect(talks.status == .held)
    }

    @Test func aFutureOrAJourneyInThePresentBeforeTalksPlansThem() throws {
        let found = encounters("""
            White House officials said Obama would raise human rights and land seizures in his talks with Hun Sen. Hu Jintao \
            arrived in Khartoum from Liberia and flies to Lusaka on Saturday for talks with Zambian President Levy Mwanawasa.
            """, date: "2012-11-19")
        let hunSen = try #require(found.first { $0.actors.contains { $0.actor == "hun-sen" } })
        #expect(Set(hunSen.actors.map(\.actor)) == ["barack-obama", "hun-sen"])
        #expect(hunSen.status == .planned)
        let lusaka = try #require(found.first { $0.actors.contains { $0.actor == "levy-mwanawasa" } })
        #expect(lusaka.status == .planned)
        #expect(!found.contains { $0.actors.contains { $0.actor == "liberia" } })
    }

    @Test func aCourtesyCallIsMadeInPersonNotByTelephone() throws {
        let found = encounters("""
            Obama arrived from Bangkok, where on Sunday he held talks with Thai Prime Minister Yingluck Shinawatra and paid \
            a call on King Bhumibol Adulyadej. Modi will hold talks with Prime Minister Donald Tusk on Thursday, when he \
            will also call on President Andrzej Duda.
            """, date: "2012-11-19")
        #expect(Set(found.map { Set($0.actors.map(\.actor)) }) == [["barack-obama", "yingluck-shinawatra"], ["barack-obama", "bhumibol-adulyadej"],
                                                                    ["narendra-modi", "donald-tusk"], ["narendra-modi", "andrzej-duda"]])
    }

    @Test func callingOnSomeoneToActIsNoMeeting() {
        #expect(encounters("The United Nations will call on India and Pakistan to show restraint.").isEmpty)
    }

    @Test func aSentenceOpeningWithHeIsAboutTheLastSubjectAndASeatAfterAtIsAPlace() throws {
        let found = encounters("""
            Australian Prime Minister Anthony Albanese will visit China next month. He is due at the White House on \
            Wednesday for talks with President Joe Biden.
            """, date: "2023-10-22")
        let talks = try #require(found.first { $0.actors.contains { $0.actor == "joe-biden" } })
        #expect(Set(talks.actors.map(\.actor)) == ["anthony-albanese", "joe-biden"])
        #expect(talks.status == .planned)
        #expect(talks.date == Day("2023-10-25"))
    }

    @Test func aHeOpeningTheSentenceIsTheHeOfItsLaterClauses() throws {
        let found = encounters("""
            Pope Francis prayed at the separation wall on Sunday. He had met Mahmoud Abbas in Bethlehem earlier that day and \
            saw Shimon Peres the following day in Jerusalem, where he also met Prime Minister Benjamin Netanyahu.
            """, date: "2014-05-25")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["pope-francis", "benjamin-netanyahu"] })
        #expect(!found.contains { Set($0.actors.map(\.actor)) == ["mahmoud-abbas", "benjamin-netanyahu"] })
    }

    @Test func aCityAfterLeavesForIsWhereNotWho() throws {
        let found = encounters("""
            President Barack Obama welcomed the release. The president leaves on Sunday for Beijing, where he will attend \
            the summit and hold talks with Chinese President Xi Jinping.
            """, date: "2014-11-09")
        let talks = try #require(found.first { $0.actors.contains { $0.actor == "xi-jinping" } })
        #expect(Set(talks.actors.map(\.actor)) == ["barack-obama", "xi-jinping"])
        #expect(talks.status == .planned)
    }
}
