import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// Ways of wording meetings and mediation that new articles kept using: joint mediators, offers owned
/// by someone else than the subject, tensions eased between two sides, sides named elsewhere in the
/// article, roles kept over time, speculation, passives with words between, asides that date only
/// themselves. Sentences written for these tests (not taken from any corpus), with the bundled dictionary.
@Suite struct PhrasingVariantTests {
    func extract(_ body: String, date: String = "2019-07-23") -> Extraction {
        ExtractionFixture.extract(body, date: date)
    }

    func events(_ kind: EventKind, in extraction: Extraction) -> [Event] { extraction.events.filter { $0.kind == kind } }

    func encounters(in extraction: Extraction) -> [Event] {
        extraction.events.filter { $0.kind == .meeting || $0.kind == .talks || $0.kind == .visit }
    }

    @Test func severalAgentsOfOneSubjectMediateTogether() throws {
        let x = extract("Russia and Ukraine signed the grain deal in Istanbul. Turkey and the UN acted as go-betweens throughout.")
        let mediators = Set(events(.mediation, in: x).flatMap { $0.actors(in: .mediator) })
        #expect(mediators == ["turkey", "united-nations"])
        for mediation in events(.mediation, in: x) {
            #expect(Set(mediation.actors(in: .side)) == ["russia", "ukraine"])
        }
    }

