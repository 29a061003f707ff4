import ActorGraphCore

/// The words that signal events in news text, and the words that qualify them.
///
/// Each trigger is a sequence of lower-case tokens (hyphens split tokens, so "go-between" is
/// `go between`). Kept as data in one place so the patterns stay readable and testable.
enum EventLexicon {
    struct Trigger: Sendable {
        /// The lower-case words, as the `Word`s that sentences give for their words.
        var words: [Word]
        var kind: Kind
        /// A past-tense form: the act was performed.
        var past: Bool
        /// Only an event when "between X and Y" follows ("restarting dialogue between …").
        var needsBetween = false
        /// Only a meeting when the clause names where ("joined Wang and Lavrov in Geneva"): without a
        /// venue the verb is too general ("joined the talks", "signed the bill").
        var needsPlace = false
        /// A format named for its members ("the six-party talks"): these take part, whoever else is named.
        var members: [ActorID]? = nil
        /// Names its sides as a pair without naming either ("brought the former enemies together"): the
        /// pair named before (`EventPatterns.lastPair(in:)`), else the document's (`Extractor`).
        var namesPair = false
        /// Leaves its sides to "between X and Y" or else to the document (`Extractor`): "signed the accord
        /// as witnesses", "went back and forth".
        var sidesFromDocument = false

        /// The next talks of a pair (`nextRounds`): "another round", "the next round".
        var isNextRound: Bool { kind == .talks && words.count >= 2 && words[words.count - 1] == "round" }
    }

    enum Kind: Sendable {
        /// `plea`: an act a side asks a third party to do between it and the other side ("asked the AU to
        /// step in"), an event only when asked.
        case meeting, talks, visit, mediation, carrier, relay, plea, communication

        /// Meetings, talks and visits: sides that come together.
        var isEncounter: Bool { self == .meeting || self == .talks || self == .visit }
    }

