import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// The same event in other words must give the same events: an actor named by title and full name
/// ("U.S. Secretary of State Mike Pompeo"), by its capital, by "the Trump administration", or with a
/// relative clause after the name, instead of by the country's name. Events are compared at state level,
/// as the gold sets score them: each official or ministry stands for the state it serves. Sentences
/// written for these tests, with the bundled dictionary.
@Suite struct NamingVariantTests {
    static let dictionary = try! ActorDictionary.bundled()

    /// A pair of wordings: the plain one names states, the variant names them otherwise.
    struct Variant: CustomTestStringConvertible, Sendable {
        let plain: String
        let variant: String
        var testDescription: String { variant }
    }

    /// The events of `body` other than co-occurrence and communication, each as its kind, status and
    /// actors by role, projected to states, in a sorted list.
    static func projectedEvents(_ body: String) -> [String] {
        let extraction = ExtractionFixture.extract(body, date: "2019-06-15")
        let directory = ActorDirectory(dictionary: dictionary, actors: extraction.actors)
        return extraction.events.filter { $0.kind != .cooccurrence && $0.kind != .communication }.map { event in
            let roles = Set(event.actors.map(\.role)).sorted { $0.rawValue < $1.rawValue }.map { role in
                role.rawValue + ":" + directory.project(event.actors(in: role)).map(\.rawValue).joined(separator: "+")
            }
            return ([event.kind.rawValue, event.status?.rawValue ?? "-"] + roles).joined(separator: " ")
        }.sorted()
    }

    static let variants: [Variant] = [
        // The dots of "U.S." in a title before the agent of a passive.
        Variant(plain: "Saudi Arabia and Qatar ended the standoff in a deal brokered by the United States.",
                variant: "Saudi Arabia and Qatar ended the standoff in a deal brokered by U.S. Secretary of State Mike Pompeo."),
        // A capital after "from" and "to" of a message sends and receives it.
        Variant(plain: "Qatar passed on a message from the United States to Iran.",
                variant: "Qatar passed on a message from Washington to Tehran."),
        // A title between the verb of asking and the one asked.
        Variant(plain: "The United States asked Sweden to mediate with North Korea.",
                variant: "The United States asked Swedish Foreign Minister Margot Wallstrom to mediate with North Korea."),
        // Titles and articles among the two sides helped.
        Variant(plain: "China said it was ready to help the United States and North Korea resolve their dispute.",
                variant: "China said it was ready to help U.S. President Donald Trump and North Korean leader Kim Jong Un resolve their dispute."),
        Variant(plain: "China said it was ready to help the United States and North Korea resolve their dispute.",
                variant: "China said it was ready to help the U.S. and North Korea resolve their dispute."),
        // Talks a third party hosted, however long the names of their sides.
        Variant(plain: "Talks between Washington and North Korea were hosted by Sweden.",
                variant: "Talks between U.S. Secretary of State Mike Pompeo and North Korean leader Kim Jong Un were hosted by Sweden."),
        Variant(plain: "Talks between Washington and North Korea were hosted by Sweden.",
                variant: "Talks between the United States and North Korea were hosted by Sweden."),
        // "The" before a country that is a verb's subject does not make it name the event.
        Variant(plain: "Washington met North Korea in Singapore.", variant: "The United States met North Korea in Singapore."),
        Variant(plain: "Washington held talks with North Korea in Hanoi.", variant: "The United States held talks with North Korea in Hanoi."),
        // A leader's administration is the leader's state.
        Variant(plain: "The United States and North Korea held talks in Hanoi.",
                variant: "The Trump administration and North Korea held talks in Hanoi."),
        // A state's government is the state.
        Variant(plain: "Djibouti and Eritrea have agreed to let Qatar mediate their border dispute.",
                variant: "Djibouti and Eritrea have agreed to let the Qatari government mediate their border dispute."),
        Variant(plain: "The United States, China, Japan and Russia met in Geneva in December.",
                variant: "The United States, the Chinese government, Japan and Russia met in Geneva in December."),
        // A name set off by commas after its country's possessive and a title in lower case.
        Variant(plain: "The United States asked Sweden to mediate with North Korea.",
                variant: "The United States asked Sweden's foreign minister, Margot Wallstrom, to mediate with North Korea."),
        Variant(plain: "Russia and Ukraine accepted an offer by Turkey to mediate.",
                variant: "Russia and Ukraine accepted an offer by Turkey's president, Recep Tayyip Erdogan, to mediate."),
        Variant(plain: "Sweden carried a message from the United States to North Korea on Friday.",
                variant: "Sweden carried a message from the United States to North Korea's leader, Kim Jong Un, on Friday."),
        Variant(plain: "Russia asked Turkey to pass a message to Ukraine.",
                variant: "Russia asked Turkey's president, Recep Tayyip Erdogan, to pass a message to Ukraine."),
        // A relative clause after the subject keeps its trigger to itself.
        Variant(plain: "Sweden hosted talks between the United States and North Korea.",
                variant: "Swedish Foreign Minister Margot Wallstrom, who is visiting the region, hosted talks between the United States and North Korea."),
        Variant(plain: "Sweden co-chaired the talks between the United States and North Korea.",
                variant: "Swedish Foreign Minister Margot Wallstrom, who is visiting the region, co-chaired the talks between the United States and North Korea."),
        Variant(plain: "Sweden offered to mediate between the United States and North Korea.",
                variant: "Swedish Foreign Minister Margot Wallstrom, who is visiting the region, offered to mediate between the United States and North Korea."),
    ]

