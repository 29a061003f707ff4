import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// Mediation in its less direct forms, who "he" and "him" are across sentences, the actors an
/// article credits or names only as venues, and dates given only as a month. Sentences written for
/// these tests (not taken from any corpus), with the bundled dictionary.
@Suite struct DiscourseAndMediationTests {
    static let extractor = ExtractionFixture.extractor

    func extract(_ body: String, date: String = "2022-03-05") -> Extraction {
        ExtractionFixture.extract(body, date: date)
    }

    func mediations(in extraction: Extraction) -> [Event] { extraction.events.filter { $0.kind == .mediation } }

    @Test func theOneAskedToMediateIsTheMediatorAndTheOneAskingASide() throws {
        let x = extract("Volodymyr Zelensky spoke to Naftali Bennett on Friday. Mr Zelensky asked Mr Bennett to mediate with Russia.")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["naftali-bennett"])
        #expect(Set(mediation.actors(in: .side)) == ["volodymyr-zelensky", "russia"])
        #expect(mediation.status == .requested)
    }

    @Test func theStateNamedBeforeMediatorsMediatedBetweenTheSidesTheyCarriedProposalsBetween() throws {
        let x = extract("Kuwaiti mediators carried proposals between the Saudi and Qatari governments for months.")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["kuwait"])
        #expect(Set(mediation.actors(in: .side)) == ["saudi-arabia", "qatar"])
        #expect(mediation.status == .performed)
    }

    @Test func messagesPassedBetweenTheTwoGovernmentsAreMediationBetweenThePairNamedBefore() throws {
        let x = extract("Washington and Tehran have had no diplomatic ties for decades. Swiss diplomats passed messages between the two governments.")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["switzerland"])
        #expect(Set(mediation.actors(in: .side)) == ["united-states", "iran"])
        #expect(mediation.status == .performed)
    }

    @Test func talksHostedByAThirdPartyAreItsMediationAndTalksOfTheThree() throws {
        let x = extract("Armenia and Azerbaijan agreed to a truce after ten hours of talks in Moscow hosted by Sergey Lavrov.")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["sergey-lavrov"])
        #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
        #expect(mediation.status == .performed)
        let talks = try #require(x.events.first { $0.kind == .talks })
        #expect(Set(talks.actors.map(\.actor)) == ["armenia", "azerbaijan", "sergey-lavrov"])
        #expect(talks.status == .held)
    }

    @Test func talksHostedWithoutANamedPairTakeTheirSidesFromTheDocumentAndMonthsOfTalksAreNoRound() throws {
        // The sides are not in the sentence: the article's most-named countries complete them.
        let x = extract("Israel and Lebanon signed the maritime deal in Naqoura. Lebanon and Israel have no diplomatic relations. Indirect negotiations hosted by the UN began in 2020.")
        let hosted = try #require(mediations(in: x).first)
        #expect(hosted.actors(in: .mediator) == ["united-nations"])
        #expect(Set(hosted.actors(in: .side)) == ["israel", "lebanon"])

        // More than two sides named: those before "hosted"; "18 months of negotiations" are no one round of talks.
        let y = extract("Barack Obama said the United States would restore ties with Cuba after 18 months of secret negotiations hosted by Canada and encouraged by Pope Francis.",
                        date: "2014-12-17")
        let canada = try #require(mediations(in: y).first)
        #expect(canada.actors(in: .mediator) == ["canada"])
        #expect(Set(canada.actors(in: .side)) == ["barack-obama", "cuba"])
        #expect(!y.events.contains { $0.kind == .talks })
    }

    @Test func aMessageToAnOfficialNamedWithHisCountrysPossessiveIsCarriedToHim() throws {
        let x = extract("Chinese President Xi Jinping passed on a message from Kim Jong-un to South Korea's Moon Jae-in on Thursday.",
                        date: "2019-06-27")
        let carried = try #require(mediations(in: x).first)
        #expect(carried.actors(in: .mediator) == ["xi-jinping"])
        #expect(Set(carried.actors(in: .side)) == ["kim-jong-un", "moon-jae-in"])
        #expect(carried.status == .performed)
    }

    @Test func aCountryAfterOneOfItsCitiesCompletesTheAddress() throws {
        let x = extract("Naftali Bennett met Volodymyr Zelensky in Kyiv, Ukraine on Friday.")
        let meeting = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(meeting.actors.map(\.actor)) == ["naftali-bennett", "volodymyr-zelensky"])
        #expect(meeting.place == "Kyiv")
    }

    @Test func theTwoPresidentsOrMinistersAreTheLastTwoOfThatOffice() throws {
        // Mike Pompeo is named last but is no president.
        let x = extract("Moon Jae-in passed on a message to Xi Jinping from Mike Pompeo. The two presidents met in Osaka on Thursday.",
                        date: "2019-06-27")
        let presidents = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(presidents.actors.map(\.actor)) == ["xi-jinping", "moon-jae-in"])

        let y = extract("Sergey Lavrov and Rex Tillerson spoke after Vladimir Putin received Donald Trump. The two foreign ministers met again on Friday.",
                        date: "2017-07-10")
        let ministers = try #require(y.events.last { $0.kind == .meeting })
        #expect(Set(ministers.actors.map(\.actor)) == ["sergey-lavrov", "rex-tillerson"])
    }

    @Test func talksThatTheSubjectsBeganOrEndedAreTheirTalks() throws {
        let ended = extract("Japan and North Korea ended two days of talks in Ulaanbaatar on Friday.", date: "2012-11-16")
        let held = try #require(ended.events.first { $0.kind == .talks })
        #expect(Set(held.actors.map(\.actor)) == ["japan", "north-korea"])
        #expect(held.status == .held)
        #expect(held.place == "Ulaanbaatar")

        let resume = extract("Japan and North Korea will resume talks next month.", date: "2012-11-16")
        #expect(try #require(resume.events.first { $0.kind == .talks }).status == .planned)
        // Without a verb of holding them, talks are no event of their subject.
        let support = extract("Japan and North Korea support talks on the issue.", date: "2012-11-16")
        #expect(!support.events.contains { $0.kind == .talks })
    }

    @Test func aVerbJoinedByAndToAnEarlierOneSharesItsSubject() throws {
        let x = extract("Joko Widodo arrived in Bali on Monday. In June he visited Volodymyr Zelensky in Kyiv and then met Vladimir Putin in Moscow.",
                        date: "2022-11-14")
        let moscow = try #require(x.events.first { $0.kind == .meeting && $0.place == "Moscow" })
        #expect(Set(moscow.actors.map(\.actor)) == ["joko-widodo", "vladimir-putin"])

        let y = extract("Mike Pence flew to Tokyo for talks with Shinzo Abe on February 7, and met Moon Jae-in in Seoul the following day.",
                        date: "2018-02-21")
        let seoul = try #require(y.events.first { $0.kind == .meeting && $0.place == "Seoul" })
        #expect(Set(seoul.actors.map(\.actor)) == ["mike-pence", "moon-jae-in"])
    }

    @Test func thePopeDelegationsFromAStateAndAnAcceptedInvitation() throws {
        let pope = extract("Volodymyr Zelensky met the Pope at the Vatican on May 13.", date: "2023-06-29")
        #expect(Set(try #require(pope.events.first { $0.kind == .meeting }).actors.map(\.actor)) == ["volodymyr-zelensky", "pope-francis"])

        let delegations = extract("Delegations from Israel and the UAE will meet in the coming weeks.", date: "2020-08-13")
        let planned = try #require(delegations.events.first { $0.kind == .meeting })
        #expect(Set(planned.actors.map(\.actor)) == ["israel", "united-arab-emirates"])
        #expect(planned.status == .planned)

        let accepted = extract("Vladimir Putin accepted an invitation to visit Pyongyang.", date: "2024-01-16")
        let visit = try #require(accepted.events.first { $0.kind == .visit })
        #expect(visit.status == .planned)
        #expect(visit.actors(in: .visitor) == ["vladimir-putin"])
    }

    @Test func welcomingNoOneIsNoMeetingAndAnOrganisationsSummitIsWhereItsMembersMet() throws {
        let welcomed = extract("Japan and South Korea both welcomed the announcement.", date: "2006-11-01")
        #expect(!welcomed.events.contains { $0.kind == .meeting })

        let summit = extract("Xi Jinping and Vladimir Putin met in Samarkand at a summit of the Shanghai Cooperation Organisation.",
                             date: "2022-09-15")
        let met = try #require(summit.events.first { $0.kind == .meeting })
        #expect(Set(met.actors.map(\.actor)) == ["xi-jinping", "vladimir-putin"])
    }

    @Test func aMeetingOfAnOrganisationsMinistersIsNoMeetingWithIt() {
        let x = extract("""
            Indian Foreign Minister Sushma Swaraj is in Beijing to attend a meeting of foreign ministers of the Shanghai \
            Cooperation Organisation on Tuesday.
            """, date: "2018-04-22")
        #expect(!x.events.contains { $0.kind == .meeting })
        #expect(x.mentions["t"]!.contains("shanghai-cooperation-organisation"), "still named")
    }

    @Test func coMediatorsAreNoSidesOfEachOthersMediation() throws {
        let x = extract("Saudi Arabia said the exchange took place. Saudi Arabia welcomed it. Russia and the United States swapped prisoners. "
                        + "The release was the result of mediation led by Mohamed bin Zayed and Mohammed bin Salman.", date: "2022-12-08")
        let found = mediations(in: x)
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["mohamed-bin-zayed-al-nahyan", "mohammed-bin-salman"])
        for mediation in found { #expect(Set(mediation.actors(in: .side)) == ["russia", "united-states"]) }
    }

    @Test func aNameInAnAppositionAfterTheSubjectTakesNoPart() throws {
        let x = extract("Kim Yong-chol, a close aide to Kim Jong-un, met Mike Pompeo in New York on Thursday.", date: "2018-06-01")
        let met = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(met.actors.map(\.actor)) == ["kim-yong-chol", "mike-pompeo"])
        // Also when another verb stands between the apposition and the trigger.
        let y = extract("Kim Yo-jong, the sister of leader Kim Jong-un, attended the opening ceremony on Feb. 9 and had lunch with Moon Jae-in the next day.",
                        date: "2018-02-25")
        let lunch = try #require(y.events.first { $0.kind == .meeting })
        #expect(Set(lunch.actors.map(\.actor)) == ["kim-yo-jong", "moon-jae-in"])
        #expect(lunch.date == Day("2018-02-10"))
    }

    @Test func aCapitalByItsCountrysDemonymAGatheringOrACityAndCountryAreVenuesNotActors() throws {
        let x = extract("Sergey Lavrov met Rex Tillerson in the Austrian capital on the eve of the G20 summit. "
                        + "The two later flew to Kyiv, Ukraine.", date: "2017-12-07")
        let named = try #require(x.mentions["t"])
        #expect(!named.contains("austria"))
        #expect(!named.contains("g20"))
        #expect(!named.contains("ukraine"))
        #expect(named.contains("sergey-lavrov") && named.contains("rex-tillerson"))
        // The capital is a place: the city the country's metonyms and the places share.
        #expect(try #require(x.events.first { $0.kind == .meeting }).place == "Vienna")
    }

    @Test func meetingOneAndSeparatelyAnotherAreTwoMeetings() throws {
        let x = extract("Fumio Kishida met Yoon Suk-yeol and, separately, Li Qiang.", date: "2024-05-27")
        let meetings = x.events.filter { $0.kind == .meeting }.map { Set($0.actors.map(\.actor)) }
        #expect(meetings.count == 2)
        #expect(meetings.contains(["fumio-kishida", "yoon-suk-yeol"]))
        #expect(meetings.contains(["fumio-kishida", "li-qiang"]))
    }

    @Test func peopleOfAStateAfterThroughOrViaAreItsMediators() throws {
        let x = extract("Iran freed the hostages. The United States and Iran agreed. The crisis was resolved through Algerian intermediaries.",
                        date: "1981-01-21")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["algeria"])
        #expect(Set(mediation.actors(in: .side)) == ["iran", "united-states"])
    }

    @Test func helpingResolveADisputeBetweenTwoSidesIsMediationAndTheStateThatLeadsABlocIsItsSide() throws {
        let x = extract("Saudi Arabia cut ties with Qatar. The UAE joined. Donald Trump offered to help resolve the dispute between Qatar and the Saudi-led bloc.",
                        date: "2017-06-08")
        let offer = try #require(mediations(in: x).first)
        #expect(offer.actors(in: .mediator) == ["donald-trump"])
        #expect(Set(offer.actors(in: .side)) == ["qatar", "saudi-arabia"])
        #expect(offer.status == .offered)
    }

    @Test func aThirdPartyProvidingTheVenueMediates() throws {
        let x = extract("Japanese and North Korean diplomats ended two days of talks on Friday. Mongolia, which has ties with both countries, provided the venue.",
                        date: "2012-11-16")
        let venue = try #require(mediations(in: x).first)
        #expect(venue.actors(in: .mediator) == ["mongolia"])
        #expect(Set(venue.actors(in: .side)) == ["japan", "north-korea"])
        #expect(venue.status == .performed)
    }

    @Test func theStateBeforeMediationOrThankedForItIsTheMediator() throws {
        let x = extract("Qatar's foreign minister said his government welcomed the Kuwaiti mediation with Saudi Arabia.")
        let welcomed = try #require(mediations(in: x).first)
        #expect(welcomed.actors(in: .mediator) == ["kuwait"])
        #expect(welcomed.status == .performed)

        let y = extract("Ukraine and Russia swapped prisoners on Wednesday. The White House thanked the Turkish government for helping to facilitate the exchange.")
        let thanked = try #require(mediations(in: y).first)
        #expect(thanked.actors(in: .mediator) == ["turkey"])
        #expect(!thanked.actors(in: .side).contains("united-states"), "who thanks is no side")
        #expect(thanked.status == .performed)
    }

    @Test func itsEmbassyCarriesForTheStateItBelongsTo() throws {
        let x = extract("""
            Washington and Tehran have had no diplomatic relations for decades. Switzerland has represented the \
            United States since it broke with Iran, and its embassy has long carried messages between the two governments.
            """)
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["switzerland"])
        #expect(Set(mediation.actors(in: .side)) == ["united-states", "iran"])
    }

    @Test func talksChairedByTwoHostsAreMediationOfEachAndAfterACommaToo() throws {
        let x = extract("""
            Armenia and Azerbaijan agreed to a border mission after talks between their leaders chaired by Emmanuel Macron \
            and Charles Michel.
            """, date: "2022-10-07")
        #expect(Set(mediations(in: x).flatMap { $0.actors(in: .mediator) }) == ["emmanuel-macron", "charles-michel"])
        #expect(mediations(in: x).allSatisfy { Set($0.actors(in: .side)) == ["armenia", "azerbaijan"] })

        let y = extract("Russia promised to scale back after peace talks with Ukraine in Istanbul, hosted by Turkey.", date: "2022-03-29")
        let hosted = try #require(mediations(in: y).first)
        #expect(hosted.actors(in: .mediator) == ["turkey"])
        #expect(Set(hosted.actors(in: .side)) == ["russia", "ukraine"])
    }

    @Test func theSubjectRightBeforeAMediationVerbMediatesBetweenWhatFollows() throws {
        let x = extract("Vladimir Putin flew in weeks after Beijing brokered an agreement under which Saudi Arabia and Iran will restore relations.",
                        date: "2023-03-20")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["china"])
        #expect(Set(mediation.actors(in: .side)) == ["saudi-arabia", "iran"])
    }

    @Test func aGoBetweenForTwoStatesMediatesBetweenThem() throws {
        let x = extract("Moon Jae-in, who has made himself a go-between for Washington and Pyongyang, spoke on Monday.", date: "2019-04-11")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["moon-jae-in"])
        #expect(Set(mediation.actors(in: .side)) == ["united-states", "north-korea"])
    }

    @Test func heKeepsTheSubjectOfTheSentenceHeOpensAndHimGoesToTheTalks() throws {
        let x = extract("""
            Mike Pompeo flew to Seoul on Sunday. On Saturday he had stopped in Tokyo, where Shinzo Abe greeted him. \
            On Monday he held talks with Wang Yi in Beijing.
            """, date: "2018-10-08")
        #expect(x.events.contains { $0.kind == .talks && Set($0.actors.map(\.actor)) == ["mike-pompeo", "wang-yi"] })
        #expect(!x.events.contains { $0.kind != .cooccurrence && Set($0.actors.map(\.actor)) == ["shinzo-abe", "wang-yi"] })

        let y = extract("""
            Mike Pompeo had a tense meeting with Wang Yi in Beijing on Monday, at the end of a tour that took him to \
            Pyongyang for talks with Kim Jong-un.
            """, date: "2018-10-08")
        #expect(y.events.contains { $0.kind == .talks && Set($0.actors.map(\.actor)) == ["mike-pompeo", "kim-jong-un"] })
        #expect(!y.events.contains { $0.kind != .cooccurrence && Set($0.actors.map(\.actor)) == ["wang-yi", "kim-jong-un"] })
    }

    @Test func himAfterAMeetingIsTheOfficialNamedBefore() throws {
        let x = extract("""
            Shinzo Abe has courted Vladimir Putin for years. He met him again in Vladivostok on Sept. 2. In \
            November he held talks with him in Lima.
            """, date: "2016-12-16")
        let encounters = x.events.filter { [.meeting, .talks].contains($0.kind) }
        #expect(encounters.count == 2)
        #expect(encounters.allSatisfy { Set($0.actors.map(\.actor)) == ["shinzo-abe", "vladimir-putin"] })
    }

    @Test func aHostOfTwoOtherSidesMediatesButAHostOfATrilateralDoesNot() throws {
        let x = extract("Emmanuel Macron hosted Vladimir Putin and Volodymyr Zelensky in Paris on Monday.", date: "2019-12-10")
        let mediation = try #require(mediations(in: x).first)
        #expect(mediation.actors(in: .mediator) == ["emmanuel-macron"])
        #expect(Set(mediation.actors(in: .side)) == ["vladimir-putin", "volodymyr-zelensky"])
        #expect(mediation.status == .performed)
        #expect(x.events.contains { $0.kind == .meeting && Set($0.actors.map(\.actor)) == ["emmanuel-macron", "vladimir-putin", "volodymyr-zelensky"] })

        let y = extract("Joe Biden hosted Yoon Suk-yeol and Fumio Kishida at Camp David on Friday for the first summit of the three leaders.",
                        date: "2023-08-18")
        #expect(mediations(in: y).isEmpty)
    }

    @Test func aListBeforeItsVerbKeepsEveryMember() throws {
        let x = extract("The leaders of South Korea, China and Japan met in Seoul on Sunday.", date: "2015-11-01")
        let meeting = try #require(x.events.first { $0.kind == .meeting })
        #expect(Set(meeting.actors.map(\.actor)) == ["south-korea", "china", "japan"])
        let y = extract("Washington, Moscow said, had met Beijing's envoy.", date: "2015-11-01")
        #expect(!y.events.contains { $0.kind == .meeting && $0.actors.count == 3 }, "a comma next to the verb makes no list")
    }

    @Test func namesJoinedByAHyphenBeforeASummitAreItsSides() throws {
        let x = extract("""
            Donald Trump spoke of Kim Jong-un. Moon Jae-in said officials prepared for the Trump-Kim summit in \
            Singapore next week.
            """, date: "2018-06-05")
        let summit = try #require(x.events.first { $0.kind == .meeting && $0.place == "Singapore" })
        #expect(Set(summit.actors.map(\.actor)) == ["donald-trump", "kim-jong-un"])
        #expect(summit.status == .planned)
    }

    @Test func theAgencyCreditedAtTheTopAndACountryNamedOnlyAsVenueAreNoActors() {
        let x = extract("""
            MOSCOW, March 5 (Reuters) - Vladimir Putin met Naftali Bennett on Saturday. A Ukrainian delegation \
            waited in Belarus, and US allies in Japan and South Korea watched.
            """)
        let named = Set(x.mentions["t"]!)
        #expect(!named.contains("reuters"), "the outlet carrying the text")
        #expect(!named.contains("belarus"), "named only as where something happened")
        #expect(named.isSuperset(of: ["ukraine", "japan", "south-korea"]), "a demonym, and a list of states after \"in\"")

        let quoted = extract("Vladimir Putin told Reuters on Saturday that he had met Naftali Bennett.")
        #expect(quoted.mentions["t"]!.contains("reuters"), "an agency the text quotes is named")
    }

    @Test func anAgencyAfterTheDayAndBeforeADashIsTheCreditToo() {
        for dateline in ["TOKYO, June 3 Kyodo - ", "TOKYO, June 3 (Kyodo-style) — "] {
            let x = extract(dateline + "Naoto Kan met Lee Myung-bak on Thursday. Kyodo News said the talks went well.")
            #expect(x.mentions["t"]!.contains("kyodo-news"), "named in the text")
            let credited = extract(dateline + "Naoto Kan met Lee Myung-bak on Thursday.")
            #expect(!credited.mentions["t"]!.contains("kyodo-news"), "\(dateline)")
        }
    }

    @Test func aMonthWithoutItsDayIsOfMonthPrecision() throws {
        let x = extract("Kim Jong-un met Xi Jinping in Beijing in March. Kim Jong-un met Moon Jae-in at Panmunjom on April 27.",
                        date: "2018-05-10")
        let meetings = x.events.filter { $0.kind == .meeting }.sorted { $0.evidence.sentence < $1.evidence.sentence }
        try #require(meetings.count == 2)
        #expect(meetings[0].date == Day("2018-03-01"))
        #expect(meetings[0].datePrecision == .month)
        #expect(meetings[0].day == nil)
        #expect(meetings[1].date == Day("2018-04-27"))
        #expect(meetings[1].datePrecision == .day)
        #expect(meetings[1].day == Day("2018-04-27"))

        // "in March" in a January article, of a past meeting: last March.
        let january = extract("Kim Jong-un met Xi Jinping in Beijing in March.", date: "2019-01-10")
        #expect(january.events.first { $0.kind == .meeting }?.date == Day("2018-03-01"))
    }

    @Test func aMeetingDatedByItsMonthJoinsTheMeetingOfThatMonth() throws {
        let documents = [
            Document(id: "a", path: "a.md", text: "Kim Jong-un met Xi Jinping in Beijing on March 26.", date: Day("2018-03-28"),
                     dateSource: "front-matter"),
            Document(id: "b", path: "b.md", text: "Kim Jong-un met Xi Jinping in Beijing in March.", date: Day("2018-05-10"),
                     dateSource: "front-matter"),
            Document(id: "c", path: "c.md", text: "Kim Jong-un met Xi Jinping in Dalian in May.", date: Day("2018-06-10"),
                     dateSource: "front-matter"),
        ]
        let x = Self.extractor.extract(documents)
        let meetings = x.events.filter { $0.kind == .meeting }
        try #require(meetings.count == 3)
        #expect(meetings[0].meeting == "meeting-2018-03-26-kim-jong-un-xi-jinping")
        #expect(meetings[1].meeting == meetings[0].meeting)
        #expect(meetings[2].meeting == "meeting-2018-05-kim-jong-un-xi-jinping", "only a month: the node is named by it")
    }
}