    static let triggers: [Trigger] = {
        var list: [Trigger] = []
        func add(_ kind: Kind, past: Bool = false, needsBetween: Bool = false, needsPlace: Bool = false, _ phrases: String...) {
            for phrase in phrases {
                list.append(Trigger(words: phrase.split(separator: " ").map { Word($0) }, kind: kind, past: past, needsBetween: needsBetween,
                                    needsPlace: needsPlace))
            }
        }
        add(.meeting, "meet", "meets", "meeting", "meetings", "summit", "summits", "encounter", "sit down with", "get together",
            "shake hands with", "shaking hands with", "dine with", "dining with", "hosting", "receiving", "receive", "receives",
            "host", "hosts", "bringing together")
        add(.meeting, past: true, "met", "sat down with", "shook hands", "hosted", "received", "dined with", "had dinner with",
            "had lunch with", "lunched with", "welcomed", "brought together", "gathered", "chaired", "sat down",
            "had dinner", "had lunch", "had breakfast", "had breakfast with", "called on", "paid a call on", "conferred with", "saw",
            "huddled with", "greeted", "briefed", "after briefing", "face to face with")
        // "Modi and Xi spoke briefly on the sidelines of the BRICS summit": words exchanged in person.
        for verb in ["spoke", "talked", "chatted"] {
            add(.meeting, past: true, "\(verb) on the sidelines", "\(verb) briefly on the sidelines")
        }
        // "gave a banquet for Kim": a meal given for a guest.
        for verb in ["gave", "held", "threw"] {
            for meal in ["a banquet", "a state banquet", "a dinner", "a state dinner", "a lunch", "a luncheon"] {
                add(.meeting, past: true, "\(verb) \(meal) for")
            }
        }
        // "spent six hours with Kim", "held a joint news conference with Abe": time spent together in person.
        add(.meeting, past: true, "hours with", "minutes with", "an hour with", "joint news conference with",
            "joint press conference with")
        add(.meeting, "audience with", "courtesy call on", "call on", "calls on", "bilateral with", "a bilateral meeting with")
        // "travelled to Damascus to see President Bashar al-Assad", "before seeing Kirchner" (an official must
        // follow, as for "saw").
        add(.meeting, "to see", "seeing", "to greet", "will see", "would see")
        // "went straight to dinner with Abe", "a working lunch with Merkel": a meal shared in person.
        add(.meeting, "dinner with", "lunch with", "luncheon with", "breakfast with")
        // "held an 11-minute conversation with Abe on the sidelines": words exchanged in person (a call is
        // communication, `remote`).
        add(.meeting, "conversation with", "conversations with")
        add(.meeting, past: true, "granted an audience", "received in audience", "played host to")
        add(.meeting, "play host to", "plays host to", "playing host to")
        list.append(Trigger(words: inThePresenceOf, kind: .meeting, past: true))
        add(.meeting, past: true, needsPlace: true, "joined", "signed")
        add(.talks, "talks with", "talks between", "hold talks", "holds talks", "holding talks", "negotiations with",
            "negotiations between",
            "consultations with", "consultations", "dialogue with")
        add(.talks, past: true, "held talks", "discussed", "talked", "held discussions")
        add(.talks, "discussions with")
        // "agreed to hold a strategic dialogue in Seoul".
        add(.talks, "hold a dialogue", "hold a strategic dialogue", "hold dialogue", "holding a dialogue", "holding a strategic dialogue")
        add(.talks, past: true, "held a dialogue", "held a strategic dialogue", "held dialogue")
        // "agreeing to hold another round", "the next round is due in Minsk": the next talks of a pair.
        for phrase in nextRounds { list.append(Trigger(words: phrase.split(separator: " ").map { Word($0) }, kind: .talks, past: false)) }
        add(.talks, needsBetween: true, "talks", "negotiations", "contacts")
        for phrase in ["six party talks", "six nation talks", "six way talks", "six party negotiations", "six party process"] {
            list.append(Trigger(words: phrase.split(separator: " ").map { Word($0) }, kind: .talks, past: false,
                                members: ["china", "japan", "north-korea", "russia", "south-korea", "united-states"]))
        }
        add(.visit, "visit", "visits", "visiting", "trip to", "arrives in", "travel to", "travels to")
        // "Beijing sent its special envoy, Wu Dawei, to Pyongyang": the one sent visits (`EventPatterns.visits`).
        add(.visit, past: true, "sent")
        add(.visit, past: true, "visited", "arrived in", "travelled to", "traveled to", "flew to", "flew into", "left for")
        add(.visit, "leave for", "leaves for", "leaving for", "fly to", "flies to", "flying to", "head to", "heading to")
        // "Widodo is due in Kyiv and Moscow this week", "Putin is expected in Ankara": a schedule.
        add(.visit, "due in", "expected in", "arrive in")
        // "Merkel is due at the White House on Friday": at a seat of government.
        add(.visit, "due at", "expected at")
        // "Macron, who went on to Kyiv the next day": the next stop of a journey (`EventPatterns.visits`:
        // only to a place or a country named right after, not "went on to say").
        // (Only told after the fact: a stop still ahead is often a leg within the country visited.)
        add(.visit, past: true, "went on to", "travelled on to", "traveled on to", "flew on to")
        // "Pompeo was on his way to North Korea": a journey not yet ended.
        add(.visit, "on his way to", "on her way to", "on their way to", "en route to")
        add(.mediation, "mediate", "mediating", "mediator", "mediators", "mediation", "go between", "go betweens", "intermediary", "intermediaries",
            "facilitate", "facilitating", "facilitator", "broker", "brokering", "good offices", "host talks",
            "hosting talks", "host the talks", "host such talks", "host such discussions", "host the negotiations",
            "provide the venue", "provide a venue", "providing the venue", "providing a venue", "provide a platform", "providing a platform", "protecting power", "help bring", "shuttle diplomacy", "honest broker",
            "intercede", "arbitrate", "arbitrator", "auspices of", "chairmanship of", "facilitators", "interceding", "arbitrating", "peace broker",
            "middleman", "intermediation")
        // "Qatar mediates between …", "Switzerland relays messages": the present of a role held is mediation done.
        add(.mediation, past: true, "mediates", "brokers", "facilitates", "intercedes")
        add(.mediation, past: true, "arranged by", "organised by", "organized by", "convened by", "sponsored by",
            "thanks to the efforts of", "thanks to the mediation of")
        list.append(atTheInvitationOf)
        add(.mediation, "conduit")
        // "Washington also hosted several rounds last year".
        add(.mediation, past: true, "hosted several rounds", "hosted two rounds", "hosted three rounds", "hosted multiple rounds",
            "convened several rounds", "convened two rounds", "convened three rounds")
        add(.mediation, past: true, needsBetween: true, "helped bring about", "helped to bring about")
        add(.mediation, needsBetween: true, "help bring about")
        add(.mediation, past: true, "helped arrange", "helped to arrange", "helped broker", "helped to broker", "helped negotiate",
            "helped to negotiate", "helped secure", "helped to secure")
        add(.mediation, "help arrange", "help to arrange", "help broker", "help to broker", "helping arrange", "helping to arrange",
            "helping broker", "helping to broker")
        // "asked the South Korean president to serve as 'chief negotiator' between Washington and Pyongyang",
        // "has been the primary interlocutor between …", "a channel of communication between …".
        add(.mediation, needsBetween: true, "negotiator", "interlocutor", "channel of communication", "line of communication")
        // "played host to talks between …"
        add(.mediation, past: true, needsBetween: true, "played host to talks", "played host to negotiations", "played host to the talks",
            "played host to the negotiations")
        add(.mediation, needsBetween: true, "play host to talks", "playing host to talks", "plays host to talks", "play host to the talks",
            "playing host to the talks", "plays host to the talks")
        add(.mediation, "act as messenger", "act as a messenger", "serve as messenger", "serve as a messenger")
        add(.mediation, past: true, "acted as messenger", "acted as a messenger", "served as messenger", "served as a messenger")
        add(.mediation, past: true, "interceded", "mediated", "facilitated", "brokered", "arbitrated", "hosted talks", "hosted between", "acted as a go between",
            "acted as go between", "acted as an intermediary", "acted as a mediator", "provided the venue", "provided a venue", "provided a platform")
        // "The AU had invited the two sides to talks", "Gonsalves had invited the two leaders": an invitation
        // to both, an offer to host them.
        for verb in ["invite", "invited", "invites", "inviting"] {
            for pair in ["both sides", "the two sides", "both leaders", "the two leaders", "the two presidents", "the two men",
                         "the two ministers", "both governments", "the two governments", "the two countries", "the two delegations"] {
                add(.mediation, "\(verb) \(pair)")
            }
        }
        add(.mediation, "convene another round", "convene a second round", "convene a new round", "convene further talks",
            "convene the next round", "convene the next meeting", "convene the next session", "convene new talks")
        add(.mediation, "invite negotiators", "host another round",
            "host a second round", "host a new round", "host further talks", "host the next round", "host the next meeting",
            "host the next meetings", "host future talks", "host a follow up round", "host the follow up round", "provided a channel",
            "provide a channel", "channel between", "bring the two sides", "bring both sides", "bring the two leaders",
            "bring the two presidents", "bring the two men", "bring the two countries", "bring the two governments",
            "bring the two neighbours", "bring the two neighbors")
        add(.mediation, "bring them together", "bring their leaders together", "bring them back to the negotiating table",
            "bring them back to the table", "bring them to the negotiating table", "bring both sides back to the table",
            "bring the two sides back to the table", "bring both sides back to the negotiating table")
        // "Medvedev persuaded the two leaders to agree to …", "Holbrooke leaned on both governments": a
        // third party bringing both sides round.
        add(.mediation, past: true, "persuaded the two leaders", "persuaded the two presidents", "persuaded both leaders", "persuaded the two sides",
            "persuaded both sides", "leaned on both governments", "leaned on both sides", "leaned on the two governments", "leaned on the two sides",
            "pressed both sides", "pressed both governments", "pressed the two sides", "pressed both leaders", "pressed the two leaders",
            "pressed both men", "pressed them to")
        // "telephoned Burhan and Dagalo … to press them to stop": the two named before.
        add(.mediation, "press them to", "pressing them to", "press both sides", "pressing both sides", "press both leaders",
            "pressing both leaders")
        // "Medvedev was ready to host the two presidents again", "prepared to host the sides"; "would keep
        // working with both governments"; "help the two neighbours find a way out", "help its two allies
        // resolve their differences".
        add(.mediation, "host the two presidents", "host the two leaders", "host both leaders", "host the two sides", "host both sides",
            "host the two men", "host the two ministers", "host the sides", "keep working with both", "keep working with the two",
            "continue working with both", "continue to work with both", "help the two neighbours", "help the two neighbors",
            "help the two countries", "help both countries", "help the two allies", "help its two allies", "help both allies")
        /// Mediation phrases whose sides are "between X and Y" or else the document's (`sidesFromDocument`).
        func addWithDocumentSides(past: Bool, _ phrases: [String]) {
            for phrase in phrases {
                list.append(Trigger(words: phrase.split(separator: " ").map { Word($0) }, kind: .mediation, past: past, sidesFromDocument: true))
            }
        }
        // "Canberra had asked Sweden for help": asked of one named right before (`EventPatterns.askedAgent`);
        // "thanked the Chinese government for its assistance": given by one thanked (`EventPatterns.thanks`).
        addWithDocumentSides(past: false, ["for help", "for its help", "for their help", "for his help", "for her help", "for assistance",
                                           "for its assistance", "for their assistance", "for his assistance", "for her assistance",
                                           "for its role", "for its diplomatic role", "for its efforts", "for their efforts", "for his efforts",
                                           "for her efforts"])
        // "was ready to help if both countries wanted him to", "stands ready to help if asked": an offer.
        addWithDocumentSides(past: false, ["help if both", "help if asked", "help if requested", "help if needed", "help if they"])
        // "his consultations with both sides would continue", "has been seeking the agreement of both Moscow and
        // Kiev": a third party at work with the two.
        addWithDocumentSides(past: false, ["consultations with both sides", "consultations with the two sides", "contacts with both sides",
                                           "contacts with the two sides"])
        addWithDocumentSides(past: true, ["seeking the agreement of both", "sought the agreement of both"])
        // "China acted at the request of both the United States and North Korea": a mediation both asked for.
        addWithDocumentSides(past: true, ["at the request of both"])
        // "going back and forth between Nalbandian and Davutoğlu"
        addWithDocumentSides(past: true, ["going back and forth", "went back and forth", "shuttling back and forth", "shuttled back and forth"])
        // "Russia and Iran pressed ahead with efforts to reconcile the former enemies", "would keep
        // helping the two sides find common ground".
        add(.mediation, "reconcile", "reconciling", "help the two sides", "helping the two sides", "help both sides", "helping both sides",
            "help the parties", "helping the parties")
        // "South Africa was ready to help end the dispute": the document's dispute, unless "between" names another.
        addWithDocumentSides(past: false, ["end", "resolve", "settle"].flatMap { verb in
            ["dispute", "conflict", "war", "crisis", "standoff", "feud"].map { "help \(verb) the \($0)" }
        })
        add(.mediation, past: true, "helped the two sides", "helped both sides")
        // "offered in August to help free some 45 captives", "helped secure the release of three American
        // hikers": freeing captives held by one side for the other.
        addWithDocumentSides(past: false, ["help free", "helping free", "help secure the release", "help win the release"])
        addWithDocumentSides(past: true, ["helped free", "helped secure the release", "helped win the release"])
        // "Bouteflika, Annan and Albright signed as witnesses": who witnesses a settlement by signing it
        // stands behind it between the two sides.
        let signed = ["signed", "signed it", "co signed", "added their signatures"] + ["document", "accord", "agreement", "deal", "treaty"].map { "signed the " + $0 }
        addWithDocumentSides(past: true, signed.flatMap { ["\($0) as witnesses", "\($0) as a witness"] })
        // "with Kenya acting as witness"; "Kenya witnessed the signing of the accord between …" (but "Xi and
        // Putin witnessed the signing of 14 agreements" are its parties).
        addWithDocumentSides(past: true, ["acting", "acted", "served", "serving"].flatMap { verb in
            ["witness", "a witness", "witnesses"].map { "\(verb) as \($0)" }
        })
        add(.mediation, past: true, needsBetween: true, "witnessed the signing", "witnessed the signature")
        add(.mediation, past: true, "brought them together", "brought their leaders together", "brought the two sides", "brought both sides", "brought the two leaders", "brought the two presidents",
            "brought the two men", "brought the two countries", "brought the two governments")
        add(.mediation, needsBetween: true, "restarting dialogue", "restart dialogue", "resuming dialogue",
            "resume dialogue", "restarting talks", "restart talks", "reviving talks", "revive talks", "bridge",
            "help resolve", "help settle", "help end", "help defuse", "help open talks", "help start talks", "help restart talks",
            "resolve the dispute", "settle the dispute", "narrow the gap", "narrow the gaps", "bridge the gap", "bridge the gaps",
            "ease tension", "ease tensions", "easing tension", "easing tensions", "reduce tension", "reduce tensions",
            "reducing tension", "reducing tensions", "defuse tension", "defuse tensions", "calm tension", "calm tensions",
            "calming tension", "calming tensions", "cool tensions", "lower tensions", "defuse the standoff", "defuse the crisis",
            "defuse the dispute", "ease the standoff", "resolve the standoff", "break the impasse", "break the deadlock",
            "break the stalemate", "promote dialogue", "promoting dialogue", "promote talks", "encourage dialogue",
            "encouraging dialogue", "foster dialogue", "fostering dialogue")
        add(.mediation, past: true, needsBetween: true, "helped end", "helped resolve", "helped settle", "helped defuse", "helped ease",
            "helped to end", "helped to resolve", "helped to settle", "helped to defuse", "helped to ease")
        // "Qatar arranged an exchange of prisoners between the United States and Iran", "Sweden convened
        // talks between the two".
        add(.mediation, past: true, needsBetween: true, "arranged", "convened", "organised", "organized")
        // "Norway set up secret talks between Israel and the PLO", "presided over the talks between",
        // "relaunched talks between …": a third party that starts or runs the sides' talks.
        add(.mediation, past: true, needsBetween: true, "set up", "paved the way for", "presided over", "initiated", "steered", "guided",
            "oversaw", "relaunched", "revived", "restarted", "moderated", "led the talks", "led the negotiations", "kept open")
        add(.mediation, needsBetween: true, "convene", "convening")
        // "under Qatar's auspices", "under UN auspices", "under Boutros-Ghali's chairmanship": the actor before it.
        add(.mediation, "auspices", "sponsorship", "chairmanship")
        // "Norway acted as guarantor of the agreement", "Kenya sponsored the talks".
        add(.mediation, past: true, "acted as guarantor", "acted as a guarantor", "acted as guarantors", "served as guarantor",
            "served as a guarantor", "served as guarantors", "sponsored the talks", "sponsored talks", "sponsored the negotiations",
            "sponsored negotiations")
        add(.mediation, "act as guarantor", "act as a guarantor", "act as guarantors", "serve as guarantor", "serve as a guarantor",
            "serve as guarantors")
        // "envoys from Venezuela, Cuba and Norway, which are acting as guarantor countries": a role held now.
        add(.mediation, past: true, "acting as guarantor", "acting as a guarantor", "acting as guarantors", "serving as guarantor",
            "serving as a guarantor", "serving as guarantors", "acting as guarantor countries", "serving as guarantor countries")
        add(.mediation, past: true, needsBetween: true, "shuttled", "went back and forth")
        add(.mediation, needsBetween: true, "shuttling", "shuttles", "back and forth")
        // "Lukashenko had offered his capital as the venue": a host for the sides' talks.
        add(.mediation, "as the venue", "as a venue")
        // "prepared to host direct talks between the two neighbours", "hosted a meeting between": hosting
        // the two sides' talks, whatever the talks are called.
        for verb in ["host", "hosts", "hosting", "hosted"] {
            for talks in ["direct talks", "indirect talks", "peace talks", "fresh talks", "new talks", "proximity talks",
                          "a meeting", "a round of talks", "negotiations", "a summit", "a conference"] {
                list.append(Trigger(words: "\(verb) \(talks)".split(separator: " ").map { Word($0) }, kind: .mediation,
                                    past: verb == "hosted", needsBetween: true))
            }
        }
        // "stood ready to act as a neutral venue for talks between North Korea and Japan".
        add(.mediation, needsBetween: true, "venue")
        // "received assurances through Kuwait and Oman", "sent its answer back through Oman": the one
        // things pass through is a go-between (`EventPatterns`: the agents follow "through").
        for phrase in passedThrough {
            list.append(Trigger(words: "\(phrase) through".split(separator: " ").map { Word($0) }, kind: .mediation, past: true))
        }
        // "held talks in Ulaanbaatar with the help of the Mongolian government": the helper is the agent.
        add(.mediation, past: true, "with the help of")
        add(.carrier, "pass on", "passing on", "pass", "passing", "relay", "relaying", "convey", "conveying", "carry", "carrying", "deliver", "delivering")
        add(.carrier, past: true, "passes on", "relays", "conveys", "carries", "delivers")
        add(.carrier, past: true, "passed on", "passed", "relayed", "conveyed", "carried", "delivered", "handed", "hand delivered")
        // "brought a message from Kim to Kim Dae-jung", "brought back Kim's reply", "forwarded the letter".
        add(.carrier, "bring", "bringing", "brings", "transmit", "transmitting")
        add(.carrier, past: true, "brought", "brought back", "forwarded", "transmitted")
        add(.relay, "inform", "tell", "brief")
        add(.plea, "step in", "intervene", "organise negotiations", "organize negotiations", "organise talks", "organize talks",
            "help find", "use his influence", "use her influence", "use its influence", "use their influence",
            "use its ties", "use his ties", "use her ties", "use their ties", "use its leverage", "use his leverage", "use their leverage",
            "press", "persuade", "call an emergency meeting", "call a meeting", "convene a meeting", "convene talks",
            "intercede", "get involved", "take a direct role", "play a role",
            // "asked Xi to help reopen dialogue with North Korea". (Not "help revive negotiations between …",
            // help of one’s own: `EventLexicon.reviving`; nor a call to "play a constructive role", generic support.)
            "help reopen")
        add(.communication, "tells", "telling", "letter to", "message to", "spoke by phone", "phone call with", "phoned")
        add(.communication, past: true, "told", "informed", "wrote to", "sent a letter", "sent a message")
        // Longest first, so "held talks" wins over "talks".
        return list.sorted { $0.words.count > $1.words.count }
    }()

