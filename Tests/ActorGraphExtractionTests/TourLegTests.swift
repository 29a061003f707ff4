import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// The legs of a tour told in one sentence (who travels on, to meet whom, and whether it is still ahead),
/// meals shared in person, and officials the dictionary does not hold. Sentences written for these tests
/// (not taken from any corpus), with the bundled dictionary.
@Suite struct TourLegTests {
    func encounters(_ body: String, date: String) -> [Event] {
        ExtractionFixture.extract(body, date: date).events.filter { $0.kind == .meeting || $0.kind == .talks || $0.kind == .visit }
    }

    @Test func aMealWithSomeoneIsAMeeting() throws {
        let found = encounters("Barack Obama landed on Wednesday night and went straight to dinner with Shinzo Abe at a small restaurant.",
                               date: "2014-04-24")
        let dinner = try #require(found.first { $0.kind == .meeting })
        #expect(Set(dinner.actors.map(\.actor)) == ["barack-obama", "shinzo-abe"])
        #expect(dinner.status == .held)
        #expect(dinner.date == Day("2014-04-23"))
    }

    @Test func willSeeAnOfficialIsAPlannedMeeting() throws {
        let found = encounters("Barack Obama goes on to the Philippines, where he will see President Benigno Aquino III.", date: "2014-04-24")
        let meeting = try #require(found.first { $0.actors.contains { $0.actor == "benigno-aquino-iii" } })
        #expect(Set(meeting.actors.map(\.actor)) == ["barack-obama", "benigno-aquino-iii"])
        #expect(meeting.status == .planned)
    }

    @Test func aCountryThatAWhereClauseDescribesIsTheNextStopNotOneMet() throws {
        let found = encounters("""
            Barack Obama will visit Malaysia, where he is to meet Prime Minister Najib Razak, and the Philippines, where he \
            will see President Benigno Aquino III.
            """, date: "2014-04-24")
        let najib = try #require(found.first { $0.actors.contains { $0.actor == "najib-razak" } })
        #expect(Set(najib.actors.map(\.actor)) == ["barack-obama", "najib-razak"])
    }

    @Test func aVisitJoinedByAndWillThenHasTheSentencesSubject() throws {
        let found = encounters("Barack Obama flies to Seoul on Friday for talks with Park Geun-hye, and will then visit Malaysia.",
                               date: "2014-04-24")
        let malaysia = try #require(found.first { $0.kind == .visit && $0.actors(in: .host) == ["malaysia"] })
        #expect(malaysia.actors(in: .visitor) == ["barack-obama"])
        #expect(malaysia.status == .planned)
    }

    @Test func aPlaceInAFrontedPhraseIsNoTraveller() throws {
        let found = encounters("""
            Before Helsinki, Donald Trump will attend a NATO summit in Brussels and then travel to Britain.
            """, date: "2018-06-28")
        let britain = try #require(found.first { $0.kind == .visit && $0.actors(in: .host) == ["united-kingdom"] })
        #expect(britain.actors(in: .visitor) == ["donald-trump"])
    }

    @Test func theLegsAfterAPronounsFirstMeetingAreTheTravellers() throws {
        let found = encounters("""
            Bill Clinton reached Moscow on Tuesday. On Thursday he will see acting Prime Minister Viktor Chernomyrdin in the morning and then fly to \
            Belfast for talks with British Prime Minister Tony Blair, going on afterwards to Dublin for a meeting with Irish \
            Prime Minister Bertie Ahern.
            """, date: "1998-09-02")
        let belfast = try #require(found.first { $0.kind == .talks && $0.actors.contains { $0.actor == "tony-blair" } })
        #expect(Set(belfast.actors.map(\.actor)) == ["bill-clinton", "tony-blair"])
        let dublin = try #require(found.first { $0.actors.contains { $0.actor == "bertie-ahern" } })
        #expect(Set(dublin.actors.map(\.actor)) == ["bill-clinton", "bertie-ahern"])
        #expect(dublin.status == .planned)
    }

