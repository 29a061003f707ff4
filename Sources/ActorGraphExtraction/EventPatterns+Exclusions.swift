/// Wordings in which a trigger names no event of its own.
extension EventPatterns {
    /// Whether the trigger from `first` to `last` names no event: mediation "between our two
    /// countries" or only called for, a career ("a veteran of the negotiations"), a verb used in another
    /// sense ("saw Russia as", "talked about", "called on X to"), or a meeting that a mediation verb
    /// before it makes the sides' ("who brokered the meeting").
    func namesNoEvent(_ trigger: EventLexicon.Trigger, first: Int, last: Int, in s: Sentence, clause: ClosedRange<Int>) -> Bool {
        // "the State Department's special envoy for talks with the North": a post named after talks, no talks.
        if trigger.kind.isEncounter, first - 2 >= s.tokens.startIndex, s.word(first - 1) == "for",
           ["envoy", "negotiator", "representative", "coordinator"].contains(s.word(first - 2)) {
            return true
        }
        // "a border quarrel that brought the two countries to the brink of war": brought to a danger, not together.
        if trigger.kind == .mediation, trigger.words[0] == "brought", last + 2 < s.tokens.endIndex {
            let noun = s.word(last + 2) == "the" && last + 3 < s.tokens.endIndex ? s.word(last + 3) : s.word(last + 2)
            if (s.word(last + 1) == "to" && ["brink", "verge", "edge", "war"].contains(noun)) || (s.word(last + 1) == "close" && s.word(last + 2) == "to") {
                return true
            }
        }
        // "shuttle diplomacy between our two countries": the speaker's own side is one of them.
        if trigger.kind == .mediation, (last + 1..<min(last + 3, s.tokens.endIndex)).contains(where: { s.word($0) == "between" }),
           (last + 2..<min(last + 4, s.tokens.endIndex)).contains(where: { s.word($0) == "our" }) {
            return true
        }
        // "The two leaders restored shuttle diplomacy", "agreed to resume shuttle diplomacy": leaders'
        // visits to each other, taken up again, not a go-between's.
        if trigger.kind == .mediation, trigger.words == ["shuttle", "diplomacy"],
           (max(clause.lowerBound, first - 4)..<first).contains(where: { k in
               EventLexicon.reviving.contains(s.word(k)) || ["restore", "restored", "restoring", "resumption"].contains(s.word(k))
           }) {
            return true
        }
        // "ethanol would help both countries cut pollution": help with something other than their quarrel.
        if trigger.kind == .mediation, ["help", "helping", "helped"].contains(trigger.words[0]), trigger.words.count > 2,
           ["countries", "sides", "neighbours", "neighbors", "parties"].contains(trigger.words[trigger.words.count - 1]), last + 1 < s.tokens.endIndex, s.word(at: last + 1, is: .lowerInitial),
           !EventLexicon.settling.contains(s.word(last + 1)), !EventPatterns.helpedTowards.containsLowercased(s.tokens[last + 1]) {
            return true
        }
        // "accused Museveni of serving as a conduit for weapons": a conduit for things, not for messages.
        if trigger.kind == .mediation, s.word(last) == "conduit", last + 2 < s.tokens.endIndex, s.word(last + 1) == "for",
           !s.word(at: last + 2, is: .message), !s.actors.contains(where: { $0.token == last + 2 }) {
            return true
        }
        // "holds the rotating chairmanship of the African Union": a chair is no mediator unless talks are held
        // "under" it ("met under the chairmanship of China", "under Boutros-Ghali's chairmanship").
        if trigger.kind == .mediation, s.word(first) == "chairmanship",
           !(max(clause.lowerBound, first - 6)..<first).contains(where: { s.word($0) == "under" }) {
            return true
        }
        // "Uribe had ended Chavez's role as a facilitator": a role brought to an end.
        if trigger.kind == .mediation, first == last, EventLexicon.mediatorNouns.contains(s.word(first)),
           let role = (max(clause.lowerBound, first - 3)..<first).first(where: { s.word($0) == "role" && s.word($0 + 1) == "as" }),
           (max(clause.lowerBound, role - 4)..<role).contains(where: { EventPatterns.ending.contains(s.word($0)) }) {
            return true
        }
        // "…, the two mediators announced on Friday": mediators who speak are named, not at work.
        if trigger.kind == .mediation, first == last, EventLexicon.mediatorNouns.contains(s.word(first)),
           last + 1 < s.tokens.endIndex, s.word(at: last + 1, is: .reporting) {
            return true
        }
        // "China called for efforts to ease tensions between …", "urged both to restart dialogue between …":
        // support for a settlement, no mediation.
        // But "will push for a summit with Kim to help revive negotiations between …": help of one's own.
        if trigger.kind == .mediation, trigger.needsBetween, s.anyWord(from: max(clause.lowerBound, first - 8), to: first, is: .requested),
           !(first - 1 > clause.lowerBound && s.word(first - 1) == "help" && s.word(first - 2) == "to") {
            return true
        }
        // "carried a summit offer from Kim to Seoul", "a meeting proposal": a meeting that describes what is
        // carried or proposed is none of its own.
        if trigger.kind.isEncounter, !trigger.past, first == last, last + 1 < s.tokens.endIndex, s.word(at: last + 1, is: .message) {
            return true
        }
        // "a fitting place for the two leaders to meet", "time for them to meet": a place or a moment
        // described, no meeting.
        if trigger.kind.isEncounter, first - 2 > clause.lowerBound, s.word(first - 1) == "to",
           let forWord = (max(clause.lowerBound + 1, first - 6)..<first - 1).last(where: { s.word($0) == "for" }),
           ["place", "venue", "site", "setting", "location", "spot", "time", "moment", "occasion", "ground"].contains(s.word(forWord - 1)) {
            return true
        }
        // "Russia recalled its ambassador for consultations": called home, no one met.
        if trigger.words == ["consultations"],
           (max(clause.lowerBound, first - 8)..<first).contains(where: { ["recalled", "recalls", "recall", "recalling"].contains(s.word($0)) }) {
            return true
        }
        // "Ms Choe, a veteran of the nuclear negotiations with Washington": a career, not an event.
        if trigger.kind.isEncounter, !trigger.past,
           (max(clause.lowerBound, first - 4)..<first).contains(where: { s.word($0) == "veteran" || s.word($0) == "veterans" }) {
            return true
        }
        // "also saw Prime Minister Vladimir Putin", "to see President Assad", "greeted Xi at the airport",
        // "where Yoon greeted him": seeing or greeting an official is meeting him; "saw Russia as a threat",
        // "saw Mr Choe's trip as", "to see whether", "greeted the news" is not.
        if s.word(last) == "saw" || s.word(last) == "seeing" || s.word(last) == "greeted" || (last == first + 1 && s.word(last) == "see"),
           objectPronoun(after: last, in: s).map({ $0 + 1 < s.tokens.endIndex && s.word($0 + 1) == "as" }) ?? true,
           !s.actors.contains(where: { $0.token > last && $0.token <= last + 5 && kind($0.actor, in: s) == .official
               && !($0.last + 1 < s.tokens.endIndex && s.word(at: $0.last + 1, is: .apostrophe)) }) {
            return true
        }
        // "welcomed the statement, as did the Japanese delegation": a thing welcomed is no one met.
        if first == last, ["welcomed", "welcomes", "welcoming"].contains(s.word(first)), last + 2 < s.tokens.endIndex,
           ["the", "a", "an", "this", "that", "its", "their"].contains(s.word(last + 1)), s.word(at: last + 2, is: .lowerInitial),
           !s.word(at: last + 2, is: .title), !EventLexicon.stateNouns.contains(s.word(last + 2)),
           !(["two", "visiting"].contains(s.word(last + 2)) || EventPatterns.groupSizes.contains(s.word(last + 2))
               || s.word(at: last + 2, is: .pairPeople)),
           !s.actors.contains(where: { $0.token == last + 2 }) {
            return true
        }
        // "talked about Kim", "talked up a summit": no one talked with anyone.
        if first == last, s.word(first) == "talked", last + 1 < s.tokens.endIndex, ["about", "of", "up", "down", "tough"].contains(s.word(last + 1)) {
            return true
        }
        // "called on Mr Xi to speak to Zelensky" urges; "called on President Park at Cheong Wa Dae" visits
        // (and "will call on President Duda").
        // ("called on Iranian President Hassan Rouhani and Saudi Arabia to resolve …": "to" right after
        // those called on, however long their names.)
        if last == first + 1, ["called", "call", "calls"].contains(s.word(first)), s.word(last) == "on" {
            let called = s.actors.filter { $0.token > last && $0.token <= clause.upperBound }
            let group = Set(nearestGroup(called, in: s))
            let end = called.first.flatMap { isDescription(last + 1..<$0.token, in: s) ? called.last(where: { group.contains($0.actor) })?.last : nil }
            if (last + 1..<max(last + 1, min(last + 7, clause.upperBound + 1))).contains(where: { s.word($0) == "to" })
                || end.map({ $0 + 1 < s.tokens.endIndex && s.word($0 + 1) == "to" }) == true {
                return true
            }
        }
        // "offered … to help broker talks between Moscow and Kyiv", "ready to host a summit": talks a third
        // party would arrange are no meeting yet.
        if trigger.kind.isEncounter, !trigger.past, let verb = (max(clause.lowerBound, first - 2)..<first).first(where: {
            ["broker", "host", "facilitate", "arrange", "organise", "organize", "mediate", "convene"].contains(s.word($0))
        }), verb > clause.lowerBound, s.word(verb - 1) == "to" || (verb - 2 >= clause.lowerBound && s.word(verb - 2) == "to") {
            return true
        }
        // "Correa and Vázquez, who brokered the meeting": the object of a mediation names the sides'
        // meeting, which its own words tell.
        if trigger.kind.isEncounter, !trigger.past, first - 2 >= clause.lowerBound, ["the", "a", "this", "that"].contains(s.word(first - 1)),
           s.word(at: first - 2, is: .triggerStart),
           EventLexicon.triggersByFirstWord[s.word(first - 2).string]?.contains(where: { $0.kind == .mediation && $0.past && $0.words.count == 1 }) == true {
            return true
        }
        return false
    }