    /// Participles whose agent the name joined to them by a hyphen is ("Saudi-led", "Russian-mediated talks").
    static let agentParticiples: Set<String> = ["led", "mediated", "brokered", "hosted", "sponsored", "facilitated"]

    /// "the two Koreas", "both Koreas", "inter-Korean talks": the pair a word names without naming either.
    static let koreas: [ActorID] = ["north-korea", "south-korea"]

    /// "signed the agreement in the presence of the Emir": the witnesses meet the signatories. Keyed by
    /// "presence", so that "in" starts no trigger; `EventPatterns` asks for "in the" before it.
    static let inThePresenceOf: [Word] = ["presence", "of"]

    /// Verbs of helping or coaxing two sides to an act of settling (`settling`): "helping Kabul and
    /// Islamabad build trust", "coax Greece and Turkey into talks" (`EventPatterns`). As `Word`s: they
    /// are ASCII letters, which a word equals only byte for byte.
    static let helpingVerbs: Set<Word> = ["help", "helps", "helping", "helped", "coax", "coaxing", "coaxed", "nudge", "nudging",
                                            "nudged", "persuade", "persuading", "persuaded"]
    /// Verbs of easing a conflict between two sides (`conflicts`): "cool a confrontation between …".
    static let easing: Set<Word> = ["ease", "easing", "eased", "cool", "cooling", "cooled", "calm", "calming", "calmed", "defuse",
                                      "defusing", "defused", "resolve", "resolving", "resolved", "settle", "settling", "settled",
                                      "end", "ending", "soothe", "soothing", "mend", "mending", "normalise", "normalising",
                                      "normalize", "normalizing", "restore", "restoring", "repair", "repairing", "improve", "improving"]
    /// Nouns for a conflict between two sides.
    static let conflicts: Set<Word> = ["confrontation", "standoff", "crisis", "row", "dispute", "tension", "tensions",
                                         "feud", "rift", "conflict", "quarrel", "spat", "war", "fighting", "hostilities", "impasse",
                                         "relations", "ties"]
    /// Verbs of reviving talks that stalled ("revive stalled nuclear negotiations between").
    static let reviving: Set<Word> = ["revive", "reviving", "revived", "restart", "restarting", "restarted", "resume", "resuming",
                                        "resumed", "rekindle", "rekindling", "salvage", "salvaging"]
    /// The talks a verb of `reviving` revives.
    static let revived: Set<Word> = ["talks", "negotiations", "dialogue", "contacts"]
    /// What two sides are helped to do (ASCII letters, as `helpingVerbs`).
    static let settling: Set<Word> = ["find", "reach", "build", "settle", "resolve", "overcome", "mend", "bridge", "end", "narrow",
                                        "restore", "normalise", "normalize", "improve", "reconcile", "resume", "return", "negotiate"]

