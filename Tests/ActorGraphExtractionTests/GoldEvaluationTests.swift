import ActorGraphCore
@testable import ActorGraphExtraction
import Foundation
import Testing

/// The scores the real extractor must keep on the gold sets (`Tests/Gold/*.json`), rounded down to
/// 0.05 from what it reached when they were set. Raise them as the extractor improves; never lower
/// them to make a change pass. (Targets of issue 4: ≥ 0.9 for actors, ≥ 0.8 for meetings and
/// mediations.)
enum Floors {
    struct GoldSet: Sendable {
        var actorsPrecision: Double
        var actorsRecall: Double
        var meetingsPrecision: Double
        var meetingsRecall: Double
        var mediationsPrecision: Double
        var mediationsRecall: Double
    }

    // Set on 2026-11-22 from the extractor of that day (event patterns for meetings and mediation
    // already in): corpus actors P 0.944 R 0.958, meetings P 0.631 R 0.603, mediations P 0.786 R 0.611;
    // seeds actors P 0.873 R 0.965, meetings P 0.524 R 0.846, mediations P 1.000 (2 of 2) R 0.667.
    // Meetings and mediations are far below the targets: the extractor is still being extended.
    // Raised the same day after headline filtering, wishes, negation, "the two men" and locatives:
    // corpus meetings P 0.66 R 0.65, mediations P 0.86 R 0.67; seeds meetings P 0.73 R 0.85.
    // Raised again after venue-named events, "his"-topics, negated objects, passive hosts, regions:
    // corpus actors P 0.95 R 0.97, meetings P 0.80 R 0.71, mediations P 0.92 R 0.67.
    // After soft mediation triggers with "between", pronoun topics, questions and seats of government:
    // corpus meetings P 0.79 R 0.72, mediations P 0.94 R 0.94; seeds unchanged.
    // After "instead of meeting" and visitors next to their verb: corpus meetings P 0.83 R 0.72,
    // seeds meetings P 0.79 R 0.85. Then "hosting" and dateline cities as places: corpus meetings P 0.86 R 0.75.
    // 2026-11-23, after sentence-structure rules (asides, subordinate clauses, apposed mediators, requests,
    // hand-carried letters, calls as communication, the six-party talks, spans for venues and dates) and
    // 372 more officials: corpus actors P 0.981 R 0.972, meetings P 0.931 R 0.794, mediations P 0.900
    // R 1.000; seeds actors P 0.932 R 0.965, meetings P 0.846 R 0.846, mediations P 1.000 R 1.000 (3 of 3).
    // Then roles as roles ("as secretary of state"), participles' subjects, speakers named after the
    // meeting, offices ("the CIA director"): corpus meetings P 0.932 R 0.809; seeds meetings P 0.917 R 0.846.