    /// Whether a mention qualifies an act rather than naming someone: "the Kuwaiti mediation", "Qatar's
    /// efforts", "the Swiss proposal", "efforts by Germany".
    func namesAnAct(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        if mention.token >= s.tokens.startIndex + 2, s.word(mention.token - 1) == "by", EventPatterns.acts.contains(s.word(mention.token - 2)) {
            return true
        }
        var k = mention.last + 1
        if k + 1 < s.tokens.endIndex, s.word(at: k, is: .apostrophe), s.word(k + 1) == "s" { k += 2 }
        return k < s.tokens.endIndex && EventPatterns.acts.contains(s.word(k))
    }

    /// Whether a mention after the trigger is what is talked about, not who talks: "a conference on
    /// Afghanistan", "discussed security on Tajikistan's border with Afghanistan", "talks about Iran".
    func namesATopic(_ mention: ResolvedMention, after last: Int, in s: Sentence) -> Bool {
        let before = mention.token - 1
        guard before > last else { return false }
        if ["on", "about", "regarding", "concerning", "over"].contains(s.word(before)) { return true }
        // "welcomed the Kuwaiti mediation between Qatar and Saudi Arabia", "hailed the accord between …": the
        // parties of an act or a settlement named after the trigger are what it is about.
        if let between = (last + 1..<mention.token).last(where: { s.word(at: $0, is: .between) }), between > last + 1,
           EventPatterns.acts.contains(s.word(between - 1)) || EventPatterns.settlements.contains(s.word(between - 1)) {
            return true
        }
        return s.word(before) == "with" && ["border", "borders", "frontier", "boundary"].contains(s.word(before - 1))
    }

