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

    @Test func insteadBeforeTheVerbIsNoNegation() throws {
        let found = encounters("""
            Brazilian President Jair Bolsonaro called off a meeting with French Foreign Minister Jean-Yves Le Drian on Monday. \
            The French minister instead held talks with Brazilian Foreign Minister Ernesto Araujo.
            """, date: "2019-07-29")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["jean-yves-le-drian", "ernesto-araújo"] && $0.status == .held })
        #expect(encounters("Bolsonaro had his hair cut instead of meeting Le Drian.", date: "2019-07-29").isEmpty)
    }

    @Test func aClauseOpeningWithNoDeniesItsVisits() {
        let found = encounters("No senior U.S. official visited the region during Wang Yi's trip.", date: "2022-05-30")
        #expect(!found.contains { $0.actors.contains { $0.actor == "united-states" } })
    }

    @Test func aLiveVideoLaterInTheSentenceMakesNoCall() throws {
        let found = encounters("""
            Brazilian President Jair Bolsonaro called off a meeting with French Foreign Minister Jean-Yves Le Drian at the last \
            minute on Monday, citing scheduling problems, and at the hour the two men were due to meet he appeared in a live video.
            """, date: "2019-07-29")
        let meeting = try #require(found.first)
        #expect(meeting.status == .cancelled)
    }

    @Test func aPlanInThePastPerfectOrCalledOffLaterIsCancelled() {
        let due = encounters("""
            Biden had been due in Port Moresby on Monday to meet Australian Prime Minister Anthony Albanese.
            """, date: "2023-05-18")
        #expect(due.contains { $0.actors.contains { $0.actor == "anthony-albanese" } && $0.status == .cancelled })
        let summit = encounters("""
            A summit of Felix Tshisekedi, Paul Kagame and Joao Lourenco planned in Luanda on Dec. 15 was called off when \
            Rwanda declined to attend.
            """, date: "2025-06-27")
        #expect(!summit.isEmpty && summit.allSatisfy { $0.status == .cancelled })
    }

    @Test func aCountryTalkedAboutOrBorderedIsNoParticipant() {
        let found = encounters("""
            Rahmon greeted Putin at the presidential palace, and the two leaders discussed security on Tajikistan's long \
            border with Afghanistan. Indian Foreign Minister Sushma Swaraj travelled to Islamabad for a regional conference \
            on Afghanistan and held talks with Prime Minister Nawaz Sharif.
            """, date: "2022-06-28")
        #expect(found.contains { $0.actors.contains { $0.actor == "sushma-swaraj" } })
        #expect(!found.contains { $0.actors.contains { $0.actor == "afghanistan" } })
    }

    @Test func meetingSeparatelyWithTwoIsAMeetingWithEach() {
        let found = encounters("On the sidelines, Xi Jinping met separately with Abdel Fattah el-Sisi and Mahmoud Abbas.", date: "2022-12-09")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["xi-jinping", "abdel-fattah-el-sisi"] })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["xi-jinping", "mahmoud-abbas"] })
    }

    @Test func aRegionsAdjectiveIsNoCountry() {
        let x = ExtractionFixture.extract("The deal between the European Union and the South American Mercosur bloc was concluded.", date: "2019-07-29")
        #expect(!x.mentions.values.joined().contains("united-states"))
    }

    @Test func aDemonymAndATitleNameTheOfficialOfThatCountryNamedLast() {
        let found = encounters("""
            Chinese Foreign Minister Wang Yi met Fijian Prime Minister Frank Bainimarama in Suva on Monday. The Chinese \
            minister held talks with Bainimarama on Sunday as well.
            """, date: "2022-05-30")
        #expect(found.count >= 2 && found.allSatisfy { Set($0.actors.map(\.actor)) == ["wang-yi", "frank-bainimarama"] })
    }

    @Test func aSigningInARelativeClauseHasNoVenueOfItsOwn() {
        let found = encounters("""
            Wang Yi began his tour in Honiara on Thursday, meeting Solomon Islands Prime Minister Manasseh Sogavare, whose \
            government signed a security pact with Beijing in April.
            """, date: "2022-05-30")
        #expect(!found.contains { $0.actors.contains { $0.actor == "china" } })
    }

    @Test func theTwoMinistersAreNotTheOneWhoConvenedThem() {
        let found = encounters("""
            Indonesian Foreign Minister Ali Alatas and Portuguese Foreign Minister Jaime Gama signed the documents in the \
            presence of Secretary-General Kofi Annan, who had convened the last round of talks between the two ministers.
            """, date: "1999-05-05")
        #expect(found.count == 2 && found.allSatisfy { Set($0.actors.map(\.actor)) == ["ali-alatas", "jaime-gama", "kofi-annan"] })
    }

    @Test func aVisitToTwoPlacesNamedTogetherIsAVisitToEach() {
        let found = encounters("""
            Indonesian President Joko Widodo is due in Kyiv and Moscow this week. Russian Foreign Minister Sergei Lavrov \
            visited Nicaragua and Cuba.
            """, date: "2022-06-28")
        let visits = Set(found.filter { $0.kind == .visit }.map { event in event.actors.map(\.actor.rawValue).sorted().joined(separator: " ") + " " + (event.status?.rawValue ?? "") })
        #expect(visits == ["joko-widodo ukraine planned", "joko-widodo russia planned",
                           "nicaragua sergey-lavrov held", "cuba sergey-lavrov held"])
    }

    @Test func aMeetingNotYetHeldOrRuledOutIsNone() {
        let found = encounters("""
            Kim Jong-un has not travelled abroad since he came to power and has yet to meet Chinese President Xi Jinping. \
            Argentine President Nestor Kirchner and Uruguayan President Tabare Vazquez both ruled out a meeting.
            """, date: "2014-07-03")
        #expect(found.isEmpty)
    }

    @Test func aClauseOpeningWithHeKeepsItsSubjectOverALongFirstVerb() {
        let found = encounters("""
            Putin went to Beijing in early February, when he attended the opening of the Winter Olympics and held talks with \
            Chinese President Xi Jinping on Feb. 4.
            """, date: "2022-06-28")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["vladimir-putin", "xi-jinping"] })
    }

    @Test func aVietnameseLeaderIsNamedLaterByTheLastWordOfHisName() {
        let found = encounters("""
            General Secretary Nguyen Phu Trong will receive Biden in Hanoi. Secretary of State Antony Blinken met Trong in \
            Hanoi in April.
            """, date: "2023-08-28")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["antony-blinken", "nguyen-phu-trong"] && $0.status == .held })
    }

    @Test func whatTwoPartiesAgreedIsATopicOfTheTalksNotTheirParticipants() {
        let found = encounters("""
            French Foreign Minister Jean-Yves Le Drian held talks with Brazilian Foreign Minister Ernesto Araujo, where they \
            discussed the trade agreement concluded last month between the European Union and the Mercosur bloc.
            """, date: "2019-07-29")
        #expect(!found.isEmpty && found.allSatisfy { Set($0.actors.map(\.actor)) == ["jean-yves-le-drian", "ernesto-araújo"] })
    }

    @Test func aVisitingParticipleHasItsClausesSubjectAndTimeAheadPlansIt() {
        let found = encounters("""
            Russian Foreign Minister Sergei Lavrov flies on Tuesday to Caracas, where he is expected to meet President Nicolas \
            Maduro, before visiting Nicaragua and Cuba later in the week.
            """, date: "2023-04-17")
        let visits = found.filter { $0.kind == .visit && $0.actors.contains { $0.actor == "nicaragua" || $0.actor == "cuba" } }
        #expect(visits.count == 2)
        #expect(visits.allSatisfy { $0.actors.contains { $0.actor == "sergey-lavrov" && $0.role == .visitor } && $0.status == .planned })
    }

    @Test func anOfferToBringStatesTogetherIsNoMeeting() {
        let found = encounters("""
            Lula has repeatedly offered to bring together China, India and Indonesia to help broker talks between Moscow and Kyiv.
            """, date: "2023-04-17")
        #expect(!found.contains { $0.actors.contains { $0.actor == "india" } })
    }

    @Test func aMeetingBetweenANameAndAnUnknownOneHasNoOtherParticipants() {
        let found = encounters("""
            Japan helped arrange the first face-to-face meeting between Aquino and Murad, held in Tokyo in August 2011. \
            President Benigno Aquino III thanked Tokyo.
            """, date: "2014-03-27")
        #expect(!found.contains { $0.actors.contains { $0.actor == "japan" } })
    }

    @Test func aTitleWithoutACountryKeepsTheCountryAnEarlierOneGave() {
        let x = ExtractionFixture.extract("""
            Saudi ambassador Mohammed Al Jaber arrived in Sanaa on Sunday. Houthi-run media showed Mahdi al-Mashat receiving \
            ambassador Mohammed Al Jaber in the capital.
            """, date: "2023-04-09")
        #expect(x.actors.first { $0.id == "mohammed-al-jaber" }?.affiliation == "saudi-arabia")
    }

    @Test func aNationalTitleWithoutACountryTakesThatOfAPlaceJustBefore() {
        let x = ExtractionFixture.extract("""
            Biden had been due in Port Moresby on Monday to meet Prime Minister James Marape and other Pacific leaders.
            """, date: "2023-05-18")
        #expect(x.actors.first { $0.id == "james-marape" }?.affiliation == "papua-new-guinea")
    }

    @Test func aPurposeAfterAJourneyHasTheTravellerForSubject() {
        let found = encounters("""
            Turkish Foreign Minister Ahmet Davutoglu flew to Baghdad for talks with Prime Minister Nouri al-Maliki and then \
            travelled to Damascus to see President Bashar al-Assad.
            """, date: "2009-09-17")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["ahmet-davutoğlu", "nouri-al-maliki"] })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["ahmet-davutoğlu", "bashar-al-assad"] })
        #expect(!found.contains { Set($0.actors.map(\.actor)) == ["nouri-al-maliki", "bashar-al-assad"] })
    }

    @Test func aSentenceOpeningWithAParticipleHasTheSubjectAfterItsComma() {
        let found = encounters("""
            Stopping in Cairo on September 2 for talks with Egyptian President Hosni Mubarak, Turkish Foreign Minister Ahmet \
            Davutoglu went on to Damascus.
            """, date: "2009-09-17")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["ahmet-davutoğlu", "hosni-mubarak"] })
    }

    @Test func twoSubjectsMeetingOneSeparatelyAreTwoMeetings() {
        let found = encounters("""
            Ilham Aliyev and Serzh Sargsyan also met separately earlier in the day with Federica Mogherini.
            """, date: "2016-05-17")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["ilham-aliyev", "federica-mogherini"] })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["serzh-sargsyan", "federica-mogherini"] })
    }

    @Test func aThingWelcomedOrAMeetingOneWouldLikeIsNoMeeting() {
        let found = encounters("""
            Song Min-soon welcomed the statement, as did the Japanese and Russian delegations. Trump wrote on Twitter that he \
            would like to meet Kim Jong-un at the Demilitarized Zone.
            """, date: "2019-06-29")
        #expect(found.isEmpty)
        #expect(!encounters("Prince Faisal bin Farhan welcomed the two delegations. Rubio met Umerov.", date: "2025-03-11").isEmpty)
    }

    @Test func aSecondWithIsASecondMeetingOfTheSubject() {
        let found = encounters("""
            Hillary Clinton held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem, and with Palestinian \
            President Mahmoud Abbas in Ramallah on Wednesday morning.
            """, date: "2012-11-21")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["hillary-clinton", "benjamin-netanyahu"] })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["hillary-clinton", "mahmoud-abbas"] })
    }

    @Test func anAppositionRestatingAnEncounterIsNoOtherOne() {
        let found = encounters("""
            Ukraine and Russia are at war. On Friday, Trump met Russian President Vladimir Putin in Osaka, their first formal \
            talks since their summit in Helsinki last July.
            """, date: "2019-06-29")
        #expect(found.count == 1)
        #expect(found.allSatisfy { Set($0.actors.map(\.actor)) == ["donald-trump", "vladimir-putin"] })
    }

    @Test func indirectTalksAreNoMeetingOfTheSides() {
        let x = ExtractionFixture.extract("""
            Iran and the United States began indirect talks in Vienna on Tuesday, with European Union diplomats acting as \
            go-betweens for the two delegations.
            """, date: "2021-04-06")
        #expect(!x.events.contains { $0.kind == .talks || $0.kind == .meeting })
        #expect(x.events.contains { $0.kind == .mediation && $0.actors.contains { $0.actor == "european-union" } })
        // A word may stand between "indirect" and the talks.
        let peace = ExtractionFixture.extract("Ties were warm enough in 2008 for Turkey to host indirect peace talks between Israel and Syria.",
                                              date: "2010-06-01")
        #expect(!peace.events.contains { $0.kind == .talks || $0.kind == .meeting })
        #expect(peace.events.contains { $0.kind == .mediation && $0.actors(in: .mediator) == ["turkey"] })
    }

    @Test func aMeetingAskedForIsNoPlan() {
        let found = encounters("""
            Ukraine had asked for a meeting between Volodymyr Zelensky and Vladimir Putin, a request Russia had taken note of.
            """, date: "2025-05-16")
        #expect(found.isEmpty)
    }

    @Test func anAbbreviationsDotsDoNotBreakAGroupOfSubjects() {
        let found = encounters("""
            Turkish Foreign Minister Hakan Fidan opened the talks. Before the talks, Fidan and U.S. Secretary of State Marco \
            Rubio met Rustem Umerov.
            """, date: "2025-05-16")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["hakan-fidan", "marco-rubio", "rustem-umerov"] })
    }

    @Test func aMeetingsCounterpartPastARelativeClauseAboutHoldingIt() {
        let found = encounters("""
            Albanian Prime Minister Edi Rama arrived in Belgrade. Serbian President Tomislav Nikolic then called off a meeting \
            he had been scheduled to hold with Rama in Belgrade.
            """, date: "2014-11-11")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["tomislav-nikolić", "edi-rama"] && $0.status == .cancelled })
    }

    @Test func aHeAfterTheCommaOfAFrontedParticipleIsTheLastSubject() {
        let found = encounters("""
            Turkish Foreign Minister Ahmet Davutoglu flew to Baghdad in August. Stopping in Cairo on September 2 for talks \
            with Egyptian President Hosni Mubarak, he said he had passed on each side's views to the other.
            """, date: "2009-09-17")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["ahmet-davutoğlu", "hosni-mubarak"] })
    }

    @Test func talksAfterAJourneyAreTheTravellersAndSeeingReachesPastATitle() {
        let found = encounters("""
            Barack Obama held talks with Benjamin Netanyahu in Jerusalem on Wednesday and, on Thursday, travelled to Ramallah \
            for talks with Palestinian President Mahmoud Abbas. Rodrigo Duterte also saw Vietnamese Prime Minister Nguyen \
            Xuan Phuc. Mr Carter had been widely expected to see Kim Jong-il.
            """, date: "2016-09-06")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["barack-obama", "mahmoud-abbas"] })
        #expect(!found.contains { Set($0.actors.map(\.actor)) == ["benjamin-netanyahu", "mahmoud-abbas"] })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["rodrigo-duterte", "nguyen-xuan-phuc"] })
        let seeing = encounters("Zapatero met Vazquez in the morning before seeing Argentine President Nestor Kirchner.",
                                date: "2006-11-05")
        #expect(seeing.contains { Set($0.actors.map(\.actor)) == ["josé-luis-rodríguez-zapatero", "néstor-kirchner"] })
        #expect(encounters("He was seeing whether talks could resume.", date: "2006-11-05").isEmpty)
    }

    @Test func sheikhTamimIsQatarsEmir() {
        let found = encounters("Sheikh Tamim held talks with Abdel Fattah el-Sisi in Cairo in June.", date: "2022-11-20")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["tamim-bin-hamad-al-thani", "abdel-fattah-el-sisi"] })
    }

    @Test func theLeaderOfACountryWithoutALeadersOfficeIsItsHeadOfGovernment() {
        let found = encounters("""
            Kenyan President Uhuru Kenyatta and Indian Prime Minister Narendra Modi held talks in Nairobi on Monday. Kenyatta \
            said Kenya wanted better access. The Indian leader began his tour on Thursday in Maputo, where he held talks with \
            Mozambican President Filipe Nyusi. He met South African President Jacob Zuma in Pretoria on Friday.
            """, date: "2016-07-11")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["narendra-modi", "filipe-nyusi"] })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["narendra-modi", "jacob-zuma"] })
        #expect(!found.contains { $0.actors.contains { $0.actor == "uhuru-kenyatta" } && $0.actors.contains { $0.actor == "filipe-nyusi" } })
    }

    @Test func toReceiveSomeoneIsAMeetingAndSeparatelyAfterTheGuestsSplitsIt() {
        let planned = encounters("Peskov said Putin would receive Iranian President Ebrahim Raisi at the Kremlin on Thursday.",
                                 date: "2023-12-06")
        #expect(planned.contains { Set($0.actors.map(\.actor)) == ["vladimir-putin", "ebrahim-raisi"] && $0.status == .planned })
        let separate = encounters("""
            Indian Prime Minister Atal Bihari Vajpayee and Pakistani President Pervez Musharraf did not meet. Kazakh President \
            Nursultan Nazarbayev received the two leaders separately on Monday. Chinese President Jiang Zemin met Vajpayee and \
            Musharraf separately on Tuesday.
            """, date: "2002-06-04")
        for pair: Set<ActorID> in [["jiang-zemin", "atal-bihari-vajpayee"], ["jiang-zemin", "pervez-musharraf"],
                                   ["nursultan-nazarbayev", "atal-bihari-vajpayee"], ["nursultan-nazarbayev", "pervez-musharraf"]] {
            #expect(separate.contains { Set($0.actors.map(\.actor)) == pair }, "\(pair)")
        }
        #expect(!separate.contains { $0.actors.count > 2 })
    }

    @Test func aParticipleAfterATimePhraseHasTheSubjectAVerbFollowsPastAppositions() {
        let found = encounters("""
            A day earlier, after receiving Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah, at the White House, Donald Trump told \
            a joint news conference that he would be willing to act as mediator between Qatar and Saudi Arabia.
            """, date: "2017-09-09")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["donald-trump", "sabah-al-ahmad-al-jaber-al-sabah"] })
        let mediations = ExtractionFixture.extract("""
            A day earlier, after receiving Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah, at the White House, Donald Trump told \
            a joint news conference that he would be willing to act as mediator between Qatar and Saudi Arabia.
            """, date: "2017-09-09").events.filter { $0.kind == .mediation }
        #expect(mediations.map { $0.actors(in: .mediator) } == [["donald-trump"]])
    }

    @Test func aVerbJoinedByAndToANonTriggerVerbHasTheClausesSubject() {
        let found = encounters("""
            President Moon Jae-in arrived in Moscow. On Thursday, Moon became the first South Korean leader to address the State \
            Duma, the lower house of Russia's parliament, and later held talks in Moscow with Prime Minister Dmitry Medvedev.
            """, date: "2018-06-22")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["moon-jae-in", "dmitry-medvedev"] })
    }

    @Test func aListOfObjectsEachInItsOwnPlaceIsAMeetingAtEachStop() {
        let found = encounters("""
            Rex Tillerson spent four days in the region in July, meeting Kuwaiti officials in Kuwait City, Qatari officials in \
            Doha and Saudi officials in Jeddah.
            """, date: "2017-09-09")
        for (country, city) in [("kuwait", "Kuwait City"), ("qatar", "Doha"), ("saudi-arabia", "Jeddah")] {
            #expect(found.contains { Set($0.actors.map(\.actor)) == ["rex-tillerson", ActorID(rawValue: country)] && $0.place == city }, "\(city)")
        }
    }

    @Test func theNextRoundOfAPairIsPlannedTalks() {
        let found = encounters("""
            Japan and North Korea ended two days of talks in Ulaanbaatar on Friday, agreeing to hold another round. Russia and \
            Ukraine held talks on Thursday. The next round is due in Minsk on Monday.
            """, date: "2020-03-01")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["japan", "north-korea"] && $0.status == .held })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["japan", "north-korea"] && $0.status == .planned })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["russia", "ukraine"] && $0.status == .planned && $0.place == "Minsk" })
        let due = encounters("Talks between the United States and China are due to begin on March 10.", date: "2020-03-01")
        #expect(due.map(\.status) == [.planned])
    }

    @Test func toHostAnOfficialIsAMeetingButAHostIsNone() {
        #expect(encounters("Vladimir Putin will host Recep Tayyip Erdogan in Sochi next week.", date: "2021-09-20")
            .contains { Set($0.actors.map(\.actor)) == ["vladimir-putin", "recep-tayyip-erdoğan"] && $0.status == .planned })
        for sentence in ["Indonesia, host of the G20 this year, has invited Vladimir Putin to the summit in Bali.",
                         "Armenia has agreed to host a European Union civilian mission along its border.",
                         "The two leaders talked with their hosts, Rafael Correa and Tabare Vazquez, on Monday."] {
            #expect(!encounters(sentence, date: "2022-06-28").contains { $0.actors.contains { $0.actor == "indonesia" || $0.actor == "armenia" } }, "\(sentence)")
        }
    }

    @Test func aTitleOfACountryNamedAfterOfIsItsHolder() {
        #expect(encounters("Donald Trump met the emir of Kuwait on Thursday.", date: "2019-06-07")
            .contains { Set($0.actors.map(\.actor)) == ["donald-trump", "sabah-al-ahmad-al-jaber-al-sabah"] })
        #expect(encounters("Xi Jinping met the prime minister of India on Thursday.", date: "2019-06-07")
            .contains { Set($0.actors.map(\.actor)) == ["xi-jinping", "narendra-modi"] })
        // Not a demonym ("the Italian bishops' conference"), nor the start of a longer name.
        let chiefs = encounters("""
            Admiral Mike Mullen, chairman of the U.S. Joint Chiefs of Staff, is due in Seoul on Wednesday for talks with South \
            Korean military leaders.
            """, date: "2010-12-06")
        #expect(!chiefs.contains { $0.actors.contains { $0.actor == "barack-obama" || $0.actor.rawValue.contains("joint") } })
    }

    @Test func anOfficialNamedAfterTheVerbOfAnOpeningSubjectIsNotWhomHeStandsFor() {
        let found = encounters("""
            Jeffrey Feltman, the United Nations under-secretary-general for political affairs, arrived on Tuesday. The North \
            Korean authorities had invited him when their foreign minister, Ri Yong-ho, attended the General Assembly. On \
            Wednesday he held talks with Vice Foreign Minister Pak Myong-guk.
            """, date: "2017-12-09")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["jeffrey-feltman", "pak-myong-guk"] })
        // A phrase put in front does not count: "Speaking in New York, where he was attending …, Mr Erdogan said".
        let fronted = encounters("""
            Volodymyr Zelensky thanked Recep Tayyip Erdogan on Tuesday. Speaking to reporters in New York, where he was attending \
            the General Assembly, Mr Erdogan said the swap was the result of Turkish mediation. He met Vladimir Putin last Friday \
            in Samarkand.
            """, date: "2022-09-22")
        #expect(fronted.contains { Set($0.actors.map(\.actor)) == ["recep-tayyip-erdoğan", "vladimir-putin"] })
    }

    @Test func theirSummitAfterXToldHimIsXAndWhomHimStandsFor() {
        let found = encounters("""
            Moon Jae-in passed on to Trump what Kim Jong-un had told him at their April 27 summit at Panmunjom.
            """, date: "2018-05-22")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["moon-jae-in", "kim-jong-un"] && $0.place == "Panmunjom" })
        #expect(!found.contains { $0.actors.contains { $0.actor == "donald-trump" } })
        // "their" with an ordinal between is still the pair named before.
        let ordinal = encounters("""
            Vladimir Putin met Mohammed bin Salman in Riyadh on Wednesday. Putin said their next meeting should take place in Moscow.
            """, date: "2023-12-06")
        #expect(ordinal.contains { Set($0.actors.map(\.actor)) == ["vladimir-putin", "mohammed-bin-salman"] && $0.status == .planned })
    }

    @Test func subjectsThatEachHeldTalksAndListsOfSeparateTalksAreAMeetingApiece() {
        let each = encounters("""
            EU foreign policy chief Catherine Ashton and U.S. Assistant Secretary of State Victoria Nuland each held talks with \
            Viktor Yanukovych in Kiev last week.
            """, date: "2013-12-17")
        #expect(Set(each.map { Set($0.actors.map(\.actor)) }) == [["catherine-ashton", "viktor-yanukovych"], ["victoria-nuland", "viktor-yanukovych"]])
        let list = encounters("""
            Narendra Modi also held separate talks with Hamid Karzai, Mahinda Rajapaksa and Sushil Koirala.
            """, date: "2014-05-27")
        #expect(Set(list.map { Set($0.actors.map(\.actor)) })
            == [["narendra-modi", "hamid-karzai"], ["narendra-modi", "mahinda-rajapaksa"], ["narendra-modi", "sushil-koirala"]])
    }

    @Test func aVisitJoinedToAnEarlierVerbHasItsSubject() {
        let found = encounters("""
            Antony Blinken held talks with Abdullah II in Amman on Friday, then visited Qatar and Bahrain.
            """, date: "2023-10-17")
        #expect(found.contains { $0.kind == .visit && $0.actors(in: .visitor) == ["antony-blinken"] && $0.actors(in: .host) == ["qatar"] })
        #expect(found.contains { $0.kind == .visit && $0.actors(in: .visitor) == ["antony-blinken"] && $0.actors(in: .host) == ["bahrain"] })
        #expect(!found.contains { $0.actors(in: .visitor).contains("abdullah-ii") })
    }

    @Test func theMeetingOfAnOccasionCalledOffIsCancelled() {
        let found = encounters("""
            Jordan on Tuesday called off a summit in Amman at which President Joe Biden was to meet King Abdullah II and \
            Palestinian President Mahmoud Abbas.
            """, date: "2023-10-17")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["joe-biden", "abdullah-ii", "mahmoud-abbas"] && $0.status == .cancelled })
        #expect(!found.contains { $0.status == .planned })
    }

    @Test func anObjectWithItsOwnPlaceOrDayAfterAndIsMetApart() {
        let found = encounters("""
            Antonio Guterres met Vladimir Putin in Moscow on April 26 and Volodymyr Zelensky in Kyiv two days later.
            """, date: "2022-06-30")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["antónio-guterres", "vladimir-putin"] && $0.place == "Moscow" })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["antónio-guterres", "volodymyr-zelensky"] && $0.place == "Kyiv" })
        // Named together, they met together.
        let together = encounters("Antonio Guterres met Vladimir Putin and Volodymyr Zelensky in Istanbul.", date: "2022-06-30")
        #expect(together.contains { $0.actors.count == 3 })
    }

    @Test func wishesToResumeTalksLookingForwardAndSeatsAreNoMeetings() {
        #expect(encounters("Xi Jinping said all sides should work for a resumption of the six-party talks.", date: "2013-06-27").isEmpty)
        #expect(encounters("North Korea must stop its provocations before there could be any return to the six-party talks.",
                           date: "2010-12-06").isEmpty)
        // Agreed, the return is planned.
        #expect(encounters("North Korea agreed to return to the six-party talks.", date: "2005-07-10").contains { $0.status == .planned })
        #expect(encounters("Rodrigo Duterte said he looked forward to meeting Barack Obama at a later date.", date: "2016-09-06").isEmpty)
        // "at the United Nations in New York" is where they met, not with whom.
        let seat = encounters("Barack Obama met Raúl Castro at the United Nations in New York last September.", date: "2016-03-21")
        #expect(!seat.contains { $0.actors.contains { $0.actor == "united-nations" } })
    }

    @Test func aMeetingDatedAfterTheArticleIsPlanned() {
        let found = encounters("Joe Biden holds talks with Vladimir Putin in Geneva on June 16.", date: "2021-06-10")
        #expect(found.count == 1 && found.first?.status == .planned && found.first?.date?.description == "2021-06-16")
        // Dated before, it was held.
        #expect(encounters("Joe Biden held talks with Vladimir Putin in Geneva on June 16.", date: "2021-06-20").first?.status == .held)
    }

    @Test func aVisitBySomeoneHasThemForVisitorNotTheSpeaker() {
        let found = encounters("""
            Vladimir Putin met Recep Tayyip Erdogan in Sochi. A visit by Mr Putin to Turkey, which Mr Erdogan has long sought, \
            still has no date, Kremlin spokesman Dmitry Peskov said.
            """, date: "2023-09-04")
        #expect(found.contains { $0.kind == .visit && $0.actors(in: .visitor) == ["vladimir-putin"] && $0.actors(in: .host) == ["turkey"] })
        #expect(!found.contains { $0.actors.contains { $0.actor == "dmitry-peskov" } })
    }

    @Test func postponedMeetingsAreCancelledAndMealsGivenForAGuestAreMeetings() {
        let postponed = encounters("""
            A meeting between Mike Pompeo and Kim Yong-chol scheduled for Thursday in New York was postponed.
            """, date: "2018-11-07")
        #expect(postponed.count == 1 && postponed.first?.status == .cancelled)
        let banquet = encounters("Xi Jinping gave a banquet for Kim Jong-un on Tuesday.", date: "2018-06-20")
        #expect(banquet.contains { Set($0.actors.map(\.actor)) == ["xi-jinping", "kim-jong-un"] && $0.status == .held })
        // "will still host": an adverb between the modal and the verb.
        let still = encounters("""
            Secretary of State John Kerry will still host Foreign Minister Sergey Lavrov in Washington on Friday.
            """, date: "2013-08-07")
        #expect(still.contains { Set($0.actors.map(\.actor)) == ["john-kerry", "sergey-lavrov"] && $0.status == .planned })
    }

    @Test func greetingAnOfficialIsMeetingHimAndABodysSummitIsAnOccasion() {
        let greeted = encounters("Kim Jong-un greeted Xi Jinping at the airport.", date: "2019-06-20")
        #expect(greeted.contains { Set($0.actors.map(\.actor)) == ["kim-jong-un", "xi-jinping"] && $0.status == .held })
        #expect(encounters("Kim Jong-un greeted the news with joy.", date: "2019-06-20").isEmpty)
        #expect(encounters("Shinzo Abe and Moon Jae-in will attend the G20 summit in Osaka next week.", date: "2019-06-20").isEmpty)
        // A place's summit is one.
        #expect(!encounters("Donald Trump and Kim Jong-un signed a statement at the Singapore summit.", date: "2018-06-12").isEmpty)
    }

    @Test func aJourneyUnderWayIsPlannedAndAVisitInProgressIsHeld() {
        let onTheWay = encounters("Donald Trump said Mike Pompeo was on his way to North Korea to prepare for the summit.", date: "2018-05-09")
        #expect(onTheWay.contains { $0.kind == .visit && $0.actors(in: .visitor) == ["mike-pompeo"] && $0.status == .planned })
        let heading = encounters("Mike Pompeo is heading to Pyongyang for talks with Kim Jong-un.", date: "2018-05-09")
        #expect(heading.allSatisfy { $0.status == .planned } && heading.contains { $0.kind == .talks })
        let visiting = encounters("Mike Pompeo is visiting Pyongyang this week.", date: "2018-05-09")
        #expect(visiting.contains { $0.actors(in: .visitor) == ["mike-pompeo"] && $0.actors(in: .host) == ["north-korea"] && $0.status == .held })
    }

    @Test func talksAfterAVisitAreWithTheCounterpartAndADialogueHeldIsTalks() {
        let visit = encounters("Stephen Biegun will visit Seoul next week for talks with Kang Kyung-wha.", date: "2019-11-20")
        #expect(visit.contains { $0.kind == .talks && Set($0.actors.map(\.actor)) == ["stephen-biegun", "kang-kyung-wha"] && $0.status == .planned })
        let dialogue = encounters("Kang Kyung-wha and Wang Yi agreed to hold a strategic dialogue in Seoul later this year.", date: "2019-11-20")
        #expect(dialogue.contains { Set($0.actors.map(\.actor)) == ["kang-kyung-wha", "wang-yi"] && $0.status == .planned })
    }

    @Test func wordsSaidToSomeoneDuringTalksAreAMeetingOfTheTwo() throws {
        let found = encounters("Narendra Modi told Vladimir Putin during talks in the Kremlin on Tuesday that war was no answer.",
                               date: "2024-07-09")
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["narendra-modi", "vladimir-putin"])
        #expect(meeting.status == .held)
        #expect(meeting.date == Day("2024-07-09"))
        #expect(meeting.place == "Moscow")
        // Words said to reporters at a summit meet no one.
        #expect(encounters("Narendra Modi told reporters at the summit that Vladimir Putin was wrong.", date: "2024-07-09").isEmpty)
        #expect(encounters("Narendra Modi told Vladimir Putin by phone that the talks must go on.", date: "2024-07-09").isEmpty)
    }

    @Test func timeSpentWithSomeoneOrANewsConferenceWithThemIsAMeeting() {
        let hours = encounters("Vladimir Putin spent six hours with Kim Jong-il in Vladivostok on Friday.", date: "2002-08-24")
        #expect(hours.contains { Set($0.actors.map(\.actor)) == ["vladimir-putin", "kim-jong-il"] && $0.status == .held })
        let conference = encounters("Donald Trump held a joint news conference with Shinzo Abe at the White House on Thursday.", date: "2018-06-07")
        #expect(conference.contains {
            Set($0.actors.map(\.actor)) == ["donald-trump", "shinzo-abe"] && $0.place == "Washington" && $0.date == Day("2018-06-07")
        })
    }

    @Test func aCountrysNewLeaderIsThePersonNamedNotTheCountry() {
        for text in ["On Tuesday Donald Trump met Japan's new Prime Minister Sanae Takaichi in Tokyo.",
                     "On Tuesday Donald Trump met Japan's new prime minister, Sanae Takaichi, in Tokyo."] {
            let found = encounters(text, date: "2025-10-30")
            #expect(found.map { Set($0.actors.map(\.actor)) } == [["donald-trump", "sanae-takaichi"]], "\(text)")
        }
    }

    @Test func greetingSomeoneNamedBeforeAsHimIsMeetingHim() {
        let found = encounters("""
            Joe Biden landed at Osan air base on Friday and went straight to a plant in Pyeongtaek, where Yoon Suk-yeol greeted him.
            """, date: "2022-05-21")
        #expect(found.contains { $0.kind == .meeting && Set($0.actors.map(\.actor)) == ["joe-biden", "yoon-suk-yeol"] && $0.date == Day("2022-05-20") })
        // A dateline's date is the story's, not the greeting's, whatever the dash or the agency.
        for dateline in ["SEOUL, May 21 — ", "SEOUL, May 21 (Yonhap) -- ", "SEOUL, May 21 - "] {
            let greeting = encounters(dateline + "Joe Biden landed at Osan air base on Friday and went to a plant, where Yoon Suk-yeol greeted him.",
                                      date: "2022-05-21")
            #expect(greeting.contains { $0.kind == .meeting && $0.date == Day("2022-05-20") }, "\(dateline)")
        }
        #expect(!encounters("Joe Biden landed in Seoul on Friday. Yoon Suk-yeol saw him as a friend.", date: "2022-05-21")
            .contains { $0.kind == .meeting })
    }

    @Test func anArticlesUndatedSummitIsNotTheGreetingItDatesTheDayBefore() {
        let found = ExtractionFixture.extract("""
            Joe Biden landed at Osan air base on Friday and went to a plant, where Yoon Suk-yeol greeted him. \
            The two leaders held their first summit at the presidential office in Seoul.
            """, date: "2022-05-21").actors.filter { $0.kind == .meeting }
        #expect(found.count == 2)
    }

    @Test func aSummitArrangedForAMonthGoneByIsNoLongerToCome() {
        let found = encounters("""
            Moon Jae-in, who helped set up the first summit between Donald Trump and Kim Jong-un in Singapore in June 2018, spoke.
            """, date: "2020-06-17")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["donald-trump", "kim-jong-un"] && $0.status == .held })
        // Arranged for a month to come, it is planned.
        let ahead = encounters("Officials are arranging for Donald Trump to meet Kim Jong-un in Singapore in July.", date: "2020-06-17")
        #expect(ahead.contains { Set($0.actors.map(\.actor)) == ["donald-trump", "kim-jong-un"] && $0.status == .planned })
    }

    @Test func talksOfAJourneyThatHadBeenScheduledAreCalledOffWithTheCounterpartNamedAfterAComma() {
        let found = encounters("""
            Yun Byung-se had been scheduled to arrive in Tokyo on Friday for two days of talks with his Japanese counterpart, \
            Fumio Kishida.
            """, date: "2013-04-22")
        #expect(found.contains { $0.kind == .talks && Set($0.actors.map(\.actor)) == ["yun-byung-se", "fumio-kishida"] && $0.status == .cancelled })
        #expect(!found.contains { $0.status == .held })
    }

    @Test func aMeetingSomeoneExpectsIsPlanned() {
        let found = encounters("Donald Trump has said he expects to see Russian President Vladimir Putin in Vietnam.", date: "2017-11-07")
        #expect(found.map(\.status) == [.planned])
    }

    @Test func aMeetingNamedLateInItsSentenceTakesThePlaceInItsOwnWords() {
        let found = encounters("""
            Benjamin Netanyahu will be in Kigali on Wednesday for talks with Paul Kagame, and ends the tour in Addis Ababa on Thursday \
            with a meeting with Hailemariam Desalegn.
            """, date: "2016-07-04")
        #expect(found.contains { $0.actors.map(\.actor).contains("hailemariam-desalegn") && $0.place == "Addis Ababa" })
    }

    @Test func anAddresseeWhoseNameRunsPastItsClauseIsToldWithoutATrap() {
        // "A.K." ends the clause inside the name: the words after the addressee are read within bounds.
        let found = ExtractionFixture.extract("Abubakhar Jeje Odongo told A.K. Abdul Momen that sanctions must remain in place.",
                                              date: "2018-06-01").events
        #expect(!found.contains { $0.kind == .meeting })
    }

    @Test func aJourneyToMeetSomeoneOfAnotherSideIsThatMeetingNotAVisitToThePlace() throws {
        let singapore = encounters("Donald Trump flew to Singapore on Sunday to meet Kim Jong-un.", date: "2018-06-12")
        #expect(singapore.map(\.kind) == [.meeting])
        #expect(Set(singapore.first?.actors.map(\.actor) ?? []) == ["donald-trump", "kim-jong-un"])
        #expect(singapore.first?.place == "Singapore")
        // The place's own leader: a visit as well; a conference is no one met.
        let pyongyang = encounters("Mike Pompeo flew to Pyongyang on Thursday to meet Kim Jong-un.", date: "2018-06-12")
        #expect(pyongyang.contains { $0.kind == .visit && $0.actors(in: .host) == ["north-korea"] })
        let islamabad = encounters("Indian Foreign Minister Sushma Swaraj traveled to Islamabad for a regional conference on Afghanistan.",
                                   date: "2015-12-25")
        #expect(islamabad.contains { $0.kind == .visit && $0.actors(in: .host) == ["pakistan"] })
    }

    @Test func aParticipleAfterBeforeHasThePronounsSubjectAndTakesNoPlaceFromTheTalks() throws {
        let found = encounters("""
            Donald Trump arrived in Beijing on Wednesday. He then travels to Hanoi for talks with Vietnamese President Tran Dai Quang \
            before flying to Manila.
            """, date: "2017-11-09")
        let talks = try #require(found.first { $0.kind == .talks })
        #expect(Set(talks.actors.map(\.actor)) == ["donald-trump", "tran-dai-quang"])
        #expect(talks.place == "Hanoi")
        let manila = try #require(found.first { $0.kind == .visit && $0.place == "Manila" })
        #expect(manila.actors(in: .visitor) == ["donald-trump"])
        #expect(manila.actors(in: .host) == ["philippines"])
    }

    @Test func aVerbOfHoldingJoinedByAndSharesTheSubjectAndStatusOfTheVerbBefore() throws {
        let found = encounters("""
            On Sunday Donald Trump is to meet leaders of the Gulf Cooperation Council and hold separate talks with Egyptian \
            President Abdel Fattah el-Sisi and Bahrain's King Hamad bin Isa Al Khalifa.
            """, date: "2017-05-20")
        let talks = found.filter { $0.kind == .talks }
        #expect(Set(talks.map { Set($0.actors.map(\.actor)) }) == [["donald-trump", "abdel-fattah-el-sisi"],
                                                                   ["donald-trump", "hamad-bin-isa-al-khalifa"]])
        #expect(talks.allSatisfy { $0.status == .planned })
    }

    @Test func aListInsideARelativeClauseIsNoSubjectAndItsDateIsNotTheMeetings() throws {
        let found = encounters("""
            Foreign Minister Fumio Kishida, who toured the Philippines, Singapore, Brunei and Australia earlier this month, \
            is in Washington and is due to hold talks with Secretary of State Hillary Clinton on Friday.
            """, date: "2013-01-18")
        let talks = try #require(found.first { $0.kind == .talks })
        #expect(Set(talks.actors.map(\.actor)) == ["fumio-kishida", "hillary-clinton"])
        #expect(talks.status == .planned)
        #expect(talks.date == Day("2013-01-18"))
    }

    @Test func theyWithNoOneNamedBeforeAreTheTwoOfficialsThatLastMet() throws {
        let found = encounters("""
            Yoon Suk-yeol travelled to Tokyo for a summit with Fumio Kishida on March 16, 2023, and Kishida made a \
            return visit to Seoul in May. In August 2023 they held their first three-way summit with U.S. President \
            Joe Biden at Camp David, and in May this year they met Chinese Premier Li Qiang in Seoul.
            """, date: "2024-09-06")
        let tokyo = try #require(found.first { $0.kind == .meeting && Set($0.actors.map(\.actor)) == ["yoon-suk-yeol", "fumio-kishida"] })
        // The place past ", and Kishida made" is the next clause's.
        #expect(tokyo.place == "Tokyo")
        // "in May" after "March 16, 2023" is May 2023, held.
        let visit = try #require(found.first { $0.kind == .visit && $0.actors(in: .visitor) == ["fumio-kishida"] })
        #expect(visit.date == Day("2023-05-01") && visit.status == .held)
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["yoon-suk-yeol", "fumio-kishida", "joe-biden"] && $0.status == .held })
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["yoon-suk-yeol", "fumio-kishida", "li-qiang"] && $0.place == "Seoul" })
    }

    @Test func eachOfThePairAndOneTogetherWithTheSubjectsAreMet() {
        let each = encounters("""
            John Kerry opened the talks between Ilham Aliyev and Serzh Sargsyan on Monday. Before the opening \
            session he met each president separately.
            """, date: "2016-05-17")
        #expect(each.contains { Set($0.actors.map(\.actor)) == ["john-kerry", "ilham-aliyev"] })
        #expect(each.contains { Set($0.actors.map(\.actor)) == ["john-kerry", "serzh-sargsyan"] })
        let together = encounters("""
            Moon Jae-in and Kim Jong-un met again briefly at Panmunjom on June 30 together with U.S. President Donald Trump.
            """, date: "2019-11-21")
        #expect(together.contains { Set($0.actors.map(\.actor)) == ["moon-jae-in", "kim-jong-un", "donald-trump"] && $0.date == Day("2019-06-30") })
    }

    @Test func talksAfterAParticipleShareItsClausesScheduleAndSubject() throws {
        let found = encounters("""
            George W. Bush flew to Uruguay on Friday. He then visits Colombia on Sunday, and Guatemala City on Monday, \
            before ending the tour in Merida, Mexico, with talks with President Felipe Calderon on Tuesday.
            """, date: "2007-03-09")
        let talks = try #require(found.first { $0.actors.contains { $0.actor == "felipe-calderón" } })
        #expect(Set(talks.actors.map(\.actor)) == ["george-w-bush", "felipe-calderón"])
        #expect(talks.status == .planned)
        #expect(talks.date == Day("2007-03-13"))
    }

    @Test func aPlaceDescribedAsFitForAMeetingIsNoMeeting() {
        let found = encounters("""
            George W. Bush met Vladimir Putin in Slovenia on Saturday. Condoleezza Rice said Slovenia was a fitting \
            place for the two leaders to meet.
            """, date: "2001-06-16")
        #expect(found.count == 1)
    }

    @Test func northAndSouthKoreaNameBothAndTheFourSidesAreTheLastFourNamed() {
        let found = encounters("""
            North and South Korea, China and the United States ended the first round of talks in Geneva on Wednesday. \
            Deng Xiaoping's successors welcomed the talks. The four sides agreed to meet again in Geneva on March 16.
            """, date: "1997-12-10")
        let four: Set<ActorID> = ["north-korea", "south-korea", "china", "united-states"]
        #expect(found.contains { Set($0.actors.map(\.actor)) == four && $0.status == .held })
        #expect(found.contains { Set($0.actors.map(\.actor)) == four && $0.status == .planned && $0.date == Day("1998-03-16") })
    }

    @Test func talksPursuedAreAnAimNotAPlan() {
        let found = encounters("""
            Moon Jae-in and Kim Jong-un met at Panmunjom on Friday. To that end they will pursue three-way talks with \
            the United States.
            """, date: "2018-04-27")
        #expect(found.count == 1)
        #expect(!found.contains { $0.actors.contains { $0.actor == "united-states" } })
    }

    @Test func aPlanPutForwardAfterTalksIsNoWish() throws {
        let talks = try #require(encounters("""
            Turkish President Recep Tayyip Erdogan put the idea forward in Ankara on Tuesday after talks with Russian \
            President Vladimir Putin.
            """, date: "2021-10-13").first)
        #expect(Set(talks.actors.map(\.actor)) == ["recep-tayyip-erdoğan", "vladimir-putin"])
        #expect(talks.status == .held)
        #expect(talks.date == Day("2021-10-12"))
    }

    @Test func aPronounAfterAPhrasePutInFrontIsTheSubject() {
        let found = encounters("""
            Joe Biden arrived in Rome on Friday. At the summit he is to hold separate talks with French President \
            Emmanuel Macron and Japanese Prime Minister Fumio Kishida.
            """, date: "2021-10-29")
        for other: ActorID in ["emmanuel-macron", "fumio-kishida"] {
            #expect(found.contains { Set($0.actors.map(\.actor)) == ["joe-biden", other] && $0.status == .planned })
        }
    }

    @Test func aVerbAfterAWhenClauseAndItsCommaHasTheSentencesSubject() throws {
        let found = encounters("""
            Indian Prime Minister Narendra Modi began a European tour on Sunday. He held talks with French President \
            Emmanuel Macron in Paris on Wednesday, when the two signed a declaration on Iran, and met German Chancellor \
            Olaf Scholz in Berlin on Monday.
            """, date: "2022-05-04")
        let berlin = try #require(found.first { $0.actors.contains { $0.actor == "olaf-scholz" } })
        #expect(Set(berlin.actors.map(\.actor)) == ["narendra-modi", "olaf-scholz"])
        #expect(berlin.date == Day("2022-05-02"))
    }

    @Test func sidesOfMediatedTalksAreThePairThatMet() {
        let found = encounters("""
            Armenia and Azerbaijan agreed to a truce on Tuesday after talks mediated by the Russian and French governments. \
            The foreign ministries said the two sides had also agreed to hold further talks next month.
            """, date: "2020-11-10")
        #expect(found.contains { Set($0.actors.map(\.actor)) == ["armenia", "azerbaijan"] && $0.status == .planned })
        #expect(!found.contains { $0.actors.contains { ["russia", "france"].contains($0.actor) } })
    }

    @Test func thoseAMeetingIsHeldWithoutTakeNoPart() throws {
        let extraction = ExtractionFixture.extract("""
            Macron hosted talks between Zelensky and Putin in Paris on Monday. Zelensky and Putin also held a separate \
            meeting without the French and German delegations.
            """, date: "2019-12-10")
        let separate = try #require(extraction.events.first { $0.kind == .meeting && $0.date == Day("2019-12-10") })
        #expect(Set(separate.actors.map(\.actor)) == ["volodymyr-zelensky", "vladimir-putin"])
        #expect(!extraction.events.contains { $0.kind != .cooccurrence && $0.actors.contains { ["france", "germany"].contains($0.actor) } })
    }

    @Test func anOfficialRightAfterIsOrWasIsTheTopicAPronounLaterStandsFor() throws {
        let found = encounters("""
            South Korean President Roh Tae-woo welcomed Russian President Boris Yeltsin in Seoul on Thursday. The trip to \
            Seoul is Yeltsin's first to Asia. In September he called off a visit to Japan.
            """, date: "1992-11-19")
        let cancelled = try #require(found.first { $0.status == .cancelled })
        #expect(cancelled.actors(in: .visitor) == ["boris-yeltsin"])
        #expect(cancelled.actors(in: .host) == ["japan"])
    }

    @Test func aCountryDescribedByAPossessiveAfterTheHostIsNoSecondHost() {
        let found = encounters("Chinese Foreign Minister Wang Yi was on a visit to India, Pakistan's archrival.", date: "2025-10-12")
        #expect(found.count == 1)
        #expect(found.first?.actors(in: .host) == ["india"])
    }

    @Test func aPairThatHoldsTheSubjectIsTheTwoOfficialsOfOtherSides() throws {
        let found = encounters("""
            Thai Foreign Minister Kasit Piromya and Cambodian Foreign Minister Hor Namhong were in Jakarta on Thursday, and \
            so was Indonesian Foreign Minister Marty Natalegawa. Natalegawa met the two foreign ministers on Friday.
            """, date: "2011-05-07")
        let meeting = try #require(found.first { $0.date == Day("2011-05-06") })
        #expect(Set(meeting.actors.map(\.actor)) == ["marty-natalegawa", "kasit-piromya", "hor-namhong"])
    }

    @Test func aPostNamedAfterTalksIsNoTalks() {
        let found = encounters("""
            Glyn Davies, the State Department's special envoy for talks with North Korea, was in Seoul on Monday.
            """, date: "2012-02-20")
        #expect(!found.contains { $0.kind == .talks || $0.kind == .meeting })
    }

    @Test func aJourneyAfterTheWordsThatReportSpeechIsTheSpeakers() throws {
        let found = encounters("""
            Former U.S. President Jimmy Carter left Pyongyang on Thursday. Kim Jong-il was ready to talk about any \
            subject, Carter told reporters after flying to Seoul.
            """, date: "2011-04-28")
        let visit = try #require(found.first { $0.kind == .visit })
        #expect(visit.actors(in: .visitor) == ["jimmy-carter"])
        #expect(visit.actors(in: .host) == ["south-korea"])
    }

    @Test func whoeverStandsBeforeACommaAndSayingIsNoSpeaker() throws {
        let found = encounters("""
            Vladimir Putin met Ariel Sharon in Jerusalem on Thursday. He had spoken in Cairo on Wednesday after talks \
            with Egyptian President Hosni Mubarak, saying a conference could follow.
            """, date: "2005-04-28")
        let cairo = try #require(found.first { $0.actors.contains { $0.actor == "hosni-mubarak" } })
        #expect(Set(cairo.actors.map(\.actor)) == ["vladimir-putin", "hosni-mubarak"])
        #expect(cairo.date == Day("2005-04-27"))
    }

    @Test func twoWhoAgreedAtTalksHeldThem() throws {
        let found = encounters("""
            Joko Widodo and Muhyiddin Yassin agreed at talks in Jakarta on February 5 to seek a special summit.
            """, date: "2021-02-24")
        let talks = try #require(found.first)
        #expect(Set(talks.actors.map(\.actor)) == ["joko-widodo", "muhyiddin-yassin"])
        #expect(talks.status == .held && talks.date == Day("2021-02-05") && talks.place == "Jakarta")
    }

    @Test func twoBroughtFaceToFaceMet() throws {
        let found = encounters("Yang Jiechi brought Condoleezza Rice face to face with Pak Ui Chun on Wednesday.", date: "2008-07-23")
        let meeting = try #require(found.first)
        #expect(Set(meeting.actors.map(\.actor)) == ["condoleezza-rice", "pak-ui-chun"])
        #expect(meeting.status == .held && meeting.date == Day("2008-07-23"))
    }

    @Test func anOfficeInLowerCaseIsAnAsideAndAJourneyVerbOpensAClauseOfItsOwn() throws {
        let found = encounters("""
            North Korean leader Kim Jong-il held talks with Chinese President Jiang Zemin on Tuesday. Kim Yong-nam, president \
            of the presidium of the North's Supreme People's Assembly, visited Beijing last June for talks with Jiang, and \
            Chinese Foreign Minister Tang Jiaxuan traveled to Pyongyang in October.
            """, date: "2000-06-01")
        let talks = try #require(found.first { $0.kind == .talks && $0.evidence.sentence == 1 })
        #expect(Set(talks.actors.map(\.actor)) == ["kim-yong-nam", "jiang-zemin"])
    }

    @Test func aSecondOneMetInAPlaceOfItsOwnPastTitleAndQualifierIsMetApart() throws {
        let found = encounters("""
            The evacuation was agreed after U.N. Secretary-General Antonio Guterres met Russian President Vladimir Putin in \
            Moscow on April 26 and Ukrainian President Volodymyr Zelensky in Kyiv two days later.
            """, date: "2022-05-03")
        let kyiv = try #require(found.first { $0.actors.contains { $0.actor == "volodymyr-zelensky" } })
        #expect(Set(kyiv.actors.map(\.actor)) == ["antónio-guterres", "volodymyr-zelensky"])
        #expect(kyiv.place == "Kyiv")
    }

    @Test func aHeAfterTheSentencesOwnOpeningHeIsTheSame() throws {
        let found = encounters("""
            Antony Blinken arrived in the region last week. He met Michel Aoun in Beirut on Tuesday, when he also met \
            Najib Mikati.
            """, date: "2022-06-15")
        let mikati = try #require(found.first { $0.actors.contains { $0.actor == "najib-mikati" } })
        #expect(Set(mikati.actors.map(\.actor)) == ["antony-blinken", "najib-mikati"])
    }

    @Test func leadersBeforeTheDictionarysRecentYearsAreKnown() throws {
        let found = encounters("""
            Pervez Musharraf and Atal Bihari Vajpayee held talks in Islamabad. Later Musharraf had lunch with President \
            A.P.J. Abdul Kalam.
            """, date: "2004-01-06")
        #expect(Set(try #require(found.first).actors.map(\.actor)) == ["pervez-musharraf", "atal-bihari-vajpayee"])
        let lunch = try #require(found.first { $0.evidence.sentence == 1 })
        #expect(Set(lunch.actors.map(\.actor)) == ["pervez-musharraf", "a-p-j-abdul-kalam"])
    }

    @Test func theSubjectOfAClauseOfTimeIsWhomTheNextHeStandsFor() throws {
        let found = encounters("""
            Benjamin Netanyahu approved the deal on Monday. The text was finalised after Secretary of State Antony Blinken \
            shuttled between the two sides last week. He met Najib Mikati in Beirut on Tuesday.
            """, date: "2024-11-27")
        let meeting = try #require(found.first { $0.actors.contains { $0.actor == "najib-mikati" } })
        #expect(Set(meeting.actors.map(\.actor)) == ["antony-blinken", "najib-mikati"])
    }

    @Test func talksAfterBeforeAreHeldByTheWholeSubject() throws {
        let found = encounters("""
            Pervez Musharraf arrived on Saturday. On Sunday he and Manmohan Singh watched a cricket match before holding \
            talks at Hyderabad House.
            """, date: "2005-04-18")
        let talks = try #require(found.first { $0.kind == .talks })
        #expect(Set(talks.actors.map(\.actor)) == ["pervez-musharraf", "manmohan-singh"])
        #expect(talks.status == .held && talks.date == Day("2005-04-17"))
    }

    @Test func aCityStateOpeningTheDatelineBeforeItsAgencyIsWhereNotWho() {
        let x = ExtractionFixture.extract("SINGAPORE (AP) — Condoleezza Rice met Pak Ui Chun on Wednesday.", date: "2008-07-23")
        #expect(x.mentions["t"]?.contains("singapore") == false)
        #expect(x.mentions["t"]?.contains("condoleezza-rice") == true)
    }
}
