import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// Event patterns on sentences written for these tests (not taken from any corpus), with the
/// bundled dictionary.
@Suite struct EventPatternTests {
    static let extractor = ExtractionFixture.extractor

    func extract(_ body: String, date: String = "2018-06-14") -> Extraction {
        ExtractionFixture.extract(body, date: date)
    }

    func events(_ kind: EventKind, in extraction: Extraction) -> [Event] {
        extraction.events.filter { $0.kind == kind }
    }

    @Test func meetingWithPlaceAndRelativeDate() throws {
        // 2018-06-14 is a Thursday; "on Tuesday" is 2018-06-12.
        let x = extract("Donald Trump met Kim Jong-un in Singapore on Tuesday.")
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["donald-trump", "kim-jong-un"])
        #expect(meeting.place == "Singapore")
        #expect(meeting.date == Day("2018-06-12"))
        #expect(meeting.status == .held)
        #expect(!x.mentions["t"]!.contains("singapore"), "a venue is not an actor")
    }

    @Test func capitalAfterInIsAPlaceNotTheGovernment() throws {
        let x = extract("Sergey Lavrov held talks with Kim Jong-un in Pyongyang. Pyongyang said the talks went well.")
        let talks = try #require(events(.talks, in: x).first)
        #expect(Set(talks.actors.map(\.actor)) == ["sergey-lavrov", "kim-jong-un"])
        #expect(talks.place == "Pyongyang")
        #expect(x.mentions["t"]!.contains("north-korea"), "'Pyongyang said' names the government")
    }

    @Test func datedRolesResolveBareTitles() {
        func secretary(on date: String) -> [ActorID] {
            let x = extract("The US Secretary of State met South Korean officials in Seoul.", date: date)
            return x.mentions["t"]!.filter { ["rex-tillerson", "mike-pompeo"].contains($0) }
        }
        #expect(secretary(on: "2018-01-10") == ["rex-tillerson"])
        #expect(secretary(on: "2018-06-10") == ["mike-pompeo"])
    }

    @Test func titledUnknownPersonIsDiscoveredAndFollowedBySurname() throws {
        let x = extract("Finnish Foreign Minister Pekka Haavisto met Wang Yi in Beijing. Haavisto said Finland was ready to help.")
        let haavisto = try #require(x.actors.first { $0.id == "pekka-haavisto" })
        #expect(haavisto.discovered)
        #expect(haavisto.kind == .official)
        #expect(haavisto.affiliation == "finland")
        #expect(events(.meeting, in: x).contains { Set($0.actors.map(\.actor)) == ["pekka-haavisto", "wang-yi"] })
        // The second sentence names Haavisto by surname: his co-occurrence with Finland is affiliation, so
        // no event ties them, but the mention is there.
        #expect(Self.extractor.resolvedMentions(in: Document(id: "t", path: "t.md",
            text: "Finnish Foreign Minister Pekka Haavisto spoke. Later Haavisto left.", date: Day("2020-01-01")))
            .filter { $0.actor == "pekka-haavisto" }.count == 2)
    }

    @Test func aTitleOnlyOneCountryGivesNamesItsCountryWhateverTheDateline() throws {
        let x = extract("""
            SEOUL, July 11 - Assistant Secretary of State Robert Gallucci and Unification Minister Lee Hong-koo met in Geneva.
            """, date: "1994-07-11")
        #expect(x.actors.first { $0.id == "robert-gallucci" }?.affiliation == "united-states")
        #expect(x.actors.first { $0.id == "lee-hong-koo" }?.affiliation == "south-korea")
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["robert-gallucci", "lee-hong-koo"])
        // A title many countries give takes the dateline's.
        let y = extract("SEOUL, July 11 - Foreign Minister Han Sung-joo spoke.", date: "1994-07-11")
        #expect(y.actors.first { $0.id == "han-sung-joo" }?.affiliation == "south-korea")
    }

    @Test func anAgencyBeforeADashInTheDatelineIsNoOfficialsAffiliation() throws {
        for line in ["TOKYO, Oct. 8 Kyodo - Prime Minister Keizo Obuchi met South Korean President Kim Dae-jung.",
                     "TOKYO, Oct. 8 Kyodo \u{2014} Prime Minister Keizo Obuchi met South Korean President Kim Dae-jung."] {
            let x = extract(line, date: "1998-10-08")
            #expect(x.actors.first { $0.id == "keizo-obuchi" }?.affiliation == "japan", "\(line)")
        }
        // Without the dash, the name before a title qualifies it.
        let y = extract("TOKYO, Oct. 8 - Finnish Prime Minister Paavo Lipponen met Keizo Obuchi.", date: "1998-10-08")
        #expect(y.actors.first { $0.id == "paavo-lipponen" }?.affiliation == "finland")
    }

    @Test func surnameOfTheLeaderWinsWhenTwoKimsAreInPlay() {
        let x = extract("Kim Jong-un received Kim Yong-chol. Later Kim met Moon Jae-in.")
        #expect(events(.meeting, in: x).contains { Set($0.actors.map(\.actor)) == ["kim-jong-un", "moon-jae-in"] })
    }

    @Test func mediationOfferBetweenTwoSides() throws {
        let x = extract("Sweden offered to mediate between North Korea and the United States.")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["sweden"])
        #expect(Set(mediation.actors(in: .side)) == ["north-korea", "united-states"])
        #expect(mediation.status == .offered)
    }

    @Test func thirdPartyCarryingALetterMediatesButAnEnvoyCommunicates() throws {
        let third = extract("Chung Eui-yong carried a message from Kim Jong-un to Donald Trump.")
        let mediation = try #require(events(.mediation, in: third).first)
        #expect(mediation.actors(in: .mediator) == ["chung-eui-yong"])
        #expect(mediation.status == .performed)
        let own = extract("Kim Yong-chol delivered a letter from Kim Jong-un to Donald Trump.")
        #expect(events(.mediation, in: own).isEmpty)
        let message = try #require(events(.communication, in: own).first)
        #expect(message.actors(in: .speaker) == ["kim-jong-un"])
        #expect(message.actors(in: .addressee) == ["donald-trump"])
    }

    @Test func plannedAndCancelledMeetingsAreNotTies() {
        let x = extract("Vladimir Putin and Kim Jong-un will meet in Vladivostok next week. Donald Trump cancelled his summit with Kim Jong-un.")
        let statuses = events(.meeting, in: x).map(\.status)
        #expect(statuses.contains(.planned))
        #expect(statuses.contains(.cancelled))
        let graph = x.graph(kinds: [.meeting])
        #expect(graph.relations.isEmpty)
    }

    @Test func reportsOfOneMeetingMergeIntoOneNode() {
        let a = Document(id: "a", path: "a.md", text: "Xi Jinping met Kim Jong-un in Beijing.", date: Day("2018-03-28"))
        let b = Document(id: "b", path: "b.md", text: "Kim Jong-un held talks with Xi Jinping in Beijing.", date: Day("2018-03-27"))
        let x = Self.extractor.extract([a, b])
        let meetings = x.actors.filter { $0.kind == .meeting }
        #expect(meetings.count == 1)
        #expect(Set(x.events.compactMap(\.meeting)) == Set(meetings.map(\.id)))
        let tie = x.graph(kinds: [.meeting]).relations.values.first
        #expect(tie?.weight == 1, "two reports, one meeting")
        let bipartite = x.graph(projection: .bipartite)
        #expect(bipartite.relations.count == 2)
    }

    @Test func aPronounSubjectStandsForTheSentenceTopic() throws {
        // "he" is Moon, not Kim, the nearest name before the verb.
        let x = extract("Moon Jae-in returned from Pyongyang after meeting Kim Jong-un and said he would carry a message from Kim Jong-un to Donald Trump.")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["moon-jae-in"])
        #expect(Set(mediation.actors(in: .side)) == ["kim-jong-un", "donald-trump"])
    }

    @Test func anOfferToBringTheSidesBackIsMediation() throws {
        let x = extract("Sweden is ready to invite negotiators from North Korea and the United States back to Stockholm for another round.")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["sweden"])
        #expect(Set(mediation.actors(in: .side)) == ["north-korea", "united-states"])
        #expect(mediation.status == .offered)
    }

    @Test func questionsAndWishesAssertNoEvent() {
        let x = extract("Can Vladimir Putin unlock the stalled talks between Donald Trump and Kim Jong-un? Pyongyang is ready for talks with Washington.")
        #expect(x.events.allSatisfy { $0.kind == .cooccurrence })
    }

    @Test func aLaterLookBackJoinsTheMeetingItRefersTo() {
        // The second article names no day for the summit: it is the Singapore meeting of June 12, not a
        // new meeting on June 20.
        let a = Document(id: "a", path: "a.md", text: "Donald Trump met Kim Jong-un in Singapore on Tuesday.", date: Day("2018-06-14"))
        let b = Document(id: "b", path: "b.md", text: "Xi Jinping praised how Donald Trump met Kim Jong-un in Singapore.", date: Day("2018-06-20"))
        let x = Self.extractor.extract([a, b])
        let meetings = x.events.filter { $0.kind == .meeting }
        #expect(meetings.count == 2)
        #expect(Set(meetings.compactMap(\.meeting)).count == 1)
        #expect(meetings.allSatisfy { $0.date == Day("2018-06-12") })
        #expect(x.graph(kinds: [.meeting]).relations.values.first?.weight == 1)
    }

    // MARK: - Roles read from sentence structure

    @Test func aSideWillingToTalkThroughAMediatorRequestsMediation() throws {
        let x = extract("North Korea would be willing to negotiate with Washington with Moscow as a mediator.")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["russia"])
        #expect(Set(mediation.actors(in: .side)) == ["north-korea", "united-states"])
        #expect(mediation.status == .requested)
    }

    @Test func askingAThirdPartyToInformTheOtherSideRequestsMediation() throws {
        let x = extract("Vladimir Putin said Kim Jong-un had asked Moscow to inform the American side of his position.")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["russia"])
        #expect(Set(mediation.actors(in: .side)) == ["kim-jong-un", "united-states"])
        #expect(mediation.status == .requested)
    }

    @Test func aLetterCarriedByHandIsAlsoAMeetingWithItsAddressee() throws {
        let x = extract("Chung Eui-yong carried a letter from Kim Jong-un to Donald Trump at the White House on Thursday.")
        #expect(events(.mediation, in: x).first?.actors(in: .mediator) == ["chung-eui-yong"])
        let handover = try #require(events(.meeting, in: x).first)
        #expect(Set(handover.actors.map(\.actor)) == ["chung-eui-yong", "donald-trump"])
        #expect(handover.status == .held)
        // Passing on a message may be done by telephone: no meeting.
        let passed = extract("Chung Eui-yong passed on a message from Kim Jong-un to Donald Trump.")
        #expect(events(.meeting, in: passed).isEmpty)
    }

    @Test func theAddresseeMayBeDescribedBeforeItIsNamed() throws {
        let x = extract("Sergey Lavrov told his American counterpart Rex Tillerson that Pyongyang wanted direct talks.")
        let told = try #require(events(.communication, in: x).first)
        #expect(told.actors(in: .speaker) == ["sergey-lavrov"])
        #expect(told.actors(in: .addressee) == ["rex-tillerson"])
    }

    @Test func anAsideBetweenSubjectAndVerbNamesNobodyWhoActs() throws {
        let x = extract("Choe Son-hui, who has led the talks with Washington for years, travelled to Sweden last week.")
        let visit = try #require(events(.visit, in: x).first)
        #expect(visit.actors(in: .visitor) == ["choe-son-hui"])
        #expect(visit.actors(in: .host) == ["sweden"])
    }

    @Test func aTitledAppositionStaysInTheSubjectGroup() throws {
        let x = extract("Mike Pompeo and China's foreign minister, Wang Yi, met in Beijing on Monday.")
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["mike-pompeo", "wang-yi"])
    }

    @Test func aVisitingDelegationIsTheVisitor() throws {
        let x = extract("Kim Jong-un received a visiting Chinese delegation in Pyongyang.")
        let visit = try #require(events(.visit, in: x).first)
        #expect(visit.actors(in: .visitor) == ["china"])
        #expect(visit.actors(in: .host) == ["kim-jong-un"])
    }

    @Test func calledOffIsACancellationNotAWish() throws {
        let x = extract("Donald Trump called off the planned summit with Kim Jong-un.")
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(meeting.status == .cancelled)
    }

    @Test func aPresentTenseAfterWhenLooksAhead() throws {
        let x = extract("Moon Jae-in said he would raise the issue when he and Donald Trump meet in New York.")
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(meeting.status == .planned)
    }

    @Test func anObjectAClauseAwayIsNoParticipant() {
        let x = extract("Vietnam, which hosted the second summit, said it was ready to act as a facilitator between the United States and North Korea.")
        #expect(events(.meeting, in: x).isEmpty)
        #expect(events(.mediation, in: x).first?.actors(in: .mediator) == ["vietnam"])
    }

    @Test func aCallIsCommunicationNotAMeeting() throws {
        let x = extract("Sergey Lavrov and Wang Yi discussed the Korean peninsula by telephone on Monday.")
        #expect(events(.talks, in: x).isEmpty && events(.meeting, in: x).isEmpty)
        let call = try #require(events(.communication, in: x).first)
        #expect(call.actors(in: .speaker) == ["sergey-lavrov"])
        #expect(call.actors(in: .addressee) == ["wang-yi"])
    }

    @Test func multilateralGatheringsKeepEveryParticipant() throws {
        let together = extract("The talks in Geneva brought together diplomats from Iran, Russia and China.")
        #expect(Set(try #require(events(.meeting, in: together).first).actors.map(\.actor)) == ["iran", "russia", "china"])
        let joined = extract("Mike Pompeo joined Wang Yi and Sergey Lavrov in Geneva for the final round.")
        #expect(Set(try #require(events(.meeting, in: joined).first).actors.map(\.actor)) == ["mike-pompeo", "wang-yi", "sergey-lavrov"])
        // Without a venue "joined" is too general to be a meeting.
        #expect(events(.meeting, in: extract("Japan joined China and Russia in calling for restraint.")).isEmpty)
    }

    @Test func promisesAndModalsAfterTheObjectMakePlans() throws {
        let promised = extract("Kim Jong-un promised to visit Seoul in the near future.")
        #expect(try #require(events(.visit, in: promised).first).status == .planned)
        let modal = extract("Donald Trump said his summit with Kim Jong-un would take place in Singapore after all.")
        let summit = try #require(events(.meeting, in: modal).first)
        #expect(summit.status == .planned)
        #expect(summit.place == "Singapore")
    }

    @Test func aPassiveReceptionIsAMeetingButAForumHostedByXiIsNot() throws {
        let received = extract("On Thursday Stephen Biegun was received by Ri Yong-ho in Pyongyang.")
        #expect(Set(try #require(events(.meeting, in: received).first).actors.map(\.actor)) == ["stephen-biegun", "ri-yong-ho"])
        #expect(events(.meeting, in: extract("Moon Jae-in spoke at a forum hosted by Xi Jinping in Beijing.")).isEmpty)
    }

    @Test func subordinateClausesHaveTheirOwnSubjects() {
        // "as one of his aides visited": the aide visited, not the minister named before "as".
        let aside = extract("Kim Jong-un complained to Sergey Lavrov as one of his aides visited New York.")
        #expect(events(.visit, in: aside).isEmpty)
        // "since taking power" and "since the end of the war" open no clause.
        let since = extract("Kim Jong-un, in his first trip since the end of the war, met Moon Jae-in at the border.")
        #expect(events(.meeting, in: since).contains { Set($0.actors.map(\.actor)) == ["kim-jong-un", "moon-jae-in"] })
    }

    @Test func talksNamedBeforeTheirSidesAreTalksBetweenThem() throws {
        let x = extract("The visit coincided with talks in New York on Thursday between Mike Pompeo and Kim Yong-chol.")
        let talks = try #require(events(.talks, in: x).first)
        #expect(Set(talks.actors.map(\.actor)) == ["mike-pompeo", "kim-yong-chol"])
        #expect(talks.place == "New York")
        // A list ends with "and": "the US, the Kremlin has …" joins nobody to the talks.
        let list = extract("Kim Jong-un wants future negotiations with the US, the Kremlin said on Monday.")
        #expect(events(.talks, in: list).allSatisfy { !$0.actors.map(\.actor).contains("russia") })
    }

    @Test func theSixPartyTalksAreTalksOfTheSixAndAStalledFormatIsNoMeeting() throws {
        let x = extract("North Korea agreed to return to the six-party talks.")
        let talks = try #require(events(.talks, in: x).first)
        #expect(Set(talks.actors.map(\.actor)) == ["china", "japan", "north-korea", "russia", "south-korea", "united-states"])
        #expect(talks.status == .planned)
        #expect(events(.talks, in: extract("The six-party talks have been stalled since December 2008.")).isEmpty)
    }

    @Test func anOfferPassedOnByAThirdPartyAndAMeetingArrangedByOneAreMediation() throws {
        let passed = extract("Vladimir Putin passed on to Donald Trump an offer by Kim Jong-un to freeze missile tests.")
        let relay = try #require(events(.mediation, in: passed).first)
        #expect(relay.actors(in: .mediator) == ["vladimir-putin"])
        #expect(Set(relay.actors(in: .side)) == ["donald-trump", "kim-jong-un"])
        let arranged = extract("North Korea returned to the table after a meeting with the United States arranged by China.")
        #expect(events(.mediation, in: arranged).first?.actors(in: .mediator) == ["china"])
    }

    @Test func hostingContactsBetweenTwoSidesIsMediationAndWhetherIsHypothetical() throws {
        let hosted = extract("Sweden has repeatedly hosted discreet contacts between North Korea and the United States.")
        #expect(events(.meeting, in: hosted).isEmpty)
        let mediation = try #require(events(.mediation, in: hosted).first)
        #expect(mediation.actors(in: .mediator) == ["sweden"])
        #expect(mediation.status == .performed)
        let whether = extract("Choe Son-hui said it was up to Washington whether Kim Jong-un and Donald Trump met at all.")
        #expect(events(.meeting, in: whether).isEmpty)
    }

    @Test func aRelativeIsNotTheActorAndEnvoysBetweenThemMeet() throws {
        let father = extract("The summit would be the first since Kim Jong-un's father met the Russian president.")
        #expect(!events(.meeting, in: father).contains { $0.status == .held })
        let envoys = extract("Moon Jae-in and Kim Jong-un announced the summit after secret contacts between their envoys in Beijing.")
        let contacts = try #require(events(.talks, in: envoys).first)
        #expect(Set(contacts.actors.map(\.actor)) == ["moon-jae-in", "kim-jong-un"])
        #expect(contacts.place == "Beijing")
    }

    // MARK: - Dates and places from the article

    @Test func aMeetingWithoutVenueTakesTheDatelineCityOfItsHost() throws {
        let x = extract("""
            Lavrov in Pyongyang

            PYONGYANG, June 14. /TASS/. Kim Jong-un said at a meeting with Sergey Lavrov on Thursday that talks would go on.
            """)
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(meeting.place == "Pyongyang")
        #expect(meeting.date == Day("2018-06-14"))
    }

    @Test func eachEventIsDatedByItsOwnWordsAndBackgroundStaysUndated() throws {
        let x = extract("The talks between Sweden and North Korea since Donald Trump and Kim Jong-un met on June 12 broke off on Wednesday.")
        let meeting = try #require(events(.meeting, in: x).first)
        #expect(meeting.date == Day("2018-06-12"))
        let background = extract("It was his first visit since 2002, when Kim Jong-un met Vladimir Putin in Vladivostok.")
        #expect(try #require(events(.meeting, in: background).first).date == nil)
    }

    @Test func genericAndPastTitlesNameNobodyAndGenerationalSuffixesAreNoSurname() {
        let x = extract("A White House spokesman said the then Russian president had met Kim Jong-il.", date: "2017-06-14")
        #expect(!x.mentions["t"]!.contains("sean-spicer"))
        #expect(!x.mentions["t"]!.contains("vladimir-putin"))
        let marcos = extract("Ferdinand Marcos Jr. arrived in Tokyo. Marcos met Fumio Kishida on Friday.", date: "2023-02-10")
        #expect(events(.meeting, in: marcos).contains { Set($0.actors.map(\.actor)) == ["ferdinand-marcos-jr", "fumio-kishida"] })
    }

    /// Word salad from the patterns' own vocabulary, seeded: no pattern traps on a trigger at a
    /// sentence's edge, and every event it finds is well formed.
    @Test func wordSaladNeverTrapsAndGivesWellFormedEvents() {
        let vocabulary = """
            met meet meeting summit talks with between held hold visit visiting visited trip to arrived in mediate \
            mediator as a an the his he she their they two sides leaders men Kim Jong-un Donald Trump Moon Jae-in \
            Russia China Pyongyang Seoul in on Tuesday last week next that said , ; — when whether if since while \
            and but by was received hosted arranged carried letter from passed offer asked Moscow inform American \
            side six-party stalled return 's father North Korean leader then Russian president would will possible \
            called off phone joined signed Geneva contacts envoys . ? 2011 earlier ago had Thursday
            """.split(separator: " ")
        var state: UInt64 = 2018
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let documents = (0..<200).map { n in
            let sentences = (0...next(4)).map { _ in (0...next(30)).map { _ in String(vocabulary[next(vocabulary.count)]) }.joined(separator: " ") }
            return Document(id: "salad\(n)", path: "salad\(n).md", text: sentences.joined(separator: next(2) == 0 ? "\n\n" : " "),
                            date: Day("2018-06-14"), dateSource: "front-matter")
        }
        let x = Self.extractor.extract(documents)
        #expect(!x.events.isEmpty)
        for event in x.events {
            #expect(!event.evidence.quote.isEmpty)
            switch event.kind {
            case .meeting, .talks, .cooccurrence: #expect(Set(event.actors.map(\.actor)).count >= 2, "\(event.id)")
            case .mediation: #expect(event.actors(in: .mediator).count == 1 && event.actors(in: .side).count == 2, "\(event.id)")
            default: #expect(event.actors.count >= 2, "\(event.id)")
            }
        }
    }

    @Test func theSubjectOfTalksHeldOnATripIsTheTraveller() throws {
        let x = extract("Donald Trump confirmed on Wednesday that Mike Pompeo, the CIA director whom he has nominated as secretary of state, travelled secretly to North Korea and held talks with Kim Jong-un.")
        let talks = try #require(events(.talks, in: x).first)
        #expect(Set(talks.actors.map(\.actor)) == ["mike-pompeo", "kim-jong-un"])
        let after = extract("Ri Yong-ho met Stefan Löfven on Friday, a day after opening talks with Margot Wallström.")
        #expect(events(.talks, in: after).contains { Set($0.actors.map(\.actor)) == ["ri-yong-ho", "margot-wallström"] })
    }

    @Test func aSpeakerNamedAfterTheMeetingIsNoParticipant() {
        let x = extract("Kim Jong-un wants Mike Pompeo replaced for any future negotiations with the United States, the Kremlin has confirmed.")
        #expect(events(.talks, in: x).allSatisfy { !$0.actors.map(\.actor).contains("russia") })
    }

    @Test func pullingOutOrWasToHaveCancelsAndAJourneyInThePresentIsASchedule() throws {
        let pulled = extract("North Korean officials pulled out of a meeting with Mike Pence at the last minute.")
        #expect(try #require(events(.meeting, in: pulled).first).status == .cancelled)
        let another = extract("Wang Yi prepared the ground for the visit in talks with Vladimir Putin in Moscow on Feb. 22.", date: "2023-03-20")
        #expect(try #require(events(.talks, in: another).first).status == .held)
        let wouldHave = extract("Mike Pence was to have met Kim Yo-jong on Saturday, February 10.", date: "2018-02-21")
        let called = try #require(events(.meeting, in: wouldHave).first)
        #expect(called.status == .cancelled)
        #expect(called.date == Day("2018-02-10"))
        let leaves = extract("Joe Biden leaves for Tokyo on Sunday for talks with Fumio Kishida.", date: "2022-05-21")
        let visit = try #require(events(.visit, in: leaves).first)
        #expect(visit.status == .planned)
        #expect(visit.date == Day("2022-05-22"))
    }

    @Test func anUnnamedOfficeHolderOfABodyStandsForIt() throws {
        let x = extract("The UN envoy met Abiy Ahmed on Monday. Mike Pompeo, the CIA director, met Kim Jong-un on Tuesday.")
        let meetings = events(.meeting, in: x).map { Set($0.actors.map(\.actor)) }
        #expect(meetings == [["united-nations", "abiy-ahmed"], ["mike-pompeo", "kim-jong-un"]])
    }
}
