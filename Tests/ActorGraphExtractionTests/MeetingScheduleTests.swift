import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// When a meeting is held, planned or called off, and who takes part when clauses stand between the
/// subject and the verb. Sentences written for these tests (not taken from any corpus), with the bundled
/// dictionary.
@Suite struct MeetingScheduleTests {
    func encounters(_ body: String, date: String) -> [Event] {
        ExtractionFixture.extract(body, date: date).events.filter { $0.kind == .meeting || $0.kind == .talks || $0.kind == .visit }
    }

    @Test func anItineraryInThePresentTenseIsASchedule() throws {
        let found = encounters("""
            George W. Bush is in Brazil. He then visits Colombia on Sunday for talks with President Alvaro Uribe in \
            Bogota, and Guatemala City on Monday, where he meets President Oscar Berger.
            """, date: "2007-03-09")
        let uribe = try #require(found.first { $0.actors.contains { $0.actor == "álvaro-uribe" } })
        #expect(uribe.status == .planned && uribe.date == Day("2007-03-11"))
        let berger = try #require(found.first { $0.actors.contains { $0.actor == "óscar-berger" } })
        #expect(berger.status == .planned && berger.date == Day("2007-03-12"))
    }

    @Test func talksThatWouldBeHeldFarAfterTheirNounArePlanned() throws {
        let talks = try #require(encounters("""
            North Korea said talks with a delegation of the International Atomic Energy Agency would be held in \
            Pyongyang on Tuesday.
            """, date: "2007-06-25").first)
        #expect(talks.status == .planned)
        #expect(talks.date == Day("2007-06-26"))
        #expect(Set(talks.actors.map(\.actor)) == ["north-korea", "international-atomic-energy-agency"])
    }

    @Test func aLongAppositionBeforeTalksHeldEarlierIsNoSubject() throws {
        let talks = try #require(encounters("""
            Abe, the first postwar Japanese prime minister to make China the destination of his first official overseas \
            trip, earlier held 90 minutes of talks with Premier Wen Jiabao.
            """, date: "2006-10-08").first)
        #expect(Set(talks.actors.map(\.actor)) == ["shinzo-abe", "wen-jiabao"])
        #expect(talks.status == .held)
        #expect(talks.date == Day("2006-10-08"))
    }

    @Test func anOfficialBriefedInPersonWasMetButNotOneBriefedByPhone() throws {
        let met = encounters("""
            Mike Pompeo flew to Seoul and briefed South Korean President Moon Jae-in on the talks that evening. He spoke \
            to reporters after briefing Kang Kyung-wha at the ministry. He briefed Shinzo Abe by phone on Monday.
            """, date: "2018-10-08")
        #expect(met.map { Set($0.actors.map(\.actor)) } == [["mike-pompeo", "south-korea"], ["mike-pompeo", "moon-jae-in"],
                                                             ["mike-pompeo", "kang-kyung-wha"]])
        #expect(met.allSatisfy { $0.status == .held })
    }

    @Test func aMeetingInAPeriodGoneByIsNotDatedByTheNews() throws {
        // Published Thursday 2023-09-14: a period before it gives no day, and never the day of the news.
        for period in ["last year", "last summer", "the previous year", "later that month", "in recent weeks",
                       "in the spring", "in the 1990s", "this year", "that December"] {
            let met = try #require(encounters("Moon Jae-in met Kim Jong-un in Pyongyang \(period).", date: "2023-09-14").first)
            #expect(met.date == nil, "\(period)")
        }
        let september = try #require(encounters("Moon Jae-in met Kim Jong-un in Pyongyang last September.", date: "2023-09-14").first)
        #expect(september.date == Day("2022-09-01") && september.datePrecision == .month)
        let today = try #require(encounters("Moon Jae-in met Kim Jong-un in Pyongyang.", date: "2023-09-14").first)
        #expect(today.date == Day("2023-09-14"))
    }

    @Test func aRemoteMeetingInAnEarlierClauseLeavesAMeetingAfterItFaceToFace() throws {
        let found = ExtractionFixture.extract("""
            Serbian President Aleksandar Vucic and Kosovo Prime Minister Avdullah Hoti signed pledges on Friday. Emmanuel \
            Macron and Angela Merkel chaired a video summit with the two sides on July 10, and Mr Vucic and Mr Hoti met in \
            Brussels on July 16 with the EU foreign policy chief, Josep Borrell.
            """, date: "2020-09-04").events
        let met = try #require(found.first { $0.kind == .meeting })
        #expect(Set(met.actors.map(\.actor)) == ["aleksandar-vučić", "avdullah-hoti", "european-union"])
        #expect(met.date == Day("2020-07-16") && met.place == "Brussels")
        #expect(!found.contains { $0.kind == .communication && $0.actors.contains { $0.actor == "aleksandar-vučić" } && $0.date == Day("2020-07-16") })
    }

    @Test func aVenueInACityIsTheCityAndASourceIsNoVenue() throws {
        for (venue, city) in [("at the White House", "Washington"), ("in the Oval Office", "Washington"), ("at the Blue House", "Seoul"),
                              ("at the Elysee Palace", "Paris"), ("at Downing Street", "London"), ("at Mar-a-Lago", "Palm Beach")] {
            let met = try #require(encounters("Moon Jae-in met Donald Trump \(venue) on Tuesday.", date: "2019-04-11").first)
            #expect(met.place == city, "\(venue)")
        }
        let extraction = ExtractionFixture.extract("Moon Jae-in met Xi Jinping for two hours, according to Cheong Wa Dae.", date: "2017-12-14")
        #expect(extraction.events.first { $0.kind == .meeting }?.place == nil)
        #expect(extraction.actors.contains { $0.id == "south-korea" })
    }

    @Test func aMeetingWithoutAPlaceIsWhereItsParticipantWasThatDay() throws {
        let found = encounters("""
            Rex Tillerson held talks in Dhaka on Saturday with Sheikh Hasina, then flew to Naypyitaw, where he met Aung San Suu Kyi \
            on Sunday. Mike Pompeo arrived in Pyongyang on Wednesday. On Thursday he held talks with Kim Yong-chol. He had met \
            Kim Jong-un on March 31.
            """, date: "2018-05-10")
        // "where" stands for the last place before it, and the day after the joint is the meeting's own.
        let suuKyi = try #require(found.first { $0.actors.contains { $0.actor == "aung-san-suu-kyi" } })
        #expect(suuKyi.place == "Naypyidaw" && suuKyi.date == Day("2018-05-06"))
        let kimYongChol = try #require(found.first { $0.actors.contains { $0.actor == "kim-yong-chol" } })
        #expect(kimYongChol.place == "Pyongyang" && kimYongChol.date == Day("2018-05-10"))
        // Weeks before the visit: no place is guessed.
        let kim = try #require(found.first { $0.actors.contains { $0.actor == "kim-jong-un" } })
        #expect(kim.place == nil)
    }

    @Test func aCapitalVisitedIsWhereTheVisitWasAndItsCountryTheHost() throws {
        let found = encounters("John Kerry visited Brasilia in August, when he met Dilma Rousseff.", date: "2013-09-17")
        let visit = try #require(found.first { $0.kind == .visit })
        #expect(visit.place == "Brasilia" && visit.actors.contains { $0.actor == "brazil" && $0.role == .host })
        let met = try #require(found.first { $0.kind == .meeting })
        #expect(met.place == "Brasilia" && Set(met.actors.map(\.actor)) == ["john-kerry", "dilma-rousseff"])
    }

    @Test func aMeetingAtAGroupsSummitIsWhereTheSummitWas() throws {
        let found = encounters("""
            Vladimir Putin and Moon Jae-in first met on the sidelines of the Group of 20 summit in Hamburg last July. Both \
            welcomed the outcome of the June 12 summit in Singapore between Donald Trump and Kim Jong-un.
            """, date: "2018-06-22")
        let first = try #require(found.first { Set($0.actors.map(\.actor)) == ["vladimir-putin", "moon-jae-in"] })
        #expect(first.place == "Hamburg" && first.date == Day("2017-07-01") && first.datePrecision == .month)
        // A summit named by its day is a meeting, not an occasion.
        let singapore = try #require(found.first { Set($0.actors.map(\.actor)) == ["donald-trump", "kim-jong-un"] })
        #expect(singapore.place == "Singapore" && singapore.date == Day("2018-06-12"))
    }

    @Test func aDayOfTheEventsOwnIsReadPastAJointButNotInAClauseOfAnotherTime() throws {
        let tusk = try #require(encounters("Narendra Modi will arrive in Warsaw on Wednesday and hold talks with Donald Tusk on Thursday.",
                                           date: "2024-08-19").first { $0.kind == .talks })
        #expect(tusk.date == Day("2024-08-22"))
        // The first meeting keeps its month: the day after "and" is the second one's.
        let found = encounters("""
            Moon Jae-in and Xi Jinping first met in Berlin in July, on the eve of the Group of 20 summit, and held their \
            second talks on Nov. 11 in Da Nang.
            """, date: "2017-12-14")
        #expect(found.map(\.date) == [Day("2017-07-01"), Day("2017-11-11")])
        let hu = try #require(encounters("Shinzo Abe held talks with Hu Jintao in Beijing, less than two weeks after he took office on Sept. 26.",
                                         date: "2006-10-08").first)
        #expect(hu.date == Day("2006-10-08"))
    }

    @Test func aMeetingCalledOffIsDatedByTheDayItWasSetFor() throws {
        let singapore = try #require(encounters("Donald Trump on Thursday cancelled his June 12 summit in Singapore with Kim Jong-un.",
                                                date: "2018-05-24").first)
        #expect(singapore.status == .cancelled && singapore.date == Day("2018-06-12"))
        // Saturday, set before a Sunday article: the day just gone, not the next one.
        let putin = try #require(encounters("""
            On Thursday, Donald Trump called off a meeting with Vladimir Putin that had been planned for Saturday.
            """, date: "2018-12-02").first)
        #expect(putin.status == .cancelled && putin.date == Day("2018-12-01"))
    }

    @Test func meetingsWithEachOfTwoAreTwoMeetings() {
        let pairs = [
            "John Kerry held one-on-one talks with Serzh Sargsyan and Ilham Aliyev in Vienna on Monday.",
            "Serzh Sargsyan and Ilham Aliyev met John Kerry separately in Vienna on Monday.",
            "John Kerry met Serzh Sargsyan on Monday and then Ilham Aliyev separately on Tuesday.",
            "John Kerry met Serzh Sargsyan in Yerevan on Monday, and Ilham Aliyev in Baku on Tuesday.",
        ]
        for text in pairs {
            let found = encounters(text, date: "2016-05-17").map { Set($0.actors.map(\.actor)) }
            #expect(Set(found) == [["john-kerry", "serzh-sargsyan"], ["john-kerry", "ilham-aliyev"]], "\(text)")
        }
    }

    @Test func theOneAnEarlierEncounterWasWithIsNoSubjectOfTheNext() {
        let found = encounters("""
            Benjamin Netanyahu held talks with Paul Kagame on Wednesday and a meeting with Hailemariam Desalegn on Thursday.
            """, date: "2016-07-04")
        #expect(found.map { Set($0.actors.map(\.actor)) } == [["benjamin-netanyahu", "paul-kagame"],
                                                              ["benjamin-netanyahu", "hailemariam-desalegn"]])
    }

    @Test func anUnknownNameBeforeItsCountrysTitleIsADiscoveredOfficial() throws {
        let extraction = ExtractionFixture.extract("""
            Li Zhaoxing received Li Gun, North Korea's chief negotiator, on Friday. The North's ambassador to China, \
            Choe Jin Su, delivered a letter to Wu Dawei. On Friday, Russia's foreign minister met Wang Yi.
            """, date: "2008-06-26")
        let discovered = extraction.actors.filter(\.discovered)
        #expect(discovered.map(\.id) == ["choe-jin-su", "li-gun"])
        #expect(discovered.map(\.affiliation) == ["north-korea", "north-korea"])
        let met = extraction.events.filter { $0.kind == .meeting }.map { Set($0.actors.map(\.actor)) }
        #expect(met.contains(["li-zhaoxing", "li-gun"]))
        #expect(met.contains(["choe-jin-su", "wu-dawei"]))
    }

    @Test func talksWithTwoLeadersRespectivelyAreTwoMeetings() {
        let talks = encounters("""
            Xi Jinping will then pay state visits to Brunei and the Philippines, where he is scheduled to hold talks with \
            Sultan Hassanal Bolkiah and President Rodrigo Duterte respectively.
            """, date: "2018-11-16").filter { $0.kind == .talks }
        #expect(talks.map { Set($0.actors.map(\.actor)) } == [["xi-jinping", "hassanal-bolkiah"], ["xi-jinping", "rodrigo-duterte"]])
        #expect(talks.allSatisfy { $0.status == .planned })
    }

    @Test func visitsAfterANumberAreANounNotASchedule() {
        let found = encounters("Kim Jong-un paid four visits to China in 2018 and 2019 for talks with Xi Jinping.", date: "2024-04-13")
        #expect(found.map(\.kind) == [.visit, .talks])
        #expect(found.allSatisfy { $0.status == .held })
    }

    @Test func standingTalksNamedInSomeonesPostAreNoRound() {
        let found = encounters("""
            Sung Kim, the U.S. envoy to the six-party talks, has said the negotiations cannot resume. Wu Dawei, China's \
            chief negotiator at the six-party talks, arrived in Seoul.
            """, date: "2010-05-07")
        #expect(!found.contains { $0.kind == .talks })
    }

    @Test func theDayOfAReportIsNotTheDayOfTheMeetingItReports() throws {
        let summit = try #require(encounters("""
            Donald Trump met Moon Jae-in in May. Moon said on Saturday that the two leaders held a summit in Seoul on June 30.
            """, date: "2019-07-20").last)
        #expect(summit.date == Day("2019-06-30"))
        #expect(summit.place == "Seoul")
    }

    @Test func aMeetingThatHasBeenPostponedFarAfterItsNounIsCancelled() throws {
        let found = encounters("""
            A meeting in New York this week between U.S. Secretary of State Mike Pompeo and North Korean official \
            Kim Yong-chol has been postponed, the State Department said.
            """, date: "2018-11-07")
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["mike-pompeo", "kim-yong-chol"] && meeting.status == .cancelled)
    }

    @Test func aNameSetOffInsideARelativeAsideIsNoSubject() throws {
        let found = encounters("""
            Chung Eui-yong, who held three-way talks earlier in the week with White House national security adviser \
            Robert O'Brien and his Japanese counterpart, Shigeru Kitamura, also met Stephen Biegun, the U.S. point man \
            on North Korea, on Wednesday.
            """, date: "2020-01-11")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["chung-eui-yong", "stephen-biegun"] })
        #expect(!found.contains { $0.actors.contains { $0.actor == "stephen-biegun" } && $0.actors.contains { $0.actor == "robert-o-brien" } })
    }

    @Test func theOneMetByWhomIsTheNameBeforeIt() throws {
        let found = encounters("""
            South Korea's national security adviser, Chung Eui-yong, told reporters on his return from Washington that \
            U.S. President Donald Trump, whom he met at the White House on Wednesday, had remembered it was Kim \
            Jong-un's birthday.
            """, date: "2020-01-11")
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["chung-eui-yong", "donald-trump"] && meeting.date == Day("2020-01-08"))
    }

    @Test func talksOnlyWishedBackAreNoEventAndTalksAgreedOnArePlanned() {
        let wished = encounters("""
            Moon Jae-in asked for China's continued support for efforts to restore dialogue with North Korea, his office said.
            """, date: "2020-11-26")
        #expect(wished.isEmpty)
        let agreed = encounters("Kang Kyung-wha and Wang Yi agreed to resume talks with Japan's Taro Kono next week.", date: "2019-08-20")
        #expect(agreed.contains { $0.status == .planned })
    }

    @Test func aPlanInThePastPerfectFellThroughAndAMonthAgoStaysInThePast() throws {
        let found = encounters("""
            U.S. Secretary of State Mike Pompeo had planned to visit Seoul in October but called off that leg of an Asian trip.
            """, date: "2020-11-26")
        let visit = try #require(found.first)
        #expect(visit.status == .cancelled && visit.date == Day("2020-10-01") && visit.datePrecision == .month)
        let background = encounters("Last month Choe Ryong-hae travelled to Beijing and met Xi Jinping.", date: "2013-06-11")
        let met = try #require(background.first { $0.actors.contains { $0.actor == "xi-jinping" } })
        #expect(met.date == Day("2013-05-01") && met.datePrecision == .month && met.day == nil)
    }

    @Test func aSurnameAfterAnotherGivenNameIsSomeoneElse() throws {
        let found = encounters("""
            Azerbaijani President Heydar Aliyev met Armenian President Robert Kocharyan in Key West on Tuesday. On \
            Wednesday Ilham Aliyev stayed in Baku.
            """, date: "2001-04-07")
        let meeting = try #require(found.first)
        #expect(!meeting.actors.contains { $0.actor == "ilham-aliyev" } && meeting.actors.contains { $0.actor == "robert-kocharyan" })
        let inside = encounters("The Taliban said on Friday that Mike Pompeo met Abdul Ghani Baradar in Doha.", date: "2020-02-29")
        #expect(!inside.contains { $0.actors.contains { $0.actor == "ashraf-ghani" } })
        let weekday = encounters("Joko Widodo arrived in Kyiv. On Wednesday Jokowi held talks with Volodymyr Zelensky.", date: "2022-06-30")
        #expect(weekday.contains { Set($0.actors.map(\.actor)) == ["joko-widodo", "volodymyr-zelensky"] })
    }

    @Test func anAcceptedInvitationIsAPlannedVisitToTheOneWhoInvites() throws {
        let found = encounters("""
            South Korean President Moon Jae-in invited U.S. President Donald Trump to visit South Korea later this year, \
            and Trump accepted.
            """, date: "2017-06-30")
        let visit = try #require(found.first)
        #expect(visit.status == .planned && visit.actors.map(\.actor) == ["donald-trump", "moon-jae-in"])
        let unanswered = encounters("""
            Ukraine's foreign ministry has invited Luiz Inacio Lula da Silva to visit Kyiv; Lula has not accepted.
            """, date: "2023-04-17")
        #expect(unanswered.isEmpty)
    }

    @Test func anOfficialSentToACapitalVisitsItsCountry() throws {
        let found = encounters("""
            Beijing sent its special envoy for Korean peninsula affairs, Wu Dawei, to Pyongyang on February 2.
            """, date: "2016-06-01")
        let visit = try #require(found.first)
        #expect(visit.kind == .visit && visit.actors.map(\.actor) == ["wu-dawei", "north-korea"] && visit.date == Day("2016-02-02"))
        #expect(encounters("Beijing sent a letter to Pyongyang on February 2.", date: "2016-06-01").isEmpty)
    }

    @Test func aTravellerIsAPersonNotACapitalNamedBeforeTheJourney() throws {
        let found = encounters("""
            Vladimir Putin and Donald Trump will meet in Helsinki on July 16. Before Helsinki, Trump will attend the NATO \
            summit in Brussels on July 11-12 and then travel to Britain, where he is due to hold talks with Prime \
            Minister Theresa May on July 13.
            """, date: "2018-06-28")
        let talks = try #require(found.first { $0.actors.contains { $0.actor == "theresa-may" } })
        #expect(talks.actors.map(\.actor) == ["donald-trump", "theresa-may"] && talks.status == .planned)
    }

    @Test func theOneWhoInvitesAVisitorIsItsHost() throws {
        let found = encounters("""
            Muammar Gaddafi is due in Brussels next month at the invitation of European Commission President Romano Prodi.
            """, date: "2004-03-25")
        let visit = try #require(found.first)
        #expect(visit.status == .planned && visit.actors.map(\.actor) == ["muammar-gaddafi", "romano-prodi"])
    }

    @Test func hisAfterAnOpeningHeIsWhomHeStandsFor() throws {
        let found = encounters("""
            Donald Trump spoke at the White House. He said that his second summit with Kim Jong-un would probably take \
            place early next year.
            """, date: "2018-11-07")
        let summit = try #require(found.first)
        #expect(Set(summit.actors.map(\.actor)) == ["donald-trump", "kim-jong-un"] && summit.status == .planned)
    }

    @Test func whatAMeetingWouldBeOrTooSoonToHoldIsNoEvent() {
        let would = encounters("""
            Donald Trump and Hassan Rouhani are at odds. A meeting between the two presidents would be the first between \
            U.S. and Iranian leaders since the 1979 Islamic revolution.
            """, date: "2019-08-26")
        #expect(would.isEmpty)
        let soon = encounters("Donald Trump said it was too soon for him to meet Mohammad Javad Zarif.", date: "2019-08-26")
        #expect(soon.isEmpty)
        let held = encounters("Donald Trump said his summit with Kim Jong-un would be held in Hanoi.", date: "2019-02-06")
        #expect(held.contains { $0.status == .planned })
    }

    @Test func aMeetingRestatedByTheNextTriggerTakesTheDayOfItsWords() throws {
        let found = encounters("""
            Narendra Modi and Xi Jinping also met at the Shanghai Cooperation Organisation summit in Bishkek in June.
            """, date: "2019-10-12")
        let meeting = try #require(found.first)
        #expect(found.count == 1 && meeting.date == Day("2019-06-01") && meeting.datePrecision == .month)
    }

    @Test func aMeetingOnTheSidelinesOfAnOccasionTakesItsPlaceAndDay() throws {
        let met = encounters("Donald Trump met Xi Jinping on the sidelines of the G20 summit in Osaka on Saturday.", date: "2019-06-30")
        let meeting = try #require(met.first)
        #expect(met.count == 1 && meeting.place == "Osaka" && meeting.date == Day("2019-06-29"))
        let spoke = encounters("""
            Narendra Modi and Xi Jinping spoke briefly on the sidelines of the BRICS summit in Johannesburg on Wednesday.
            """, date: "2023-08-25")
        #expect(spoke.contains { Set($0.actors.map(\.actor)) == ["narendra-modi", "xi-jinping"] && $0.place == "Johannesburg"
            && $0.date == Day("2023-08-23") && $0.status == .held })
    }

    @Test func wordsOfTimeGoneByAfterTheEventsOwnSetItInThePast() {
        let found = encounters("""
            Chinese President Jiang Zemin met South Korean President Kim Young-sam on Monday. Jiang first met Kim at the \
            APEC meeting in Seattle two years ago.
            """, date: "1995-11-14")
        #expect(found.count == 2)
        #expect(found.contains { $0.date == Day("1995-11-13") })
        #expect(found.contains { $0.date == nil && $0.status == .held })
    }

    @Test func anInfinitiveJoinedByAndSharesThePlanOfTheFirst() throws {
        let found = encounters("""
            Wang Yi is scheduled to travel on to Jakarta later in the week and to hold talks there with Retno Marsudi.
            """, date: "2021-01-10")
        let talks = try #require(found.first { $0.actors.contains { $0.actor == "retno-marsudi" } })
        #expect(talks.status == .planned)
    }

    @Test func aSubjectBeforeARelativeClauseIsDueToMeet() throws {
        let found = encounters("""
            Benjamin Netanyahu, who has warned that Hassan Rouhani is playing for time, is due to meet Barack Obama at the \
            White House on Monday.
            """, date: "2013-09-26")
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["benjamin-netanyahu", "barack-obama"])
        #expect(meeting.status == .planned && meeting.date == Day("2013-09-30"))
    }

    @Test func talksThatFellThroughWereCalledOff() throws {
        let found = encounters("""
            Direct talks between Congo and the M23 that Angola had set up in Luanda fell through when the rebels withdrew.
            """, date: "2025-07-19")
        let talks = try #require(found.first)
        #expect(talks.status == .cancelled)
    }

    @Test func whereAJourneyBeganOrAnAsideWentIsNoVenue() throws {
        let found = encounters("""
            George W. Bush flew to Aqaba from Sharm el-Sheikh on Tuesday for talks with King Abdullah II. Bush, who flew \
            to Aqaba from Sharm el-Sheikh, is to visit Qatar on Thursday.
            """, date: "2003-06-04")
        let talks = try #require(found.first { $0.kind == .talks })
        #expect(talks.place == "Aqaba")
        let qatar = try #require(found.first { $0.kind == .visit && $0.actors(in: .host) == ["qatar"] })
        #expect(qatar.status == .planned && qatar.place == nil)
    }

    @Test func talksAnInvitationWasRenewedDuringWereHeld() throws {
        let found = encounters("""
            Jiang Zemin renewed the invitation in person during talks with Prime Minister Tomiichi Murayama in Tokyo in April.
            """, date: "1995-10-23")
        let talks = try #require(found.first)
        #expect(talks.status == .held && talks.place == "Tokyo")
    }

    @Test func talksPlannedAtStopsThatWereDroppedAreCalledOff() throws {
        let found = encounters("""
            White House officials said on Wednesday that Barack Obama would drop the last two stops, in Malaysia and the \
            Philippines, where he had planned talks with Najib Razak in Kuala Lumpur and Benigno Aquino III in Manila.
            """, date: "2013-10-04")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.status == .cancelled })
    }

    @Test func talksTheNextDayAfterAJourneyDoneWereHeld() throws {
        let found = encounters("""
            Olaf Scholz visited Kyiv on Feb. 14 and flew to Moscow the next day for talks with Vladimir Putin.
            """, date: "2022-06-16")
        let talks = try #require(found.first { $0.kind == .talks })
        #expect(talks.status == .held && talks.date == Day("2022-02-15"))
    }

    @Test func talksAtTheEndOfAScheduledJourneyArePlanned() throws {
        let talks = try #require(encounters("""
            Japanese Prime Minister Shinzo Abe returned to Tokyo on Sunday and is scheduled to arrive in Kuala Lumpur on \
            Thursday for talks with Malaysian Prime Minister Najib Razak on Friday.
            """, date: "2017-01-09").first { $0.kind == .talks })
        #expect(talks.status == .planned)
    }

    @Test func whatWasAgreedAtTalksDoesNotMakeThemPlanned() throws {
        let found = ExtractionFixture.extract("""
            The presidents of Colombia and Venezuela agreed at talks hosted by Pope Francis in Rome on Monday to reopen \
            the border.
            """, date: "2019-11-12").events
        let talks = try #require(found.first { $0.kind == .talks })
        #expect(talks.status == .held && talks.date == Day("2019-11-11"))
        let pope = try #require(found.first { $0.kind == .mediation })
        #expect(pope.status == .performed)
    }

    @Test func anAdverbMayStandInsideIsToAndStillPlans() throws {
        let found = encounters("""
            Tsakhiagiin Elbegdorj received Xi Jinping on Thursday. On Friday, Elbegdorj and his wife are also to host a \
            private dinner for Xi and his wife.
            """, date: "2014-08-21")
        let dinner = try #require(found.first { $0.evidence.sentence == 1 })
        #expect(dinner.status == .planned && dinner.date == Day("2014-08-22"))
    }

    @Test func aWeekdayMayStandBetweenAJourneysVerbAndTo() throws {
        let found = encounters("Condoleezza Rice flies Friday to Ankara for talks with Turkish Prime Minister Recep Tayyip Erdogan.",
                               date: "2007-03-08")
        let visit = try #require(found.first { $0.kind == .visit })
        #expect(visit.status == .planned && visit.date == Day("2007-03-09") && visit.place == "Ankara")
        #expect(visit.actors.contains { $0.actor == "turkey" })
    }
}