    /// Nouns of a settlement or a quarrel between two parties.
    static let settlements: Set<String> = ["agreement", "accord", "deal", "ceasefire", "truce", "rapprochement", "reconciliation",
                                           "dispute", "conflict", "tensions", "treaty", "thaw"]

    /// Verbs that bring a role to an end ("ended Chavez's role as a facilitator").
    static let ending: Set<Word> = ["end", "ends", "ended", "ending", "terminated", "revoked", "withdrew", "withdrawn"]

    /// Nouns of what a state does or says, not of who it is.
    static let acts: Set<String> = ["mediation", "efforts", "effort", "offer", "offers", "proposal", "proposals", "initiative",
                                    "plan", "statement", "decision", "position", "announcement", "role", "help", "support"]

    /// What two sides may be helped towards or in, besides settling (`EventLexicon.settling`): "help the two
    /// countries achieve peace", "help both sides take the first steps", "help the parties in their talks",
    /// "help the two neighbours delimit their border".
    static let helpedTowards: WordSet = ["to", "achieve", "agree", "come", "move", "work", "ease", "defuse", "avoid", "stop",
                                         "delimit", "demarcate", "solve",
                                         "talk", "sit", "make", "take", "start", "begin", "get", "open", "hold", "restart", "break",
                                         "in", "with", "through", "on", "towards", "toward", "out"]
}