    /// `Examples/corpus` against `Tests/Gold/corpus.json`.
    static let corpus = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.95,
                                meetingsPrecision: 0.90, meetingsRecall: 0.80,
                                mediationsPrecision: 0.90, mediationsRecall: 0.95)
    /// `../shared/seeds` against `Tests/Gold/seeds.json`. Mediation scores rest on three gold
    /// mediations, so one miss drops recall to 0.67.
    static let seeds = GoldSet(actorsPrecision: 0.90, actorsRecall: 0.95,
                               meetingsPrecision: 0.90, meetingsRecall: 0.80,
                               mediationsPrecision: 1.00, mediationsRecall: 0.95)
    /// `Tests/HeldOut/articles` against `Tests/HeldOut/gold.json`: eight articles on other regions
    /// (Iran, Afghanistan, Colombia, Ukraine …) written after the extractor was built. First run, before
    /// any change: actors P 0.94 R 0.81, meetings P 0.47 R 0.25, mediations P 0.50 R 0.32 — the
    /// default dictionary lacks most of those regions' officials, and many gold meetings are
    /// multilateral. One general fix since (passive "brokered by X"): mediations P 0.64 R 0.37.
    /// 2026-11-23, after the dictionary grew to those regions' leaders (this set's misses were seen while
    /// it grew, so it is no longer strictly held out): actors P 0.933 R 0.907, meetings P 0.652
    /// R 0.417, mediations P 0.615 R 0.421. Session 3 (mediation in its indirect forms): mediations
    /// P 0.714 R 0.526. Session 4 (venues, coordinated verbs, typed pairs): actors P 0.961 R 0.907,
    /// meetings P 0.739 R 0.472. Session 5 ("President Macron of France", hosts together, relative
    /// clauses): meetings P 0.857 R 0.500. Session 6 (regional dictionaries, hosts named together of
    /// rounds of talks): actors P 0.962 R 0.926, mediations P 0.750 R 0.632.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.684 R 0.684;
    /// NATO at Esper's meeting with Ghani is read as a third party (the Taliban, no dictionary side, leave
    /// Afghanistan and the US as the pair).
    static let heldOut = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.90,
                                 meetingsPrecision: 0.80, meetingsRecall: 0.48,
                                 mediationsPrecision: 0.68, mediationsRecall: 0.70)
    /// `Tests/HeldOut2/articles` against `Tests/HeldOut2/gold.json`: ten articles on Korean-peninsula
    /// diplomacy 2000–2024, written by a separate session. First run (7324fe5): actors P 0.92 R 1.00,
    /// meetings P 0.91 R 0.65, mediations P 0.00 R 0.00 (0 of 3). It was then used as a development
    /// set: actors P 0.909 R 1.000, meetings P 0.902 R 0.771, mediations P 1.000 R 0.667.
    /// Session 4: actors P 0.957 R 1.000, meetings P 0.925 R 0.771.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 1.000 R 1.000.
    static let heldOut2 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                  meetingsPrecision: 0.90, meetingsRecall: 0.75,
                                  mediationsPrecision: 0.95, mediationsRecall: 0.95)
    /// `Tests/HeldOut3/articles` against `Tests/HeldOut3/gold.json`: ten more articles (1994–2024, six on
    /// mediation), written by a separate session and not looked at while the extractor changed. First run
    /// (9c7da2a): actors P 0.95 R 1.00, meetings P 0.57 R 0.33, mediations P 0.75 R 0.43; at e576d06,
    /// before its misses were read: actors P 0.970 R 1.000, meetings P 0.545 R 0.333, mediations P 0.750
    /// R 0.429. The rules tuned on the other sets did not carry over: see the closing note of that day.
    /// Its misses were then read (so it is no longer unseen); two general rules followed ("pulled out
    /// of" cancels, a journey in the present tense is a schedule) and US and Chinese vice presidents
    /// joined the dictionary: meetings P 0.636 R 0.389. 2026-11-23 (session 3): a host of two other
    /// sides mediates between them, which reads Yoon hosting Kishida and Li as mediation (the gold has
    /// it as a three-way summit): mediations P 0.600 R 0.429; lists read back from their verb turn one
    /// matched pair of that summit into the three-way meeting: meetings P 0.619 R 0.361. Session 4
    /// (talks hosted without a named pair, "provided the venue", a possessive addressee, talks that a
    /// subject ended): meetings P 0.700 R 0.389, mediations P 0.778 R 1.000. Session 5: meetings P 0.789
    /// R 0.417.
    /// Session 9 ("he is due at the White House for talks"): meetings P 0.818 R 0.500.
    static let heldOut3 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.95,
                                  meetingsPrecision: 0.75, meetingsRecall: 0.46,
                                  mediationsPrecision: 0.70, mediationsRecall: 0.90)
    /// `Tests/HeldOut4/articles` against `Tests/HeldOut4/gold.json`: twelve articles (1981–2023, half on
    /// Northeast Asia, half on mediation elsewhere), written by a separate session. First run, unseen
    /// (ae5138e): actors P 0.87 R 1.00, meetings P 0.75 R 0.68, mediations P 0.67 R 0.25. Its misses
    /// were then read and it became a development set: requests to mediate, mediators named by demonym,
    /// carriers between two sides, talks "hosted by" a third party, "he" across sentences, agency
    /// credits and venue-only countries: actors P 0.962 R 1.000, meetings P 0.808 R 0.712, mediations
    /// P 0.923 R 0.500. Session 4: actors P 0.970, meetings P 0.830 R 0.746, mediations P 0.929 R 0.542.
    /// Session 5: meetings P 0.849 R 0.763. Session 7 ("the two sides" who last met): meetings P 0.868 R 0.780.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.944 R 0.708.
    /// Session 11 (someone's help offered, the host of the talks): mediations P 0.952 R 0.833.
    static let heldOut4 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.95,
                                  meetingsPrecision: 0.84, meetingsRecall: 0.76,
                                  mediationsPrecision: 0.90, mediationsRecall: 0.79)
    /// `Tests/HeldOut5/articles` against `Tests/HeldOut5/gold.json`: twelve articles (2017–2023, half on
    /// Northeast Asia and Russia, half on mediation elsewhere), written by a separate session. First run,
    /// unseen, at session 2's extractor (2a7a8cd): actors P 0.92 R 0.99, meetings P 0.75 R 0.65,
    /// mediations P 0.38 R 0.13; with set 4's rules (fd03636): actors P 0.93 R 0.99, meetings P 0.72
    /// R 0.65, mediations P 0.45 R 0.22. Its misses were then read: "Turkish mediation", mediators
    /// thanked, "its embassy", messages handed over, "asked him to pass on": actors P 0.933 R 0.993,
    /// meetings P 0.729 R 0.686, mediations P 0.800 R 0.348; after set 6's rules meetings P 0.750 R 0.706.
    /// Session 4: actors P 0.940, meetings P 0.771 R 0.725, mediations P 0.818 R 0.391. Session 5:
    /// meetings P 0.787 R 0.725, mediations P 0.833 R 0.435. Session 7: meetings R 0.686 — "The two leaders
    /// met at a Manhattan hotel" is now read as Moon and Trump (right, but a repeat of the sentence before),
    /// no longer as Trump and Kim, which had matched their earlier summit by chance; mediations P 0.846 R 0.478.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.800 R 0.522.
    /// Session 9 (a side read from the pair named last that mediates elsewhere replaced by the dispute's): mediations P 0.867 R 0.565.
    /// Session 11 (a side welcoming a mediation, someone's help offered or asked for): mediations P 0.947 R 0.783.
    static let heldOut5 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                  meetingsPrecision: 0.75, meetingsRecall: 0.68,
                                  mediationsPrecision: 0.90, mediationsRecall: 0.74)
    /// `Tests/HeldOut6/articles` against `Tests/HeldOut6/gold.json`: twelve articles (2014–2024, half on
    /// Northeast Asia, Russia and China, half on mediation elsewhere), written by a separate session.
    /// First run, unseen, at 2a7a8cd: actors P 0.94 R 0.99, meetings P 0.68 R 0.48, mediations P 0.88
    /// R 0.25; at 32a7362 (every rule of sets 4 and 5): actors P 0.97 R 0.99, meetings P 0.68 R 0.48,
    /// mediations P 0.88 R 0.25 — the mediation rules learnt on sets 4 and 5 found nothing new here.
    /// Its misses were then read: "met him", hosts of two other sides, lists read back from their verb,
    /// talks "chaired by" two hosts, "Beijing brokered": meetings P 0.738 R 0.554, mediations P 1.000
    /// R 0.429. Session 4 (venues no actors, organisations' summits, "welcomed" needs a guest, typed
    /// pairs): actors P 1.000 R 0.986, meetings P 0.833 R 0.625, mediations P 1.000 R 0.464. Session 5:
    /// meetings P 0.857 R 0.643. Session 6: mediations P 1.000 R 0.500. Session 7 ("Russian-mediated"):
    /// mediations P 1.000 R 0.536.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): meetings R 0.679, mediations P 1.000 R 0.750.
    /// Session 9 ("ready to host the two presidents"): mediations R 0.786.
    static let heldOut6 = GoldSet(actorsPrecision: 0.97, actorsRecall: 0.95,
                                  meetingsPrecision: 0.82, meetingsRecall: 0.65,
                                  mediationsPrecision: 0.90, mediationsRecall: 0.75)
    /// `Tests/HeldOut7/articles` against `Tests/HeldOut7/gold.json`: twelve articles (2010–2024, half on
    /// Northeast Asia, half on mediation elsewhere), written by a separate session in session 4 and run
    /// once, unseen, at 5d3abfb (after that session's rules): actors P 0.981 R 0.994, meetings P 0.688
    /// R 0.449, mediations P 0.667 R 0.286; still unseen at fcdc5ae (meetings P 0.676 R 0.469). Its misses
    /// were read in session 5, which made it a development set: joint mediators, offers owned by others,
    /// sides named by another mediation, "received that day by", asides that date only themselves, talks
    /// after which a list acted: meetings P 0.757 R 0.571, mediations P 0.900 R 0.429. Session 6 (regional
    /// dictionaries, talks put in front of a clause, ambassadors recalled): meetings P 0.861 R 0.633.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.833 R 0.476 ("brought the parties
    /// together" reads the pair named before, which is not the swap's).
    static let heldOut7 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.95,
                                  meetingsPrecision: 0.82, meetingsRecall: 0.60,
                                  mediationsPrecision: 0.80, mediationsRecall: 0.45)
    /// `Tests/HeldOut8/articles` against `Tests/HeldOut8/gold.json`: twelve articles (2012–2023; Russia,
    /// China, the US, Japan and the Koreas seen from elsewhere, and mediation in Africa, Latin America,
    /// Europe and South Asia), written by a separate session in session 4 and run once, unseen, at
    /// 5d3abfb: actors P 0.966 R 1.000, meetings P 0.690 R 0.468, mediations P 0.444 R 0.148; still unseen
    /// at fcdc5ae (meetings P 0.674 R 0.468). Its misses were read in session 5 (a development set since):
    /// cabinet titles, "they met" within the sentence, meals and calls, tensions eased, shuttle diplomacy,
    /// diplomats carrying messages "between the two governments": meetings P 0.761 R 0.565, mediations
    /// P 0.812 R 0.481. Session 6 (regional dictionaries, joiners, joint offerers, "bring the two presidents
    /// together", talks through a third party, title words before a known name): meetings P 0.820 R 0.661,
    /// mediations P 0.842 R 0.593.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.833 R 0.741.
    /// Session 10: meetings P 0.863 R 0.710.
    static let heldOut8 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                  meetingsPrecision: 0.80, meetingsRecall: 0.66,
                                  mediationsPrecision: 0.80, mediationsRecall: 0.70)
    /// `Tests/HeldOut9/articles` against `Tests/HeldOut9/gold.json`: twelve articles (2008–2022; envoys and
    /// letters in Northeast Asia, mediation in Latin America, the Middle East, the Caucasus, the Balkans,
    /// South Asia and Africa), written by a separate session in session 5. First run, unseen, at fcdc5ae
    /// (session start): actors P 0.952 R 0.993, meetings P 0.667 R 0.556, mediations P 0.643 R 0.300; at
    /// e6e660d (session 5's rules from sets 7 and 8, still unseen): the same on every count. Its misses
    /// were then read (a development set since): meetings P 0.682 R 0.556. Session 6 (offers by someone,
    /// hosting by any name, "with the help of", hosts of rounds of talks): meetings P 0.705 R 0.574,
    /// mediations P 0.722 R 0.433. Session 7 (the two a carrier goes between): mediations P 0.737 R 0.467.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.808 R 0.700.
    /// Session 9 ("help the two neighbours", sides repaired from the dispute): mediations P 0.852 R 0.767.
    static let heldOut9 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                  meetingsPrecision: 0.68, meetingsRecall: 0.60,
                                  mediationsPrecision: 0.80, mediationsRecall: 0.72)
    /// `Tests/HeldOut10/articles` against `Tests/HeldOut10/gold.json`: twelve articles (2008–2024; summits and
    /// called-off meetings in Northeast Asia, swaps, ceasefires and hosted talks elsewhere), written by a
    /// separate session in session 5. First run, unseen, at fcdc5ae: actors P 0.950 R 1.000, meetings
    /// P 0.765 R 0.406, mediations P 0.750 R 0.240; at e6e660d (still unseen): meetings P 0.800 R 0.438,
    /// mediations P 0.667 R 0.240. Its misses were then read: meetings P 0.838 R 0.484. Session 6 (hand-
    /// delivered letters, "brought their leaders together", joiners): meetings P 0.872 R 0.531, mediations P 0.889 R 0.320.
    /// Session 7: meetings P 0.878 R 0.562.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.917 R 0.440.
    /// Session 9 ("where he also met"): meetings P 0.889 R 0.625, mediations P 0.923 R 0.480.
    /// Later in session 9 (sides repaired from the dispute, "going back and forth"): mediations P 1.000 R 0.520.
    static let heldOut10 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                   meetingsPrecision: 0.85, meetingsRecall: 0.62,
                                   mediationsPrecision: 0.92, mediationsRecall: 0.48)
    /// `Tests/HeldOut11/articles` against `Tests/HeldOut11/gold.json`: ten articles (2008–2024; Japan–China,
    /// Russia–Japan, a third country's envoy in Pyongyang, mediation in Central America, the Horn of
    /// Africa, Southeast Asia, the Gulf and the South Caucasus), written by a separate session at the end
    /// of session 5 and run once, unseen: at fcdc5ae actors P 0.950 R 0.966, meetings P 0.704 R 0.452,
    /// mediations P 0.667 R 0.160; with every rule of session 5: meetings P 0.720 R 0.429, the rest equal;
    /// with session 6's dictionaries and rules: meetings P 0.692 R 0.429, the rest equal. Its misses have
    /// not been read: it is an unseen measure. Session 7 read its misses, a development set from then on
    /// (the pair that last met, witnesses "in the presence of", "let Qatar mediate", "the Indonesian
    /// minister", carriers' participles): meetings P 0.806 R 0.595, mediations P 0.900 R 0.360.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.941 R 0.640.
    /// Session 9 ("prepared to host the sides"): mediations P 0.944 R 0.680.
    static let heldOut11 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                   meetingsPrecision: 0.78, meetingsRecall: 0.57,
                                   mediationsPrecision: 0.90, mediationsRecall: 0.68)
    /// `Tests/HeldOut12/articles` against `Tests/HeldOut12/gold.json`: ten articles (2008–2023; China–South
    /// Korea and Russia–South Korea summits, a called-off summit, messages relayed to the Pope, mediation in
    /// West Africa, Southeast Asia, the Balkans and the Middle East), written by a separate session at the
    /// start of session 6 and run unseen: at 272984d (session start) actors P 0.888 R 0.963, meetings
    /// P 0.681 R 0.593, mediations P 0.600 R 0.200; at f797398 (the regional dictionaries and the first
    /// mediation rules of session 6, still unseen): meetings P 0.694 R 0.630, mediations P 0.667 R 0.333;
    /// the same at the end of session 6. Session 7 read its misses, a development set from then on
    /// (hosts of "a meeting hosted by", "brought A and B together", "the two sides" who met, surnames
    /// without diacritics): meetings P 0.745 R 0.648, mediations P 0.824 R 0.467.
    /// Session 8 (third parties at an encounter of the disputing pair, shuttle stops, pairs named before): mediations P 0.842 R 0.533.
    static let heldOut12 = GoldSet(actorsPrecision: 0.85, actorsRecall: 0.93,
                                   meetingsPrecision: 0.72, meetingsRecall: 0.62,
                                   mediationsPrecision: 0.80, mediationsRecall: 0.50)
    /// `Tests/HeldOut13/articles` against `Tests/HeldOut13/gold.json`: ten articles (2015–2023; the Xi–Ma
    /// meeting, China's three-way talks with Afghanistan and Pakistan, the Nile dam, a called-off India–
    /// Pakistan meeting, the Luanda accord, Maas between Athens and Ankara, the Geneva summit announced,
    /// Brussels-hosted Aliyev–Pashinyan talks, Moscow-hosted Turkey–Syria talks, the Argyle talks), written
    /// by a separate session at the start of session 7 and run unseen: at a4bc0f1 (session start) actors
    /// P 0.876 R 0.972, meetings P 0.581 R 0.409, mediations P 0.667 R 0.150; at the end of session 7
    /// meetings P 0.594 R 0.432, mediations P 0.700 R 0.175. Its misses have not been read.
    /// Session 8 read its misses (a development set since): third parties at an encounter of the disputing pair,
    /// shuttle stops, "the pair", "reconcile", helping or coaxing two sides, "the ceasefire it brokered",
    /// names after another given name, "the four presidents": actors P 0.914, meetings P 0.667 R 0.500, mediations
    /// P 0.957 R 0.550.
    /// Session 10 (present-tense go-betweens, "helped facilitate"): meetings P 0.688 R 0.500, mediations P 0.960 R 0.600.
    static let heldOut13 = GoldSet(actorsPrecision: 0.89, actorsRecall: 0.95,
                                   meetingsPrecision: 0.65, meetingsRecall: 0.45,
                                   mediationsPrecision: 0.90, mediationsRecall: 0.55)
    /// `Tests/HeldOut14/articles` against `Tests/HeldOut14/gold.json`: ten articles (2010–2022; Santos and
    /// Chávez in Santa Marta, the EU-brokered gas deal, Obama in Havana, the Wuhan summit announced, Trump's
    /// Denmark visit called off, Imran Khan between Tehran and Riyadh, the Israel–Morocco declaration, the
    /// Kinshasa Nile talks, Qatar between Somalia and Kenya, Erdoğan in Jeddah), written by a separate
    /// session at the start of session 8 and run unseen: at 2856a14 (session start) actors P 0.908 R 0.985,
    /// meetings P 0.778 R 0.571, mediations P 0.500 R 0.225; after session 8's first rules (read on set 13:
    /// third parties at encounters, shuttle stops, "the pair", "reconcile", helping two sides), still
    /// unseen, exactly the same. Its misses were then read (a development set since): easing a named
    /// conflict, "to the table", "hosted in Washington by", "who" before the verb, "the two camps":
    /// meetings P 0.800 R 0.571, mediations P 0.600 R 0.375.
    static let heldOut14 = GoldSet(actorsPrecision: 0.88, actorsRecall: 0.95,
                                   meetingsPrecision: 0.80, meetingsRecall: 0.62,
                                   mediationsPrecision: 0.55, mediationsRecall: 0.35)
    /// `Tests/HeldOut15/articles` against `Tests/HeldOut15/gold.json`: ten articles (2006–2023; the King of
    /// Spain between Argentina and Uruguay, the Slovenia–Croatia arbitration deal in Stockholm, Erdoğan in
    /// Mogadishu, the Obama-arranged Netanyahu–Erdoğan call, Kazakhstan between Russia and Turkey, Obama's
    /// Duterte meeting called off, Gabon and Equatorial Guinea in Marrakech, Maduro in Brasilia, the African
    /// peace mission to Kyiv and St Petersburg, Albanese's visit to China announced), written by a separate
    /// session in session 8 and run unseen: at 2856a14 actors P 0.943 R 0.971, meetings P 0.743 R 0.591,
    /// mediations P 0.417 R 0.143; after session 8's rules from sets 13 and 14, still unseen, actors P 0.950,
    /// mediations P 0.429 R 0.171, the rest equal. Its misses were then read (a development set since):
    /// "helped bring about", "a mediation run by", "sidestepped", normalising relations, "thanked … for its
    /// efforts to", a side that "improves ties" mediating nothing, Korean family names first: mediations P 0.667 R 0.343.
    /// Session 9 (sides repaired from the dispute, "keep working with both sides", "he is due at"): meetings P 0.750 R 0.614, mediations P 0.684 R 0.371.
    static let heldOut15 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                   meetingsPrecision: 0.70, meetingsRecall: 0.64,
                                   mediationsPrecision: 0.62, mediationsRecall: 0.32)
    /// `Tests/HeldOut16/articles` against `Tests/HeldOut16/gold.json`: ten articles (2006–2024; the Greentree
    /// Agreement on Bakassi, Hu Jintao in Khartoum, Turkey hosting Karzai and Musharraf, Annapolis, the OAS
    /// between Costa Rica and Nicaragua, Obama in Yangon, Rousseff's state visit postponed, the Madrid talks
    /// on Finland and Sweden joining NATO, the Qatari emir bringing Sisi and Erdoğan together, Modi's visits
    /// to Poland and Ukraine announced), written by a separate session at the end of session 8 and run
    /// unseen: at 2856a14 (session start) actors P 0.948 R 0.985, meetings P 0.784 R 0.580, mediations
    /// P 0.700 R 0.219; with every rule of session 8: mediations P 0.667 R 0.312, the rest equal. Its
    /// misses were read at the start of session 9 (a development set since): "without", "in southern
    /// Italy", plans read further back, witnesses who sign, talks hosted between one party and two,
    /// courtesy calls made in person, "back to the negotiating table": actors P 0.955, meetings P 0.944
    /// R 0.680, mediations P 0.826 R 0.594.
    static let heldOut16 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                   meetingsPrecision: 0.90, meetingsRecall: 0.68,
                                   mediationsPrecision: 0.78, mediationsRecall: 0.55)
    /// `Tests/HeldOut17/articles` against `Tests/HeldOut17/gold.json`: ten articles (1995–2012; the
    /// Greece–Macedonia interim accord, Peru and Ecuador in Brasilia, the Lockerbie handover, the Algiers
    /// agreement, Chávez between Colombia and the FARC, the Kazan summit, Putin in Havana, Chirac in
    /// Algiers, Bush in Tbilisi, Putin skipping Camp David), written by a separate session at the start of
    /// session 9 and run unseen at 0aeb1dc (session start): actors P 0.944 R 0.981, meetings P 0.808
    /// R 0.525, mediations P 0.375 R 0.061. Its misses were then read (a development set since): "-led
    /// mediation", a news agency's country, signing ceremonies hosted, witnesses, "they brought the two
    /// sides together", "back and forth", "help free", persuading or leaning on both sides, clauses after
    /// ", and": meetings P 0.786 R 0.550, mediations P 0.850 R 0.347. Most of what it still misses is
    /// mediation between one party and two others (Libya against the United States and Britain) and
    /// gatherings of six or more.
    static let heldOut17 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                   meetingsPrecision: 0.75, meetingsRecall: 0.52,
                                   mediationsPrecision: 0.80, mediationsRecall: 0.32)
    /// `Tests/HeldOut18/articles` against `Tests/HeldOut18/gold.json`: ten articles (2014–2025; the
    /// Bangsamoro agreement, the Saudi envoy in Sanaa, the Qatar-brokered Gaza truce, Oman between the
    /// United States and Iran, the India–Pakistan ceasefire, Anwar between Thailand and Cambodia, Modi in
    /// Lahore, Wang Yi in the Pacific, Xi in Riyadh, the Quad summit called off), written by a separate
    /// session at the start of session 9 and run unseen: at 0aeb1dc (session start) actors P 0.964
    /// R 1.000, meetings P 0.548 R 0.390, mediations P 0.762 R 0.432; with every rule of session 9:
    /// meetings P 0.568 R 0.424, mediations P 0.833 R 0.541. Its misses were read at the start of session
    /// 10 (a development set since): "instead", "No … visited", calls a clause later, plans in the past
    /// perfect, topics after "on", "met separately with", "the Chinese minister", Malay names, visits to
    /// two places: meetings P 0.636 R 0.475, mediations P 0.880 R 0.595.
    static let heldOut18 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.97,
                                   meetingsPrecision: 0.60, meetingsRecall: 0.45,
                                   mediationsPrecision: 0.84, mediationsRecall: 0.55)
    /// `Tests/HeldOut19/articles` against `Tests/HeldOut19/gold.json`: ten articles (1999–2025; the East Timor
    /// ballot accords, the Nairobi accord between Sudan and Uganda, Guterres on Guyana and Venezuela, the
    /// Timor Sea treaty, Lavrov in Brasilia, the Congo–Rwanda deal in Washington, Obama in Nairobi, Bolsonaro
    /// calling off Le Drian, Putin in Dushanbe, Biden's Hanoi visit announced), written by a separate session
    /// late in session 9 and run unseen, its misses never read: at 2856a14 (session 8's start) meetings
    /// P 0.559 R 0.373, mediations P 0.500 R 0.389; at 0aeb1dc (session 9's start) meetings P 0.576 R 0.373,
    /// mediations P 0.632 R 0.667; with every rule of session 9: actors P 0.952 R 0.975, meetings P 0.625
    /// R 0.392, mediations P 0.706 R 0.667. Its misses were read at the start of session 10 (a development
    /// set since): "the world body", "the two ministers" beside a convener, "due in" a place, a participle
    /// "before visiting", Vietnamese names, "conduit for weapons": meetings P 0.829 R 0.569, mediations
    /// P 0.867 R 0.722.
    static let heldOut19 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                   meetingsPrecision: 0.78, meetingsRecall: 0.54,
                                   mediationsPrecision: 0.82, mediationsRecall: 0.68)
    /// `Tests/HeldOut20/articles` against `Tests/HeldOut20/gold.json`: ten articles (2009–2023; Turkey and the
    /// Arab League between Iraq and Syria, Egypt's Gaza truce, Rama in Belgrade, Mogherini's Serbia–Kosovo
    /// deals, Xi's Gulf tour announced, Vienna Karabakh talks, Abiy in Asmara, the EU between Iran and the
    /// United States, the Jeddah talks on Sudan, Aliyev pulling out of Granada), written by a separate session
    /// at the start of session 10 and run unseen: at 950afc5 (session start) meetings P 0.613 R 0.388,
    /// mediations P 0.565 R 0.394; after session 10's first rules (from sets 18 and 19) meetings P 0.618
    /// R 0.429, mediations unchanged. Its misses were then read (a development set since): purposes after
    /// journeys, "met separately", "the two mediators announced", "credited … with mediating", "to press
    /// them", a counterpart past "a meeting he had been scheduled to hold with": meetings P 0.718 R 0.571,
    /// mediations P 0.727 R 0.485.
    static let heldOut20 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                   meetingsPrecision: 0.68, meetingsRecall: 0.54,
                                   mediationsPrecision: 0.68, mediationsRecall: 0.45)
    /// `Tests/HeldOut21/articles` against `Tests/HeldOut21/gold.json`: ten articles (2001–2025; the EU mission
    /// between the Koreas, the six-party joint statement, Koizumi in Pyongyang, talks at Panmunjom called off,
    /// Trump and Xi in Osaka, Blinken in Beijing, the Pope's envoy, the UAE's prisoner swaps, Jeddah and
    /// Istanbul talks on Ukraine), written with set 20 and run unseen: at 950afc5 meetings P 0.750 R 0.667,
    /// mediations P 1.000 R 0.500; after the first rules meetings P 0.776 R 0.704. Read since: "would like
    /// to meet", "welcomed the statement", indirect talks, appositions restating a meeting: meetings P 0.867
    /// R 0.722, mediations P 1.000 R 0.500.
    static let heldOut21 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                   meetingsPrecision: 0.82, meetingsRecall: 0.70,
                                   mediationsPrecision: 0.95, mediationsRecall: 0.45)
    /// `Tests/HeldOut22/articles` against `Tests/HeldOut22/gold.json`: ten articles (1999–2023; Latin America,
    /// Africa, South Asia), written by a separate session mid-session 10 and run unseen, its misses never
    /// read: at 950afc5 and at the end of session 10 alike, meetings P 0.76–0.78 R 0.475, mediations P 0.50–0.55
    /// R 0.231. Read at the start of session 11 (a development set since): "the Indian leader", "met A and B
    /// separately", hosts of rounds, pronouns past fronted phrases: meetings P 0.875 R 0.574, mediations
    /// P 0.636 R 0.269.
    static let heldOut22 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                   meetingsPrecision: 0.83, meetingsRecall: 0.54,
                                   mediationsPrecision: 0.55, mediationsRecall: 0.23)
    /// `Tests/HeldOut23/articles` against `Tests/HeldOut23/gold.json`: ten articles (2006–2023; Europe, Russia's
    /// neighbours, the Gulf, Korea), written with set 22 and run unseen, its misses never read: at 950afc5 and
    /// at the end of session 10 alike, meetings P 0.784 R 0.558, mediations P 0.556 R 0.200. Read at the start
    /// of session 11: "the two Gulf rulers were credited with mediating", assurances "through Kuwait and Oman",
    /// stops of a tour, the next round: meetings P 0.791 R 0.654, mediations P 0.867 R 0.520.
    static let heldOut23 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.95,
                                   meetingsPrecision: 0.75, meetingsRecall: 0.61,
                                   mediationsPrecision: 0.82, mediationsRecall: 0.48)
    /// `Tests/HeldOut24/articles` against `Tests/HeldOut24/gold.json`: ten articles of the seeds' kind
    /// (Korean-peninsula diplomacy 2017–2019 in ordinary wire wording), written by a separate session at the
    /// start of session 11 and kept unseen to its end: at 4251b6f (session 11's start) meetings P 0.906
    /// R 0.774, mediations P 0.778 R 0.412; at 235f85e (its end) meetings P 0.907 R 0.790, mediations P 0.800
    /// R 0.471. Read at the start of session 12 (a development set since): carriers joined to an earlier
    /// verb, messages to a seat of government, "conveyed to Abe that Kim had said", ", saying", "their April
    /// 27 summit": meetings P 0.914 R 0.855, mediations P 0.941 R 0.941.
    static let heldOut24 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.95,
                                   meetingsPrecision: 0.89, meetingsRecall: 0.83,
                                   mediationsPrecision: 0.90, mediationsRecall: 0.90)
    /// `Tests/HeldOut25/articles` against `Tests/HeldOut25/gold.json`: ten articles (2004–2023, worldwide, in
    /// ordinary wire wording), written with set 24 and kept unseen through session 11: meetings P 0.821
    /// R 0.533, mediations P 0.846 R 0.440. Read at the start of session 12: "each held talks with", lists of
    /// separate talks, a visit joined to an earlier verb, a summit called off, the co-chairs of the Minsk
    /// Group: meetings P 0.894 R 0.700, mediations P 0.929 R 0.520.
    static let heldOut25 = GoldSet(actorsPrecision: 0.94, actorsRecall: 0.95,
                                   meetingsPrecision: 0.86, meetingsRecall: 0.68,
                                   mediationsPrecision: 0.88, mediationsRecall: 0.50)
    /// `Tests/HeldOut26/articles` against `Tests/HeldOut26/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula and Northeast Asia 2016–2020, in ordinary wire wording), written by a separate
    /// session at the start of session 12 and kept unseen through it: at 235f85e actors P 0.962 R 0.962,
    /// meetings P 0.800 R 0.720, mediations P 0.667 R 0.471; at session 12's end meetings P 0.804 R 0.740.
    /// Read in session 13 (a development set since): meetings P 0.900 R 0.900, mediations P 0.833 R 0.882.
    static let heldOut26 = GoldSet(actorsPrecision: 0.94, actorsRecall: 0.94,
                                   meetingsPrecision: 0.88, meetingsRecall: 0.88,
                                   mediationsPrecision: 0.80, mediationsRecall: 0.85)
    /// `Tests/HeldOut27/articles` against `Tests/HeldOut27/gold.json`: ten articles (2000–2024, worldwide, in
    /// ordinary wire wording), written with set 26 and kept unseen through session 12: actors P 0.906 R 1.000,
    /// meetings P 0.741 R 0.714, mediations P 0.762 R 0.640. Read in session 13: meetings P 0.804 R 0.804,
    /// mediations P 0.920 R 0.920.
    static let heldOut27 = GoldSet(actorsPrecision: 0.88, actorsRecall: 0.97,
                                   meetingsPrecision: 0.78, meetingsRecall: 0.78,
                                   mediationsPrecision: 0.90, mediationsRecall: 0.90)
    /// `Tests/HeldOut28/articles` against `Tests/HeldOut28/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula and Northeast Asia 2010–2024, ordinary wire wording), written by a separate session
    /// at the start of session 13 and kept unseen, its misses never read: at 79f1d63 (session 13's start) and
    /// at its end alike, actors P 0.983 R 0.983, meetings P 0.700 R 0.714, mediations P 0.833 R 0.385. Read
    /// in session 14 (a development set since): mediations P 1.000 R 1.000.
    static let heldOut28 = GoldSet(actorsPrecision: 0.96, actorsRecall: 0.96,
                                   meetingsPrecision: 0.68, meetingsRecall: 0.69,
                                   mediationsPrecision: 0.95, mediationsRecall: 0.95)
    /// `Tests/HeldOut29/articles` against `Tests/HeldOut29/gold.json`: ten articles (1999–2022, worldwide,
    /// ordinary wire wording), written with set 28 and kept unseen: at session 13's start and end alike,
    /// actors P 0.934 R 1.000, meetings P 0.794 R 0.614, mediations P 0.500 R 0.158. Read in session 14:
    /// mediations P 0.889 R 0.421.
    static let heldOut29 = GoldSet(actorsPrecision: 0.91, actorsRecall: 0.97,
                                   meetingsPrecision: 0.77, meetingsRecall: 0.59,
                                   mediationsPrecision: 0.85, mediationsRecall: 0.40)
    /// `Tests/HeldOut30/articles` against `Tests/HeldOut30/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula and Northeast Asia 2005–2024, ordinary wire wording), written by a separate session
    /// at the start of session 14 and kept unseen, its misses never read: at 98046cd (session 14's start)
    /// actors P 0.975 R 0.975, meetings P 0.795 R 0.603, mediations P 0.500 R 0.250; at its end meetings
    /// P 0.814 R 0.603, the rest alike. Read in session 15: meetings P 0.854 R 0.707, mediations P 0.667
    /// R 0.250.
    static let heldOut30 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.95,
                                   meetingsPrecision: 0.83, meetingsRecall: 0.69,
                                   mediationsPrecision: 0.62, mediationsRecall: 0.22)
    /// `Tests/HeldOut31/articles` against `Tests/HeldOut31/gold.json`: ten articles (1993–2024, worldwide,
    /// ordinary wire wording), written with set 30 and kept unseen: at session 14's start and end alike,
    /// actors P 0.942 R 0.992, meetings P 0.676 R 0.426, mediations P 0.600 R 0.240. Read in session 15:
    /// meetings P 0.706 R 0.444, mediations P 0.667 R 0.320.
    static let heldOut31 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.97,
                                   meetingsPrecision: 0.68, meetingsRecall: 0.42,
                                   mediationsPrecision: 0.62, mediationsRecall: 0.30)
    /// `Tests/HeldOut32/articles` against `Tests/HeldOut32/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula and Northeast Asia 2000–2025, ordinary wire wording), written by a separate session
    /// at the start of session 15 and kept unseen, its misses never read: at fddf633 (session 15's start)
    /// and at its end alike, actors P 0.981 R 0.953, meetings P 0.694 R 0.791, mediations P 1.000 R 0.357. Its misses read in session 18.
    static let heldOut32 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.93,
                                   meetingsPrecision: 0.67, meetingsRecall: 0.77,
                                   mediationsPrecision: 0.95, mediationsRecall: 0.33)
    /// `Tests/HeldOut33/articles` against `Tests/HeldOut33/gold.json`: ten articles (1994–2024, worldwide,
    /// ordinary wire wording, mediators of many kinds), written with set 32 and kept unseen, its misses never
    /// read: at session 15's start actors P 0.919 R 0.966, meetings P 0.880 R 0.564, mediations P 0.636
    /// R 0.233; at its end mediations P 0.722 R 0.433 (guarantors, a word its writer's report had mentioned). Its misses
    /// read in session 18.
    static let heldOut33 = GoldSet(actorsPrecision: 0.90, actorsRecall: 0.94,
                                   meetingsPrecision: 0.85, meetingsRecall: 0.54,
                                   mediationsPrecision: 0.68, mediationsRecall: 0.40)
    /// `Tests/HeldOut34/articles` against `Tests/HeldOut34/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula and Northeast Asia 1994–2025, ordinary wire wording), written by a separate session
    /// at the start of session 16 and kept unseen, its misses never read: at session 16's start and end
    /// alike, actors P 0.983 R 1.000, meetings P 0.750 R 0.536, mediations P 0.833 R 0.333. Its misses read
    /// in session 18.
    static let heldOut34 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.97,
                                   meetingsPrecision: 0.72, meetingsRecall: 0.51,
                                   mediationsPrecision: 0.80, mediationsRecall: 0.33)
    /// `Tests/HeldOut35/articles` against `Tests/HeldOut35/gold.json`: ten articles (1990–2017, worldwide,
    /// ordinary wire wording, mediators of many kinds), written with set 34 and kept unseen, its misses never
    /// read: at session 16's start and end alike, actors P 0.924 R 0.990, meetings P 0.742 R 0.548,
    /// mediations P 0.250 R 0.050 (1 of 20 found). Its misses read in session 18.
    static let heldOut35 = GoldSet(actorsPrecision: 0.90, actorsRecall: 0.97,
                                   meetingsPrecision: 0.72, meetingsRecall: 0.52,
                                   mediationsPrecision: 0.25, mediationsRecall: 0.05)
    /// `Tests/HeldOut36/articles` against `Tests/HeldOut36/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula and Northeast Asia 1998–2025, ordinary wire wording), written by a separate session
    /// at the start of session 17 and kept unseen, its misses never read: at session 17's start actors
    /// P 0.975 R 1.000, meetings P 0.816 R 0.727, mediations P 0.400 R 0.143. Its misses
    /// read in session 19.
    static let heldOut36 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.97,
                                   meetingsPrecision: 0.79, meetingsRecall: 0.70,
                                   mediationsPrecision: 0.40, mediationsRecall: 0.14)
    /// `Tests/HeldOut37/articles` against `Tests/HeldOut37/gold.json`: ten articles (1995–2021, worldwide,
    /// ordinary wire wording), written with set 36 and kept unseen, its misses never read: at session 17's
    /// start actors P 0.977 R 1.000, meetings P 0.861 R 0.608, mediations P 0.500 R 0.154. Its misses
    /// read in session 19.
    static let heldOut37 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.97,
                                   meetingsPrecision: 0.83, meetingsRecall: 0.58,
                                   mediationsPrecision: 0.50, mediationsRecall: 0.15)
    /// `Tests/HeldOut38/articles` against `Tests/HeldOut38/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1996–2024, ordinary wire wording), written by a
    /// separate session at the start of session 18 and kept unseen, its misses never read: at session 18's
    /// start actors P 0.951 R 1.000, meetings P 0.818 R 0.692, mediations P 0.833 R 0.385. Its misses
    /// read in session 19.
    static let heldOut38 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.97,
                                   meetingsPrecision: 0.80, meetingsRecall: 0.67,
                                   mediationsPrecision: 0.80, mediationsRecall: 0.38)
    /// `Tests/HeldOut39/articles` against `Tests/HeldOut39/gold.json`: ten articles (1994–2022, worldwide,
    /// ordinary wire wording), written with set 38 and kept unseen, its misses never read: at session 18's
    /// start actors P 0.943 R 0.991, meetings P 0.780 R 0.542, mediations P 0.667 R 0.353. Its misses
    /// read in session 19.
    static let heldOut39 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.97,
                                   meetingsPrecision: 0.76, meetingsRecall: 0.52,
                                   mediationsPrecision: 0.65, mediationsRecall: 0.35)
    /// `Tests/HeldOut40/articles` against `Tests/HeldOut40/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1992–2025, ordinary wire wording), written by a
    /// separate session at the start of session 19 and kept unseen, its misses never read: at session 19's
    /// start actors P 0.967 R 1.000, meetings P 0.786 R 0.532, mediations P 0.778 R 0.700. Its misses
    /// read in session 20.
    static let heldOut40 = GoldSet(actorsPrecision: 0.94, actorsRecall: 0.97,
                                   meetingsPrecision: 0.76, meetingsRecall: 0.51,
                                   mediationsPrecision: 0.75, mediationsRecall: 0.65)
    /// `Tests/HeldOut41/articles` against `Tests/HeldOut41/gold.json`: ten articles (1994–2021, worldwide,
    /// ordinary wire wording), written with set 40 and kept unseen, its misses never read: at session 19's
    /// start actors P 0.924 R 0.980, meetings P 0.756 R 0.667, mediations P 0.667 R 0.286. Its misses
    /// read in session 20.
    static let heldOut41 = GoldSet(actorsPrecision: 0.90, actorsRecall: 0.95,
                                   meetingsPrecision: 0.73, meetingsRecall: 0.64,
                                   mediationsPrecision: 0.65, mediationsRecall: 0.28)
    /// `Tests/HeldOut42/articles` against `Tests/HeldOut42/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1992–2024, ordinary wire wording), written by a
    /// separate session at the start of session 20 and kept unseen, its misses never read: at session 20's
    /// start actors P 0.974 R 0.991, meetings P 0.808 R 0.689, mediations P 0.500 R 0.222. Its misses
    /// read in session 21.
    static let heldOut42 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.97,
                                   meetingsPrecision: 0.78, meetingsRecall: 0.66,
                                   mediationsPrecision: 0.48, mediationsRecall: 0.20)
    /// `Tests/HeldOut43/articles` against `Tests/HeldOut43/gold.json`: ten articles (1994–2025, outside
    /// East Asia, ordinary wire wording), written with set 42 and kept unseen, its misses never read: at
    /// session 20's start actors P 0.975 R 0.983, meetings P 0.744 R 0.527, mediations P 0.714 R 0.435.
    /// Its misses read in session 21.
    static let heldOut43 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.96,
                                   meetingsPrecision: 0.72, meetingsRecall: 0.50,
                                   mediationsPrecision: 0.69, mediationsRecall: 0.41)
    /// `Tests/HeldOut44/articles` against `Tests/HeldOut44/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1993–2020, ordinary wire wording), written by a
    /// separate session at the start of session 21 and kept unseen, its misses never read: at session 21's
    /// start actors P 0.933 R 1.000, meetings P 0.792 R 0.559, mediations P 0.846 R 0.733. Each floor
    /// allows one item more wrong or missed than the start. Its misses read in session 22.
    static let heldOut44 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.98,
                                   meetingsPrecision: 0.77, meetingsRecall: 0.54,
                                   mediationsPrecision: 0.78, mediationsRecall: 0.66)
    /// `Tests/HeldOut45/articles` against `Tests/HeldOut45/gold.json`: ten articles (1998–2022, outside
    /// East Asia, ordinary wire wording), written with set 44 and kept unseen, its misses never read: at
    /// session 21's start actors P 0.969 R 0.976, meetings P 0.659 R 0.580, mediations P 0.714 R 0.227.
    /// Each floor allows one item more wrong or missed than the start. Its misses read in session 22.
    static let heldOut45 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.96,
                                   meetingsPrecision: 0.64, meetingsRecall: 0.56,
                                   mediationsPrecision: 0.62, mediationsRecall: 0.18)
    /// `Tests/HeldOut46/articles` against `Tests/HeldOut46/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1990–2021, ordinary wire wording), written by a
    /// separate session at the start of session 22 and kept unseen, its misses never read: at session 22's
    /// start actors P 0.969 R 0.989, meetings P 0.792 R 0.487, mediations P 0.750 R 0.250. Each floor
    /// allows one item more wrong or missed than the start. Its misses read in session 23.
    static let heldOut46 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.97,
                                   meetingsPrecision: 0.76, meetingsRecall: 0.46,
                                   mediationsPrecision: 0.60, mediationsRecall: 0.16)
    /// `Tests/HeldOut47/articles` against `Tests/HeldOut47/gold.json`: ten articles (1992–2025, outside
    /// East Asia, ordinary wire wording), written with set 46 and kept unseen, its misses never read: at
    /// session 22's start actors P 0.962 R 0.984, meetings P 0.714 R 0.583, mediations P 0.947 R 0.562.
    /// Each floor allows one item more wrong or missed than the start. Its misses read in session 23.
    static let heldOut47 = GoldSet(actorsPrecision: 0.95, actorsRecall: 0.97,
                                   meetingsPrecision: 0.70, meetingsRecall: 0.56,
                                   mediationsPrecision: 0.90, mediationsRecall: 0.53)
    /// `Tests/HeldOut48/articles` against `Tests/HeldOut48/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1991–2025, ordinary wire wording), written by a
    /// separate session at the start of session 23 and kept unseen, its misses never read: at session 23's
    /// start actors P 0.947 R 0.973, meetings P 0.789 R 0.625, mediations P 0.615 R 0.533. Each floor
    /// allows one item more wrong or missed than the start. Its misses read in session 24.
    static let heldOut48 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.96,
                                   meetingsPrecision: 0.76, meetingsRecall: 0.60,
                                   mediationsPrecision: 0.57, mediationsRecall: 0.46)
    /// `Tests/HeldOut49/articles` against `Tests/HeldOut49/gold.json`: ten articles (2000–2025, outside
    /// East Asia, ordinary wire wording), written with set 48 and kept unseen, its misses never read: at
    /// session 23's start actors P 0.975 R 1.000, meetings P 0.659 R 0.551, mediations P 0.667 R 0.231.
    /// Each floor allows one item more wrong or missed than the start. Its misses read in session 24.
    static let heldOut49 = GoldSet(actorsPrecision: 0.96, actorsRecall: 0.99,
                                   meetingsPrecision: 0.64, meetingsRecall: 0.53,
                                   mediationsPrecision: 0.60, mediationsRecall: 0.19)
    /// `Tests/HeldOut50/articles` against `Tests/HeldOut50/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1990–2025, ordinary wire wording), written by a
    /// separate session at the start of session 24 and kept unseen, its misses never read: at session 24's
    /// start actors P 0.980 R 1.000, meetings P 0.672 R 0.650, mediations P 0.667 R 0.375. Each floor
    /// allows one item more wrong or missed than the start. Its misses read in session 25.
    static let heldOut50 = GoldSet(actorsPrecision: 0.97, actorsRecall: 0.99,
                                   meetingsPrecision: 0.65, meetingsRecall: 0.63,
                                   mediationsPrecision: 0.55, mediationsRecall: 0.31)
    /// `Tests/HeldOut51/articles` against `Tests/HeldOut51/gold.json`: ten articles (1990–2024, outside
    /// East Asia, ordinary wire wording), written with set 50 and kept unseen, its misses never read: at
    /// session 24's start actors P 0.954 R 0.981, meetings P 0.784 R 0.725, mediations P 0.846 R 0.440.
    /// Each floor allows one item more wrong or missed than the start. Its misses read in session 25.
    static let heldOut51 = GoldSet(actorsPrecision: 0.94, actorsRecall: 0.97,
                                   meetingsPrecision: 0.75, meetingsRecall: 0.70,
                                   mediationsPrecision: 0.76, mediationsRecall: 0.40)
    /// `Tests/HeldOut52/articles` against `Tests/HeldOut52/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1989–2019, ordinary wire wording), written by a
    /// separate session at the start of session 25 and kept unseen, its misses never read: at session 25's
    /// start actors P 0.970 R 0.990, meetings P 0.649 R 0.444, mediations P 0.867 R 0.591. Each floor
    /// allows one item more wrong or missed than the start. Its misses read in session 26.
    static let heldOut52 = GoldSet(actorsPrecision: 0.96, actorsRecall: 0.97,
                                   meetingsPrecision: 0.62, meetingsRecall: 0.42,
                                   mediationsPrecision: 0.80, mediationsRecall: 0.54)
    /// `Tests/HeldOut53/articles` against `Tests/HeldOut53/gold.json`: ten articles (1985–2022, outside
    /// East Asia, ordinary wire wording), written with set 52 and kept unseen, its misses never read: at
    /// session 25's start actors P 0.888 R 0.978, meetings P 0.706 R 0.500, mediations P 0.833 R 0.556.
    /// Each floor allows one item more wrong or missed than the start. Its misses read in session 26.
    static let heldOut53 = GoldSet(actorsPrecision: 0.87, actorsRecall: 0.96,
                                   meetingsPrecision: 0.67, meetingsRecall: 0.47,
                                   mediationsPrecision: 0.77, mediationsRecall: 0.51)
    /// `Tests/HeldOut54/articles` against `Tests/HeldOut54/gold.json`: ten articles of the seeds' kind
    /// (Korean peninsula, Northeast and Southeast Asia 1990–2022, ordinary wire wording), written by a
    /// separate session at the start of session 26 and kept unseen, its misses never read: at session 26's
    /// start actors P 0.948 R 0.979, meetings P 0.727 R 0.640, mediations P 0.818 R 0.529. Each floor
    /// allows one item more wrong or missed than the start.
    static let heldOut54 = GoldSet(actorsPrecision: 0.93, actorsRecall: 0.96,
                                   meetingsPrecision: 0.70, meetingsRecall: 0.62,
                                   mediationsPrecision: 0.72, mediationsRecall: 0.47)
    /// `Tests/HeldOut55/articles` against `Tests/HeldOut55/gold.json`: ten articles (1988–2024, outside
    /// East Asia, ordinary wire wording), written with set 54 and kept unseen, its misses never read: at
    /// session 26's start actors P 0.933 R 0.974, meetings P 0.595 R 0.610, mediations P 0.417 R 0.294.
    /// Each floor allows one item more wrong or missed than the start.
    static let heldOut55 = GoldSet(actorsPrecision: 0.92, actorsRecall: 0.96,
                                   meetingsPrecision: 0.57, meetingsRecall: 0.58,
                                   mediationsPrecision: 0.33, mediationsRecall: 0.23)
}

