import ActorGraphCore

/// Status: held, planned or cancelled meetings; offered, performed or requested mediation.
extension EventPatterns {
    /// A meeting only wished for ("ready for talks", "wanted a summit") within the few words before it,
    /// or only possible ("could meet", "a third meeting with Kim could happen": up to six words after
    /// it, before a comma).
    func isWish(first: Int, last: Int, in s: Sentence, clause: ClosedRange<Int>) -> Bool {
        // In lower case: "by May" is a month. Told by the word's class first: this runs for every meeting.
        func possible(_ k: Int) -> Bool {
            guard s.word(at: k, is: .modal) else { return false }
            let text = s.tokens[k].text
            switch text.utf8.count {
            case 3: return text == "may"
            case 5: return text == "could" || text == "might"
            default: return false
            }
        }
        let after = (last + 1..<max(last + 1, min(clause.upperBound + 1, last + 7))).prefix { !s.word(at: $0, is: .comma) }
        if (max(clause.lowerBound, first - 3)..<first).contains(where: possible) || after.contains(where: possible) {
            return true
        }
        // "it was too soon for him to meet Zarif": not to happen.
        if (max(clause.lowerBound, first - 6)..<max(clause.lowerBound, first - 1)).contains(where: { s.word($0) == "too" && ["soon", "early"].contains(s.word($0 + 1)) }) {
            return true
        }
        // "A meeting between the two presidents would be the first since 1979": what it would be, not a plan.
        if let would = (last + 1..<max(last + 1, min(clause.upperBound, last + 8))).first(where: { s.word($0) == "would" }),
           would + 2 <= clause.upperBound, s.word(would + 1) == "be", ["the", "a", "an"].contains(s.word(would + 2)) {
            return true
        }
        // "had accepted an invitation from Kim to visit Pyongyang": a visit agreed on, planned.
        let lower = max(clause.lowerBound, first - 16)
        if let accepted = (lower..<first).first(where: { s.word(at: $0, is: .acceptance) }),
           (accepted + 1..<min(first, accepted + 4)).contains(where: { s.word(at: $0, is: [.invitation, .wish]) }) {
            return false
        }
        // "Moon invited Trump to visit South Korea later this year, and Trump accepted": agreed on too.
        // ("Lula has not accepted" is no answer.)
        if s.anyWord(from: lower, to: first, is: .invitation),
           (last + 1..<s.tokens.endIndex).contains(where: { k in
               s.word(at: k, is: .acceptance) && !(max(last + 1, k - 2)..<k).contains { s.word(at: $0, is: .negation) || s.word($0) == "yet" }
           }) {
            return false
        }
        // "he would like to meet Kim at the DMZ": a wish.
        if (max(clause.lowerBound, first - 5)..<first).contains(where: { s.word($0) == "like" && $0 > clause.lowerBound && ["would", "d"].contains(s.word($0 - 1)) }) {
            return true
        }
        // "he would be honoured to meet Kim under the right circumstances", "would be \"honoured\" to": a wish too.
        if (max(clause.lowerBound + 3, first - 6)..<max(clause.lowerBound + 3, first)).contains(where: { k in
            let be = s.tokens[k - 1].isWord ? k - 1 : k - 2
            return EventPatterns.gladWords.contains(s.word(k)) && s.word(be) == "be" && ["would", "d"].contains(s.word(be - 1))
        }) {
            return true
        }
        // "renewed the invitation in person during talks with Miyazawa", "sought support at talks with Abe": the
        // talks a wish or an invitation was voiced at were held.
        if first > clause.lowerBound, ["during", "at", "after"].contains(s.word(first - 1)) { return false }
        // "called off the summit" cancels it; "called for a summit" wishes for one.
        if stride(from: max(clause.lowerBound, first - 10), to: first, by: 1).contains(where: {
            s.word(at: $0, is: .wish) && !($0 + 1 < first && s.word($0 + 1) == "off")
                // ("put the idea forward in Cairo after talks with Mubarak": only "looked forward" wishes.)
                && (s.word($0) != "forward" || ($0 > s.tokens.startIndex && s.word($0 - 1).string.hasPrefix("look")))
        }) {
            return true
        }
        // "invited North Korea's foreign minister, Ri Yong-ho, to meet him": an invitation reaches further.
        return s.anyWord(from: lower, to: first, is: .invitation)
    }