    /// "The two ministers travelled to Moscow at the invitation of Putin": the host of two sides
    /// (`EventPatterns` asks for two; one guest's invitation is a visit's).
    static let atTheInvitationOf = Trigger(words: ["at", "the", "invitation", "of"], kind: .mediation, past: true)
    /// "offered Israel's help", "asked for the pontiff's help": the help of the one named before "'s",
    /// offered or asked for between the document's sides (`EventPatterns.possessedHelp(at:in:)`).
    /// "asked Yang to use Beijing's influence": a plea, as "use its influence" (`EventPatterns.usedInfluence(at:in:)`).
    static let usedInfluence = Trigger(words: ["use", "its", "influence"], kind: .plea, past: false)
    static let possessedHelp = Trigger(words: ["help"], kind: .mediation, past: false, sidesFromDocument: true)
    /// "China offered to help.": help offered between the document's sides (`EventPatterns.offeredHelp(at:in:)`).
    static let offeredHelp = Trigger(words: ["offered", "to", "help"], kind: .mediation, past: false, sidesFromDocument: true)
    /// Verbs that offer or ask for someone's help.
    static let helpSought: Set<Substring> = ["offered", "offering", "offers", "offer", "asked", "asks", "ask", "sought", "seeking",
                                             "requested", "appealed", "enlisted"]