// MARK: - Unit tests of the scorer, on hand-made gold and events

@Suite struct GoldEvaluationTests {
    /// A small dictionary: four countries, four officials, a ministry and an agency with an alias, and
    /// two places, one with an alias.
    static let dictionary = try! ActorDictionary.load(yaml: """
        actors:
          - {name: Russia, kind: country}
          - {name: North Korea, kind: country}
          - {name: United States, kind: country}
          - {name: China, kind: country}
          - {name: Sergey Lavrov, kind: official, affiliation: Russia}
          - {name: Kim Jong-un, kind: official, affiliation: North Korea}
          - {name: Ri Yong-ho, kind: official, affiliation: North Korea}
          - {name: Donald Trump, kind: official, affiliation: United States}
          - {name: Russian Foreign Ministry, kind: organization, affiliation: Russia}
          - {name: Agence France-Presse, kind: organization, aliases: [AFP]}
        places:
          - {name: Naypyidaw, aliases: [Naypyitaw]}
          - {name: Bogota}
        """, path: "test.yaml")

    // MARK: Helpers

    /// An extraction of one document `a.md` naming `mentions`, with `events`.
    static func extraction(mentions: [ActorID] = [], events: [Event] = [], extraActors: [Actor] = []) -> Extraction {
        var extraction = Extraction(documents: [Document(id: "a", path: "/some/folder/a.md", text: "", date: Day("2018-05-31"))])
        extraction.actors = dictionary.entries.map(\.actor) + extraActors
        extraction.mentions["a"] = mentions
        extraction.events = events
        return extraction
    }

