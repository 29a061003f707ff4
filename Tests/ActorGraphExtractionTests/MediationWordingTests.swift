import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

/// Wordings of mediation beyond its own verbs: reconciling, helping or coaxing two sides, talks
/// arranged or chaired by others, requests to step in, and the words that make a capital or a
/// ministry no actor. Sentences written for these tests, with the bundled dictionary.
@Suite struct MediationWordingTests {
    func extract(_ body: String, date: String = "2022-10-07") -> Extraction {
        ExtractionFixture.extract(body, date: date)
    }

    func mediations(_ body: String, date: String = "2022-10-07") -> [Event] { extract(body, date: date).events.filter { $0.kind == .mediation } }

    /// Every one of `found` is mediation done between `sides`.
    func expectPerformed(_ found: [Event], between sides: Set<ActorID>, sourceLocation: SourceLocation = #_sourceLocation) {
        for mediation in found {
            #expect(Set(mediation.actors(in: .side)) == sides, sourceLocation: sourceLocation)
            #expect(mediation.status == .performed, sourceLocation: sourceLocation)
        }
    }

    @Test func effortsToReconcileTwoSidesAreMediationByEachOfTheirAuthors() {
        let found = mediations("Russia and Iran pressed ahead with efforts to reconcile Turkey and Syria.")
        #expect(found.map { $0.actors(in: .mediator) } == [["russia"], ["iran"]])
        expectPerformed(found, between: ["turkey", "syria"])
    }

    @Test func aThirdPartyThatStartsOrRunsTheTalksBetweenTwoSidesMediates() {
        for verb in ["set up", "paved the way for", "presided over", "initiated", "steered", "oversaw", "relaunched", "led the talks"] {
            let object = verb.hasSuffix("talks") ? "" : " the talks"
            let found = mediations("Norway \(verb)\(object) between Israel and the Palestinian Authority in Oslo.", date: "1993-09-10")
            #expect(found.map { $0.actors(in: .mediator) } == [["norway"]], "\(verb)")
            expectPerformed(found, between: ["israel", "state-of-palestine"])
        }
        #expect(mediations("Norway welcomed the talks between Israel and the Palestinian Authority.", date: "1993-09-10").isEmpty)
    }

    @Test func helpingTwoNamedSidesToSettleIsAnOfferWhenPromised() throws {
        let mediation = try #require(mediations("Wang Yi said China would keep helping Kabul and Islamabad build trust.").first)
        #expect(mediation.actors(in: .mediator) == ["china"])
        #expect(Set(mediation.actors(in: .side)) == ["afghanistan", "pakistan"])
        #expect(mediation.status == .offered)
    }