    @Test(arguments: variants) func anotherNameForAnActorGivesTheSameEvents(_ pair: Variant) {
        let plain = Self.projectedEvents(pair.plain)
        #expect(!plain.isEmpty)
        #expect(Self.projectedEvents(pair.variant) == plain)
    }

    @Test func aGivenNameAfterATitleIsNoPlace() throws {
        let extraction = ExtractionFixture.extract("""
            The European Union's Wolfgang Petritsch and Russia's Boris Mayorsky met Serbian President Milan Milutinovic in Belgrade.
            """, date: "1999-02-20")
        let meeting = try #require(extraction.events.first { $0.kind == .meeting })
        #expect(meeting.place == "Belgrade")
        #expect(Set(meeting.actors(in: .participant)) == ["european-union", "russia", "milan-milutinovic"])
    }

    @Test func anAppositionBeforeAModalLeavesTheMeetingPlanned() throws {
        for body in ["Russia's foreign minister, Sergei Lavrov, will meet Wang Yi in Beijing next Tuesday.",
                     "Sergei Lavrov will meet Wang Yi in Beijing next Tuesday."] {
            let meeting = try #require(ExtractionFixture.extract(body, date: "2019-06-15").events.first { $0.kind == .meeting })
            #expect(meeting.status == .planned, "\(body)")
            #expect(meeting.day == Day("2019-06-18"), "\(body)")
        }
    }