    static func event(_ kind: EventKind, _ actors: [(String, Role)], status: EventStatus? = nil, date: String? = nil,
                      place: String? = nil) -> Event {
        let id = "a#\(UUID().uuidString)"
        return Event(id: id, kind: kind, status: status, date: date.flatMap(Day.init), place: place,
                     actors: actors.map { Participant(ActorID(rawValue: $0.0), as: $0.1) },
                     evidence: Evidence(document: "a", sentence: 0, start: 0, end: 0, quote: "the sentence of \(id)"))
    }

    static func meeting(_ ids: String..., status: EventStatus? = nil, date: String? = nil, place: String? = nil) -> Event {
        event(.meeting, ids.map { ($0, .participant) }, status: status, date: date, place: place)
    }

    static func mediation(_ mediator: String, _ sides: [String], status: EventStatus?, date: String? = nil) -> Event {
        event(.mediation, [(mediator, .mediator)] + sides.map { ($0, .side) }, status: status, date: date)
    }

    /// Gold for `a.md` from the JSON of its entry.
    static func gold(_ entry: String) throws -> GoldStandard {
        try GoldStandard(data: Data(#"{"_guidelines": "ignored", "a.md": \#(entry)}"#.utf8))
    }

    static func evaluate(_ extraction: Extraction, _ gold: GoldStandard) -> EvaluationReport {
        GoldEvaluation(dictionary: dictionary).evaluate(extraction, against: gold)
    }

    static let lavrovKim = #"{"participants": ["Kim Jong-un", "Sergey Lavrov"], "date": "2018-05-31", "place": "Pyongyang", "status": "held"}"#

    // MARK: Score and decoding

    @Test func scoreRates() {
        // P = 3/(3+1) = 0.75, R = 3/(3+2) = 0.6, F1 = 2·3/(2·3+1+2) = 6/9.
        let score = Score(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.6)
        #expect(abs(score.f1! - 6.0 / 9.0) < 1e-12)
        // Nothing predicted: no precision; nothing to find: no recall; a total miss has F1 0.
        #expect(Score(falseNegatives: 2).precision == nil)
        #expect(Score(falseNegatives: 2).f1 == 0)
        #expect(Score(falsePositives: 1).recall == nil)
        #expect(Score().f1 == nil)
        #expect(Score(truePositives: 1) + Score(falseNegatives: 1) == Score(truePositives: 1, falseNegatives: 1))
        #expect(Accuracy(correct: 1, total: 2).value == 0.5)
        #expect(Accuracy().value == nil)
    }

    @Test func decodingSkipsUnderscoreKeysAndDefaultsOptionals() throws {
        let gold = try Self.gold(#"{"date": null, "actors": ["Russia"], "meetings": [], "mediations": [{"mediator": "Russia", "sides": ["North Korea", "United States"], "status": "offered"}]}"#)
        #expect(gold.documents.keys.sorted() == ["a.md"])
        let entry = try #require(gold.documents["a.md"])
        #expect(entry.date == nil)
        #expect(entry.otherActors.isEmpty)
        #expect(entry.mediations.first?.date == nil)
        #expect(gold.canonicalNames == ["North Korea", "Russia", "United States"])
    }

    @Test func decodingErrorsNameTheFileAndEntry() {
        #expect(throws: DocumentError.self) {
            try GoldStandard(data: Data(#"{"a.md": {"actors": []}}"#.utf8), path: "gold.json")
        }
        do {
            _ = try GoldStandard(data: Data(#"{"a.md": {"actors": [], "meetings": [{"participants": ["Russia"], "status": "offered"}], "mediations": []}}"#.utf8),
                                 path: "gold.json")
            Issue.record("a meeting with a mediation status was accepted")
        } catch let error as DocumentError {
            #expect(error.path == "gold.json")
            #expect(error.message.contains("a.md"))
            #expect(error.message.contains("meetings[0]"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    // MARK: Actors

    @Test func actorsWithAliasesAndNeutralOtherActors() throws {
        let gold = try Self.gold(#"{"actors": ["AFP", "North Korea", "Russia", "Sergey Lavrov"], "other_actors": ["Oleg Burmistrov"], "meetings": [], "mediations": []}"#)
        let extraction = Self.extraction(
            mentions: ["agence-france-presse", "russia", "sergey-lavrov", "united-states", "vitaly-pashin", "oleg-burmistrov"],
            extraActors: [Actor(name: "Vitaly Pashin", kind: .official, affiliation: "russia", discovered: true),
                          Actor(name: "Oleg Burmistrov", kind: .official, affiliation: "russia")])
        let report = Self.evaluate(extraction, gold)
        // TP: Agence France-Presse (gold "AFP" is its alias), Russia, Sergey Lavrov = 3.
        // FP: United States = 1. FN: North Korea = 1.
        // Neutral: Vitaly Pashin (discovered), Oleg Burmistrov (in other_actors).
        // P = 3/4 = 0.75, R = 3/4 = 0.75.
        #expect(report.actors == Score(truePositives: 3, falsePositives: 1, falseNegatives: 1))
        #expect(report.actors.precision == 0.75 && report.actors.recall == 0.75)
        let detail = try #require(report.documents.first).actors
        #expect(detail.missed == ["North Korea"])
        #expect(detail.spurious == ["United States"])
        #expect(detail.neutral == ["Oleg Burmistrov", "Vitaly Pashin"])
        #expect(report.unknownGoldNames.isEmpty)
    }

    @Test func anAgencyFoldedIntoAGoldCountryIsNeutral() throws {
        // The guidelines fold bodies without a canonical entry into their country: with Russia in the
        // gold, "Russian Foreign Ministry" is neutral; with China absent, a Chinese body would be an FP.
        let gold = try Self.gold(#"{"actors": ["Russia"], "meetings": [], "mediations": []}"#)
        let extraction = Self.extraction(mentions: ["russia", "russian-foreign-ministry"])
        let report = Self.evaluate(extraction, gold)
        #expect(report.actors == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(try #require(report.documents.first).actors.neutral == ["Russian Foreign Ministry"])
        let without = Self.evaluate(Self.extraction(mentions: ["russian-foreign-ministry"]),
                                    try Self.gold(#"{"actors": ["China"], "meetings": [], "mediations": []}"#))
        #expect(without.actors == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    }

    @Test func documentsMatchByFileName() throws {
        var extraction = Self.extraction(mentions: ["russia"])
        extraction.documents.append(Document(id: "b", path: "/elsewhere/b.md", text: ""))
        let gold = try GoldStandard(data: Data(#"""
            {"a.md": {"actors": ["Russia"], "meetings": [], "mediations": []},
             "c.md": {"actors": ["China"], "meetings": [], "mediations": []}}
            """#.utf8))
        let report = Self.evaluate(extraction, gold)
        #expect(report.documents.map(\.file) == ["a.md"])
        #expect(report.unannotatedDocuments == ["/elsewhere/b.md"])
        #expect(report.unmatchedGoldFiles == ["c.md"])
        // c.md is not scored: China is not a false negative.
        #expect(report.actors == Score(truePositives: 1))
    }

    // MARK: Meetings

    @Test func projectionAppliesToBothSides() throws {
        let gold = try Self.gold(#"{"actors": [], "meetings": [\#(Self.lavrovKim)], "mediations": []}"#)
        // Gold [Kim Jong-un, Sergey Lavrov] projects to {North Korea, Russia}; so does each of these.
        for participants in [["kim-jong-un", "sergey-lavrov"], ["north-korea", "sergey-lavrov"], ["north-korea", "russia"]] {
            let event = Self.event(.meeting, participants.map { ($0, .participant) }, date: "2018-05-31", place: "Pyongyang")
            let report = Self.evaluate(Self.extraction(events: [event]), gold)
            #expect(report.meetings == Score(truePositives: 1), "\(participants)")
        }
        // A visit: visitor + host are the participants.
        let visit = Self.event(.visit, [("sergey-lavrov", .visitor), ("north-korea", .host)], date: "2018-05-31")
        #expect(Self.evaluate(Self.extraction(events: [visit]), gold).meetings == Score(truePositives: 1))
        // Lavrov meeting Trump projects to {Russia, United States}: no match. P = 0/1, R = 0/1.
        let wrong = Self.meeting("donald-trump", "sergey-lavrov", date: "2018-05-31")
        #expect(Self.evaluate(Self.extraction(events: [wrong]), gold).meetings == Score(falsePositives: 1, falseNegatives: 1))
    }

    @Test func projectedDuplicatesCountOnce() throws {
        let gold = try Self.gold(#"{"actors": [], "meetings": [\#(Self.lavrovKim)], "mediations": []}"#)
        // Three events of the one meeting, as named by the officials and at country level: one group,
        // one TP, nothing spurious. The variant with the gold's date and place is the one matched.
        let events = [Self.meeting("north-korea", "sergey-lavrov", date: "2018-05-30"),
                      Self.meeting("kim-jong-un", "sergey-lavrov", date: "2018-05-31", place: "pyongyang"),
                      Self.meeting("kim-jong-un", "sergey-lavrov", date: "2018-05-31", place: "Pyongyang")]
        let report = Self.evaluate(Self.extraction(events: events), gold)
        #expect(report.meetings == Score(truePositives: 1))
        #expect(report.meetingDates == Accuracy(correct: 1, total: 1))
        #expect(report.meetingPlaces == Accuracy(correct: 1, total: 1)) // case-insensitive
        let detail = try #require(report.documents.first).meetings
        #expect(detail.matches.first?.predicted.events.count == 2) // the two identical variants
        #expect(detail.duplicates.map(\.participants) == [["North Korea", "Sergey Lavrov"]])
        // A spurious meeting repeated in three sentences is one FP: P = 0/1.
        let spurious = (0..<3).map { _ in Self.meeting("china", "donald-trump") }
        let second = Self.evaluate(Self.extraction(events: spurious), gold)
        #expect(second.meetings == Score(falsePositives: 1, falseNegatives: 1))
        #expect(second.documents.first?.meetings.spurious.first?.events.count == 3)
    }

    @Test func aPlaceAndItsAliasAreOnePlace() throws {
        // The dictionary's Naypyidaw has the alias "Naypyitaw"; "Bogotá" is Bogota, accents aside.
        for (goldPlace, predicted, same) in [("Naypyitaw", "Naypyidaw", true), ("Bogotá", "Bogota", true), ("Naypyitaw", "Yangon", false)] {
            let gold = try Self.gold(#"{"actors": [], "meetings": [{"participants": ["Kim Jong-un", "Sergey Lavrov"], "date": "2018-05-31", "place": "\#(goldPlace)", "status": "held"}], "mediations": []}"#)
            let report = Self.evaluate(Self.extraction(events: [Self.meeting("kim-jong-un", "sergey-lavrov", date: "2018-05-31", place: predicted)]), gold)
            #expect(report.meetingPlaces == Accuracy(correct: same ? 1 : 0, total: 1), "\(goldPlace) / \(predicted)")
        }
    }

    @Test func statusMustAgreeAndNilReadsHeld() throws {
        let gold = try Self.gold(#"{"actors": [], "meetings": [\#(Self.lavrovKim)], "mediations": []}"#)
        let unstated = Self.meeting("kim-jong-un", "sergey-lavrov", date: "2018-05-31")
        #expect(Self.evaluate(Self.extraction(events: [unstated]), gold).meetings == Score(truePositives: 1))
        // Planned is not held: one FP and one FN, P = 0/1, R = 0/1.
        let planned = Self.meeting("kim-jong-un", "sergey-lavrov", status: .planned)
        #expect(Self.evaluate(Self.extraction(events: [planned]), gold).meetings == Score(falsePositives: 1, falseNegatives: 1))
    }

    @Test func matchingIsOneToOne() throws {
        // Two gold meetings that both project to {North Korea, Russia}, held: Lavrov met Ri, then Kim.
        let gold = try Self.gold(#"""
            {"actors": [], "mediations": [], "meetings": [
              {"participants": ["Ri Yong-ho", "Sergey Lavrov"], "date": null, "place": "Pyongyang", "status": "held"},
              {"participants": ["Kim Jong-un", "Sergey Lavrov"], "date": null, "place": null, "status": "held"}]}
            """#)
        // One predicted meeting can match only one of them: TP 1, FN 1 (P = 1/1, R = 1/2).
        let one = Self.evaluate(Self.extraction(events: [Self.meeting("kim-jong-un", "sergey-lavrov")]), gold)
        #expect(one.meetings == Score(truePositives: 1, falseNegatives: 1))
        #expect(one.documents.first?.meetings.missed.map(\.participants) == [["Ri Yong-ho", "Sergey Lavrov"]])
        // Both found: TP 2 (P = R = 1). Agreement on the named participants pairs each with its own
        // meeting, so both places are right: 2/2.
        let both = Self.evaluate(Self.extraction(events: [Self.meeting("kim-jong-un", "sergey-lavrov"),
                                                          Self.meeting("ri-yong-ho", "sergey-lavrov", place: "Pyongyang")]), gold)
        #expect(both.meetings == Score(truePositives: 2))
        #expect(both.meetingPlaces == Accuracy(correct: 2, total: 2))
    }

    @Test func pairingFavoursMatchingDates() {
        // Gold meetings A (2018-06-19) and B (no date) of one pair; predicted the same two. Pairs are
        // taken by agreement first, so A–A and B–B: dates 2/2 rather than 0/2.
        let pairs = GreedyMatching.match(goldKeys: ["k", "k"], predictedKeys: ["k", "k"]) { g, p in
            let goldDates = ["2018-06-19", "none"], predictedDates = ["none", "2018-06-19"]
            return [goldDates[g] == predictedDates[p]]
        }
        #expect(pairs.map(\.gold) == [0, 1])
        #expect(pairs.map(\.predicted) == [1, 0])
        // Different keys never pair.
        #expect(GreedyMatching.match(goldKeys: ["k"], predictedKeys: ["j"]) { _, _ in [] }.isEmpty)
    }

    // MARK: Mediations

    @Test func mediationsMatchOnMediatorAndSidesWithStatusScoredApart() throws {
        let gold = try Self.gold(#"""
            {"actors": [], "meetings": [], "mediations": [
              {"mediator": "Russia", "sides": ["North Korea", "United States"], "date": "2017-12-07", "status": "offered"},
              {"mediator": "Russia", "sides": ["North Korea", "United States"], "date": null, "status": "requested"},
              {"mediator": "China", "sides": ["North Korea", "United States"], "date": null, "status": "offered"}]}
            """#)
        let events = [
            // Lavrov (→ Russia) between Kim (→ North Korea) and the United States: the offer, twice.
            Self.mediation("sergey-lavrov", ["kim-jong-un", "united-states"], status: .offered, date: "2017-12-07"),
            Self.mediation("russian-foreign-ministry", ["north-korea", "united-states"], status: .offered, date: "2017-12-07"),
            // The request.
            Self.mediation("russia", ["united-states", "north-korea"], status: .requested),
            // China's offer read as performed: matches, status wrong.
            Self.mediation("china", ["north-korea", "donald-trump"], status: .performed),
            // Russia between the United States and China: spurious.
            Self.mediation("russia", ["china", "united-states"], status: .offered),
        ]
        let report = Self.evaluate(Self.extraction(events: events), gold)
        // TP 3, FP 1, FN 0: P = 3/4, R = 3/3. Status 2/3 (China wrong), date 3/3.
        #expect(report.mediations == Score(truePositives: 3, falsePositives: 1))
        #expect(report.mediationStatuses == Accuracy(correct: 2, total: 3))
        #expect(report.mediationDates == Accuracy(correct: 3, total: 3))
        let detail = try #require(report.documents.first).mediations
        #expect(detail.spurious.map(\.description) == ["Russia between China and United States, offered, no date"])
        #expect(detail.matches.first { $0.gold.status == .offered && $0.gold.mediator == "Russia" }?.predicted.events.count == 2)
    }

    @Test func oneMediationEventCannotMatchTwoActs() throws {
        // Two acts by Russia between the same sides; one predicted act (said twice): TP 1, FN 1 (R = 1/2).
        let gold = try Self.gold(#"""
            {"actors": [], "meetings": [], "mediations": [
              {"mediator": "Russia", "sides": ["North Korea", "United States"], "date": null, "status": "performed"},
              {"mediator": "Russia", "sides": ["North Korea", "United States"], "date": null, "status": "offered"}]}
            """#)
        let events = [Self.mediation("russia", ["north-korea", "united-states"], status: .offered),
                      Self.mediation("russia", ["north-korea", "united-states"], status: .offered)]
        let report = Self.evaluate(Self.extraction(events: events), gold)
        #expect(report.mediations == Score(truePositives: 1, falseNegatives: 1))
        #expect(report.mediationStatuses == Accuracy(correct: 1, total: 1)) // paired with the offer
        #expect(report.documents.first?.mediations.missed.map(\.status) == [.performed])
    }
}

// MARK: - The real extractor on the gold sets

@Suite struct GoldEvaluationOnGoldSetsTests {
    /// The package root, found from this file's path.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    /// Extracts the articles of `folder` with the bundled dictionary and scores them against `gold`.
    static func evaluate(folder: URL, gold: URL) throws -> EvaluationReport {
        let paths = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ($0.hasSuffix(".md") || $0.hasSuffix(".txt")) && $0.lowercased() != "readme.md" }
            .sorted().map { folder.appendingPathComponent($0).path }
        let documents = try zip(paths, DocumentLoader.identifiers(for: paths)).map { try DocumentLoader.load(path: $0, id: $1) }
        let dictionary = try ActorDictionary.bundled()
        let extraction = Extractor(dictionary: dictionary).extract(documents)
        let annotations = try GoldStandard.load(path: gold.path)
        let report = GoldEvaluation(dictionary: dictionary).evaluate(extraction, against: annotations)
        print(summary(report, name: gold.lastPathComponent))
        return report
    }

    static func summary(_ report: EvaluationReport, name: String) -> String {
        func rate(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }
        var lines = ["Gold evaluation \(name) (\(report.documents.count) documents)"]
        for (category, score) in [("actors", report.actors), ("meetings", report.meetings), ("mediations", report.mediations)] {
            lines.append("  \(category): TP \(score.truePositives) FP \(score.falsePositives) FN \(score.falseNegatives)  P \(rate(score.precision))  R \(rate(score.recall))  F1 \(rate(score.f1))")
        }
        lines.append("  meetings matched: date \(rate(report.meetingDates.value)), place \(rate(report.meetingPlaces.value)); mediations matched: status \(rate(report.mediationStatuses.value)), date \(rate(report.mediationDates.value))")
        if !report.unknownGoldNames.isEmpty { lines.append("  gold names not in the dictionary: \(report.unknownGoldNames.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    static func enforce(_ floors: Floors.GoldSet, on report: EvaluationReport) {
        let checks: [(String, Double?, Double)] = [
            ("actors precision", report.actors.precision, floors.actorsPrecision),
            ("actors recall", report.actors.recall, floors.actorsRecall),
            ("meetings precision", report.meetings.precision, floors.meetingsPrecision),
            ("meetings recall", report.meetings.recall, floors.meetingsRecall),
            ("mediations precision", report.mediations.precision, floors.mediationsPrecision),
            ("mediations recall", report.mediations.recall, floors.mediationsRecall),
        ]
        for (name, value, floor) in checks {
            #expect((value ?? 0) >= floor, "\(name) \(value.map { String($0) } ?? "undefined") fell below the floor \(floor)")
        }
    }

    @Test func corpusMeetsTheFloors() throws {
        let report = try Self.evaluate(folder: Self.root.appendingPathComponent("Examples/corpus"),
                                       gold: Self.root.appendingPathComponent("Tests/Gold/corpus.json"))
        #expect(report.unmatchedGoldFiles.isEmpty, "gold entries without an article: \(report.unmatchedGoldFiles)")
        #expect(report.unannotatedDocuments.isEmpty, "articles without a gold entry: \(report.unannotatedDocuments)")
        Self.enforce(Floors.corpus, on: report)
    }

    /// Each held-out folder (`Tests/HeldOut*/articles` with its `gold.json`) against its floors.
    @Test(arguments: [("HeldOut", Floors.heldOut), ("HeldOut2", Floors.heldOut2), ("HeldOut3", Floors.heldOut3),
                      ("HeldOut4", Floors.heldOut4), ("HeldOut5", Floors.heldOut5), ("HeldOut6", Floors.heldOut6),
                      ("HeldOut7", Floors.heldOut7), ("HeldOut8", Floors.heldOut8), ("HeldOut9", Floors.heldOut9),
                      ("HeldOut10", Floors.heldOut10), ("HeldOut11", Floors.heldOut11),
                      ("HeldOut12", Floors.heldOut12), ("HeldOut13", Floors.heldOut13), ("HeldOut14", Floors.heldOut14),
                      ("HeldOut15", Floors.heldOut15), ("HeldOut16", Floors.heldOut16), ("HeldOut17", Floors.heldOut17),
                      ("HeldOut18", Floors.heldOut18), ("HeldOut19", Floors.heldOut19), ("HeldOut20", Floors.heldOut20),
                      ("HeldOut21", Floors.heldOut21), ("HeldOut22", Floors.heldOut22), ("HeldOut23", Floors.heldOut23),
                      ("HeldOut24", Floors.heldOut24), ("HeldOut25", Floors.heldOut25), ("HeldOut26", Floors.heldOut26),
                      ("HeldOut27", Floors.heldOut27), ("HeldOut28", Floors.heldOut28), ("HeldOut29", Floors.heldOut29),
                      ("HeldOut30", Floors.heldOut30), ("HeldOut31", Floors.heldOut31), ("HeldOut32", Floors.heldOut32),
                      ("HeldOut33", Floors.heldOut33), ("HeldOut34", Floors.heldOut34), ("HeldOut35", Floors.heldOut35),
                      ("HeldOut36", Floors.heldOut36), ("HeldOut37", Floors.heldOut37),
                      ("HeldOut38", Floors.heldOut38), ("HeldOut39", Floors.heldOut39),
                      ("HeldOut40", Floors.heldOut40), ("HeldOut41", Floors.heldOut41),
                      ("HeldOut42", Floors.heldOut42), ("HeldOut43", Floors.heldOut43),
                      ("HeldOut44", Floors.heldOut44), ("HeldOut45", Floors.heldOut45),
                      ("HeldOut46", Floors.heldOut46), ("HeldOut47", Floors.heldOut47),
                      ("HeldOut48", Floors.heldOut48), ("HeldOut49", Floors.heldOut49),
                      ("HeldOut50", Floors.heldOut50), ("HeldOut51", Floors.heldOut51),
                      ("HeldOut52", Floors.heldOut52), ("HeldOut53", Floors.heldOut53),
                      ("HeldOut54", Floors.heldOut54), ("HeldOut55", Floors.heldOut55)])
    func heldOutArticlesMeetTheirFloors(folder: String, floors: Floors.GoldSet) throws {
        let set = Self.root.appendingPathComponent("Tests").appendingPathComponent(folder)
        let report = try Self.evaluate(folder: set.appendingPathComponent("articles"), gold: set.appendingPathComponent("gold.json"))
        #expect(report.unmatchedGoldFiles.isEmpty, "gold entries without an article: \(report.unmatchedGoldFiles)")
        Self.enforce(floors, on: report)
    }

    @Test(.enabled(if: GoldEvaluationOnGoldSetsTests.hasSeeds, "../shared/seeds is absent"))
    func seedsMeetTheFloors() throws {
        let report = try Self.evaluate(folder: Self.seeds, gold: Self.root.appendingPathComponent("Tests/Gold/seeds.json"))
        #expect(report.unmatchedGoldFiles.isEmpty, "gold entries without an article: \(report.unmatchedGoldFiles)")
        Self.enforce(Floors.seeds, on: report)
    }
}