    @Test func aCallToEaseTensionsIsSupportButReadinessToHelpEaseThemIsAnOffer() throws {
        let x = extract("""
            China called for efforts to ease tensions between North Korea and the United States. Mr Trump talked about \
            Kim Jong-un. Beijing is ready to help ease tensions between Pyongyang and Washington.
            """)
        #expect(x.events.filter { $0.kind != .cooccurrence }.map(\.evidence.sentence) == [2])
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["china"])
        #expect(mediation.status == .offered)
    }

    @Test func theOwnerOfAnOfferToMediateIsTheMediator() throws {
        let x = extract("India on Tuesday rejected President Donald Trump's offer to mediate in its dispute with Pakistan.")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["donald-trump"])
        #expect(Set(mediation.actors(in: .side)) == ["india", "pakistan"])
        #expect(mediation.status == .offered)
    }

    @Test func anOfferBySomeoneToMediateIsTheirsNotTheSubjects() throws {
        let x = extract("""
            Beijing says its quarrels with Hanoi are for the two capitals alone, and it turned down an offer by U.S. President \
            Donald Trump last year to mediate in the South China Sea.
            """, date: "2018-11-12")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["donald-trump"])
        #expect(Set(mediation.actors(in: .side)) == ["china", "vietnam"])
        #expect(mediation.status == .offered)
    }

    @Test func anEnvoyWhoHandsOverHisLeadersLetterMeetsItsAddressee() throws {
        let x = extract("Kim Yong-chol delivered a letter from Kim Jong-un to Donald Trump at the White House on Friday.", date: "2018-06-01")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors(in: .participant)) == ["kim-yong-chol", "donald-trump"])
        #expect(meeting.status == .held)
        #expect(events(.communication, in: x).count == 1)
        #expect(events(.mediation, in: x).isEmpty)
        let handed = extract("Kim Yong-chol handed Donald Trump the letter in the Oval Office on Friday.", date: "2018-06-01")
        #expect(encounters(in: handed).map { Set($0.actors(in: .participant)) } == [["kim-yong-chol", "donald-trump"]])
    }

    @Test func hostingTalksByAnyNameBetweenTwoSidesIsMediationAndTheirTalks() throws {
        let offer = extract("Ankara said it was prepared to host indirect talks between Israel and Syria.", date: "2008-05-21")
        let offered = try #require(events(.mediation, in: offer).first)
        #expect(offered.actors(in: .mediator) == ["turkey"])
        #expect(offered.status == .offered)
        let summit = extract("Mongolia offered to host a summit between North Korea and the United States.", date: "2018-06-01")
        #expect(try #require(events(.mediation, in: summit).first).actors(in: .mediator) == ["mongolia"])
        let held = extract("In March Turkey hosted peace talks between Russia and Ukraine in Istanbul.", date: "2022-07-22")
        let mediation = try #require(events(.mediation, in: held).first)
        #expect(mediation.status == .performed)
        #expect(Set(mediation.actors(in: .side)) == ["russia", "ukraine"])
        #expect(encounters(in: held).map { Set($0.actors(in: .participant)) } == [["russia", "ukraine"]])
    }

    @Test func aNeutralVenueForTalksBetweenTwoSidesIsAnOfferToMediate() throws {
        let x = extract("Mongolia stands ready to act as a neutral venue for talks between Japan and North Korea.", date: "2013-10-29")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["mongolia"])
        #expect(Set(mediation.actors(in: .side)) == ["japan", "north-korea"])
        #expect(mediation.status == .offered)
    }

    @Test func talksHeldWithTheHelpOfAThirdPartyAreItsMediation() throws {
        let x = extract("Japan and North Korea met in Ulaanbaatar with the help of the Mongolian government.", date: "2014-03-17")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["mongolia"])
        #expect(Set(mediation.actors(in: .side)) == ["japan", "north-korea"])
        #expect(mediation.status == .performed)
    }

    @Test func twoLeadersWhoOfferToBringTheTwoPresidentsTogetherEachOfferMediation() throws {
        let x = extract("""
            Juan Manuel Santos and Nicolás Maduro have not spoken since August. Rafael Correa and Tabaré Vázquez offered \
            last week to bring the two presidents together.
            """, date: "2015-09-22")
        let mediations = events(.mediation, in: x)
        #expect(Set(mediations.flatMap { $0.actors(in: .mediator) }) == ["rafael-correa", "tabaré-vázquez"])
        for mediation in mediations {
            #expect(Set(mediation.actors(in: .side)) == ["colombia", "venezuela"])
            #expect(mediation.status == .offered)
        }
    }

    @Test func arrangingAnExchangeBetweenTwoSidesAndAStatesIntelligenceAgencyMediate() throws {
        let swap = extract("In September Qatar arranged an exchange of prisoners between the United States and Iran.", date: "2023-12-21")
        let arranged = try #require(events(.mediation, in: swap).first)
        #expect(arranged.actors(in: .mediator) == ["qatar"])
        #expect(arranged.status == .performed)
        let agency = extract("The Turkish intelligence agency acted as mediator between Moscow and Washington.", date: "2024-08-02")
        let mediation = try #require(events(.mediation, in: agency).first)
        #expect(mediation.actors(in: .mediator) == ["turkey"])
        #expect(Set(mediation.actors(in: .side)) == ["russia", "united-states"])
    }

    @Test func talksConductedThroughAThirdPartyAreItsMediationNotItsTalks() throws {
        let x = extract("Iran and the United States held weeks of indirect negotiations conducted through Swiss diplomats.", date: "2019-12-08")
        #expect(encounters(in: x).map { Set($0.actors(in: .participant)) } == [["iran", "united-states"]])
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["switzerland"])
        #expect(mediation.status == .performed)
    }

    @Test func offeringOnesCapitalAsTheVenueAndGoingBackAndForthAreMediation() throws {
        let venue = extract("Vladimir Putin and Petro Poroshenko met in Minsk. Alexander Lukashenko had offered his capital as the venue.",
                            date: "2015-02-12")
        let offer = try #require(events(.mediation, in: venue).first)
        #expect(offer.actors(in: .mediator) == ["alexander-lukashenko"])
        #expect(Set(offer.actors(in: .side)) == ["russia", "ukraine"])
        #expect(offer.status == .offered)
        let shuttle = extract("Hillary Clinton spent the evening going back and forth between Armenia and Turkey.", date: "2009-10-10")
        let going = try #require(events(.mediation, in: shuttle).first)
        #expect(going.actors(in: .mediator) == ["hillary-clinton"])
        #expect(going.status == .performed)
    }

    @Test func welcomingAStatesMediationIsNoMeetingWithThatState() throws {
        let x = extract("Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani said his government welcomed the Kuwaiti mediation.",
                        date: "2017-06-08")
        #expect(encounters(in: x).isEmpty)
    }

    @Test func talksPutInFrontOfTheClauseWereHeldByItsSubject() throws {
        let x = extract("Following talks with Fumio Kishida in Seoul on Sunday, Yoon Suk-yeol told reporters the two would meet again.",
                        date: "2023-05-08")
        let talks = try #require(encounters(in: x).first)
        #expect(Set(talks.actors(in: .participant)) == ["fumio-kishida", "yoon-suk-yeol"])
        #expect(talks.status == .held)
    }

    @Test func whoJoinsTwoLeadersForAMeetingTakesPartInIt() throws {
        let x = extract("On Friday Joe Biden joined Mr Kishida and President Yoon Suk-yeol for a three-way summit.", date: "2023-08-19")
        let summit = try #require(encounters(in: x).first)
        #expect(Set(summit.actors(in: .participant)) == ["joe-biden", "fumio-kishida", "yoon-suk-yeol"])
        let titled = extract("""
            The Somali leader joined President Abdel Fattah al-Sisi and Eritrean President Isaias Afwerki for a three-way \
            summit in Asmara on Oct. 10.
            """, date: "2024-12-12")
        let asmara = try #require(encounters(in: titled).first)
        #expect(Set(asmara.actors(in: .participant)) == ["somalia", "abdel-fattah-el-sisi", "isaias-afwerki"])
    }

    @Test func whoBroughtTheirLeadersTogetherMediatedBetweenThem() throws {
        let x = extract("""
            Ethiopia and Somalia agreed to end their quarrel after Turkish President Recep Tayyip Erdoğan brought their \
            leaders together in Ankara on Wednesday.
            """, date: "2024-12-12")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["recep-tayyip-erdoğan"])
        #expect(Set(mediation.actors(in: .side)) == ["ethiopia", "somalia"])
        #expect(mediation.status == .performed)
    }

    @Test func hostsNamedTogetherOfRoundsOfTalksBetweenTwoSidesEachMediate() throws {
        let x = extract("Iraq and Oman hosted several rounds of talks between Saudi Arabia and Iran.", date: "2023-03-10")
        let mediations = events(.mediation, in: x)
        #expect(Set(mediations.flatMap { $0.actors(in: .mediator) }) == ["iraq", "oman"])
        for mediation in mediations {
            #expect(Set(mediation.actors(in: .side)) == ["iran", "saudi-arabia"])
        }
    }

    @Test func theirMeetingAfterAnEncounterRestatesIt() throws {
        let x = extract("Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels on Aug. 31, their third meeting there this year.",
                        date: "2022-10-07")
        #expect(encounters(in: x).map { Set($0.actors(in: .participant)) } == [["charles-michel", "ilham-aliyev", "nikol-pashinyan"]])
    }

    @Test func anAmbassadorRecalledForConsultationsMeetsNoOne() throws {
        let x = extract("Russia recalled its ambassador, Anatoly Antonov, for consultations on Wednesday after Joe Biden spoke.",
                        date: "2021-03-19")
        #expect(encounters(in: x).isEmpty)
    }

    @Test func thePairMeetingSomeoneSeparatelyIsTwoMeetings() throws {
        let x = extract("""
            Moon Jae-in and Shinzo Abe flew to Chengdu. On Monday the two leaders met President Xi Jinping separately \
            in Beijing.
            """, date: "2019-12-24")
        let meetings = encounters(in: x).filter { $0.kind == .meeting }.map { Set($0.actors(in: .participant)) }
        #expect(meetings == [["moon-jae-in", "xi-jinping"], ["shinzo-abe", "xi-jinping"]])
    }

    @Test func titleWordsBeforeAKnownNameAreNoNewOfficial() throws {
        let x = extract("Mr Lavrov had come from Myanmar, where he met the country's military ruler, Senior General Min Aung Hlaing.",
                        date: "2022-08-05")
        #expect(x.actors.allSatisfy { !$0.discovered })
        #expect(encounters(in: x).map { Set($0.actors(in: .participant)) } == [["sergey-lavrov", "min-aung-hlaing"]])
    }

    @Test func talksConvenedOrHeldUnderSomeonesAuspicesAreTheirMediation() throws {
        let convened = extract("Sweden convened talks between North Korea and the United States near Stockholm.", date: "2019-01-21")
        #expect(try #require(events(.mediation, in: convened).first).actors(in: .mediator) == ["sweden"])
        let auspices = extract("The truce between Israel and Egypt was agreed under Qatar's auspices.", date: "2023-11-24")
        let mediation = try #require(events(.mediation, in: auspices).first)
        #expect(mediation.actors(in: .mediator) == ["qatar"])
        #expect(Set(mediation.actors(in: .side)) == ["egypt", "israel"])
    }

    @Test func theMediationOfAConduitASponsorAndThanksToSomeonesEffortsNameTheMediator() throws {
        for sentence in ["North Korea and the United States agreed through the mediation of Sweden.",
                         "Sweden acted as a conduit between North Korea and the United States.",
                         "The talks between North Korea and the United States were sponsored by Sweden.",
                         "The swap between North Korea and the United States came about thanks to the efforts of Sweden."] {
            let mediation = try #require(events(.mediation, in: extract(sentence, date: "2019-01-21")).first, "\(sentence)")
            #expect(mediation.actors(in: .mediator) == ["sweden"], "\(sentence)")
            #expect(Set(mediation.actors(in: .side)) == ["north-korea", "united-states"], "\(sentence)")
            #expect(mediation.status == .performed, "\(sentence)")
        }
    }

    @Test func aBilateralAndAnAudienceGrantedAreMeetings() throws {
        for sentence in ["Xi Jinping held a bilateral with Moon Jae-in in Osaka.",
                         "Moon Jae-in was granted an audience by Xi Jinping in Beijing."] {
            let meeting = try #require(encounters(in: extract(sentence, date: "2019-06-28")).first, "\(sentence)")
            #expect(Set(meeting.actors(in: .participant)) == ["moon-jae-in", "xi-jinping"], "\(sentence)")
            #expect(meeting.status == .held, "\(sentence)")
        }
    }

    @Test func anEffortToEaseTensionsBetweenTwoSidesIsMediationPerformed() throws {
        let x = extract("The attack was a setback for Japan's effort to ease tensions between Iran and the United States.", date: "2019-06-13")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["japan"])
        #expect(Set(mediation.actors(in: .side)) == ["iran", "united-states"])
        #expect(mediation.status == .performed)
    }

    @Test func aMediationWithoutItsSidesTakesThoseAnotherMediationNames() throws {
        let x = extract("""
            Iran agreed on Monday to ship uranium abroad in a deal brokered by Brazil and Turkey. Russia said nothing. \
            Russia will study it. Brazil and Turkey have presented themselves as go-betweens between Tehran and Washington.
            """, date: "2010-05-17")
        let brokered = try #require(events(.mediation, in: x).first)
        #expect(brokered.actors(in: .mediator) == ["brazil"])
        #expect(Set(brokered.actors(in: .side)) == ["iran", "united-states"])
    }

    @Test func aMediationPerformedOverTimeHasNoDayButAnOfferIsTheNews() throws {
        let x = extract("Switzerland has mediated between Georgia and Russia since last December. Sweden has offered to mediate between Georgia and Russia.",
                        date: "2011-11-09")
        let mediations = events(.mediation, in: x)
        #expect(mediations.count == 2)
        #expect(mediations.first { $0.actors(in: .mediator) == ["switzerland"] }?.date == nil)
        #expect(mediations.first { $0.actors(in: .mediator) == ["sweden"] }?.date == Day("2011-11-09"))
    }

    @Test func aMeetingThatCouldHappenIsSpeculationButOneTheGroundIsLaidForIsPlanned() throws {
        let speculation = extract("Mr Trump said a third meeting with Kim Jong-un could happen, but added that there was no hurry.")
        #expect(encounters(in: speculation).isEmpty)
        let planned = extract("Sweden could help lay the ground for the summit between Kim Jong-un and Donald Trump.")
        #expect(encounters(in: planned).map(\.status) == [.planned])
    }

    @Test func theyAfterTwoSidesOfTheirOwnSentenceAreThoseTwo() throws {
        let x = extract("Angela Merkel pressed Vladimir Putin to free the sailors when they met on Saturday, her spokesman said.", date: "2018-12-02")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["angela-merkel", "vladimir-putin"])
        #expect(meeting.date == Day("2018-12-01"))
    }

    @Test func mealsAndCallsOnALeaderAreMeetingsButACallOnSomeoneToActIsNot() throws {
        let x = extract("""
            Fumio Kishida had dinner on Friday with Yun Byung-se. Later Mr Kishida called on President Park Geun-hye. \
            Japan called on Kim Jong-un to stop the tests.
            """, date: "2015-12-28")
        let pairs = encounters(in: x).map { Set($0.actors.map(\.actor)) }
        #expect(pairs == [["fumio-kishida", "yun-byung-se"], ["fumio-kishida", "park-geun-hye"]])
    }

    @Test func aVerbJoinedByAndWithAuxiliariesSharesTheSubjectAndAnAsideDatesOnlyItself() throws {
        let x = extract("""
            Mr Lula, who arrived on Saturday, held talks with Mahmoud Ahmadinejad on Sunday and was also received that day by \
            Ali Khamenei.
            """, date: "2010-05-17")
        let meetings = encounters(in: x)
        #expect(meetings.map { Set($0.actors.map(\.actor)) }
            == [["luiz-inácio-lula-da-silva", "mahmoud-ahmadinejad"], ["luiz-inácio-lula-da-silva", "ali-khamenei"]])
        #expect(meetings.map(\.date) == [Day("2010-05-16"), Day("2010-05-16")])
    }

    @Test func aListThatAgreedAfterTalksHeldThem() throws {
        let x = extract("The leaders of Russia, Ukraine, Germany and France agreed on a ceasefire in eastern Ukraine, after talks in Minsk.",
                        date: "2015-02-12")
        let talks = try #require(encounters(in: x).first)
        #expect(Set(talks.actors.map(\.actor)) == ["russia", "ukraine", "germany", "france"])
        #expect(talks.status == .held)
        #expect(talks.place == "Minsk")
    }

    @Test func sinceAMonthDatesNothingAndTalksThatPreparedTheGroundWereHeld() throws {
        let x = extract("""
            Hakan Fidan prepared the ground in Moscow on Thursday in talks with Sergey Lavrov. Recep Tayyip Erdogan and \
            Vladimir Putin met on Monday for their first talks since October.
            """, date: "2023-09-04")
        let meetings = encounters(in: x)
        #expect(meetings.map(\.status) == [.held, .held])
        #expect(meetings.map(\.date) == [Day("2023-08-31"), Day("2023-09-04")])
    }

    @Test func auspicesIntercessionAndAnHonestBrokerAreMediation() throws {
        let x = extract("""
            Iran and the United States held talks in Muscat under the auspices of Oman. Qatar interceded with Iran on behalf of \
            the United States. Switzerland acted as an honest broker between Iran and the United States.
            """, date: "2020-02-29")
        let mediations = events(.mediation, in: x)
        #expect(mediations.flatMap { $0.actors(in: .mediator) } == ["oman", "qatar", "switzerland"])
        for mediation in mediations {
            #expect(Set(mediation.actors(in: .side)) == ["iran", "united-states"])
            #expect(mediation.status == .performed)
        }
    }

    @Test func diplomatsInACapitalCarryMessagesAndAnEmbassyHelpsToArrangeARelease() throws {
        let x = extract("""
            Washington has no diplomatic relations with Pyongyang. Swedish diplomats in the North Korean capital had visited \
            the prisoners and carried messages about their cases between the two governments. The release was one that the \
            Swedish embassy had helped to arrange.
            """, date: "2014-11-09")
        let mediations = events(.mediation, in: x)
        #expect(mediations.count == 2)
        for mediation in mediations {
            #expect(mediation.actors(in: .mediator) == ["sweden"])
            #expect(Set(mediation.actors(in: .side)) == ["north-korea", "united-states"])
        }
    }

    @Test func aCountryAfterItsOfficialOnlySaysWhoseAndJointHostsMediateEach() throws {
        let x = extract("""
            President Emmanuel Macron of France and Chancellor Angela Merkel of Germany brought together Vladimir Putin and \
            Volodymyr Zelensky at the Elysee Palace.
            """, date: "2019-12-10")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["emmanuel-macron", "angela-merkel", "vladimir-putin", "volodymyr-zelensky"])
        let mediations = events(.mediation, in: x)
        #expect(Set(mediations.flatMap { $0.actors(in: .mediator) }) == ["emmanuel-macron", "angela-merkel"])
        for mediation in mediations {
            #expect(Set(mediation.actors(in: .side)) == ["vladimir-putin", "volodymyr-zelensky"])
        }
    }

    @Test func seeingAnOfficialIsMeetingHimButSeeingATripOrACountryAsSomethingIsNot() throws {
        let x = extract("""
            Nicolas Sarkozy, whose country holds the presidency of the European Union, spent Tuesday in talks with Dmitry \
            Medvedev. He also saw Vladimir Putin before leaving Moscow. Georgia saw Russia as a threat. South Korea said it \
            saw Mr Putin's remarks as a warning.
            """, date: "2008-08-12")
        #expect(encounters(in: x).map { Set($0.actors.map(\.actor)) } == [["nicolas-sarkozy", "dmitry-medvedev"], ["nicolas-sarkozy", "vladimir-putin"]])
    }

    @Test func pluralOfficesJoinAListAndCabinetTitlesIntroduceOfficials() throws {
        let x = extract("""
            WASHINGTON — Treasury Secretary Steven Mnuchin met Sameh Shoukry. Donald Trump received Mr Shoukry and the \
            foreign ministers of Ethiopia and Sudan at the White House.
            """, date: "2019-11-06")
        let meetings = encounters(in: x)
        #expect(meetings.map { Set($0.actors.map(\.actor)) }
            == [["steven-mnuchin", "sameh-shoukry"], ["donald-trump", "sameh-shoukry", "ethiopia", "sudan"]])
        #expect(x.actors.first { $0.id == "steven-mnuchin" }?.affiliation == "united-states")
    }

    @Test func theTwoMinistersAreThePairThatMetThoughTheirHostWasNamedSince() throws {
        let x = extract("""
            Ararat Mirzoyan and Jeyhun Bayramov met in Almaty on Friday. Their host, Foreign Minister Murat Nurtleu, opened \
            the session. Kassym-Jomart Tokayev received both ministers. Germany hosted the two ministers in Berlin in February.
            """, date: "2024-05-11")
        #expect(encounters(in: x).map { Set($0.actors.map(\.actor)) } == [
            ["ararat-mirzoyan", "jeyhun-bayramov"], ["kassym-jomart-tokayev", "ararat-mirzoyan", "jeyhun-bayramov"],
            ["germany", "ararat-mirzoyan", "jeyhun-bayramov"],
        ])
        // Tokayev, a third party at their encounter, mediates too (`Extractor.withMediationsAtEncounters`).
        #expect(events(.mediation, in: x).map { $0.actors(in: .mediator) } == [["kassym-jomart-tokayev"], ["germany"]])
        for mediation in events(.mediation, in: x) {
            #expect(Set(mediation.actors(in: .side)) == ["ararat-mirzoyan", "jeyhun-bayramov"])
        }
    }

    @Test func thePairOfALaterClauseIsNoPartyOfTheTrigger() throws {
        let x = extract("""
            Donald Trump called off his summit with Kim Jong-un. Mr Moon, who had met Trump at the White House two days \
            earlier, said he was perplexed and urged the two leaders to resolve their differences through direct talks.
            """, date: "2018-05-24")
        #expect(!encounters(in: x).contains { $0.status == .held && $0.actors.contains { $0.actor == "kim-jong-un" } })
    }

    @Test func guestsBetweenBroughtAndTogetherMeetTheirHostWhoMediates() throws {
        let x = extract("Chancellor Olaf Scholz brought President Ilham Aliyev and Prime Minister Nikol Pashinyan together in Munich.",
                        date: "2024-02-17")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["olaf-scholz", "ilham-aliyev", "nikol-pashinyan"])
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["olaf-scholz"])
        #expect(Set(mediation.actors(in: .side)) == ["ilham-aliyev", "nikol-pashinyan"])
    }

    @Test func whoSpeaksAfterAnOpeningQuotationHostedTheGuestsNotANameInTheQuotation() throws {
        let x = extract("""
            "Kosovo and Serbia have agreed on the annex," Josep Borrell told reporters after hosting Serbian President \
            Aleksandar Vucic and Kosovo Prime Minister Albin Kurti.
            """, date: "2023-03-18")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["josep-borrell", "aleksandar-vučić", "albin-kurti"])
        #expect(events(.mediation, in: x).flatMap { $0.actors(in: .mediator) } == ["josep-borrell"])
    }

    @Test func theHostsOfAMeetingHostedByTwoMediateAndDoNotMeetEachOther() throws {
        let x = extract("""
            Aleksandar Vucic and Albin Kurti met in Brussels on Feb. 27. The two leaders approved the text there, at a meeting \
            hosted by Josep Borrell and Miroslav Lajcak.
            """, date: "2023-03-18")
        #expect(!encounters(in: x).contains { Set($0.actors.map(\.actor)) == ["josep-borrell", "miroslav-lajčák"] })
        #expect(Set(events(.mediation, in: x).flatMap { $0.actors(in: .mediator) }) == ["josep-borrell", "miroslav-lajčák"])
    }

    @Test func aSurnameWrittenWithoutItsDiacriticsIsStillRecognised() throws {
        let x = extract("Chad's Idriss Déby arrived on Monday. Libyan leader Muammar Gaddafi hosted Deby and Omar al-Bashir in Tripoli.",
                        date: "2006-02-08")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["muammar-gaddafi", "idriss-déby", "omar-al-bashir"])
    }

    @Test func witnessesOfASigningMeetTheSignatoriesHoweverLongTheirTitles() throws {
        let x = extract("""
            Foreign Ministers Edward Nalbandian of Armenia and Ahmet Davutoglu of Turkey signed two protocols in Zurich in the \
            presence of Hillary Clinton, Russian Foreign Minister Sergey Lavrov and Swiss Foreign Minister Micheline \
            Calmy-Rey, who hosted the ceremony.
            """, date: "2009-10-10")
        #expect(encounters(in: x).map { Set($0.actors.map(\.actor)) }.contains([
            "eduard-nalbandyan", "ahmet-davutoğlu", "hillary-clinton", "sergey-lavrov", "micheline-calmy-rey",
        ]))
    }

    @Test func sidesThatLetAThirdPartyMediateRequestIt() throws {
        let x = extract("Djibouti and Eritrea have agreed to let Qatar mediate their border dispute.", date: "2010-06-07")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["qatar"])
        #expect(Set(mediation.actors(in: .side)) == ["djibouti", "eritrea"])
        #expect(mediation.status == .requested)
    }

    @Test func separateTalksWithTwoAreAMeetingWithEach() throws {
        let x = extract("Sheikh Hamad bin Khalifa Al Thani held separate talks with Isaias Afwerki and Ismail Omar Guelleh on Sunday.",
                        date: "2010-06-07")
        #expect(encounters(in: x).map { Set($0.actors.map(\.actor)) } == [
            ["hamad-bin-khalifa-al-thani", "isaias-afwerki"], ["hamad-bin-khalifa-al-thani", "ismail-omar-guelleh"],
        ])
    }

    @Test func proposalsCarriedBetweenTwoCapitalsAreMediationButProposalsForTalksBetweenThemAreNot() throws {
        let x = extract("""
            Sheikh Hamad bin Jassim Al Thani carried proposals between Asmara and Djibouti. Analysts said Kong Xuanyou \
            might carry proposals for new talks between Pyongyang and Washington.
            """, date: "2010-06-07")
        let mediations = events(.mediation, in: x)
        #expect(mediations.count == 1)
        #expect(mediations.first?.actors(in: .mediator) == ["hamad-bin-jassim-al-thani"])
        #expect(Set(mediations.first?.actors(in: .side) ?? []) == ["eritrea", "djibouti"])
    }

    @Test func itOpeningASentenceIsTheActorThatOpenedTheSentenceBefore() throws {
        let x = extract("""
            The Holy See has quietly acted as a go-between in other disputes. It helped bring Washington and Havana together \
            in secret talks. The sultanate has a long record of quiet diplomacy with Iran. It helped secure the release of \
            three American hikers.
            """, date: "2018-10-18")
        let mediation = try #require(events(.mediation, in: x).last)
        #expect(mediation.evidence.sentence == 1)
        #expect(mediation.actors(in: .mediator) == ["holy-see"])
        #expect(Set(mediation.actors(in: .side)) == ["united-states", "cuba"])
        #expect(mediation.status == .performed)
    }

    @Test func offeringToActAsMessengerIsAnOfferToMediate() throws {
        let x = extract("Kim Jong-un invited Pope Francis to Pyongyang. The South Korean leader, Moon Jae-in, offered to act as messenger.",
                        date: "2018-10-18")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["moon-jae-in"])
        #expect(Set(mediation.actors(in: .side)) == ["holy-see", "north-korea"])
        #expect(mediation.status == .offered)
    }

    @Test func theTwoSidesAreThePairThatMetAndAMediatorBringsTogetherThePairItsArticleMediates() throws {
        let x = extract("""
            Jordan has mediated between Israel and the Palestinians for months. Israeli and Palestinian officials meeting in \
            Aqaba on Sunday agreed to calm the violence. The two sides agreed to meet again in Sharm el-Sheikh next month. \
            Benjamin Netanyahu received Antony Blinken in Jerusalem on Jan. 30. Jordanian Foreign Minister Ayman Safadi said \
            Jordan would keep working with Egypt and the United States to bring the two sides together.
            """, date: "2023-02-26")
        let planned = try #require(encounters(in: x).first { $0.status == .planned })
        #expect(Set(planned.actors.map(\.actor)) == ["israel", "state-of-palestine"])
        let mediation = try #require(events(.mediation, in: x).last)
        #expect(mediation.evidence.sentence == 4)
        #expect(mediation.actors(in: .mediator) == ["jordan"])
        #expect(Set(mediation.actors(in: .side)) == ["israel", "state-of-palestine"])
    }

    @Test func theMinisterIsTheMinisterOfItsCountryAndACommaParticipleCarriesForTheClausesSubject() throws {
        let x = extract("""
            Indonesian Foreign Minister Marty Natalegawa spoke after the meeting. His Cambodian counterpart, Hor Namhong, said \
            Cambodia had asked Jakarta to mediate. The Indonesian minister has spent much of the month on the dispute. He met \
            Prime Minister Hun Sen in Phnom Penh on Feb 7 and Thai Prime Minister Abhisit Vejjajiva in Bangkok the next day, \
            carrying messages between the two leaders.
            """, date: "2011-02-22")
        #expect(Set(try #require(encounters(in: x).first).actors.map(\.actor)) == ["marty-natalegawa", "hun-sen"])
        let mediation = try #require(events(.mediation, in: x).last)
        #expect(mediation.evidence.sentence == 3)
        #expect(mediation.actors(in: .mediator) == ["marty-natalegawa"])
        #expect(Set(mediation.actors(in: .side)) == ["hun-sen", "abhisit-vejjajiva"])
        #expect(mediation.status == .performed)
    }

    @Test func theTwoMinistersACarrierGoesBetweenAreTheOthersItsSentenceNames() throws {
        let x = extract("""
            Eduard Nalbandian and Ahmet Davutoglu were due to sign in Zurich. Hillary Clinton met Nalbandian at his hotel and \
            then spent the evening on the telephone to Davutoglu, carrying proposals back and forth between the two ministers.
            """, date: "2009-10-10")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["hillary-clinton"])
        #expect(Set(mediation.actors(in: .side)) == ["eduard-nalbandyan", "ahmet-davutoğlu"])
    }

    @Test func aStateJoinedByAHyphenToMediatedOrBrokeredIsTheMediator() throws {
        let x = extract("""
            Armenia and Azerbaijan held Russian-mediated talks in Moscow. The two signed a Qatari-brokered deal in Doha.
            """, date: "2022-04-07")
        #expect(events(.mediation, in: x).map { $0.actors(in: .mediator) } == [["russia"], ["qatar"]])
        for mediation in events(.mediation, in: x) {
            #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
        }
        #expect(Set(try #require(events(.talks, in: x).first).actors.map(\.actor)) == ["armenia", "azerbaijan"])
    }

    @Test func theHostsOfTalksPutInFrontEndAtItsComma() throws {
        let x = extract("At talks hosted by Russia and Iran, Turkey and Syria agreed to work on a road map.", date: "2023-05-10")
        #expect(Set(events(.mediation, in: x).flatMap { $0.actors(in: .mediator) }) == ["russia", "iran"])
        for mediation in events(.mediation, in: x) {
            #expect(Set(mediation.actors(in: .side)) == ["turkey", "syria"])
        }
    }

    @Test func mediatingForMonthsPlayingHostEffortsOfAndDefusingAStandoffAreMediation() throws {
        let x = extract("""
            Angola has been mediating between Rwanda and Uganda since July. Charles Michel played host to Ilham Aliyev and \
            Nikol Pashinyan in Brussels. The mediation efforts of Angola helped end the dispute between Rwanda and Uganda. \
            Germany's Heiko Maas travelled to Athens and Ankara to defuse the standoff between Greece and Turkey.
            """, date: "2021-05-25")
        let mediations = events(.mediation, in: x)
        #expect(mediations.map(\.evidence.sentence) == [0, 1, 2, 3])
        #expect(mediations.map { $0.actors(in: .mediator) } == [["angola"], ["charles-michel"], ["angola"], ["heiko-maas"]])
        #expect(mediations[0].status == .performed)
        #expect(Set(mediations[3].actors(in: .side)) == ["greece", "turkey"])
        #expect(Set(try #require(encounters(in: x).first { $0.evidence.sentence == 1 }).actors.map(\.actor))
            == ["charles-michel", "ilham-aliyev", "nikol-pashinyan"])
    }

    @Test func readinessToKeepServingIsAnOfferAndAQuestionWhetherSomeoneCarriesIsNothing() throws {
        let x = extract("""
            Wang Yi said China was ready to keep serving as a bridge between Dhaka and Naypyitaw. Asked whether Washington \
            expected Beijing to deliver any message to Pyongyang, a senior U.S. official declined to comment.
            """, date: "2017-11-23")
        let mediations = events(.mediation, in: x)
        #expect(mediations.count == 1)
        #expect(mediations.first?.status == .offered)
        #expect(Set(mediations.first?.actors(in: .side) ?? []) == ["bangladesh", "myanmar"])
    }

    @Test func steppingInToMediateIsMediating() throws {
        let x = extract("Angola stepped in to mediate between Rwanda and Uganda.", date: "2019-08-21")
        #expect(events(.mediation, in: x).map(\.status) == [.performed])
    }

    @Test func anArmedMovementCanBeASideOfMediation() throws {
        let x = extract("Egypt and Qatar mediated between Israel and Hamas. Oman hosted talks between Saudi Arabia and the Houthis in Muscat.",
                        date: "2023-11-24")
        let mediations = events(.mediation, in: x)
        #expect(mediations.map { $0.actors(in: .mediator) } == [["egypt"], ["qatar"], ["oman"]])
        #expect(Set(mediations[0].actors(in: .side)) == ["israel", "hamas"])
        #expect(Set(mediations[2].actors(in: .side)) == ["saudi-arabia", "houthis"])
    }

    @Test func aSummitAfterACommaIsHeldBothNamesTwoAndAnyTalksOrFavouredTalksAreNone() throws {
        let x = extract("""
            Vladimir Putin and Park Geun-hye agreed on Wednesday to push ahead with a project that would run through North \
            Korea, at a summit in Seoul. John Kerry travelled to Moscow in May and met both Putin and Lavrov, and national \
            security adviser Tom Donilon was in Beijing. Washington insisted that any talks with Pyongyang must aim at \
            denuclearisation. Putin favoured a resumption of the stalled six-party talks.
            """, date: "2013-11-13")
        let meetings = events(.meeting, in: x)
        #expect(meetings.map(\.evidence.sentence) == [0, 1])
        #expect(events(.talks, in: x).isEmpty)
        #expect(meetings.first?.status == .held)
        #expect(Set(meetings.last?.actors.map(\.actor) ?? []) == ["john-kerry", "vladimir-putin", "sergey-lavrov"])
    }

    @Test func theTwoKoreasAndInterKoreanTalksAreNorthAndSouthKorea() throws {
        let x = extract("""
            The two Koreas held talks at Panmunjom on Tuesday. The last government-level talks between the two Koreas were held \
            at Kaesong in December 2015. Kim Jong-il received Kim Dae-jung in Pyongyang for the first inter-Korean summit. \
            North Korea scrapped what would have been the first talks between the two Koreas in six years. Kim Il-sung \
            offered to hold the first inter-Korean summit.
            """, date: "2018-01-09")
        let meetings = encounters(in: x)
        #expect(meetings.map(\.evidence.sentence) == [0, 1, 2, 3, 4])
        for meeting in meetings where meeting.evidence.sentence != 2 {
            #expect(Set(meeting.actors.map(\.actor)) == ["north-korea", "south-korea"])
        }
        #expect(meetings.map(\.status) == [.held, .held, .held, .cancelled, .planned])
    }

    @Test func theTwoAloneBeforeItsVerbIsThePair() throws {
        let x = extract("""
            Shinzo Abe met Vladimir Putin in Sochi. He said the two had agreed to meet again at the Eastern Economic Forum in \
            Vladivostok in September.
            """, date: "2016-05-06")
        let planned = try #require(encounters(in: x).last)
        #expect(planned.status == .planned)
        #expect(Set(planned.actors.map(\.actor)) == ["shinzo-abe", "vladimir-putin"])
    }

    @Test func bringingTwoLeadersToAPlaceIsHostingThem() throws {
        let x = extract("João Lourenço brought Paul Kagame and Ugandan President Yoweri Museveni to Luanda on Wednesday.", date: "2019-08-21")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["joão-lourenço", "paul-kagame", "yoweri-museveni"])
        #expect(meeting.place == "Luanda")
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["joão-lourenço"])
    }

    @Test func aDayWithoutItsYearTakesTheYearTheSentenceGaveItsMonthBefore() throws {
        let x = extract("""
            In August 2019 João Lourenço brought Paul Kagame and Ugandan President Yoweri Museveni to Luanda, where on Aug. 21 \
            they signed a memorandum.
            """, date: "2021-05-25")
        let signing = try #require(encounters(in: x).last)
        #expect(Set(signing.actors.map(\.actor)) == ["paul-kagame", "yoweri-museveni"])
        #expect(signing.date == Day(year: 2019, month: 8, day: 21))
    }

    @Test func theFollowingDayMovesADateBeforeTheTriggerNotTheTriggersOwn() throws {
        let x = extract("""
            Kim Yong-chol met Mike Pompeo in New York on May 31 and carried a letter to Donald Trump the following day. \
            In Beijing Rex Tillerson held talks with Wang Yi on March 18 and was received by Xi Jinping the next day.
            """, date: "2018-06-02")
        let meetings = encounters(in: x)
        #expect(meetings.first { $0.actors.contains { $0.actor == "mike-pompeo" } }?.date == Day(year: 2018, month: 5, day: 31))
        #expect(meetings.first { $0.actors.contains { $0.actor == "xi-jinping" } }?.date == Day(year: 2018, month: 3, day: 19))
    }

    @Test func effortsBySomeoneToMediateAreTheirsAndWelcomingThemIsNoMeeting() throws {
        let x = extract("Greece and Turkey welcomed efforts by Germany to mediate.", date: "2020-08-25")
        #expect(encounters(in: x).isEmpty)
        let mediation = try #require(events(.mediation, in: x).first)
        #expect(mediation.actors(in: .mediator) == ["germany"])
        #expect(Set(mediation.actors(in: .side)) == ["greece", "turkey"])
    }

    @Test func anAmbiguousStateListedWithAnotherIsThatState() throws {
        let x = extract("""
            Israeli and Palestinian officials agreed to calm the violence, in talks held with the help of Jordan, Egypt and \
            the United States. Michael Jordan watched the game.
            """, date: "2023-02-26")
        #expect(Set(events(.mediation, in: x).flatMap { $0.actors(in: .mediator) }) == ["jordan", "egypt", "united-states"])
        #expect(!x.events.contains { $0.evidence.sentence == 1 })
    }

    @Test func aConversationHeldInPersonAndAGreetingAreMeetingsButACallIsNot() throws {
        let talk = extract("""
            On Monday, South Korean President Moon Jae-in held an 11-minute conversation with Japanese Prime Minister Shinzo Abe \
            on the sidelines of a regional summit in Bangkok.
            """, date: "2019-11-06")
        let meeting = try #require(encounters(in: talk).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["moon-jae-in", "shinzo-abe"])
        #expect(meeting.status == .held)
        #expect(meeting.date == Day("2019-11-04"))
        #expect(encounters(in: extract("""
            South Korean President Moon Jae-in held a phone conversation with Japanese Prime Minister Shinzo Abe on Monday.
            """, date: "2019-11-06")).isEmpty)
        let greeting = try #require(encounters(in: extract("""
            Israeli Prime Minister Benjamin Netanyahu broke with protocol on Tuesday to greet Narendra Modi at the airport.
            """, date: "2017-07-05")).first)
        #expect(Set(greeting.actors.map(\.actor)) == ["benjamin-netanyahu", "narendra-modi"])
        #expect(greeting.date == Day("2017-07-04"))
    }

    @Test func theOneARelativeClauseClosedBeforeSaidIsTheSpeakerAndItsObjectWasMet() throws {
        let x = extract("""
            Russian Foreign Minister Sergei Lavrov, who also saw Wang Yi, said on Sunday that the talks had been useful.
            """, date: "2017-08-06")
        let meeting = try #require(encounters(in: x).first)
        #expect(Set(meeting.actors.map(\.actor)) == ["sergey-lavrov", "wang-yi"])
        #expect(meeting.status == .held)
    }

    @Test func beingGladToMeetSomeoneIsAWishNotAPlan() {
        for text in ["Donald Trump said last month he would be \"honoured\" to meet Kim Jong-un under the right circumstances.",
                     "Donald Trump said he would be happy to meet Kim Jong-un."] {
            #expect(encounters(in: extract(text, date: "2017-06-13")).isEmpty, "\(text)")
        }
        #expect(!encounters(in: extract("Donald Trump said he would meet Kim Jong-un in June.", date: "2018-05-01")).isEmpty)
    }
}