    @Test func anAttemptToCoaxTwoSidesIntoTalksIsPerformed() throws {
        let mediation = try #require(mediations("""
            Heiko Maas flew to Ankara on Tuesday in an attempt to coax Greece and Turkey into talks.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["heiko-maas"])
        #expect(Set(mediation.actors(in: .side)) == ["greece", "turkey"])
        #expect(mediation.status == .performed)
    }

    @Test func itBeforeAMediationVerbInARelativeClauseIsTheNearestActor() throws {
        let mediation = try #require(mediations("""
            Armenia has called on Moscow to ensure that the ceasefire it brokered with Azerbaijan is respected.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["russia"])
        #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
    }

    @Test func talksArrangedByAListThatOthersOpenAreTheNamedAgents() throws {
        let mediation = try #require(mediations("Guyana and Venezuela held talks on Thursday arranged by regional leaders and Brazil.").first)
        #expect(mediation.actors(in: .mediator) == ["brazil"])
        #expect(Set(mediation.actors(in: .side)) == ["guyana", "venezuela"])
    }

    @Test func talksBetweenTwoSidesChairedByTwoHostsAreEachHostsMediation() {
        let found = mediations("""
            Ilham Aliyev and Nikol Pashinyan met in Prague. They agreed on a mission after talks between the two \
            countries' leaders chaired by Emmanuel Macron and Charles Michel.
            """)
        #expect(found.map { $0.actors(in: .mediator) } == [["emmanuel-macron"], ["charles-michel"]])
    }

    @Test func aSideAskingAThirdPartyToStepInRequestsMediation() throws {
        let mediation = try #require(mediations("""
            Djibouti asked the African Union in 2008 to step in over its border dispute with Eritrea.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["african-union"])
        #expect(mediation.actors(in: .side) == ["djibouti", "eritrea"])
        #expect(mediation.status == .requested)
    }

    @Test func aCapitalNamingAFormatActsForNoOne() throws {
        let x = extract("Armenia asked the OSCE Minsk Group to organise negotiations with Azerbaijan.")
        #expect(!x.actors.contains { $0.id == "belarus" })
        let mediation = try #require(x.events.first { $0.kind == .mediation })
        #expect(mediation.actors(in: .mediator) == ["osce"])
        #expect(mediation.status == .requested)
    }

    @Test func aCountrysOwnMinistryIsNotTheOneTheDictionaryKnowsByItsWords() {
        let x = extract("Pakistan's Foreign Office rejected the accusations made in New Delhi.")
        #expect(!x.actors.contains { $0.id == "foreign-commonwealth-and-development-office" })
        #expect(x.actors.contains { $0.id == "pakistan" })
    }

    @Test func aCityOfACountryIsAPlaceNotTheCountry() {
        let x = extract("Narendra Modi met Nawaz Sharif in the Russian city of Ufa in July 2015.")
        #expect(x.mentions["t"]?.contains("russia") == false)
    }

    @Test func hostingSeveralRoundsIsMediationBetweenThePairOfTheDocument() throws {
        let found = mediations("""
            Qatar has mediated between Armenia and Azerbaijan. Washington also hosted several rounds last year.
            """)
        #expect(found.map { $0.actors(in: .mediator) } == [["qatar"], ["united-states"]])
        #expect(Set(try #require(found.last).actors(in: .side)) == ["armenia", "azerbaijan"])
    }

    @Test func tryingToCoolAConflictBetweenTwoSidesIsPerformedMediation() throws {
        let mediation = try #require(mediations("""
            Imran Khan met King Salman in Riyadh, as Islamabad tried to cool a confrontation between Iran and Saudi Arabia.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["pakistan"])
        #expect(mediation.actors(in: .side) == ["iran", "saudi-arabia"])
        #expect(mediation.status == .performed)
    }

    @Test func fearsThatAConflictEasedAreNoMediation() {
        #expect(mediations("Fears eased that the conflict between Russia and Ukraine would cut supplies.").isEmpty)
    }

    @Test func bringingTwoSidesToTheTableIsMediation() throws {
        let mediation = try #require(mediations("He said Islamabad would do whatever it could to bring Tehran and Riyadh to the table.").first)
        #expect(mediation.actors(in: .mediator) == ["pakistan"])
        #expect(mediation.actors(in: .side) == ["iran", "saudi-arabia"])
        #expect(mediation.status == .offered)
    }

    @Test func talksHostedInAPlaceBySomeoneAreTheirs() throws {
        let mediation = try #require(mediations("""
            Egypt and Ethiopia failed to agree. Those followed talks hosted in Washington by the U.S. Treasury in February 2020.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["united-states"])
        #expect(Set(mediation.actors(in: .side)) == ["egypt", "ethiopia"])
        #expect(mediation.place == "Washington")
    }

    @Test func whoBeforeAMediationVerbIsItsAntecedent() throws {
        let mediation = try #require(mediations("""
            Egypt and Ethiopia met. The AU took over the file under South African President Cyril Ramaphosa, then the \
            bloc's chairman, who convened several rounds by video link.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["cyril-ramaphosa"])
        #expect(Set(mediation.actors(in: .side)) == ["egypt", "ethiopia"])
    }

    @Test func theOneAskedMayCarryARelativeClause() throws {
        let mediation = try #require(mediations("""
            Venezuela asked Ecuador, which holds the rotating presidency of the bloc, to call an emergency meeting with Colombia.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["ecuador"])
        #expect(mediation.actors(in: .side) == ["venezuela", "colombia"])
        #expect(mediation.status == .requested)
    }

    @Test func proposalsCarriedBetweenTheTwoCampsAreMediationBetweenThePairThatMet() throws {
        let mediation = try #require(mediations("""
            Hugo Chávez and Juan Manuel Santos met. Néstor Kirchner held talks with Chavez in Caracas and flew on to \
            Bogota, carrying proposals between the two camps.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["néstor-kirchner"])
        #expect(Set(mediation.actors(in: .side)) == ["hugo-chávez", "juan-manuel-santos"])
    }

    @Test func aKnownNameAfterSomeoneElsesGivenNameIsThatOtherPerson() {
        let x = extract("On Dec. 28, Sergei Shoigu met his counterparts Hulusi Akar and Ali Mahmoud Abbas in Moscow.")
        #expect(!x.actors.contains { $0.id == "mahmoud-abbas" })
    }

    @Test func aMeetingTheHostingWasForRestatesIt() {
        let x = extract("Sergei Lavrov hosted Mevlüt Çavuşoğlu, Faisal Mekdad and Hossein Amir-Abdollahian for the four-way meeting.")
        let meetings = x.events.filter { $0.kind == .meeting }
        #expect(meetings.map { Set($0.actors.map(\.actor)) }
            == [["sergey-lavrov", "mevlüt-çavuşoğlu", "faisal-mekdad", "hossein-amir-abdollahian"]])
    }

    @Test func helpingBringAboutAReconciliationBetweenTwoSidesIsPerformed() throws {
        let mediation = try #require(mediations("""
            Kazakhstan helped bring about the reconciliation between Russia and Turkey, its foreign minister said.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["kazakhstan"])
        #expect(mediation.actors(in: .side) == ["russia", "turkey"])
        #expect(mediation.status == .performed)
    }

    @Test func aMediationRunBySomeoneIsTheirs() throws {
        let mediation = try #require(mediations("""
            Gabon and Equatorial Guinea signed an agreement on Tuesday, bringing to a close a mediation run by the \
            United Nations since 2008.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["united-nations"])
        #expect(Set(mediation.actors(in: .side)) == ["gabon", "equatorial-guinea"])
    }

    @Test func sidesteppingCallsToMediateIsNoMediation() {
        #expect(mediations("""
            Brazil's Luiz Inacio Lula da Silva has sidestepped calls for him to mediate between Argentina and Uruguay.
            """).isEmpty)
    }

    @Test func effortsToNormaliseRelationsBetweenTwoSidesAreMediation() throws {
        let mediation = try #require(mediations("""
            Binali Yıldırım thanked Kazakhstan for its efforts to normalise relations between Ankara and Moscow.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["kazakhstan"])
        #expect(Set(mediation.actors(in: .side)) == ["turkey", "russia"])
    }

    @Test func aSideImprovingItsOwnTiesMediatesNothing() {
        #expect(mediations("Moscow wants to improve ties between Russia and Turkey.").isEmpty)
    }

    @Test func aBridgeBetweenTheTwoIsBetweenThePairThatLastMet() throws {
        let mediation = try #require(mediations("""
            Vladimir Putin and Recep Tayyip Erdoğan met in 2014. Kazakhstan has long presented itself as a bridge between the two.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["kazakhstan"])
        #expect(Set(mediation.actors(in: .side)) == ["vladimir-putin", "recep-tayyip-erdoğan"])
    }

    @Test func aKoreanNameOfSomeoneWhoServesNoKoreaKeepsItsFamilyNameFirst() throws {
        let x = extract("""
            Gabon and Equatorial Guinea met at the invitation of U.N. Secretary-General Ban Ki-moon. Ban said he remained \
            ready to provide his good offices. Moon did not comment.
            """)
        let mediation = try #require(x.events.first { $0.kind == .mediation && $0.status == .offered })
        #expect(mediation.actors(in: .mediator) == ["ban-ki-moon"])
        #expect(mediation.evidence.sentence == 1)
        #expect(!x.events.contains { $0.evidence.sentence == 2 && $0.actors.contains { $0.actor == "ban-ki-moon" } })
    }

    @Test func twoSidesComingAtSomeonesInvitationAreThatOnesMediationButOneGuestIsAVisit() throws {
        let mediation = try #require(mediations("""
            Armenia and Azerbaijan fought. The two ministers travelled to Moscow at the invitation of President Vladimir Putin.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["vladimir-putin"])
        #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
        #expect(mediations("Lula visited Beijing at the invitation of Xi Jinping.").isEmpty)
        #expect(mediations("Tsakhiagiin Elbegdorj arrived in Mogadishu on a two-day visit at the invitation of Hu Jintao.").isEmpty)
    }

    @Test func everyAntecedentOfWhoOpeningTheTriggersClauseMediates() {
        let found = mediations("""
            Vladimir Putin and Petro Poroshenko met over breakfast in Milan on Oct. 17. Angela Merkel and François \
            Hollande, who have sought for months to broker an end to the fighting in the east, joined the talks.
            """)
        #expect(found.map { $0.actors(in: .mediator) } == [["angela-merkel"], ["françois-hollande"]])
        expectPerformed(found, between: ["russia", "ukraine"])
    }

    @Test func theStateBeforeLedMediationMediatesAndANewsAgencysCountryIsNoSide() throws {
        let found = extract("""
            KAZAN, Russia, June 25 (Xinhua) -- The presidents of Armenia and Azerbaijan failed to agree on a framework at talks \
            hosted by Russian President Dmitry Medvedev on Friday, dashing hopes of a breakthrough after three years of \
            Russian-led mediation.
            """, date: "2011-06-25").events.filter { $0.kind == .mediation }
        #expect(!found.isEmpty)
        for mediation in found {
            #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
            #expect(["dmitry-medvedev", "russia"].contains(mediation.actors(in: .mediator).first))
        }
    }

    @Test func aSigningCeremonyHostedByAThirdPartyIsItsMediation() throws {
        let found = extract("""
            The presidents of Peru and Ecuador signed a peace agreement on Monday at a ceremony hosted by Brazilian \
            President Fernando Henrique Cardoso.
            """, date: "1998-10-26").events.filter { $0.kind == .mediation }
        let mediation = try #require(found.first)
        #expect(mediation.actors(in: .mediator) == ["fernando-henrique-cardoso"])
        #expect(Set(mediation.actors(in: .side)) == ["peru", "ecuador"])
        #expect(mediation.status == .performed)
    }

    @Test func theyRightBeforeTheVerbIsThePreviousSentencesSubject() throws {
        let found = extract("""
            The presidents of Peru and Ecuador signed a peace agreement on Monday. Brazil and its partners have worked on \
            the conflict since 1995. In February of that year they brought the two sides together to sign a ceasefire.
            """, date: "1998-10-26").events.filter { $0.kind == .mediation }
        let mediation = try #require(found.first)
        #expect(mediation.actors(in: .mediator) == ["brazil"])
        #expect(Set(mediation.actors(in: .side)) == ["peru", "ecuador"])
    }

    @Test func witnessesWhoSignASettlementMediateBetweenTheDocumentsSides() throws {
        let found = extract("""
            Nigeria agreed on Monday to hand the disputed territory to Cameroon, in an accord brokered by Kofi Annan. \
            Representatives of the United States, Britain, France and Germany, which have backed Annan's efforts, signed \
            the document as witnesses. Annan and Albright signed as witnesses, together with the Swiss foreign minister, \
            Micheline Calmy-Rey.
            """, date: "2006-06-12").events.filter { $0.kind == .mediation }
        #expect(Set(found.flatMap { $0.actors(in: .mediator) })
                == ["kofi-annan", "united-states", "united-kingdom", "france", "germany", "madeleine-albright", "micheline-calmy-rey"])
        for mediation in found {
            #expect(Set(mediation.actors(in: .side)) == ["nigeria", "cameroon"])
        }
    }

    @Test func carryingOneSidesConditionsBackAndForthIsAGoBetweensWork() throws {
        let found = extract("""
            President Alvaro Uribe of Colombia has ended Hugo Chavez's role with the FARC. Chavez first offered in August \
            to help free the hostages. Since then Chavez has carried the rebels' conditions back and forth.
            """, date: "2007-11-22").events.filter { $0.kind == .mediation }
        #expect(found.map(\.status) == [.offered, .performed])
        for mediation in found {
            #expect(mediation.actors(in: .mediator) == ["hugo-chávez"])
            #expect(Set(mediation.actors(in: .side)) == ["colombia", "farc"])
        }
    }

    @Test func invitingBothSidesIsAnOfferToHostThem() throws {
        let mediation = try #require(mediations("""
            India and Pakistan have feuded for decades. Sweden invited the two sides to talks in Stockholm.
            """, date: "2020-01-12").first)
        #expect(mediation.actors(in: .mediator) == ["sweden"])
        #expect(Set(mediation.actors(in: .side)) == ["india", "pakistan"])
        #expect(mediation.status == .offered)
        // The one right before the verb and its auxiliary invites, not the sentence's subject.
        let annan = try #require(mediations("""
            Nigeria and Cameroon have long disputed Bakassi. Olusegun Obasanjo and Paul Biya signed the agreement at the \
            Greentree Estate, a country house where Kofi Annan had invited the two leaders for a day of talks.
            """, date: "2006-06-12").first)
        #expect(annan.actors(in: .mediator) == ["kofi-annan"])
        #expect(Set(annan.actors(in: .side)) == ["nigeria", "cameroon"])
    }

    @Test func anAdverbBeforeTheHostOrASecondNounBeforeTheMediatorKeepsTheAgent() throws {
        let hosted = try #require(mediations("""
            Cuba and the United States restored relations after secret talks hosted mostly by Canada.
            """, date: "2015-04-11").first)
        #expect(hosted.actors(in: .mediator) == ["canada"])
        #expect(Set(hosted.actors(in: .side)) == ["cuba", "united-states"])
        let facilitated = try #require(mediations("""
            Myanmar and the Arakan Army have fought for months. The talks had been held with the mediation and \
            facilitation of the Chinese side.
            """, date: "2024-01-12").first)
        #expect(facilitated.actors(in: .mediator) == ["china"])
        #expect(Set(facilitated.actors(in: .side)) == ["myanmar", "arakan-army"])
    }

    @Test func conveningTheNextRoundIsAnOfferToHostIt() throws {
        let mediation = try #require(mediations("""
            Myanmar and the Arakan Army have fought for months. The United Nations would convene the next meeting in \
            Geneva in the coming days.
            """, date: "2024-01-12").first)
        #expect(mediation.actors(in: .mediator) == ["united-nations"])
        #expect(Set(mediation.actors(in: .side)) == ["myanmar", "arakan-army"])
        #expect(mediation.status == .offered)
        #expect(mediation.place == "Geneva")
    }

    @Test func thePairThatCarriedMessagesBetweenThreeCapitalsAreEachAGoBetween() {
        let found = mediations("""
            South African President Nelson Mandela met Libyan leader Muammar Gaddafi in Tripoli in October 1997. Kofi \
            Annan thanked Nelson Mandela on Monday. The two men spent months carrying messages between Tripoli, \
            Washington and London.
            """, date: "1999-04-05").filter { $0.evidence.quote.hasPrefix("The two men") }
        #expect(found.map { $0.actors(in: .mediator) } == [["kofi-annan"], ["kofi-annan"], ["nelson-mandela"], ["nelson-mandela"]])
        #expect(found.map { Set($0.actors(in: .side)) } == [["libya", "united-kingdom"], ["libya", "united-states"],
                                                             ["libya", "united-kingdom"], ["libya", "united-states"]])
        #expect(found.allSatisfy { $0.status == .performed })
    }

    @Test func aGuarantorOrASponsorOfTheTalksMediates() {
        let found = mediations("""
            Ethiopia and Eritrea fought a border war. Kenya acted as guarantor of the agreement. The deal was reached \
            under Uganda's sponsorship.
            """, date: "2020-01-12")
        #expect(found.map { $0.actors(in: .mediator) } == [["kenya"], ["uganda"]])
        expectPerformed(found, between: ["ethiopia", "eritrea"])
    }

    @Test func aSidesMessagePassedOnWithoutItsAddresseeGoesToTheOtherSide() throws {
        let found = mediations("""
            North Korea said on Tuesday that Sweden had passed on a US proposal to resume talks. Pompeo passed on \
            a US proposal as well.
            """, date: "2019-11-19")
        let sweden = try #require(found.first)
        #expect(found.count == 1)
        #expect(sweden.actors(in: .mediator) == ["sweden"])
        #expect(Set(sweden.actors(in: .side)) == ["north-korea", "united-states"])
        #expect(sweden.status == .performed)
    }

    @Test func bringingBothSidesRoundOrOfferingToHostThemIsMediation() throws {
        let found = extract("""
            The presidents of Armenia and Azerbaijan met in Kazan on Friday at talks hosted by Dmitry Medvedev. In March \
            Medvedev persuaded the two leaders to exchange prisoners. Lavrov said Medvedev was ready to host the two \
            presidents again.
            """, date: "2011-06-25").events.filter { $0.kind == .mediation }
        #expect(found.map(\.status) == [.performed, .performed, .offered])
        for mediation in found {
            #expect(mediation.actors(in: .mediator) == ["dmitry-medvedev"])
            #expect(Set(mediation.actors(in: .side)) == ["armenia", "azerbaijan"])
        }
    }

    @Test func aNameAfterCommaAndOpensItsOwnClauseAndMediatesAlone() throws {
        let found = extract("""
            Greece and Macedonia signed an interim accord on Wednesday. President Bill Clinton's special envoy carried drafts \
            between Athens and Skopje, and Secretary of State Warren Christopher leaned on both governments.
            """, date: "1995-09-13").events.filter { $0.kind == .mediation }
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["bill-clinton", "warren-christopher"])
        for mediation in found {
            #expect(Set(mediation.actors(in: .side)) == ["greece", "north-macedonia"])
        }
    }

    @Test func talksHostedBetweenOneAndTwoNamedTogetherAreAMediationWithEach() throws {
        let found = extract("""
            Turkey agreed on Tuesday to support the applications of Finland and Sweden to join NATO, after talks hosted \
            by Secretary General Jens Stoltenberg. The summit, hosted by Spanish Prime Minister Pedro Sanchez, opens on \
            Wednesday.
            """, date: "2022-06-28").events.filter { $0.kind == .mediation }
        #expect(found.map { Set($0.actors(in: .side)) } == [["turkey", "finland"], ["turkey", "sweden"]])
        #expect(found.allSatisfy { $0.actors(in: .mediator) == ["jens-stoltenberg"] })
    }

    @Test func anOfferToBringThemBackToTheTableIsMediation() throws {
        let mediation = try #require(extract("""
            The OAS called on Costa Rica and Nicaragua to pull back their forces. Secretary-General Jose Miguel Insulza \
            said he would keep working with both governments to bring them back to the negotiating table.
            """, date: "2010-11-13").events.first { $0.kind == .mediation })
        #expect(mediation.actors(in: .mediator) == ["josé-miguel-insulza"])
        #expect(Set(mediation.actors(in: .side)) == ["costa-rica", "nicaragua"])
        #expect(mediation.status == .offered)
    }

    @Test func betweenOneAndTwoNamedTogetherIsAMediationWithEach() throws {
        let found = extract("""
            South African President Nelson Mandela carried messages between Tripoli, Washington and London. Saudi Arabia \
            mediated between Libya, the United States and Britain.
            """, date: "1999-04-05").events.filter { $0.kind == .mediation }
        #expect(found.map { Set($0.actors(in: .side)) } == [["libya", "united-kingdom"], ["libya", "united-states"],
                                                             ["libya", "united-kingdom"], ["libya", "united-states"]])
        #expect(found.map { $0.actors(in: .mediator) } == [["nelson-mandela"], ["nelson-mandela"], ["saudi-arabia"], ["saudi-arabia"]])
    }

    @Test func theWorldBodyIsTheUnitedNations() {
        let x = ExtractionFixture.extract("""
            Indonesia and Portugal signed the agreements on Wednesday, ending 16 years of negotiations held under the \
            auspices of the world body.
            """, date: "1999-05-05")
        #expect(x.events.contains { $0.kind == .mediation && $0.actors.contains { $0.actor == "united-nations" && $0.role == .mediator } })
    }

    @Test func aMalaysianLeaderIsNamedLaterByTheFirstWordOfHisName() {
        let x = extract("""
            Malaysian Prime Minister Anwar Ibrahim spoke to reporters. Anwar, whose country chairs the Association of Southeast \
            Asian Nations this year, had offered to mediate between Thailand and Cambodia on Thursday.
            """)
        #expect(x.events.contains { $0.kind == .mediation && $0.actors.contains { $0.actor == "anwar-ibrahim" && $0.role == .mediator } })
        #expect(!x.events.contains { $0.kind == .mediation && $0.actors.contains { $0.actor == "asean" } })
    }

    @Test func mediatorsWhoSpeakAreNamedNotAtWork() {
        let found = mediations("""
            Sudan's army and the Rapid Support Forces signed a pledge after talks facilitated by Saudi Arabia and the United \
            States, the two mediators announced on Friday.
            """)
        #expect(Set(found.compactMap { $0.actors.first { $0.role == .mediator }?.actor }) == ["saudi-arabia", "united-states"])
        #expect(found.allSatisfy { Set($0.actors.filter { $0.role == .side }.map(\.actor)) == ["sudan", "rapid-support-forces"] })
    }

    @Test func theOneCreditedWithMediatingMediated() {
        let found = mediations("""
            Israel and Hamas agreed to a truce. Hamas leader Khaled Mashaal, speaking at a news conference in Cairo, credited \
            Morsi with mediating the deal.
            """)
        #expect(found.contains { $0.actors.contains { $0.actor == "mohamed-morsi" && $0.role == .mediator } })
        #expect(!found.contains { $0.actors.contains { $0.actor == "khaled-mashaal" && $0.role == .mediator } })
    }

    @Test func pressingTheTwoNamedBeforeMediatesBetweenThem() {
        let found = mediations("""
            President Barack Obama telephoned Ilham Aliyev and Serzh Sargsyan this week to press them to seize the moment.
            """)
        #expect(found.contains { event in
            event.actors.contains { $0.actor == "barack-obama" && $0.role == .mediator }
                && Set(event.actors.filter { $0.role == .side }.map(\.actor)) == ["ilham-aliyev", "serzh-sargsyan"]
        })
    }

    @Test func aGoBetweensCitiesStandForTheirCountries() {
        let found = mediations("""
            Ethiopia and Eritrea signed the accord. Algerian envoy Ahmed Ouyahia spent months shuttling between Addis Ababa and \
            Asmara. Condoleezza Rice shuttled between Jerusalem and Ramallah to prepare the conference.
            """)
        #expect(found.contains { Set($0.actors.filter { $0.role == .side }.map(\.actor)) == ["ethiopia", "eritrea"] })
        #expect(found.contains { event in
            event.actors.contains { $0.actor == "condoleezza-rice" && $0.role == .mediator }
                && Set(event.actors.filter { $0.role == .side }.map(\.actor)) == ["israel", "state-of-palestine"]
        })
    }

    @Test func aConduitForThingsIsNoGoBetween() {
        #expect(mediations("""
            Sudan and Uganda signed an accord. Sudan in turn accused Yoweri Museveni of serving as a conduit for weapons to the \
            southern Sudanese rebels.
            """).isEmpty)
        #expect(!mediations("Sweden served as a conduit for messages between Washington and Pyongyang.").isEmpty)
    }

    @Test func helpGivenIsMediationDoneAndTheNextMeetingOnOffer() {
        let found = mediations("""
            Colombia and the FARC signed a ceasefire in Havana on Thursday. Pakistan helped facilitate the negotiations. \
            Indonesia stood ready to host the next meetings of the two.
            """)
        #expect(found.contains { $0.actors.contains { $0.actor == "pakistan" && $0.role == .mediator } && $0.status == .performed })
        #expect(found.contains { $0.actors.contains { $0.actor == "indonesia" && $0.role == .mediator } && $0.status == .offered })
    }

    @Test func presentTenseGoBetweensMediate() {
        for sentence in ["Switzerland relays messages between Washington and Tehran.",
                         "Qatar mediates between Israel and Hamas.",
                         "Oman brokers talks between Iran and Saudi Arabia."] {
            #expect(mediations(sentence).count == 1, "\(sentence)")
        }
    }

    @Test func aNameInAFrontedPhraseIsNotWhomHeStandsFor() {
        let found = mediations("""
            Saudi Arabia and its allies cut ties with Qatar on Monday. President Donald Trump spoke of the crisis on Tuesday. \
            In a telephone call with Sheikh Tamim on Wednesday, however, he offered to help resolve the dispute between Qatar \
            and Saudi Arabia.
            """)
        #expect(found.contains { $0.actors.contains { $0.actor == "donald-trump" && $0.role == .mediator } })
        #expect(!found.contains { $0.actors.contains { $0.actor == "tamim-bin-hamad-al-thani" && $0.role == .mediator } })
    }

    @Test func theHostOfARoundOfTalksMediatesBetweenTheDocumentsSides() {
        let found = mediations("""
            Colombian negotiators and ELN commanders signed a ceasefire in Havana on Friday. Cuba had hosted the third round \
            of negotiations since early May.
            """)
        #expect(found.contains { mediation in
            mediation.actors(in: .mediator) == ["cuba"] && mediation.status == .performed
                && Set(mediation.actors(in: .side)) == ["colombia", "national-liberation-army-colombia"]
        })
        // A summit of a group is one its host attends; a summit of the two sides, their host's mediation.
        #expect(mediations("Putin met Erdogan in Sochi on Monday. Xi hosted the summit of the group in Beijing.").isEmpty)
        #expect(mediations("""
            Putin and Poroshenko met in Minsk on Wednesday. Belarusian President Alexander Lukashenko hosted the summit.
            """, date: "2015-02-12").contains { $0.actors(in: .mediator) == ["alexander-lukashenko"] && $0.status == .performed })
    }

    @Test func thePairNamedBeforeMayBeCreditedWithMediatingTogether() {
        let found = mediations("""
            Putin met Sheikh Mohamed bin Zayed and Crown Prince Mohammed bin Salman. The two Gulf rulers were credited a year \
            ago with mediating between Moscow and Washington in the prisoner exchange.
            """)
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["mohamed-bin-zayed-al-nahyan", "mohammed-bin-salman"])
        #expect(found.allSatisfy { $0.status == .performed && Set($0.actors(in: .side)) == ["russia", "united-states"] })
    }

    @Test func anOfferToHostTheNextRoundOrThePairIsOfferedMediation() {
        let found = mediations("""
            Colombian negotiators and ELN commanders signed a ceasefire in Havana on Friday. Ecuadorean President Lenin Moreno \
            said he was ready to host the follow-up round.
            """, date: "2019-10-07")
        #expect(found.contains { mediation in
            mediation.actors(in: .mediator) == ["lenín-moreno"] && mediation.status == .offered
                && Set(mediation.actors(in: .side)) == ["colombia", "national-liberation-army-colombia"]
        })
        // Bare "host" without an offer names no act.
        #expect(mediations("""
            Colombian negotiators and ELN commanders signed a ceasefire in Havana on Friday. Ecuador was one of the candidates \
            to host the June 12 summit.
            """).isEmpty)
    }

    @Test func aSideAskingAThirdPartyToIntercedeOrGetInvolvedRequestsMediation() {
        let found = mediations("""
            Argentina and Uruguay have quarrelled over a pulp mill for a year. Argentine President Nestor Kirchner formally asked \
            King Juan Carlos to intercede when the two men met on Saturday.
            """, date: "2006-11-05")
        #expect(found.contains { mediation in
            mediation.actors(in: .mediator) == ["juan-carlos"] && mediation.status == .requested
                && mediation.actors(in: .side).contains("néstor-kirchner")
        })
        let involved = mediations("""
            Japan and South Korea are locked in a trade dispute. Donald Trump said Moon Jae-in had asked him to get involved.
            """, date: "2019-07-19")
        #expect(involved.contains { $0.actors(in: .mediator) == ["donald-trump"] && $0.status == .requested })
        // Without anyone asking, "get involved" is no act.
        #expect(mediations("Japan and South Korea are locked in a trade dispute. Donald Trump may get involved.", date: "2019-07-19").isEmpty)
    }

    @Test func whatPassesThroughAStateMakesItAGoBetweenAndTheChairOfTheTalksMediates() {
        let found = mediations("""
            Talks between Yemen and the Houthis opened on Thursday. The Houthis had received assurances through Kuwait and Oman \
            that the truce would be respected.
            """, date: "2016-04-21")
        for mediator: ActorID in ["kuwait", "oman"] {
            #expect(found.contains { $0.actors(in: .mediator) == [mediator] && Set($0.actors(in: .side)) == ["houthis", "yemen"] }, "\(mediator)")
        }
        let chaired = mediations("""
            North Korea and the United States held talks in Beijing on Monday. China's Wu Dawei chaired the talks.
            """, date: "2005-09-19")
        #expect(chaired.contains { $0.actors(in: .mediator) == ["wu-dawei"] && Set($0.actors(in: .side)) == ["north-korea", "united-states"] })
        #expect(!ExtractionFixture.extract("""
            Yemen and the Houthis agreed a truce. The Houthis had received assurances through Kuwait.
            """, date: "2016-04-21").events.contains { $0.kind == .meeting })
        // A route is no go-between.
        #expect(mediations("Yemen and the Houthis agreed a truce. The delegation travelled through Oman.", date: "2016-04-21").isEmpty)
    }

    @Test func anUnknownNameAfterByLeavesTheMediatorUnknown() {
        let found = mediations("""
            Serbian President Boris Tadic faced Kosovo's President Fatmir Sejdiu across a table in Vienna, in talks convened by \
            Martti Ahtisaari, the former Finnish president.
            """, date: "2006-07-24")
        #expect(!found.contains { $0.actors(in: .mediator).contains("boris-tadić") })
    }

    @Test func helpingEndTheDisputeOrNarrowingTheGapIsAnOffer() {
        for sentence in ["Cyril Ramaphosa said South Africa was ready to help end the dispute.",
                         "Cyril Ramaphosa said South Africa would work to narrow the gap between Moscow and Kyiv.",
                         "Cyril Ramaphosa said South Africa stood ready to help the parties reach a settlement."] {
            let found = mediations("Russia and Ukraine have been at war since February. \(sentence)", date: "2023-06-17")
            #expect(found.contains { mediation in
                mediation.actors(in: .mediator) == ["south-africa"] && mediation.status == .offered
                    && Set(mediation.actors(in: .side)) == ["russia", "ukraine"]
            }, "\(sentence)")
        }
    }

    @Test func aSideWelcomingAMediationRequestsItAndItsPartiesAreNoOneMet() {
        let welcomed = mediations("""
            Saudi Arabia and its allies cut ties with Qatar on Monday. Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman \
            Al Thani said on Tuesday that his government welcomed the Kuwaiti mediation.
            """, date: "2017-06-07")
        #expect(welcomed.contains { $0.actors(in: .mediator) == ["kuwait"] && $0.status == .requested })
        let extraction = ExtractionFixture.extract("""
            Saudi Arabia and its allies cut ties with Qatar on Monday. UN Secretary-General Antonio Guterres welcomed the Kuwaiti \
            mediation between Qatar and Saudi Arabia.
            """, date: "2017-06-07")
        #expect(!extraction.events.contains { $0.kind == .meeting })
        #expect(extraction.events.filter { $0.kind == .mediation }.allSatisfy { $0.actors(in: .mediator) == ["kuwait"] && $0.status == .performed })
    }

    @Test func someonesHelpOfferedOrAskedForIsMediation() {
        let offered = mediations("""
            Russia and Ukraine have been at war since February. Two days later Israeli Prime Minister Naftali Bennett offered \
            Israel's help in a call with Vladimir Putin.
            """, date: "2022-03-01")
        #expect(offered.contains { $0.actors(in: .mediator) == ["israel"] && $0.status == .offered
            && Set($0.actors(in: .side)) == ["russia", "ukraine"] })
        let asked = mediations("""
            Russia and Ukraine have been at war since February. Volodymyr Zelensky asked for the Pope's help in bringing home \
            the children.
            """, date: "2023-05-13")
        #expect(asked.contains { $0.actors(in: .mediator) == ["pope-francis"] && $0.status == .requested })
        // Help welcomed or praised is no offer.
        #expect(mediations("Russia and Ukraine have been at war since February. Ukraine praised Turkey's help.", date: "2022-03-01").isEmpty)
    }

    @Test func aCarrierJoinedToAnEarlierVerbIsItsSubjectAndHandsOverWhereTheSentenceSays() {
        let extraction = ExtractionFixture.extract("""
            South Korea's national security adviser Chung Eui-yong returned from Pyongyang. In March, he and Suh Hoon met \
            Kim Jong-un in Pyongyang and then carried Kim's offer of a summit to Trump at the White House.
            """, date: "2018-09-06")
        let mediations = extraction.events.filter { $0.kind == .mediation }
        #expect(mediations.count == 1)
        #expect(mediations.first?.actors(in: .mediator) == ["chung-eui-yong"] && mediations.first?.status == .performed)
        #expect(Set(mediations.first?.actors(in: .side) ?? []) == ["kim-jong-un", "donald-trump"])
        let meetings = extraction.events.filter { $0.kind == .meeting }
        // "he and Suh": the pronoun joined to the subject is one of it.
        #expect(meetings.contains { Set($0.actors(in: .participant)) == ["chung-eui-yong", "suh-hoon", "kim-jong-un"] && $0.place == "Pyongyang" })
        #expect(meetings.contains { Set($0.actors(in: .participant)) == ["chung-eui-yong", "donald-trump"] && $0.place == "Washington" })
        #expect(!meetings.contains { Set($0.actors(in: .participant)) == ["kim-jong-un", "donald-trump"] })
    }

    @Test func aMessageSentToASeatOfGovernmentOrReportedAfterThatHasItsSides() {
        let asked = mediations("""
            Chung Eui-yong returned from Pyongyang. Kim Jong-un asked Chung to deliver a message to Washington.
            """, date: "2018-09-06")
        #expect(asked.contains { $0.actors(in: .mediator) == ["chung-eui-yong"] && $0.status == .requested
            && Set($0.actors(in: .side)) == ["kim-jong-un", "united-states"] })
        let invitation = mediations("""
            Moon Jae-in's envoys carried Kim Jong-un's invitation for a summit to the White House in March.
            """, date: "2018-05-22")
        #expect(invitation.contains { $0.actors(in: .mediator) == ["moon-jae-in"] && $0.status == .performed
            && Set($0.actors(in: .side)) == ["kim-jong-un", "united-states"] })
        let conveyed = mediations("""
            During a telephone call the day after that summit, Moon Jae-in had conveyed to Shinzo Abe that Kim Jong-un had said \
            he was willing to hold dialogue with Japan at any time.
            """, date: "2018-05-09")
        #expect(conveyed.contains { $0.actors(in: .mediator) == ["moon-jae-in"] && $0.status == .performed
            && Set($0.actors(in: .side)) == ["kim-jong-un", "shinzo-abe"] })
        // Said to someone, with nothing carried, is no mediation.
        #expect(mediations("Moon Jae-in said to Shinzo Abe that Kim Jong-un was willing to talk.", date: "2018-05-09").isEmpty)
    }

    @Test func aClauseAfterSayingHasItsOwnSubject() {
        let found = mediations("""
            North Korea test-fired a missile. Diplomats presented the plan as a way of getting dialogue between Pyongyang and \
            Washington under way, saying Moscow and Beijing stood ready to help both sides take the first steps.
            """, date: "2017-07-04")
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["russia", "china"])
        #expect(found.allSatisfy { Set($0.actors(in: .side)) == ["north-korea", "united-states"] && $0.status == .offered })
    }

    @Test func theMediationOfABodysMembersIsTheBodys() {
        let found = mediations("""
            Ilham Aliyev and Serzh Sargsyan met on Sunday. "We discussed a settlement through direct dialogue between Azerbaijan \
            and Armenia, with the mediation of the co-chairs of the OSCE Minsk Group," Medvedev said.
            """, date: "2008-11-02")
        #expect(found.count == 1)
        #expect(found.first?.actors(in: .mediator) == ["osce"] && Set(found.first?.actors(in: .side) ?? []) == ["azerbaijan", "armenia"])
    }

    @Test func talksBetweenAnUnnamedPartyAndANamedOneTakeTheDocumentsOtherSide() {
        let found = mediations("""
            Colombia and the FARC signed a ceasefire on Thursday. Cuba has hosted talks between the government and the FARC \
            since November 2012, after the negotiations were formally launched in Oslo the previous month.
            """, date: "2016-06-23")
        #expect(found.contains { $0.actors(in: .mediator) == ["cuba"] && Set($0.actors(in: .side)) == ["colombia", "farc"] })
        #expect(!found.contains { $0.actors(in: .side).contains("norway") })
    }

    @Test func theHostOfACeremonyWhereTheSidesShookHandsMediates() {
        let found = mediations("""
            Colombia's government and the FARC signed a ceasefire on Thursday. Juan Manuel Santos and the FARC commander shook \
            hands at a ceremony in the Cuban capital hosted by President Raúl Castro.
            """, date: "2016-06-23")
        #expect(found.contains { $0.actors(in: .mediator) == ["raúl-castro"] && $0.status == .performed
            && Set($0.actors(in: .side)) == ["juan-manuel-santos", "farc"] })
    }

    @Test func anOfferToHostTheMeetingARelativeClauseIsAboutIsBetweenItsParties() {
        let found = mediations("""
            Ilham Aliyev pulled out of the Granada meeting with Nikol Pashinyan, which European Council President Charles Michel \
            had offered to host.
            """, date: "2023-10-05")
        #expect(found.contains { $0.actors(in: .mediator) == ["charles-michel"] && $0.status == .offered
            && Set($0.actors(in: .side)) == ["armenia", "azerbaijan"] })
    }

    @Test func rolesAskedOfANamedKoreanLeaderAndOffersToHelpArrangeOrBreakAnImpasse() {
        let context = "North Korea and the United States have been deadlocked since February."
        // "Moon Jae-in": the "in" that ends the name is no time phrase.
        let relay = mediations("\(context) Kim Jong-un asked Moon Jae-in to convey a message to Donald Trump.", date: "2019-04-12")
        #expect(relay.contains { $0.actors(in: .mediator) == ["moon-jae-in"] && $0.status == .requested
            && Set($0.actors(in: .side)) == ["kim-jong-un", "donald-trump"] })
        let role = mediations("\(context) Donald Trump has asked Moon Jae-in to act as a mediator with North Korea.", date: "2019-04-12")
        #expect(role.contains { $0.actors(in: .mediator) == ["moon-jae-in"] && $0.status == .requested })
        #expect(!role.contains { $0.actors(in: .mediator) == ["donald-trump"] })
        let arrange = mediations("\(context) Moon Jae-in offered to help arrange a third summit between Donald Trump and Kim Jong-un.",
                                 date: "2019-04-12")
        #expect(arrange.contains { $0.actors(in: .mediator) == ["moon-jae-in"] && $0.status == .offered })
        let impasse = mediations("""
            \(context) Moon Jae-in said he would push for a summit to help break the impasse between Washington and Pyongyang.
            """, date: "2019-04-12")
        #expect(impasse.contains { $0.actors(in: .mediator) == ["moon-jae-in"] && Set($0.actors(in: .side)) == ["united-states", "north-korea"] })
        // A role rebuffed is none.
        #expect(mediations("\(context) Kim Jong-un told Moon Jae-in to stop acting as an officious mediator.", date: "2019-04-12").isEmpty)
    }

    @Test func statesJoinedByAHyphenBeforeTalksAreTheirParties() {
        let hosted = mediations("Turkey hosted Russian-Ukrainian talks in Istanbul on Tuesday.", date: "2022-03-30")
        #expect(hosted.contains { $0.actors(in: .mediator) == ["turkey"] && Set($0.actors(in: .side)) == ["russia", "ukraine"] })
        let contacts = mediations("Oman, which hosted secret U.S.-Iranian contacts in 2013, welcomed the deal.", date: "2015-07-14")
        #expect(contacts.contains { $0.actors(in: .mediator) == ["oman"] && Set($0.actors(in: .side)) == ["united-states", "iran"] })
        // Before a common noun they only describe: "the Russian-Ukrainian border" names no event.
        let border = extract("The Russian-Ukrainian border remained tense.", date: "2022-03-30")
        #expect(border.events.allSatisfy { $0.kind == .cooccurrence })
        // A city naming a building is a place, not its country: "at a Vienna hotel".
        let hotel = extract("Mohammad Javad Zarif and John Kerry met at a Vienna hotel on Monday.", date: "2015-07-14")
        #expect(hotel.events.contains { $0.kind == .meeting && Set($0.actors.map(\.actor)) == ["mohammad-javad-zarif", "john-kerry"] && $0.place == "Vienna" })
    }

    @Test func thoseWhoseHelpAMediationHadMediateToo() {
        let found = mediations("""
            Israel and Hamas fought for eleven days. The truce was mediated by Egypt, with help from Qatar and the United Nations.
            """, date: "2021-05-21")
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["egypt", "qatar", "united-nations"])
        #expect(found.allSatisfy { Set($0.actors(in: .side)) == ["israel", "hamas"] })
    }

    @Test func theNorthAndTheSouthAreTheKoreasAndAJourneysDestinationReceivesWhatIsCarried() {
        let relay = mediations("""
            North Korea and the United States exchanged threats for months. South Korean envoys will travel to Washington to \
            relay the North's message.
            """, date: "2018-03-08")
        #expect(relay.contains { $0.actors(in: .mediator) == ["south-korea"] && $0.status == .offered
            && Set($0.actors(in: .side)) == ["north-korea", "united-states"] })
        // Only in a document that names a Korea: "the North" of another country is none.
        let elsewhere = extract("Sudan and South Sudan signed a deal. The North agreed to reopen the border.", date: "2012-09-27")
        #expect(!elsewhere.actors.contains { $0.id == "north-korea" })
    }

    @Test func guestsBroughtMayHaveInitialismsOrBeBroughtToANamedVenue() throws {
        let found = mediations("""
            French President Emmanuel Macron said on Monday he hoped to bring U.S. President Donald Trump and Hassan \
            Rouhani together within weeks.
            """, date: "2019-08-26")
        #expect(found.contains { $0.status == .offered && $0.actors.first?.actor == "emmanuel-macron"
            && Set($0.actors.dropFirst().map(\.actor)) == ["donald-trump", "hassan-rouhani"] })
        let wye = mediations("""
            Bill Clinton brought Mahmoud Abbas and Benjamin Netanyahu to the Wye River Plantation in October 1998 for nine days of talks.
            """, date: "2000-07-25")
        #expect(wye.contains { $0.status == .performed && $0.actors.first?.actor == "bill-clinton" })
    }

    @Test func aHostBringingTogetherTwoLeadersMediates() throws {
        let found = mediations("""
            Bill Clinton opened the summit on July 11 at the presidential retreat, bringing together Israeli Prime \
            Minister Ehud Barak and Palestinian leader Yasser Arafat.
            """, date: "2000-07-25")
        let mediation = try #require(found.first)
        #expect(mediation.status == .performed && mediation.actors.first?.actor == "bill-clinton" && mediation.actors.count == 3)
    }

    @Test func helpingBothCountriesWithSomethingElseIsNoMediation() {
        let found = mediations("""
            George W. Bush met Luiz Inacio Lula da Silva in Sao Paulo. Bush said ethanol would help both countries cut \
            pollution and reduce their dependence on oil from Venezuela.
            """, date: "2007-03-09")
        #expect(found.isEmpty)
        let steps = mediations("""
            Russian and Chinese diplomats said Moscow and Beijing stood ready to help both sides take the first steps \
            towards talks between Pyongyang and Washington.
            """, date: "2017-07-04")
        #expect(steps.contains { $0.status == .offered && $0.actors.first?.actor == "russia" })
    }

    @Test func helpToReviveStalledTalksBetweenTwoSidesIsAnOfferOfTheOneWhoSaysHeWill() throws {
        let found = mediations("""
            South Korean President Moon Jae-in said Monday he will push for a fourth summit with North Korean leader \
            Kim Jong-un to help revive stalled nuclear negotiations between Pyongyang and Washington.
            """, date: "2019-04-15")
        let offer = try #require(found.first)
        #expect(offer.status == .offered && offer.actors.map(\.actor) == ["moon-jae-in", "north-korea", "united-states"])
    }

    @Test func talksBetweenTwoSidesHostedByAThirdAreItsMediation() {
        let found = mediations("""
            Pope Francis met Raul Castro in Havana. The secret negotiations between Cuba and the United States were hosted by Canada.
            """, date: "2015-09-20")
        #expect(found.contains { $0.status == .performed && $0.actors.map(\.actor) == ["canada", "cuba", "united-states"] })
        let venue = mediations("""
            North Korea and the United States held working-level talks in Stockholm on October 5. Kim Myong-gil said North \
            Korea appreciated Sweden for providing the venue for the October talks.
            """, date: "2019-11-19")
        #expect(venue.contains { $0.actors.first?.actor == "sweden" })
    }

    @Test func askingAThirdPartyForHelpRequestsItsMediation() {
        let asked = mediations("Australia has no embassy in North Korea. Canberra had asked Sweden for help.", date: "2019-07-04")
        #expect(asked.contains { $0.status == .requested && $0.actors.map(\.actor) == ["sweden", "australia", "north-korea"] })
        #expect(mediations("Australia has no embassy in North Korea. Canberra had appealed for help.", date: "2019-07-04").isEmpty)
    }

    @Test func gladOrReadyToHostTheMeetingOfTwoOffersToMediate() {
        for wording in ["was glad to host the meeting", "is ready to host the summit"] {
            let found = mediations("""
                Vladimir Putin and Donald Trump will meet in Helsinki on July 16. Sauli Niinisto said Finland \(wording).
                """, date: "2018-06-28")
            #expect(found.contains { $0.status == .offered && $0.actors.map(\.actor) == ["finland", "russia", "united-states"] })
        }
    }

    @Test func theCountryOfADatelineCityIsNoMediatorAndHeAndATitledNameMeetTogether() throws {
        let x = extract("""
            Lviv (Ukraine) (AFP) - Turkish President Recep Tayyip Erdogan offered on Thursday to help bring Russia and \
            Ukraine back to the negotiating table as he and UN Secretary-General Antonio Guterres met Ukrainian President \
            Volodymyr Zelensky in the western city of Lviv.
            """, date: "2022-08-18")
        let offer = try #require(x.events.first { $0.kind == .mediation })
        #expect(offer.actors.map(\.actor) == ["recep-tayyip-erdoğan", "russia", "ukraine"])
        #expect(x.events.contains { $0.kind == .meeting
            && Set($0.actors.map(\.actor)) == ["recep-tayyip-erdoğan", "antónio-guterres", "volodymyr-zelensky"] })
    }

    @Test func mediatorsFromABodyAreItsMediationAndItsNameIsNoPlace() throws {
        let x = extract("""
            Robert Kocharyan and Ilham Aliyev met in Key West on Tuesday, with mediators from the Minsk Group moving \
            between the two delegations.
            """, date: "2001-04-07")
        let mediation = try #require(x.events.first { $0.kind == .mediation })
        #expect(mediation.actors.map(\.actor) == ["osce", "robert-kocharyan", "ilham-aliyev"] && mediation.status == .performed)
        #expect(!x.events.contains { $0.place == "Minsk" })
    }

    @Test func aStateAskedByItsPeopleToDeliverASuggestionIsRequested() throws {
        let found = mediations("Kim Myong-gil said Washington had asked the Swedish side to deliver the suggestion to Pyongyang.",
                               date: "2019-11-19")
        let request = try #require(found.first)
        #expect(request.status == .requested && request.actors.map(\.actor) == ["sweden", "united-states", "north-korea"])
    }

    @Test func readyToHelpTwoNamedSidesIsAnOffer() throws {
        let found = mediations("Sweden has said it stands ready to help Washington and Pyongyang if asked.", date: "2018-03-21")
        let offer = try #require(found.first)
        #expect(offer.status == .offered && offer.actors.map(\.actor) == ["sweden", "united-states", "north-korea"])
        #expect(mediations("Sweden helped Washington and Pyongyang.", date: "2018-03-21").isEmpty)
    }

    @Test func convenedOrOrganisedTalksOfTwoSidesAreAMediation() {
        let convened = mediations("The United Nations convened a meeting of Ethiopia and Egypt in New York on Monday.", date: "2020-06-01")
        #expect(convened.contains { $0.actors.map(\.actor) == ["united-nations", "ethiopia", "egypt"] && $0.status == .performed })
        let organised = mediations("Turkey organised the talks between Russia and Ukraine in Istanbul on Tuesday.", date: "2020-06-01")
        #expect(organised.contains { $0.actors.map(\.actor) == ["turkey", "russia", "ukraine"] })
    }

    @Test func mediatorsFromTwoStatesAreEachAMediator() {
        let found = mediations("""
            Israel and Hamas agreed to a truce on Saturday. Mediators from Egypt and Qatar met Hamas officials in Cairo on Sunday.
            """, date: "2020-06-01")
        #expect(Set(found.compactMap { $0.actors.first?.actor }) == ["egypt", "qatar"])
        #expect(found.allSatisfy { Set($0.actors.dropFirst().map(\.actor)) == ["hamas", "israel"] })
    }

    /// The state an official serves, or the actor itself.
    func state(_ id: ActorID) -> ActorID { ExtractionFixture.extractor.dictionary.entry(for: id)?.actor.affiliation ?? id }

    @Test func bringingTwoSidesTogetherIsDoneWhenAPastVerbGovernsIt() {
        for (body, status) in [("Turkey played a key role in bringing Russia and Ukraine together.", EventStatus.performed),
                               ("Turkey was instrumental in bringing Russia and Ukraine to the negotiating table.", .performed),
                               ("Erdogan hopes to succeed in bringing Putin and Zelensky together.", .offered)] {
            let found = mediations(body)
            #expect(found.count == 1, "\(body)")
            #expect(found.first?.status == status, "\(body)")
            #expect(found.first.map { Set($0.actors(in: .side).map(state)) } == ["russia", "ukraine"], "\(body)")
        }
    }

    @Test func theOneThankedForItsHelpMediatedBetweenTheSidesNamed() throws {
        let mediation = try #require(mediations("""
            The United States thanked Qatar for its help in securing the release of the prisoners held by Iran.
            """).first)
        #expect(mediation.actors(in: .mediator) == ["qatar"])
        #expect(Set(mediation.actors(in: .side)) == ["united-states", "iran"])
        #expect(mediation.status == .performed)
        // Asking for help is not having it.
        #expect(mediations("Iran and Saudi Arabia are at odds. Zelensky criticised China for its role in the war.").isEmpty)
    }

    @Test func eachOfTwoThankedForTheirRolesMediatedAndTheProtectedIsASide() {
        let found = mediations("""
            North Korea handed the soldier over on Wednesday. In a statement, Jake Sullivan thanked the government of Sweden for \
            its diplomatic role as the protecting power for the United States in North Korea, and the Chinese government for its \
            assistance in facilitating the soldier's transit.
            """, date: "2023-09-28").filter { $0.status == .performed }
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["sweden", "china"])
        for mediation in found {
            #expect(Set(mediation.actors(in: .side).map(state)) == ["united-states", "north-korea"])
        }
    }

    @Test func interlocutorsChannelsHostsAndTalksThroughAThirdPartyMediate() {
        for (body, mediator) in [("Sweden has been the primary interlocutor between the United States and North Korea.", "sweden"),
                                 ("Qatar is acting as a channel of communication between the United States and Iran.", "qatar"),
                                 ("Saudi Arabia played host to talks between Russia and Ukraine last week.", "saudi-arabia"),
                                 ("Russia and Ukraine held indirect talks through Saudi Arabia.", "saudi-arabia")] as [(String, ActorID)] {
            let mediation = mediations(body).first
            #expect(mediation?.actors(in: .mediator) == [mediator], "\(body)")
            #expect(mediation?.status == .performed, "\(body)")
        }
    }

    @Test func helpIfAskedIsAnOfferAndActingAtTheRequestOfBothIsARequest() {
        let offered = mediations("""
            Japan and South Korea are locked in a bitter trade dispute. Trump said on Friday he was ready to help if both \
            countries wanted him to.
            """, date: "2019-07-20")
        #expect(offered.map { $0.actors(in: .mediator) } == [["donald-trump"]])
        #expect(offered.first.map { Set($0.actors(in: .side)) } == ["japan", "south-korea"])
        #expect(offered.first?.status == .offered)
        let requested = mediations("China acted at the request of both the United States and North Korea, a spokeswoman said.")
        #expect(requested.map { $0.actors(in: .mediator) } == [["china"]])
        #expect(requested.first?.status == .requested)
    }

    @Test func aSideAsksAThirdPartyToPassAMessageAndATitledSendersMessageIsCarried() throws {
        let asked = try #require(mediations("Russia asked Turkey to pass a message to Ukraine.").first)
        #expect(asked.actors(in: .mediator) == ["turkey"])
        #expect(asked.status == .requested)
        let carried = try #require(mediations("Japan delivered U.S. President Donald Trump's message to Iran.", date: "2019-06-15").first)
        #expect(carried.actors(in: .mediator) == ["japan"])
        #expect(Set(carried.actors(in: .side).map(state)) == ["united-states", "iran"])
    }

    @Test func theTwoKoreasAreTheSidesAfterBetweenAndASidesOwnEffortsAreNoMediation() {
        let found = mediations("""
            North Korea shelled a South Korean island last month. China has also offered to host emergency consultations \
            of the chief envoys to the six-party talks to ease tension between the two Koreas.
            """, date: "2010-12-09")
        #expect(found.map { $0.actors(in: .mediator) } == [["china"]])
        #expect(found.first.map { Set($0.actors(in: .side)) } == ["north-korea", "south-korea"])
        #expect(mediations("""
            South Korean President Park Geun-hye met North Korean officials. The United States supported Ms Park's efforts to improve relations \
            between the two Koreas.
            """, date: "2015-08-25").isEmpty)
    }

    @Test func aSideCallingForMediationAsksTheOneItHopesWillActAndRefusedMediationIsNone() throws {
        let found = mediations("""
            Egypt and Ethiopia are at odds over the dam. Talks stalled last month, after which Cairo called for international \
            mediation and said it hoped Washington would play an active role.
            """, date: "2019-11-06")
        let request = try #require(found.first)
        #expect(found.count == 1)
        #expect(request.actors(in: .mediator) == ["united-states"])
        #expect(Set(request.actors(in: .side)) == ["egypt", "ethiopia"])
        #expect(request.status == .requested)
        #expect(mediations("Egypt called for international mediation in its dispute with Ethiopia.").isEmpty)
        #expect(mediations("Egypt and Ethiopia are at odds over the dam. Addis Ababa had long rejected outside mediation.").isEmpty)
    }

    @Test func consultationsWithBothSidesAndSeekingTheAgreementOfBothAreAThirdPartyAtWork() {
        for (body, status) in [("Grossi said his consultations with both sides would continue in the coming days.", EventStatus.offered),
                               ("Grossi held consultations with both sides on Monday.", .performed),
                               ("Grossi has been seeking the agreement of both Moscow and Kiev to a protection zone.", .performed)] {
            let found = mediations("Russia and Ukraine blame each other for shelling the plant. " + body, date: "2022-10-11")
            #expect(found.map { $0.actors(in: .mediator) } == [["rafael-grossi"]], "\(body)")
            #expect(found.first.map { Set($0.actors(in: .side)) } == ["russia", "ukraine"], "\(body)")
            #expect(found.first?.status == status, "\(body)")
        }
    }

    @Test func anOfferToHelpIsAnOfferBetweenTheDocumentsSidesUnlessItHelpsWithSomethingElse() {
        for body in ["China offered to help.", "China called on both to resume dialogue and offered to help."] {
            let found = mediations("The United States and North Korea traded threats. " + body, date: "2019-06-15")
            #expect(found.map { $0.actors(in: .mediator) } == [["china"]], "\(body)")
            #expect(found.first.map { Set($0.actors(in: .side)) } == ["north-korea", "united-states"], "\(body)")
            #expect(found.first?.status == .offered, "\(body)")
        }
        #expect(mediations("The United States and North Korea traded threats. China offered to help rebuild the port.").isEmpty)
    }

    @Test func theOneAskedAfterTimeWordsAParticleOrAnInvitationIsAskedToMediate() {
        let asked = [
            ("Armenia called on Russia on Monday to act as a mediator with Azerbaijan.", "russia", ["armenia", "azerbaijan"]),
            ("Ukraine urged Turkey on Monday to help arrange talks with Russia.", "turkey", ["ukraine", "russia"]),
            ("Ethiopia has invited Kenya to mediate between it and Eritrea.", "kenya", ["ethiopia", "eritrea"]),
            ("Pakistan appealed to the United States on Monday to intervene with India.", "united-states", ["pakistan", "india"]),
        ] as [(String, ActorID, Set<ActorID>)]
        for (sentence, mediator, sides) in asked {
            let found = mediations(sentence, date: "2023-05-10")
            #expect(found.map { $0.actors(in: .mediator) } == [[mediator]], "\(sentence)")
            #expect(found.map { Set($0.actors(in: .side)) } == [sides], "\(sentence)")
            #expect(found.allSatisfy { $0.status == .requested }, "\(sentence)")
        }
    }

    @Test func aPartPlayedInBrokeringIsMediationDone() throws {
        let mediation = try #require(mediations("""
            The United States played a key role in brokering the ceasefire between India and Pakistan on Saturday.
            """, date: "2025-05-12").first)
        #expect(mediation.actors(in: .mediator) == ["united-states"])
        #expect(mediation.status == .performed)
    }

    @Test func aDemonymBeforeAuspicesIsTheMediatorNotASide() {
        let found = mediations("Ethiopia and Eritrea signed the agreement on Sunday under Saudi auspices.", date: "2018-09-18")
        #expect(found.map { $0.actors(in: .mediator) } == [["saudi-arabia"]])
        expectPerformed(found, between: ["ethiopia", "eritrea"])
    }

    @Test func aPhraseThatOpensTheSentenceHoldsTheAgentAndTheSubjectAfterItsCommaTheSides() {
        let brokered = mediations("""
            Under a deal brokered by Washington, Israel and the United Arab Emirates agreed to normalise relations on Thursday.
            """, date: "2020-08-14")
        #expect(brokered.map { $0.actors(in: .mediator) } == [["united-states"]])
        expectPerformed(brokered, between: ["israel", "united-arab-emirates"])
        let helped = mediations("""
            With the help of the Vatican, the United States and Cuba agreed on Wednesday to restore diplomatic ties.
            """, date: "2014-12-18")
        #expect(helped.map { $0.actors(in: .mediator) } == [["holy-see"]])
        expectPerformed(helped, between: ["united-states", "cuba"])
    }

    @Test func aThirdPartyWitnessingTheSigningMediatesButTheSignatoriesDoNot() {
        let acting = mediations("""
            Ethiopia and Eritrea signed the accord in Addis Ababa on Tuesday, with Kenya acting as witness.
            """, date: "2000-12-14")
        #expect(acting.map { $0.actors(in: .mediator) } == [["kenya"]])
        expectPerformed(acting, between: ["ethiopia", "eritrea"])
        let witnessed = mediations("Kenya witnessed the signing of the accord between Ethiopia and Eritrea on Tuesday.", date: "2000-12-14")
        #expect(witnessed.map { $0.actors(in: .mediator) } == [["kenya"]])
        expectPerformed(witnessed, between: ["ethiopia", "eritrea"])
        #expect(mediations("""
            Xi Jinping and Vladimir Putin held talks in Moscow on Tuesday and witnessed the signing of 14 agreements.
            """, date: "2023-03-22").isEmpty)
    }

    @Test func aSidesResponseOrReplyConveyedToTheOtherIsCarried() {
        let found = mediations("""
            Israel and Lebanon are at odds over the border. The UN envoy conveyed Israel's response to Lebanon on Tuesday,             and Egyptian officials relayed Lebanon's reply to Israel on Wednesday.
            """, date: "2022-10-07")
        #expect(found.map { $0.actors(in: .mediator) } == [["united-nations"], ["egypt"]])
        expectPerformed(found, between: ["israel", "lebanon"])
    }

    @Test func playingHostToTheTalksOrProvidingAPlatformForThemIsMediation() {
        let hosted = mediations("Kenya played host to the talks between Ethiopia and Eritrea last week.", date: "2023-05-10")
        #expect(hosted.map { $0.actors(in: .mediator) } == [["kenya"]])
        expectPerformed(hosted, between: ["ethiopia", "eritrea"])
        let platform = mediations("""
            Austria is ready to provide a platform for negotiations between Russia and the United States, Kurz said.
            """, date: "2018-06-06")
        #expect(platform.map { $0.actors(in: .mediator) } == [["austria"]])
        #expect(platform.map(\.status) == [.offered])
    }

    @Test func mediationSoughtIsRequestedButMediationTriedIsDone() {
        let sought = mediations("Ethiopia sought Kenyan mediation in its dispute with Eritrea on Monday.", date: "2023-05-10")
        #expect(sought.map { $0.actors(in: .mediator) } == [["kenya"]])
        #expect(sought.map(\.status) == [.requested])
        let tried = mediations("Kenya sought to mediate between Ethiopia and Eritrea on Monday.", date: "2023-05-10")
        #expect(tried.map(\.status) == [.performed])
    }

    @Test func aMessageBroughtOrTransmittedByAThirdPartyIsCarried() {
        for verb in ["brought", "transmitted"] {
            let found = mediations("Sergey Lavrov \(verb) a message from Kim Jong-un to Moon Jae-in on Saturday.", date: "2018-06-02")
            #expect(found.map { $0.actors(in: .mediator) } == [["sergey-lavrov"]], "\(verb)")
            #expect(found.map { Set($0.actors(in: .side)) } == [["kim-jong-un", "moon-jae-in"]], "\(verb)")
            #expect(found.map(\.status) == [.performed], "\(verb)")
        }
        #expect(mediations("India and Pakistan are at odds. Putin had offered to bring the two neighbours together.", date: "2002-06-04")
            .map(\.status) == [.offered])
    }

    @Test func aThirdPartyBriefingOneSideOnItsTalksWithTheOtherCarriesWordBetweenThem() throws {
        let found = extract("Wang Yi briefed Antony Blinken in Washington on Friday on his talks with Kim Jong-un.", date: "2023-05-12").events
        let mediation = try #require(found.first { $0.kind == .mediation })
        #expect(mediation.actors(in: .mediator) == ["wang-yi"])
        #expect(Set(mediation.actors(in: .side)) == ["antony-blinken", "kim-jong-un"])
        #expect(mediation.status == .performed)
        #expect(found.contains { $0.kind == .meeting && Set($0.actors.map(\.actor)) == ["wang-yi", "antony-blinken"] })
        #expect(mediations("Antony Blinken briefed Joe Biden on Friday on his talks with Wang Yi.", date: "2023-05-12").isEmpty)
    }

    @Test func aBriefingOnTalksNamedByTheirPlaceCarriesWordToTheOtherSideAndIsNotHeldThere() throws {
        for text in ["Chinese Foreign Minister Li Zhaoxing briefed Colin Powell on the Pyongyang talks on Wednesday.",
                     "Chinese Foreign Minister Li Zhaoxing briefed Colin Powell by telephone on Wednesday on his talks in Pyongyang."] {
            let found = extract(text, date: "2003-07-18").events
            let mediation = try #require(found.first { $0.kind == .mediation }, "\(text)")
            #expect(mediation.actors(in: .mediator) == ["li-zhaoxing"], "\(text)")
            #expect(Set(mediation.actors(in: .side)) == ["colin-powell", "north-korea"], "\(text)")
            #expect(mediation.status == .performed, "\(text)")
            #expect(mediation.date == Day("2003-07-16"), "\(text)")
            #expect(found.allSatisfy { $0.place != "Pyongyang" }, "\(text)")
        }
        #expect(mediations("Colin Powell briefed George W. Bush on the Washington talks on Wednesday.", date: "2003-07-18").isEmpty)
    }

    @Test func aMessageOwnedByALongNameIsStillCarried() throws {
        let mediation = try #require(mediations("""
            Indonesian President Megawati Sukarnoputri conveyed South Korean President Kim Dae-jung's message to Kim Jong-il on Friday.
            """, date: "2002-03-30").first)
        #expect(mediation.actors(in: .mediator) == ["megawati-sukarnoputri"])
        #expect(Set(mediation.actors(in: .side)) == ["kim-dae-jung", "kim-jong-il"])
        #expect(mediation.status == .performed)
    }

    @Test func aMessageCarriedFromOneSideByAParticipleIsForTheOneItsClauseMet() throws {
        for text in ["Indonesian President Megawati Sukarnoputri met Kim Jong-il on Friday, carrying a message from Kim Dae-jung.",
                     "Indonesian President Megawati Sukarnoputri met Kim Jong-il on Friday and delivered a message from Kim Dae-jung."] {
            let mediation = try #require(mediations(text, date: "2002-03-30").first, "\(text)")
            #expect(mediation.actors(in: .mediator) == ["megawati-sukarnoputri"], "\(text)")
            #expect(Set(mediation.actors(in: .side)) == ["kim-dae-jung", "kim-jong-il"], "\(text)")
            #expect(mediation.status == .performed, "\(text)")
        }
        // Messages "between" two are the pair's, not the met one's.
        let shuttle = mediations("""
            Marty Natalegawa met Hun Sen in Phnom Penh on Monday and Abhisit Vejjajiva in Bangkok on Tuesday, carrying messages between \
            the two leaders.
            """, date: "2011-02-22")
        #expect(shuttle.map { Set($0.actors(in: .side)) } == [["hun-sen", "abhisit-vejjajiva"]])
    }

    @Test func ideasCarriedFromOneSideToTheOtherAndDialoguePromotedBetweenTwoAreMediation() throws {
        let ideas = try #require(mediations("""
            Bill Clinton will carry ideas from Israeli Prime Minister Ehud Barak to Syrian President Hafez al-Assad in Geneva on Sunday.
            """, date: "2000-03-25").first)
        #expect(ideas.actors(in: .mediator) == ["bill-clinton"])
        #expect(Set(ideas.actors(in: .side)) == ["ehud-barak", "hafez-al-assad"])
        #expect(ideas.status == .offered)
        let dialogue = try #require(mediations("""
            Russia is ready to keep up its efforts to promote dialogue between North Korea and the United States, Igor Ivanov said.
            """, date: "2003-01-21").first)
        #expect(dialogue.actors(in: .mediator) == ["russia"])
        #expect(Set(dialogue.actors(in: .side)) == ["north-korea", "united-states"])
        #expect(dialogue.status == .offered)
    }

    @Test func talksHostedWithTheirVenueBetweenThemAndTheHostAreTheHostsMediation() throws {
        let summit = try #require(mediations("""
            Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas agreed on Tuesday to stop the violence, at a summit \
            in the seaside resort hosted by Hosni Mubarak.
            """, date: "2005-02-08").first)
        #expect(summit.actors(in: .mediator) == ["hosni-mubarak"])
        #expect(Set(summit.actors(in: .side)) == ["ariel-sharon", "mahmoud-abbas"])
        #expect(summit.status == .performed)
        let chaired = mediations("""
            Armenia and Azerbaijan resumed talks in Geneva on Monday. The talks at the Palais des Nations are co-chaired by the \
            European Union and the OSCE.
            """, date: "2009-03-02")
        #expect(Set(chaired.flatMap { $0.actors(in: .mediator) }) == ["european-union", "osce"])
        #expect(chaired.allSatisfy { Set($0.actors(in: .side)) == ["armenia", "azerbaijan"] })
        // A gathering hosted with no two sides in sight is none.
        #expect(mediations("Leaders attended a summit in the capital hosted by Hosni Mubarak on Tuesday.", date: "2005-02-08").isEmpty)
    }

    @Test func countriesActingAsGuarantorsMediateTheTalksTheyAttend() throws {
        let found = mediations("""
            Colombia and the ELN restarted peace talks in Caracas on Monday. The delegations sat down at a hotel with envoys from Cuba \
            and Norway, which are acting as guarantor countries.
            """, date: "2022-11-21")
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["cuba", "norway"])
        #expect(found.allSatisfy { Set($0.actors(in: .side)) == ["colombia", "national-liberation-army-colombia"] && $0.status == .performed })
    }

    @Test func anOfferToHostTalksAfterAnOfferToMediateIsTheSameOffer() throws {
        let found = mediations("""
            Swiss President Doris Leuthard said on Monday that her country was ready to act as a mediator between Pyongyang and \
            Washington and could host talks between them.
            """, date: "2017-09-04")
        #expect(found.count == 1)
        #expect(found.first?.actors(in: .mediator) == ["doris-leuthard"])
        #expect(Set(found.first?.actors(in: .side) ?? []) == ["north-korea", "united-states"])
        #expect(found.first?.status == .offered)
    }

    @Test func askingAThirdPartyToHelpReopenDialogueWithTheOtherSideIsARequest() throws {
        let found = mediations("""
            South Korean President Lee Jae-myung asked Chinese President Xi Jinping on Saturday to help reopen dialogue with North Korea.
            """, date: "2025-11-01")
        let request = try #require(found.first)
        #expect(request.actors(in: .mediator) == ["xi-jinping"])
        #expect(Set(request.actors(in: .side)) == ["lee-jae-myung", "north-korea"])
        #expect(request.status == .requested)
        #expect(mediations("Lee Jae-myung said he would help reopen dialogue with North Korea.", date: "2025-11-01").isEmpty)
    }

    @Test func aSummitOfferCarriedIsNoSummitOfTheCarrier() throws {
        let x = extract("Former U.S. President Jimmy Carter carried a summit offer from Kim Il-sung to Seoul in 1994.", date: "2011-04-28")
        let mediation = try #require(x.events.first { $0.kind == .mediation })
        #expect(mediation.actors(in: .mediator) == ["jimmy-carter"])
        #expect(Set(mediation.actors(in: .side)) == ["kim-il-sung", "south-korea"])
        #expect(!x.events.contains { [.meeting, .talks].contains($0.kind) && $0.actors.contains { $0.actor == "kim-il-sung" } })
    }

    @Test func shuttleDiplomacyTakenUpAgainByTheTwoIsTheirOwnVisits() {
        #expect(mediations("""
            Yoon Suk-yeol met Fumio Kishida in Seoul. The two leaders restored "shuttle diplomacy" last year, \
            keeping up ties with the United States and China.
            """, date: "2024-09-06").isEmpty)
    }

    @Test func urgingAStateToUseItsTiesWithAnotherAsksItToMediate() throws {
        let mediation = try #require(mediations("""
            U.S. officials have urged Brazil to use its ties with Tehran to press it to accept the fuel plan.
            """, date: "2009-11-23").first)
        #expect(mediation.actors(in: .mediator) == ["brazil"])
        #expect(Set(mediation.actors(in: .side)) == ["united-states", "iran"])
        #expect(mediation.status == .requested)
    }

    @Test func authorisingSomeoneToFacilitateAsksThemTo() throws {
        let mediation = try #require(mediations("Alvaro Uribe authorized Hugo Chavez to act as a facilitator with the FARC.",
                                                date: "2008-01-10").first)
        #expect(mediation.actors(in: .mediator) == ["hugo-chávez"])
        #expect(Set(mediation.actors(in: .side)) == ["álvaro-uribe", "farc"])
        #expect(mediation.status == .requested)
    }

    @Test func governmentsNamedByTheirDemonymsMediateTogether() {
        let found = mediations("""
            Armenia and Azerbaijan agreed to a truce on Tuesday after talks mediated by the Russian and French governments.
            """, date: "2020-11-10")
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["russia", "france"])
        #expect(found.allSatisfy { Set($0.actors(in: .side)) == ["armenia", "azerbaijan"] && $0.status == .performed })
    }

    @Test func theOneAskedMayBeDescribedBetweenCommas() throws {
        for described in ["the North's oldest ally", "Pyongyang's oldest ally"] {
            let mediation = try #require(mediations("""
                Seoul has urged Moscow, \(described), to use its influence to bring the North back to talks.
                """, date: "2017-09-05").first)
            #expect(mediation.actors(in: .mediator) == ["russia"])
            #expect(Set(mediation.actors(in: .side)) == ["south-korea", "north-korea"])
            #expect(mediation.status == .requested)
        }
    }

    @Test func effortsDescribedAfterTheirOwnersPossessiveAreTheOwners() throws {
        let mediation = try #require(mediations("""
            The African Union voiced support for Kenya's continuing efforts to mediate between Ethiopia and Eritrea.
            """, date: "2018-06-10").first)
        #expect(mediation.actors(in: .mediator) == ["kenya"])
        #expect(Set(mediation.actors(in: .side)) == ["ethiopia", "eritrea"])
    }

    @Test func thoseAMediatorLedAPanelOfMediatorsWithAreNoSides() {
        let found = mediations("""
            The deal was announced by former Nigerian President Olusegun Obasanjo, who led a panel of mediators with \
            former Kenyan President Uhuru Kenyatta. Ethiopia and the TPLF agreed to end the war.
            """, date: "2022-11-02")
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["olusegun-obasanjo", "uhuru-kenyatta"])
        #expect(!found.contains { $0.actors(in: .side).contains("uhuru-kenyatta") })
    }

    @Test func talksARelativeClauseDescribesBeforeHostedByAreTheHosts() throws {
        let found = mediations("""
            Negotiators of Colombia and the ELN ended their talks on Friday. The round, which began in the capital on \
            Feb. 13, was hosted by Mexico.
            """, date: "2023-03-10")
        let mexico = try #require(found.first)
        #expect(mexico.actors(in: .mediator) == ["mexico"])
        expectPerformed(found, between: ["colombia", "national-liberation-army-colombia"])
        #expect(mexico.date == Day("2023-02-13"))
    }

    @Test func talksHostedFirstByOneAndThenByAnotherHaveTwoHosts() {
        let found = mediations("""
            Earlier talks between Colombia and the ELN, hosted first by Ecuador and then by Cuba, broke down in 2019.
            """, date: "2023-03-10")
        #expect(Set(found.flatMap { $0.actors(in: .mediator) }) == ["ecuador", "cuba"])
        expectPerformed(found, between: ["colombia", "national-liberation-army-colombia"])
    }

    @Test func aMediationDoneAtTheSidesRequestWasAskedForToo() {
        let found = mediations("""
            Sweden provided the venue for talks between Japan and North Korea at the request of the two governments.
            """, date: "2014-03-03")
        #expect(Set(found.compactMap(\.status)) == [.performed, .requested])
        #expect(found.allSatisfy { $0.actors(in: .mediator) == ["sweden"] && Set($0.actors(in: .side)) == ["japan", "north-korea"] })
    }

    @Test func aFacilitatorsRoleBroughtToAnEndIsNoMediation() {
        let found = mediations("""
            Chavez mediated between Colombia and the FARC in 2007. Uribe had ended Chavez's role as a facilitator in \
            November 2007.
            """, date: "2009-02-05")
        #expect(found.map(\.evidence.sentence) == [0])
    }

    @Test func helpingItsTwoAlliesIsAnOfferBetweenThem() throws {
        let found = mediations("""
            Greece and Turkey pulled back their warships on Wednesday. A spokesman said the United States was ready to \
            help its two allies resolve their differences.
            """, date: "1996-01-31")
        let offer = try #require(found.first)
        #expect(offer.actors(in: .mediator) == ["united-states"])
        #expect(Set(offer.actors(in: .side)) == ["greece", "turkey"])
        #expect(offer.status == .offered)
    }

    @Test func askingToUseACapitalsInfluenceIsARequest() throws {
        let found = mediations("Moon Jae-in asked Xi Jinping to use Beijing's influence with Pyongyang to bring it back to talks.",
                               date: "2017-05-19")
        let request = try #require(found.first)
        #expect(request.status == .requested)
        #expect(request.actors(in: .mediator) == ["xi-jinping"])
        #expect(Set(request.actors(in: .side)) == ["moon-jae-in", "north-korea"])
    }

    @Test func talksUnderAThirdPartysChairmanshipAreItsMediation() throws {
        let found = mediations("""
            North Korea and the United States disagree over the nuclear program. Their envoys met in Beijing under the \
            chairmanship of China on Monday.
            """, date: "2008-07-10")
        let china = try #require(found.first)
        #expect(china.actors(in: .mediator) == ["china"])
        #expect(Set(china.actors(in: .side)) == ["north-korea", "united-states"])
        #expect(china.status == .performed && china.date == Day("2008-07-07"))
        // A chair of an organisation is no mediator.
        #expect(mediations("""
            Kagame met Xi Jinping. Kagame, who holds the rotating chairmanship of the African Union, said China dealt \
            with Africa as an equal.
            """, date: "2018-07-23").isEmpty)
    }

    @Test func helpingTwoNeighboursDrawTheirBorderIsAnOffer() throws {
        let offer = try #require(mediations("""
            Bahrain and Qatar have quarrelled for decades over the Hawar islands. The Saudi foreign minister said Riyadh \
            was ready to help the two neighbours demarcate their maritime boundary.
            """, date: "2012-06-20").first)
        #expect(offer.actors(in: .mediator) == ["saudi-arabia"])
        #expect(Set(offer.actors(in: .side)) == ["bahrain", "qatar"])
        #expect(offer.status == .offered)
    }

    @Test func theDisputeAfterAMediatorNamesTheSides() throws {
        let mediation = try #require(mediations("Egypt welcomes the mediation of Algeria in the dispute between Ethiopia and Sudan.",
                                                date: "2012-06-20").first)
        #expect(mediation.actors(in: .mediator) == ["algeria"])
        #expect(Set(mediation.actors(in: .side)) == ["ethiopia", "sudan"])
    }

    @Test func whatTheSidesDifferOverIsNoSide() throws {
        let found = mediations("""
            Greece and Turkey again failed to settle their differences over Cyprus on Monday in two days of talks \
            chaired by the United Nations in Geneva.
            """, date: "2008-03-04")
        let un = try #require(found.first)
        #expect(found.count == 1)
        #expect(un.actors(in: .mediator) == ["united-nations"])
        #expect(Set(un.actors(in: .side)) == ["greece", "turkey"])
    }

    @Test func carriersNamedTogetherEachCarryAndAreNoSides() {
        let joint = mediations("Hamas and Israel traded fire. Egypt and the United Nations passed messages between the two sides, diplomats said.",
                               date: "2014-07-20")
        #expect(Set(joint.map { $0.actors(in: .mediator) }) == [["egypt"], ["united-nations"]])
        #expect(joint.allSatisfy { Set($0.actors(in: .side)) == ["hamas", "israel"] })
        // "the two governments" are not the carrier's and the one it looks after: the document's pair.
        let swiss = mediations("""
            Iran released three Americans on Saturday. John Kerry thanked Switzerland. Switzerland has handled American \
            interests in Tehran since Washington cut ties in 1980, and Swiss diplomats passed messages between the two \
            governments for months.
            """, date: "2016-01-20")
        #expect(swiss.map { Set($0.actors(in: .side)) } == [["iran", "united-states"]])
    }

    @Test func influencePledgedWithTwoSidesIsAnOffer() throws {
        let named = try #require(mediations("""
            Ethiopian Prime Minister Hailemariam Desalegn said Addis Ababa was ready to use its influence with Sudan and \
            South Sudan to end the fighting.
            """, date: "2015-03-01").first)
        #expect(named.actors(in: .mediator) == ["ethiopia"])
        #expect(Set(named.actors(in: .side)) == ["south-sudan", "sudan"])
        #expect(named.status == .offered)
        // "both countries", named in an earlier sentence: the document's pair.
        let both = try #require(mediations("""
            Iran and Saudi Arabia cut ties on Sunday. Iraqi Foreign Minister Ibrahim al-Jaafari told reporters that \
            Baghdad would use its ties with both countries to calm the crisis.
            """, date: "2016-01-06").first)
        #expect(both.actors(in: .mediator) == ["iraq"])
        #expect(Set(both.actors(in: .side)) == ["iran", "saudi-arabia"])
        #expect(both.status == .offered)
    }

    @Test func hisAuspicesAreTheLastOfficialsNamedBefore() {
        let found = mediations("""
            Indonesia and Portugal made no progress over East Timor on Tuesday in talks chaired by Boutros Boutros-Ghali, \
            the UN Secretary-General, but agreed to meet again under his auspices in Geneva in July.
            """, date: "1996-01-16")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.actors(in: .mediator) == ["boutros-boutros-ghali"] })
        #expect(found.allSatisfy { Set($0.actors(in: .side)) == ["indonesia", "portugal"] })
    }

    @Test func aMediatorNoOneKnowsAfterTheIsNoOneElse() {
        let found = mediations("""
            Mozambique and Renamo signed a peace deal in Maputo on Tuesday. Renamo fought a 16-year civil war against the \
            government that ended with the 1992 accord signed in Rome after talks mediated by the Community of Sant'Egidio \
            and the Italian government.
            """, date: "2019-08-06")
        #expect(!found.contains { $0.actors(in: .mediator) == ["renamo"] })
    }

    @Test func papalMediationIsTheHolySeesAndABrinkIsNoBringingTogether() throws {
        let papal = try #require(mediations("Argentina and Chile settled their quarrel after papal mediation.", date: "1985-05-02").first)
        #expect(papal.actors(in: .mediator) == ["holy-see"])
        #expect(Set(papal.actors(in: .side)) == ["argentina", "chile"])
        #expect(mediations("""
            Argentina and Chile exchanged the instruments of ratification of their treaty at the Vatican on Thursday, \
            closing a border quarrel that brought the two countries to the brink of war in 1978.
            """, date: "1985-05-02").isEmpty)
    }
}