    /// "brought together", also when its guests stand between the two words (`EventPatterns`).
    static let broughtTogether = Trigger(words: ["brought", "together"], kind: .meeting, past: true)
    /// "brought the countries' foreign ministers together", "to bring the former enemies together": a
    /// mediation between a pair named before; performed (`past`) when brought or when "helped" comes before.
    static func togetherNamingNoOne(_ verb: Word, past: Bool) -> Trigger {
        Trigger(words: [verb, "together"], kind: .mediation, past: past, namesPair: true)
    }
    /// "try to bring Pyongyang and Washington together": a mediation, its guests its sides; performed
    /// (`past`) when "helped" comes before.
    static func bringTogether(past: Bool) -> Trigger { Trigger(words: ["bring", "together"], kind: .mediation, past: past) }

    /// The triggers by their first word, longest first: one dictionary lookup per word of text (the
    /// string of the `Word` a sentence gives for it, `EventPatterns.Sentence.word(_:)`), for words
    /// that are not ASCII.
    static let triggersByFirstWord: [String: [Trigger]] = Dictionary(grouping: triggers, by: { $0.words[0].string })

    /// The triggers by the key (`Token.key`) of their first word, in the order of `triggers`: an ASCII
    /// word's triggers are among those of its lower-cased key, found without hashing a string. Words
    /// whose keys collide share a list, so a trigger found there is still matched word for word.
    static let triggersByFirstKey: [UInt64: [Trigger]] = Dictionary(grouping: triggers, by: { Token.key(of: $0.words[0].string.utf8) })