    @Test func aModalAfterTalksBetweenLongNamesMakesThemPlanned() throws {
        let talks = try #require(ExtractionFixture.extract("""
            Talks between Saudi Crown Prince Mohammed bin Salman and Qatari Emir Sheikh Tamim bin Hamad Al Thani are expected to take place in Kuwait next month.
            """, date: "2019-06-15").events.first { $0.kind == .talks })
        #expect(talks.status == .planned)
    }

    @Test func callingOnTwoSidesWithLongNamesToTalkIsNoMeeting() {
        let plain = Self.projectedEvents("The United Nations called on Iran and Saudi Arabia to resolve their differences through dialogue.")
        #expect(plain.isEmpty)
        #expect(Self.projectedEvents("""
            The United Nations called on Iranian President Hassan Rouhani and Saudi Arabia to resolve their differences through dialogue.
            """) == plain)
    }

    @Test func itOpeningAReportedClauseIsTheReportingVerbsSubject() throws {
        let extraction = ExtractionFixture.extract("""
            North Korea and the United States traded threats again this week. The Kremlin said it had sent a clear message to \
            Pyongyang that it was ready to step in to mediate.
            """, date: "2017-09-29")
        let mediation = try #require(extraction.events.first { $0.kind == .mediation })
        #expect(mediation.actors(in: .mediator) == ["russia"])
        #expect(Set(mediation.actors(in: .side)) == ["north-korea", "united-states"])
    }

    @Test func himAfterAVisitIsTheOfficialNamedBeforeOfAnotherSide() throws {
        let extraction = ExtractionFixture.extract("""
            Mr Obama, who raised Cuba with Pope Francis when he visited him at the Vatican in March, thanked him for his role.
            """, date: "2014-12-17")
        let visit = try #require(extraction.events.first { $0.kind == .visit })
        #expect(visit.actors(in: .visitor) == ["barack-obama"])
        #expect(visit.actors(in: .host) == ["pope-francis"])
    }

    @Test func anOrganisationJoinedByAHyphenBeforeASummitIsAPartyAndATownsCountryIsWhere() throws {
        let x = ExtractionFixture.extract("""
            George W. Bush attended a U.S.-European Union summit in Goteborg, Sweden, on Thursday.
            """, date: "2001-06-16")
        let summit = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(summit.actors.map(\.actor)) == ["united-states", "european-union"])
        #expect(summit.date == Day("2001-06-14"))
        // The organisation's own summit stays an occasion.
        #expect(!ExtractionFixture.extract("George W. Bush attended a European Union summit in Goteborg.", date: "2001-06-16")
            .events.contains { $0.kind == .meeting })
    }

    @Test func aTextNamedForATownIsNoVenue() throws {
        let x = ExtractionFixture.extract("""
            George W. Bush held talks with Vladimir Putin on Saturday, brushing aside criticism of his rejection of \
            the Kyoto climate treaty.
            """, date: "2001-06-16")
        let talks = try #require(x.events.first { $0.kind == .talks })
        #expect(talks.place == nil)
    }

    @Test func theCountryAfterAKingsGivenNameSaysWhichKing() throws {
        let x = ExtractionFixture.extract("""
            On Tuesday Barack Obama held talks with King Abdullah of Saudi Arabia at his palace in Riyadh.
            """, date: "2009-06-04")
        let talks = try #require(x.events.first { $0.kind == .talks })
        #expect(Set(talks.actors.map(\.actor)) == ["barack-obama", "abdullah-bin-abdulaziz"])
    }

    @Test func aSurnameThatAnotherCountryFollowsIsNotTheOfficialNamedBefore() throws {
        let x = ExtractionFixture.extract("""
            Jordan's King Abdullah II welcomed George W. Bush on Tuesday. On Wednesday Bush met Crown Prince Abdullah of \
            Saudi Arabia in Riyadh, then flew to Jeddah to see Abdullah of Saudi Arabia again.
            """, date: "2003-06-04")
        let riyadh = try #require(x.events.first { $0.kind == .meeting && $0.place == "Riyadh" })
        #expect(Set(riyadh.actors.map(\.actor)) == ["george-w-bush", "abdullah-bin-abdulaziz"])
        #expect(!x.events.contains { $0.kind != .cooccurrence && $0.date == Day("2003-06-04") && $0.actors.contains { $0.actor == "abdullah-ii" } })
    }

    @Test func anUnknownPrimeMinisterInACityIsOfItsCountryNotTheDatelines() throws {
        let x = ExtractionFixture.extract("""
            BEIJING, Oct. 23 — Jiang Zemin renewed the invitation during talks with Prime Minister Kiichi Miyazawa in Tokyo \
            in April. Soviet President Mikhail Gorbachev in San Francisco had met Roh Tae-woo.
            """, date: "1992-10-23")
        #expect(x.actors.first { $0.id == "kiichi-miyazawa" }?.affiliation == "japan")
        #expect(x.actors.first { $0.id == "mikhail-gorbachev" }?.affiliation != "united-states")
    }

    @Test func aSovietOfficialTheDictionaryDoesNotKnowIsRussias() throws {
        let x = ExtractionFixture.extract("""
            Soviet Foreign Minister Eduard Shevardnadze held talks with South Korean Foreign Minister Choi Ho-joong in \
            New York on Sunday.
            """, date: "1990-09-06")
        #expect(x.actors.first { $0.id == "eduard-shevardnadze" }?.affiliation == "russia")
        #expect(x.actors.first { $0.id == "choi-ho-joong" }?.affiliation == "south-korea")
    }

    @Test func anUnknownMinisterOfACountryIsOfThatCountryNotTheDatelines() throws {
        let x = ExtractionFixture.extract("""
            GENEVA — Foreign Minister Ali Alatas of Indonesia and Foreign Minister Jaime Gama of Portugal met on Monday.
            """, date: "1995-01-09")
        #expect(x.actors.first { $0.id == "ali-alatas" }?.affiliation == "indonesia")
        #expect(x.actors.first { $0.id == "jaime-gama" }?.affiliation == "portugal")
    }

    @Test func aMiddleInitialIsNoPartOfADiscoveredName() throws {
        let x = ExtractionFixture.extract("""
            Soviet leader Mikhail S. Gorbachev met Secretary of State George P. Shultz in Moscow on Friday. Gorbachev \
            said the talks were useful.
            """, date: "1987-10-24")
        let ids = Set(x.actors.filter(\.discovered).map(\.id))
        #expect(ids.isSuperset(of: ["mikhail-gorbachev", "george-shultz"]))
        #expect(!ids.contains("mikhail-s") && !ids.contains("george-p"))
    }

    @Test func aCountryATitleStatesOverridesOneTheDatelineGuessed() throws {
        let guessed = Document(id: "a", path: "a.md", text: """
            REYKJAVIK, Iceland (AP) - President Ronald Reagan met Soviet leader Mikhail Gorbachev on Saturday.
            """, date: Day("1986-10-11"), dateSource: "front-matter")
        let stated = Document(id: "b", path: "b.md", text: """
            WASHINGTON - U.S. President Ronald Reagan received Chancellor Helmut Kohl at the White House on Tuesday.
            """, date: Day("1987-04-28"), dateSource: "front-matter")
        for documents in [[guessed, stated], [stated, guessed]] {
            let x = ExtractionFixture.extractor.extract(documents)
            #expect(x.actors.first { $0.id == "ronald-reagan" }?.affiliation == "united-states")
        }
        // Within one article, a later title with no country keeps the one stated first.
        let x = ExtractionFixture.extract("""
            REYKJAVIK, Iceland (AP) - U.S. President Ronald Reagan arrived on Thursday. President Ronald Reagan met \
            Prime Minister Steingrimur Hermannsson on Friday.
            """, date: "1986-10-10")
        #expect(x.actors.first { $0.id == "ronald-reagan" }?.affiliation == "united-states")
        #expect(x.actors.first { $0.id == "steingrimur-hermannsson" }?.affiliation == "iceland")
    }

    @Test func anIndonesianMinisterGoesByHerGivenName() throws {
        let x = ExtractionFixture.extract("""
            Indonesian Foreign Minister Retno Marsudi flew to Naypyitaw. On Monday Retno met Aung San Suu Kyi.
            """, date: "2017-09-05")
        let meeting = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(meeting.actors.map(\.actor)) == ["retno-marsudi", "aung-san-suu-kyi"])
    }

    @Test func aParticleIsPartOfADiscoveredName() throws {
        let x = ExtractionFixture.extract("""
            UN Secretary-General Javier Perez de Cuellar held talks with Iranian Foreign Minister Ali Akbar Velayati in \
            New York on Monday. Cuellar later saw Iraqi Foreign Minister Tariq Aziz.
            """, date: "1988-07-26")
        #expect(x.actors.first { $0.id == "javier-perez-de-cuellar" }?.affiliation == "united-nations")
        #expect(x.events.filter { $0.kind == .meeting || $0.kind == .talks }.allSatisfy { $0.actors.contains { $0.actor == "javier-perez-de-cuellar" } })
        #expect(x.events.contains { $0.kind == .meeting && $0.actors.contains { $0.actor == "tariq-aziz" } })
        // A crown prince the dictionary does not know is of the country the article is filed from.
        let riyadh = ExtractionFixture.extract("""
            RIYADH, June 14 (Reuters) - Crown Prince Mohammed bin Nayef received British Foreign Secretary Philip Hammond \
            on Tuesday.
            """, date: "2016-06-14")
        #expect(riyadh.actors.first { $0.id == "mohammed-bin-nayef" }?.affiliation == "saudi-arabia")
    }

    @Test func anOrganisationsEnvoyForARegionIsOfTheOrganisation() throws {
        let x = ExtractionFixture.extract("""
            Israel and Hamas agreed an open-ended truce on Tuesday. Qatar and the U.N. Middle East peace envoy, Robert \
            Serry, also carried messages between the two sides, diplomats said.
            """, date: "2014-08-26")
        #expect(x.actors.first { $0.id == "robert-serry" }?.affiliation == "united-nations")
        let serry = try #require(x.events.first { $0.kind == .mediation && $0.actors(in: .mediator) == ["robert-serry"] })
        #expect(Set(serry.actors(in: .side)) == ["hamas", "israel"])
    }
}