    func meetingStatus(trigger: EventLexicon.Trigger, first: Int, last: Int, in s: Sentence, clause: ClosedRange<Int>) -> EventStatus {
        // The window: a few words before the trigger (`lower..<first`) and after it (`last + 1...upper`).
        let lower = max(clause.lowerBound, first - 8), upper = max(last, min(clause.upperBound, last + 4))
        // "North Korea pulled out of a meeting with Pence", "backed out of the talks"
        let outOf = stride(from: max(lower, first - 6), to: first - 1, by: 1).contains { k in
            s.word(k + 1) == "out" && ["pulled", "backed", "pulls", "backs", "pulling", "backing"].contains(s.word(k))
        }
        // "Pence was to have met Kim Yo-jong", "scrapped what would have been the first talks": a
        // meeting that would have been, and was not.
        let wouldHaveBeen = (first - 2 >= lower && s.word(first - 2) == "to" && s.word(first - 1) == "have"
            && first - 3 >= lower && ["was", "were"].contains(s.word(first - 3)))
            || (lower..<max(lower, first - 2)).contains { s.word($0) == "would" && s.word($0 + 1) == "have" && s.word($0 + 2) == "been" }
        // "the talks the two leaders had been due to hold", "Biden had been due in Port Moresby on Monday
        // to meet …": a plan in the past perfect is one that fell through.
        // (an adverb may stand between: "had been widely expected to see")
        let scheduled: Set<Substring> = ["due", "scheduled", "expected", "set"]
        // "Pompeo had planned to visit Seoul in October but called off that leg" too, and "Yun had been
        // scheduled to arrive in Tokyo on Friday for two days of talks with Kishida": the talks of the journey.
        let planFellThrough = (max(clause.lowerBound, first - 16)..<max(clause.lowerBound, first - 1)).contains { k in
            s.word(k) == "had" && ((s.word(k + 1) == "been"
                && (scheduled.contains(s.word(k + 2)) || (s.word(k + 2).string.hasSuffix("ly") && scheduled.contains(s.word(k + 3)))))
                || (["planned", "intended"].contains(s.word(k + 1)) && s.word(k + 2) == "to"))
        }
        // "called off", "cancelled", "scrapped", "postponed", "dropped" at token `k` (a meeting put off is
        // not held when planned).
        func cancels(at k: Int) -> Bool {
            if s.word(k) == "called" { return k + 1 < s.tokens.endIndex && s.word(k + 1) == "off" }
            let word = s.word(k).string
            return word.hasPrefix("cancel") || word.hasPrefix("scrap") || word.hasPrefix("postpon") || word.hasPrefix("drop")
        }
        // "A summit of Tshisekedi, Kagame and Lourenco planned in Luanda on Dec. 15 was called off": the
        // trigger's own predicate, past its object (and past the commas of a list of names).
        // "A meeting in New York this week between Pompeo and Kim Yong Chol has been postponed" too, and
        // "talks between Kinshasa and the M23 that Angola had arranged in Luanda fell through" (before any comma).
        let calledOffLater = (last + 1..<max(last + 1, min(s.tokens.endIndex - 2, last + 30))).contains { k in
            let word = s.word(k)
            return ((word == "was" || word == "were" || (word == "been" && ["has", "have", "had"].contains(s.word(k - 1))))
                && cancels(at: k + 1))
                || (word == "fell" && s.word(k + 1) == "through" && !s.anyWord(from: last + 1, to: k, is: .comma))
        }
        // "called off a summit in Amman at which Biden was to meet Abdullah", "would drop the last two stops,
        // in Malaysia and the Philippines, where he had planned talks with …": the meeting of an occasion
        // called off.
        let occasionCalledOff = (max(s.tokens.startIndex, first - 8)..<first).last(where: { ["which", "where"].contains(s.word($0)) })
            .map { relative in (max(s.tokens.startIndex, relative - 12)..<relative).contains { cancels(at: $0) } } ?? false
        if outOf || wouldHaveBeen || planFellThrough || calledOffLater || occasionCalledOff { return .cancelled }
        if s.anyWord(from: lower, to: upper + 1, is: .cancelled), (lower...upper).contains(where: { k in
            cancels(at: k) && !(s.word(k) == "called" && k + 1 > upper)
        }) {
            return .cancelled
        }
        if trigger.past { return .held }
        // "is due in Kyiv", "is still expected in Port Moresby on Monday"
        if trigger.kind == .visit, ["due", "expected"].contains(s.word(first)) { return .planned }
        // "where he will see President Aquino": a trigger that opens with its future.
        if s.word(first) == "will" { return .planned }
        // "when the two presidents meet", "once they visit": a present tense after "when" looks ahead.
        if s.word(at: first, is: .presentEncounter), s.anyWord(from: max(lower, first - 5), to: first, is: .whenOrOnce) {
            return .planned
        }
        // "Biden leaves for Tokyo on Sunday", "Trump travels to Seoul": in the body of an article the
        // present tense of a journey is a schedule.
        // "He then visits Colombia on Sunday", "where he meets President Berger": so are visits and meetings.
        if trigger.kind == .visit, EventPatterns.presentJourneys.containsLowercased(s.tokens[first]) {
            return .planned
        }
        if EventPatterns.presentEncounters.containsLowercased(s.tokens[first]), !isNoun(first, in: s) { return .planned }
        // "is heading to Pyongyang", "was on his way to North Korea", "en route to": under way, not yet there.
        // ("is visiting Pyongyang" is there already.)
        if trigger.kind == .visit, ["on", "en"].contains(s.word(first))
            || (EventPatterns.journeysUnderWay.containsLowercased(s.tokens[first]) && first > s.tokens.startIndex
                && EventPatterns.beForms.contains(s.word(first - 1))) {
            return .planned
        }
        // "before visiting Nicaragua and Cuba later in the week", "talks with Xi next month": a time ahead.
        if (last + 1..<max(last + 1, min(clause.upperBound, last + 10))).contains(where: { k in
            (s.word(k) == "next" && ["week", "month", "year"].contains(s.word(k + 1)))
                || (s.word(k) == "later" && (["this", "in"].contains(s.word(k + 1)) && ["week", "month", "year", "the"].contains(s.word(k + 2))))
                || s.word(k) == "tomorrow"
        }) {
            return .planned
        }
        // "is to meet", "due to visit", "expected to hold talks", "an offer … to hold the first summit", "are
        // also to host a dinner"
        let infinitive = stride(from: lower, to: first - 1, by: 1).contains { k in
            s.word(at: k, is: .infinitiveHead)
                && (s.word(k + 1) == "to" || (k + 2 < first && ["also", "still", "now", "then"].contains(s.word(k + 1)) && s.word(k + 2) == "to"))
        }
            || (max(lower, first - 6)..<first).contains { $0 + 1 < first && s.word($0) == "to" && s.word($0 + 1) == "hold" }
            || joinedInfinitive(before: first, in: s, clause: clause)
        // "prepared the ground for the visit in talks with Putin": a marker before another event named
        // with its article is that event's.
        // "prepared the ground in Moscow in talks with Lavrov": the preparing was done in those talks.
        let own = (lower + 1..<max(lower + 1, first)).last { s.word(at: $0, is: .triggerStart) && s.word(at: $0 - 1, is: .describer) }
            .map { $0 + 1 }
            ?? (lower..<max(lower, first - 2)).last { ["prepared", "laid", "paved"].contains(s.word($0)) && s.word($0 + 1) == "the"
                && ["ground", "groundwork", "way"].contains(s.word($0 + 2)) }.map { $0 + 3 }
            ?? lower
        // "… a project that would run through North Korea, at a summit in Seoul": markers before the
        // comma that opens the trigger's phrase are another clause's. (But "Russia's foreign minister,
        // Sergei Lavrov, will meet": a verb after the comma goes on with the subject's clause.)
        let opensPhrase = (first - 2 >= lower && s.word(at: first - 2, is: .comma) && !s.word(at: first - 1, is: [.modal, .finiteVerb]))
            || (first - 3 >= lower && s.word(at: first - 3, is: .comma) && ["at", "during", "in"].contains(s.word(first - 2)))
        // "to set foot in Myanmar" is no "set to meet", "made a return visit" no return ahead, "flew to Moscow
        // the next day for talks" no day ahead.
        let plannedWord = (own..<max(own, first)).contains { k in
            s.word(at: k, is: .planned) && !(s.word(k) == "set" && k + 1 < first && s.word(k + 1) == "foot")
                && !(s.word(k) == "return" && k - 2 >= s.tokens.startIndex && ["made", "paid"].contains(s.word(k - 2)))
                && !(s.word(k) == "next" && k + 1 < first && s.word(k + 1) == "day" && k - 1 >= s.tokens.startIndex && s.word(k - 1) == "the")
        }
        // "Obama would raise rights in his talks with Hun Sen", "flies to Lusaka on Saturday for talks with
        // Mwanawasa", "is due at the White House on Wednesday for talks": a future, a schedule or a journey
        // in the present tense before a meeting noun, in its phrase.
        // "is heading to Pyongyang for talks", "was on his way to Pyongyang for talks": a journey under way too.
        // "is scheduled to arrive in New Delhi on Tuesday for talks with Modi": a schedule's infinitive too.
        // (Not "paid four visits to China for talks": a noun after a number or a determiner.)
        let ahead = (max(clause.lowerBound, first - 12)..<first).contains { k in
            (["will", "would", "due"].contains(s.word(k))
                || (["scheduled", "expected", "set"].contains(s.word(k)) && s.word(k + 1) == "to")
                || (EventPatterns.presentSchedules.containsLowercased(s.tokens[k]) && !isNoun(k, in: s))
                || (k > s.tokens.startIndex && EventPatterns.beForms.contains(s.word(k - 1))
                    && (EventPatterns.journeysUnderWay.containsLowercased(s.tokens[k]) || (s.word(k) == "on" && k + 2 < first && s.word(k + 2) == "way"))))
                && !s.anyWord(from: k + 1, to: first, is: .comma)
        }
        if !opensPhrase && (infinitive || plannedWord || ahead)
            || s.anyWord(from: last + 1, to: min(upper, last + 3) + 1, is: .modal) || modalFollowsObject(of: last, in: s, clause: clause) {
            return .planned
        }
        // "He then visits Colombia on Sunday …, before ending the tour in Merida with talks with Calderon":
        // a participle after "before" or "after" shares the schedule of its clause's verb.
        // "will fly to Belfast …, going on afterwards to Dublin for a meeting with Ahern": so does one after a comma.
        let after = max(clause.lowerBound + 1, first - 10)
        let commaParticiple = (after..<max(after, first)).last { k in
            s.word(at: k - 1, is: .comma) && s.word(at: k, is: .endsInIng) && s.word(k) != "having"
        }
        if let ing = timeParticiple(in: max(clause.lowerBound, first - 10)..<first, in: s) ?? commaParticiple,
           (clause.lowerBound..<ing).contains(where: { k in
               s.word(k) == "will" || (EventPatterns.presentSchedules.containsLowercased(s.tokens[k]) && !isNoun(k, in: s))
           }) {
            return .planned
        }
        return .held
    }