    /// The triggers that may start at `token`, longest first.
    @inline(__always)
    static func triggers(startingWith token: Token) -> [Trigger]? {
        // The trigger words are ASCII letters: an ASCII token equals one only byte for byte.
        token.isASCII ? triggersByFirstKey[token.lowercasedKey] : triggersByFirstWord[token.lowercasedWord.string]
    }

    /// Markers that a meeting is still to come.
    static let planned: Set<Substring> = ["will", "would", "plans", "planned", "planning", "plan", "prepared", "preparing",
                                          "preparations", "preparation", "expected", "expects", "expect", "scheduled", "upcoming",
                                          "ahead", "agreed", "track", "forthcoming", "next",
                                          "future", "set", "due", "ground", "groundwork", "return", "promised", "possible", "potential",
                                          "prospective", "eventual",
                                          "promises", "pledged", "pledges", "vowed", "vows", "intends", "intend", "intended",
                                          "aims", "aim", "arrange", "arranging", "accepted", "accepts"]
    /// Markers of a wish, not a plan ("ready for talks", "wanted a second summit"): no meeting at all.
    static let wishes: Set<Substring> = ["seek", "prospects", "prospect", "willingness", "readiness", "eager", "keen", "desire", "ready", "open", "willing", "hope", "hopes", "hoped", "hoping", "wants", "want",
                                         "wanted", "seeks", "seeking", "sought", "invited", "invites", "invite",
                                         "invitation", "proposal", "proposed", "urged", "calls", "called", "push", "pushing",
                                         "suggested", "suggests", "favoured", "favored", "favours", "favors", "asked", "asks", "asking",
                                         "pursue", "pursuing",  // "they will pursue three-way talks with the United States"
                                         "forward"]  // "looked forward to meeting him"
    /// Words that make a conversation remote: a call is communication, not a meeting.
    static let remote: Set<Substring> = ["phone", "telephone", "telephoned", "phoned", "call", "videoconference", "video", "virtual",
                                         "virtually", "online"]
    /// Words that make a standing format a process, not a meeting ("the talks have been stalled since 2008").
    static let dormant: Set<Substring> = ["stalled", "collapsed", "suspended", "deadlocked", "frozen", "defunct", "moribund"]
    /// Markers that it was called off.
    static let cancelled: Set<Substring> = ["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling",
                                            "scrapped", "scrap", "off", "postponed", "postpone", "postpones", "postponing"]
    /// Markers that a mediation is offered rather than done.
    static let offered: Set<Substring> = ["ready", "readiness", "offer", "offered", "offers", "offering", "willing",
                                          "willingness", "prepared", "could", "would", "can", "propose", "proposed",
                                          "volunteered", "stands", "stand", "invite", "invited", "help", "glad", "happy", "pleased",
                                          "honoured", "honored"]
    /// Markers that a side asked for mediation.
    static let requested: Set<Substring> = ["asked", "ask", "asks", "urged", "urge", "urges", "requested", "request",
                                            "accept", "wants", "wanted", "called", "authorized", "authorised", "mandated"]
    /// Reporting verbs: the actor next to them is the speaker, not a participant.
    static let reporting: Set<Substring> = ["said", "says", "added", "stressed", "noted", "stated", "announced",
                                            "confirmed", "reported", "according", "claimed", "insisted", "explained", "saying", "adding"]
    /// Conjunctions that open a subordinate clause with its own subject.
    static let subordinators: Set<Substring> = ["that", "as", "while", "when", "whereas", "because", "since", "if", "whether",
                                                "unless", "until", "but", "though", "although"]
    /// Verbs (besides reporting verbs and past forms in -ed) that take a "that" clause.
    static let thatVerbs: Set<Substring> = ["ensure", "say", "says", "hope", "hopes", "believe", "believes", "think", "thinks", "thought",
                                            "know", "knew", "knows", "told", "tell", "tells", "warn", "warns", "insist", "insists",
                                            "suggest", "suggests", "indicate", "indicates", "fear", "fears", "expect", "expects",
                                            "demanding", "demand", "so", "wrote", "argue", "argues", "show", "shows", "showed"]
    /// Negations before a trigger: the event did not happen.
    static let negations: Set<Substring> = ["not", "never", "no", "nor", "t", "without", "neither", "refused", "declined", "denied",
                                            "sidestepped",
                                            "instead"]
    /// Words after a demonym that make it stand for its state ("the Russian side", "North Korean officials").
    /// "in southern Italy", "in eastern Ukraine": a direction between a locative word and a country.
    static let compassWords: Set<Substring> = ["southern", "northern", "eastern", "western", "central", "northeastern", "northwestern",
                                               "southeastern", "southwestern", "north", "south", "east", "west"]

