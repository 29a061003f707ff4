import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// Mediation read from the document's dispute rather than from one sentence: third parties at an
/// encounter of the two sides, stops of a mediator's shuttle, and phrases that name the pair without
/// naming either side. Sentences written for these tests, with the bundled dictionary.
@Suite struct DisputeContextTests {
    func mediations(_ body: String, date: String = "2022-10-07") -> [Event] {
        ExtractionFixture.extract(body, date: date).events.filter { $0.kind == .mediation }
    }

    @Test func aThirdPartyAtAnEncounterOfTheDisputingPairMediates() throws {
        let found = mediations("""
            Russia has mediated between Armenia and Azerbaijan since the war. In Brussels, Charles Michel met Ilham Aliyev \
            and Nikol Pashinyan on Tuesday.
            """)
        let michel = try #require(found.first { $0.actors(in: .mediator) == ["charles-michel"] })
        #expect(Set(michel.actors(in: .side)) == ["ilham-aliyev", "nikol-pashinyan"])
        #expect(michel.status == .performed)
        #expect(michel.date == Day("2022-10-04"))
        #expect(michel.place == "Brussels")
    }

    @Test func anArmedMovementsCommanderNamesItsSideOfTheDispute() throws {
        let mediation = try #require(mediations("""
            Fayez al-Sarraj and Khalifa Haftar did not meet in Cairo. Haftar said his forces would keep fighting. \
            Putin urged calm. Haftar later flew home. Egypt had offered to mediate.
            """, date: "2020-01-19").first)
        #expect(mediation.actors(in: .mediator) == ["egypt"])
        #expect(Set(mediation.actors(in: .side)) == ["libya", "libyan-national-army"])
    }

    @Test func aGatheringOfManyPartiesIsNoBrokerage() {
        let found = mediations("""
            Russia has mediated between Armenia and Azerbaijan since the war. On Tuesday the leaders of Armenia, \
            Azerbaijan, France, Germany, Turkey and Georgia met in Prague.
            """)
        #expect(found.map { $0.actors(in: .mediator) } == [["russia"]])
    }

    @Test func aMediatorMeetingOneSideIsAStopOfItsShuttle() throws {
        let found = mediations("""
            Germany offered to mediate between Greece and Turkey. On Tuesday Heiko Maas met Mevlüt Çavuşoğlu in Ankara.
            """)
        let stop = try #require(found.first { $0.actors(in: .mediator) == ["heiko-maas"] })
        #expect(Set(stop.actors(in: .side)) == ["greece", "mevlüt-çavuşoğlu"])
        #expect(stop.status == .performed)
        #expect(stop.date == Day("2022-10-04"))
    }

    @Test func someoneWhoMediatesNothingMeetingOneSideIsNoStop() {
        let found = mediations("""
            Germany offered to mediate between Greece and Turkey. On Tuesday Antony Blinken met Mevlüt Çavuşoğlu in Ankara.
            """)
        #expect(found.map { $0.actors(in: .mediator) } == [["germany"]])
    }

    @Test func thePairIsThePairThatLastMet() throws {
        let found = mediations("""
            Ilham Aliyev and Nikol Pashinyan met in Brussels on Monday. Vladimir Putin hosted the pair in Sochi on Nov. 26.
            """)
        let putin = try #require(found.first)
        #expect(putin.actors(in: .mediator) == ["vladimir-putin"])
        #expect(Set(putin.actors(in: .side)) == ["ilham-aliyev", "nikol-pashinyan"])
        #expect(putin.place == "Sochi")
    }

    @Test func formerAlliesAfterBetweenAreThePairThatLastMet() throws {
        let found = mediations("""
            Paul Kagame and Yoweri Museveni met in Luanda on Wednesday. Angola has mediated between the former allies for months.
            """)
        let angola = try #require(found.first)
        #expect(angola.actors(in: .mediator) == ["angola"])
        #expect(Set(angola.actors(in: .side)) == ["paul-kagame", "yoweri-museveni"])
    }

    @Test func bringingGuestsNamedByNoNameTogetherIsMediationBetweenThePairNamedBefore() throws {
        let found = mediations("""
            Ilham Aliyev and Nikol Pashinyan met in Munich. Antony Blinken brought the countries' foreign ministers \
            together in New York on Sept. 19.
            """)
        let blinken = try #require(found.first)
        #expect(blinken.actors(in: .mediator) == ["antony-blinken"])
        #expect(Set(blinken.actors(in: .side)) == ["ilham-aliyev", "nikol-pashinyan"])
        #expect(blinken.status == .performed)
        #expect(blinken.date == Day("2022-09-19"))
    }

    @Test func theFourPresidentsAreTheLastFourOfficialsNamed() throws {
        let x = ExtractionFixture.extract("""
            João Lourenço and Félix Tshisekedi mediated between Paul Kagame and Yoweri Museveni. On July 12, the four \
            presidents met in Luanda for a first summit.
            """, date: "2019-08-21")
        let summit = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(summit.actors.map(\.actor)) == ["joão-lourenço", "félix-tshisekedi", "paul-kagame", "yoweri-museveni"])
        #expect(summit.date == Day("2019-07-12"))
        #expect(Set(x.events.filter { $0.kind == .mediation && $0.evidence.sentence == 1 }.flatMap { $0.actors(in: .mediator) })
            == ["joão-lourenço", "félix-tshisekedi"])
    }

    @Test func aSideThatMediatesTheDisputeElsewhereIsNoSideOfAnother() throws {
        let found = mediations("""
            Turkey and the United Nations brokered the grain deal between Russia and Ukraine last July, and China's envoy \
            Li Hui shuttled between Kyiv and Moscow in May. Cyril Ramaphosa said the group would keep working with both sides.
            """, date: "2023-06-17")
        let ramaphosa = try #require(found.first { $0.actors(in: .mediator) == ["cyril-ramaphosa"] })
        #expect(Set(ramaphosa.actors(in: .side)) == ["russia", "ukraine"])
        #expect(ramaphosa.status == .offered)
    }

    @Test func sidesNamedAfterBetweenAreKeptWhereTheDisputeIsAnother() throws {
        let found = mediations("""
            Qatar helped the United States broker a ceasefire between Israel and Iran on Monday. The United States \
            brokered a truce between Israel and Iran. Oman had mediated five rounds of nuclear talks between Araghchi and \
            Witkoff in Muscat and Rome since April.
            """, date: "2025-06-24")
        let oman = try #require(found.first { $0.actors(in: .mediator) == ["oman"] })
        #expect(Set(oman.actors(in: .side)) == ["abbas-araghchi", "steve-witkoff"])
    }

    @Test func anOfferToldInPassingIsBetweenTheDocumentsSides() throws {
        let found = mediations("""
            The United States brokered a ceasefire between Israel and Iran. Abbas Araghchi met his British, French and \
            German counterparts in Geneva on Friday, and was received on Monday in Moscow by Russian President Vladimir \
            Putin, who has offered to mediate.
            """, date: "2025-06-24")
        let putin = try #require(found.first { $0.actors(in: .mediator) == ["vladimir-putin"] && $0.status == .offered })
        #expect(Set(putin.actors(in: .side)) == ["israel", "iran"])
    }

    @Test func theDisputeIsThePairNamedInMostSentencesNotByMostMediators() throws {
        let found = mediations("""
            Russia mediated between Armenia and Azerbaijan last year. Egypt, Qatar and the United States brokered a truce \
            between Israel and Hamas on Sunday. France hosted talks between Armenia and Azerbaijan in March. On Tuesday, \
            Charles Michel met Ilham Aliyev and Nikol Pashinyan in Brussels.
            """, date: "2023-05-20")
        let michel = try #require(found.first { $0.actors(in: .mediator) == ["charles-michel"] })
        #expect(Set(michel.actors(in: .side)) == ["ilham-aliyev", "nikol-pashinyan"])
    }

    @Test func goingBackAndForthBetweenTwoIsAGoBetweensWork() throws {
        let found = mediations("Hillary Clinton spent three hours going back and forth between Nalbandian and Ahmet Davutoglu.",
                               date: "2009-10-10")
        let mediation = try #require(found.first)
        #expect(mediation.actors(in: .mediator) == ["hillary-clinton"])
        #expect(Set(mediation.actors(in: .side)) == ["eduard-nalbandyan", "ahmet-davutoğlu"])
        #expect(mediation.status == .performed)
    }

    @Test func eachOfSeveralCoHostsOfTalksNamedBeforeMediates() throws {
        let found = mediations("""
            The United States brokered talks between Sudan and the Rapid Support Forces last year. Saudi Arabia and \
            Switzerland are co-hosting them, while Egypt is taking part as an observer.
            """, date: "2024-08-14")
        let hosts = found.filter { $0.evidence.sentence == 1 }
        #expect(Set(hosts.flatMap { $0.actors(in: .mediator) }) == ["saudi-arabia", "switzerland"])
        #expect(hosts.allSatisfy { Set($0.actors(in: .side)) == ["sudan", "rapid-support-forces"] && $0.status == .performed })
    }

    @Test func aMissingSideIsTheFirstNamedOfThoseNamedAsOften() throws {
        let found = mediations("""
            The Philippine government and the Moro Islamic Liberation Front resumed peace talks in Kuala Lumpur on \
            Tuesday. The round, brokered by Malaysia, opened with diplomats from Britain, Japan and Turkey looking on.
            """, date: "2009-12-08")
        let malaysia = try #require(found.first { $0.actors(in: .mediator) == ["malaysia"] })
        #expect(Set(malaysia.actors(in: .side)) == ["philippines", "moro-islamic-liberation-front"])
    }

    @Test func theTwoAtAnEncounterAThirdPartyArrangedAreItsSides() throws {
        let found = mediations("""
            Egypt and Qatar have been mediating between Israel and Hamas since October. Sisi and Erdogan shook hands in \
            Doha in November 2022, in an encounter arranged by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.
            """, date: "2024-02-14")
        let emir = try #require(found.first { $0.actors(in: .mediator) == ["tamim-bin-hamad-al-thani"] })
        #expect(Set(emir.actors(in: .side)) == ["abdel-fattah-el-sisi", "recep-tayyip-erdoğan"])
    }

    @Test func partiesARelativeClauseAddsToTheTalksAreNoSides() throws {
        let found = mediations("""
            North Korea agreed to return to talks with the United States. Beijing has hosted three rounds of the talks, \
            which also involve the Republic of Korea, Japan and Russia, since August 2003.
            """, date: "2005-07-10")
        let china = try #require(found.first { $0.actors(in: .mediator) == ["china"] })
        #expect(Set(china.actors(in: .side)) == ["north-korea", "united-states"])
    }
}