    /// The last "before" or "after" (with `orWhile`, "while" too) in `range` that a participle follows:
    /// "…, before ending the tour in Merida", "after meeting Kim". (`range` ends before the sentence's
    /// last token.)
    func timeParticiple(in range: Range<Int>, orWhile: Bool = false, in s: Sentence) -> Int? {
        range.last { k in
            (s.word(k) == "before" || s.word(k) == "after" || (orWhile && s.word(k) == "while")) && s.word(at: k + 1, is: .endsInIng)
        }
    }

    /// "is scheduled to travel on to Singapore later in the week and to hold talks there": an infinitive
    /// joined by "and" to one that a word of plans governs shares its plan.
    /// - Parameter first: the trigger's first token ("hold talks", "talks", "meet").
    func joinedInfinitive(before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> Bool {
        guard first - 3 >= clause.lowerBound else { return false }
        let to = s.word(first - 1) == "hold" ? first - 2 : first - 1
        guard to - 1 > clause.lowerBound, s.word(to) == "to", s.word(at: to - 1, is: .and) else { return false }
        return (max(clause.lowerBound, to - 20)..<to - 1).contains { s.word(at: $0, is: .infinitiveHead) && s.word($0 + 1) == "to" }
    }

    /// Whether "visits" or "meets" at `k` is a noun, after a number or a determiner ("paid four visits").
    func isNoun(_ k: Int, in s: Sentence) -> Bool {
        k > s.tokens.startIndex && (EventPatterns.nounMarkers.contains(s.word(k - 1)) || s.tokens[k - 1].text.first?.isNumber == true)
    }

    /// "his summit with Kim Jong-un would take place", "talks between the United States and China are
    /// due to begin": a modal, or "is" or "are" before a word of plans, right after the trigger's object.
    func modalFollowsObject(of last: Int, in s: Sentence, clause: ClosedRange<Int>) -> Bool {
        let link = ["with", "between"].contains(s.word(last)) ? last : last + 1
        guard link < s.tokens.endIndex, ["with", "between"].contains(s.word(link)) else { return false }
        // "talks with a delegation of the International Atomic Energy Agency would be held": a future "be
        // held" or "take place" within twelve words, before any comma or other verb.
        if link + 1 <= clause.upperBound,
           let verb = (link + 1...min(clause.upperBound, link + 12)).first(where: { s.word(at: $0, is: [.modal, .comma, .finiteVerb]) }),
           ["will", "would"].contains(s.word(verb)), verb + 2 <= clause.upperBound,
           (s.word(verb + 1) == "be" && s.word(verb + 2) == "held") || (s.word(verb + 1) == "take" && s.word(verb + 2) == "place") {
            return true
        }
        // ("Talks between Saudi Crown Prince Mohammed bin Salman and Qatari Emir Sheikh Tamim are expected": the
        // titles of the names.)
        guard let object = s.actors.first(where: { $0.token > link }), isDescription(link + 1..<object.token, in: s) else { return false }
        var end = object.last
        // "between Kim and Trump would …": the whole group.
        while end + 1 < s.tokens.endIndex, s.word(end + 1) == "and",
              let next = s.actors.first(where: { $0.token > end + 1 }), isDescription(end + 2..<next.token, in: s) { end = next.last }
        // (The rest of a name the dictionary names shorter: "Sheikh Tamim bin Hamad Al Thani".)
        var verb = end + 1
        while verb < clause.upperBound, s.word(at: verb, is: .capitalised) || ["bin", "al", "ibn"].contains(s.word(verb)) { verb += 1 }
        return verb <= clause.upperBound && (s.word(at: verb, is: .modal)
            || (["is", "are"].contains(s.word(verb)) && verb + 1 <= clause.upperBound
                && ["due", "scheduled", "expected", "set", "slated", "planned", "to"].contains(s.word(verb + 1))))
    }

    func mediationStatus(trigger: EventLexicon.Trigger, first: Int, in s: Sentence, clause: ClosedRange<Int>) -> EventStatus {
        let lower = max(clause.lowerBound, first - 8)
        // "acted at the request of both": what the sides asked for.
        if trigger.words.contains("request") { return .requested }
        // "Ethiopia sought Kenyan mediation": mediation sought is asked for (but "sought to mediate" is tried).
        if EventLexicon.mediatorNouns.contains(trigger.words[0]), (max(lower, first - 3)..<first).contains(where: { EventPatterns.seeking.contains(s.word($0)) }) {
            return .requested
        }
        // "Acting as a go-between", "served as mediator": done, not offered; but "ready to keep serving
        // as a bridge" is an offer.
        if let doing = (max(lower, first - 5)..<first).first(where: { s.word(at: $0, is: .performing) }),
           !s.anyWord(from: lower, to: doing, is: .offered) {
            return .performed
        }
        // "held consultations with both sides": done.
        if first - 1 >= lower, ["held", "had", "began", "conducted"].contains(s.word(first - 1)) { return .performed }
        // "Islamabad helped facilitate the negotiations": help given is mediation done; so is a part played
        // ("played a key role in brokering the ceasefire").
        if (max(lower, first - 2)..<first).contains(where: { s.word($0) == "helped" }) || creditedAct(at: first, in: s) { return .performed }
        // ("called on both to resume dialogue and offered to help": the trigger's own offer.)
        if ["offered", "offers", "offering"].contains(trigger.words[0]) { return .offered }
        if s.anyWord(from: lower, to: first, is: .requested) { return .requested }
        if s.anyWord(from: lower, to: first, is: .offered) { return .offered }
        return trigger.past || EventLexicon.mediatorsAtWork.contains(trigger.words[0]) ? .performed : .offered
    }

    /// A journey in the present tense, which in an article's body is a schedule.
    static let presentJourneys = WordSet(journeyWords)
    private static let journeyWords: Set<Substring> = ["arrives", "travels", "leaves", "flies", "heads", "goes"]
    /// An encounter in the present tense, which in an article's body is a schedule too.
    static let presentEncounters = WordSet(encounterWords)
    private static let encounterWords: Set<Substring> = ["visits", "meets"]
    /// `presentJourneys` and `presentEncounters` together, looked up once per word before a meeting noun.
    static let presentSchedules = WordSet(journeyWords.union(encounterWords))
    /// Forms of "be" before a progressive ("is heading to Pyongyang", "was visiting").
    static let beForms: [Word] = ["is", "are", "was", "were"]
    /// Journeys under way after "is" or "was" ("is heading to Pyongyang").
    static let journeysUnderWay: WordSet = ["heading", "flying", "leaving", "travelling", "traveling"]

    /// Verbs of seeking a mediation named right after them ("sought Kenyan mediation").
    static let seeking: [Word] = ["sought", "seek", "seeks", "seeking", "enlisted", "enlist"]

    /// Words of gladness that "would be" makes a wish ("would be honoured to meet").
    static let gladWords: [Word] = ["honoured", "honored", "happy", "glad", "delighted", "pleased"]

    static let modals: Set<Substring> = ["will", "would", "could", "may", "might", "being", "set"]
    /// Words before a noun that make "visits" or "meets" no verb: "paid four visits", "his visits".
    static let nounMarkers: [Word] = ["a", "an", "the", "his", "her", "their", "its", "two", "three", "four", "five", "six",
                                      "several", "many", "frequent", "previous", "earlier", "official", "state"]
}