    /// Words of a relative clause about holding a meeting ("a meeting he had been scheduled to hold with").
    static let holdingClause: Set<Substring> = ["he", "she", "they", "it", "we", "that", "which", "had", "has", "have", "was", "were",
                                               "is", "are", "been", "due", "scheduled", "planned", "planning", "expected", "set",
                                               "to", "hold", "held"]

    /// Verbs of a journey, after which "to meet …" or "to see …" is its traveller's purpose.
    static let journeyVerbs: Set<Substring> = ["travelled", "traveled", "flew", "went", "headed", "came", "returned", "travels",
                                              "flies", "goes", "heads", "travel", "fly", "go", "head", "arrived", "arrives",
                                              "going", "flying", "travelling", "traveling", "heading"]
    /// Adverbs between a journey verb and where it goes: "flying on to", "went back to", "going on afterwards to".
    static let onward: Set<Substring> = ["on", "back", "afterwards", "afterward", "later", "then", "onward", "onwards", "straight", "directly"]

    /// Verbs of a go-between travelling to and fro: "shuttled between the two delegations" names the pair
    /// that last met.
    static let shuttles: Set<Substring> = ["shuttled", "shuttling", "shuttles"]

    static let stateNouns: Set<Substring> = ["side", "government", "officials", "official", "delegation", "delegations",
                                             "diplomats", "diplomat", "representatives", "representative", "envoy", "envoys",
                                             "team", "teams", "authorities", "intelligence", "agency", "mediator", "mediators", "mediation", "intermediary", "intermediaries",
                                             "auspices", "sponsorship", "chairmanship", "leadership", "negotiators", "negotiator", "counterparts",
                                             "state", "regime", "administration", "military", "forces", "troops", "president",
                                             "leader", "minister", "ministry", "embassy", "ambassador", "army", "navy",
                                             "foreign", "prime", "defence", "defense", "vice", "deputy", "special", "senior",
                                             "top", "chief", "supreme", "spokesman", "spokeswoman", "spokesperson", "counterpart",
                                             "lawmaker", "lawmakers", "parliamentary", "head", "people", "premier", "king",
                                             "governments"]  // "talks mediated by the Qatari and Turkish governments"
    /// Carrier verbs of a message taken by hand to its addressee (not "passed on", which may be by phone).
    static let byHand: Set<Substring> = ["carried", "delivered", "handed", "hand"]
    /// Relatives: "Kim's father" is not Kim.
    static let kin: Set<Substring> = ["father", "mother", "grandfather", "grandmother", "son", "daughter", "sister", "brother",
                                      "wife", "husband", "uncle", "aunt", "widow", "predecessor", "successor"]
    /// Nouns for whoever mediates: the actor right before one is the mediator ("Qatari mediators").
    static let mediatorNouns: Set<Substring> = ["mediator", "mediators", "intermediary", "intermediaries", "facilitator", "go",
                                                "mediation", "auspices", "sponsorship", "chairmanship", "conduit", "help"]
    /// Nouns of mediation at work: those who mediated ("Algerian intermediaries carried …"), and the
    /// mediation itself ("the result of Turkish mediation", "shuttle diplomacy", "under the auspices of
    /// Norway"), unless an offer or a request is worded.
    static let mediatorsAtWork: Set<Substring> = ["mediators", "intermediaries", "mediation", "shuttle", "shuttling", "shuttles", "back", "auspices",
                                                  "sponsorship", "chairmanship"]
    /// Nouns for talks, the object of "hosted by".
    static let talksNouns: Set<Substring> = ["talks", "negotiations", "meeting", "meetings", "summit", "round", "consultations",
                                             "conference", "dialogue"]
    /// What passes "through" a go-between: "assurances through Kuwait", "its answer back through Oman".
    static let passedThrough = ["assurances", "guarantees", "answer", "answer back", "reply", "response", "messages", "message",
                                "indirect talks", "indirect negotiations", "contacts",
                                "proposals", "letter", "letters", "word", "indirectly", "routed"]
    /// The talks a pair holds next: "another round", "the next round".
    static let nextRounds = ["another round", "a new round", "a further round", "the next round", "a fresh round"]
    /// Words for what a carrier carries.
    static let messages: Set<Substring> = ["letter", "letters", "message", "messages", "note", "invitation", "proposal", "proposals",
                                           "response", "responses", "reply", "answer", "concerns", "views",
                                           "offer", "offers", "request", "position", "assurances", "guarantees",
                                           "conditions", "terms", "demands", "replies", "versions", "drafts", "suggestion", "suggestions",
                                           "ideas", "idea", "signal", "signals", "warning", "assurance", "pledge"]
}