    @Test func anOfficialsPostIsOfTheOfficialsSide() throws {
        let extraction = ExtractionFixture.extract("""
            Barack Obama's national security adviser, Tom Donilon, met Xi Jinping in Beijing on Monday.
            """, date: "2013-06-08")
        let donilon = try #require(extraction.actors.first { $0.id == "tom-donilon" })
        #expect(donilon.affiliation == "united-states")
        #expect(extraction.events.contains { $0.kind == .meeting && Set($0.actors.map(\.actor)) == ["tom-donilon", "xi-jinping"] })
    }

    @Test func aCountryOneArticleGivesAnUnknownOfficialHoldsForAll() throws {
        let first = Document(id: "a", path: "a.md", text: "Prime Minister Tony Blair met Bertie Ahern in Belfast on Wednesday.",
                             date: Day("1998-04-10"), dateSource: "front-matter")
        let second = Document(id: "b", path: "b.md", text: "Bill Clinton will fly to Belfast for talks with British Prime Minister Tony Blair.",
                              date: Day("1998-09-02"), dateSource: "front-matter")
        let extraction = ExtractionFixture.extractor.extract([first, second])
        let blair = try #require(extraction.actors.first { $0.id == "tony-blair" })
        #expect(blair.affiliation == "united-kingdom")
    }

    @Test func whoeverLeadsTheMediatorIsNoSide() throws {
        let extraction = ExtractionFixture.extract("""
            Armenia and Azerbaijan agreed to a ceasefire on Thursday. The European security body, whose Minsk Group is led by \
            the Swedish diplomat Jan Eliasson, has pursued a parallel mediation since March.
            """, date: "1994-05-12")
        let mediation = try #require(extraction.events.first { $0.kind == .mediation })
        #expect(mediation.actors(in: .mediator) == ["osce"])
        #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
    }

    @Test func dueAtASeatOfGovernmentIsAPlannedVisit() throws {
        let found = encounters("Angela Merkel is due at the White House on Friday for a working visit.", date: "2018-04-24")
        let visit = try #require(found.first { $0.kind == .visit })
        #expect(visit.actors(in: .visitor) == ["angela-merkel"])
        #expect(visit.actors(in: .host) == ["united-states"])
        #expect(visit.status == .planned)
        #expect(visit.date == Day("2018-04-27"))
        #expect(encounters("Donald Trump is due at the Group of Seven summit on Saturday.", date: "2019-08-21").isEmpty)
    }

    @Test func anAcceptedInvitationFromSomeoneIsAPlannedVisitToHim() throws {
        let found = encounters("""
            The Kremlin said Recep Tayyip Erdogan had accepted an invitation from President Vladimir Putin to visit Russia soon.
            """, date: "2019-10-17")
        let visit = try #require(found.first { $0.kind == .visit })
        #expect(visit.actors(in: .visitor) == ["recep-tayyip-erdoğan"])
        #expect(visit.actors(in: .host) == ["vladimir-putin"])
        #expect(visit.status == .planned)
    }

    @Test func aMealHostedBySomeoneIsAMeetingWithTheGuest() throws {
        let found = encounters("""
            Later on Monday Barack Obama was to lay a wreath and attend a state banquet hosted by President Pratibha Patil.
            """, date: "2010-11-08")
        let banquet = try #require(found.first { $0.actors.contains { $0.actor == "pratibha-patil" } })
        #expect(Set(banquet.actors.map(\.actor)) == ["barack-obama", "pratibha-patil"])
        #expect(banquet.status == .planned)
    }

    @Test func whereATravellerWentOnToIsTheNextStopButNotWhatHeWentOnToSay() {
        let found = encounters("""
            Emmanuel Macron held talks with Vladimir Putin in Moscow on Feb. 7 and went on to Kyiv. Macron went on to say \
            that Russia had a point.
            """, date: "2022-02-15")
        let visits = found.filter { $0.kind == .visit }
        #expect(visits.count == 1)
        #expect(visits.first?.actors(in: .visitor) == ["emmanuel-macron"] && visits.first?.actors(in: .host) == ["ukraine"])
    }
}
