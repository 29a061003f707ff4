import ActorGraphCore

/// Clauses and subjects: where a clause starts and ends, who its subject is, and what a pronoun stands for.
extension EventPatterns {
    /// The clause around a token: bounded by ";", ":", a dash, or the sentence.
    func clauseBounds(around index: Int, in s: Sentence) -> ClosedRange<Int> {
        var lower = s.tokens.startIndex, upper = s.tokens.endIndex - 1
        for k in s.tokens.indices where s.word(at: k, is: .clauseBreak) {
            if k < index { lower = k + 1 } else if k > index { upper = k - 1; break }
        }
        return lower...max(lower, upper)
    }

    /// The actor of reported speech ("X said", "said X", "according to X"), read at the first reporting
    /// word next to an actor (at "according" whether or not one follows it), and the token indices of
    /// the actors next to reporting words: the speakers, who are no participants.
    func speakers(in s: Sentence) -> (speaker: ActorID?, tokens: [Int]) {
        var speaker: ActorID?, decided = false
        var tokens: [Int] = []
        for index in s.tokens.indices where s.word(at: index, is: .reporting) {
            let according = s.word(index) == "according"
            // "… after talks with Mubarak, saying the conference should …": a participle after a comma is
            // said by the clause's subject, not by the name before it.
            let participial = index > s.tokens.startIndex && s.word(at: index - 1, is: .comma) && s.word(at: index, is: .endsInIng)
            var before = participial ? nil : s.actors.last(where: { $0.last < index && index - $0.last <= 2 })
            // "Lavrov, who also saw Wang, said": the one a relative clause closed just before speaks.
            if let object = before, s.word(at: index - 1, is: .comma),
               let pronoun = stride(from: object.token - 1, through: max(s.tokens.startIndex + 1, object.token - 12), by: -1)
                   .first(where: { s.word(at: $0, is: [.relativePronoun, .comma]) }),
               s.word(at: pronoun, is: .relativePronoun), s.word(at: pronoun - 1, is: .comma),
               let antecedent = s.actors.last(where: { $0.last == pronoun - 2 }) {
                before = antecedent
            }
            let after = s.actors.first(where: { $0.token > index && $0.token - index <= 3 })
            if !decided, according || before != nil || after != nil {
                speaker = according ? after?.actor : (before ?? after)?.actor
                decided = true
            }
            if let actor = according ? (after ?? before) : (before ?? after), !tokens.contains(actor.token) {
                tokens.append(actor.token)
            }
        }
        return (speaker, tokens)
    }

    /// "when he met Putin", "he was due to leave for Vietnam": a personal pronoun just before the
    /// trigger stands for the sentence's first official before it, else the subject of the last sentence
    /// that named an official. ("He met Berri in Beirut on Tuesday, when he also saw Mikati": when a "he"
    /// stands before that official, both stand for that subject.)
    /// - Parameter reach: how many words before the trigger the pronoun may stand.
    func pronounSubject(before first: Int, from start: Int, reach: Int = 4, in s: Sentence) -> ActorID? {
        guard let pronoun = stride(from: first - 1, through: max(start, first - reach), by: -1)
            .first(where: { s.word(at: $0, is: .heOrShe) }) else { return nil }
        let official = s.actors.first(where: { $0.last < pronoun && kind($0.actor, in: s) == .official })
        if let official, let previous = s.previousSubject, previous != official.actor,
           s.anyWord(from: s.tokens.startIndex, to: official.token, is: .heOrShe) {
            return previous
        }
        return official?.actor ?? s.previousSubject ?? s.previousOfficials.any.last
    }

    /// The subject of the clause a trigger at `first` stands in: its first actor that is no venue, or the
    /// one a "he" or "she" before that stands for.
    func clauseSubject(before first: Int, left: ArraySlice<ResolvedMention>, in s: Sentence, clause: ClosedRange<Int>) -> ActorID? {
        subject(opening: left.first { $0.token >= clause.lowerBound && !$0.isVenue }, before: first, in: s, clause: clause)
    }

    /// The actor `opening` (a clause's first), or the one a "he" or "she" before it (before `first`
    /// when there is none) stands for.
    func subject(opening: ResolvedMention?, before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> ActorID? {
        let end = opening?.token ?? first
        if end > clause.lowerBound, (clause.lowerBound..<end).contains(where: { s.word(at: $0, is: .heOrShe) }) {
            return pronounSubject(before: end, from: clause.lowerBound, reach: end - clause.lowerBound, in: s)
        }
        return opening?.actor
    }

    /// "…, and the two Gulf rulers were credited with mediating between …", "The two men spent months
    /// carrying messages between Tripoli, Washington and London": a pair named before, together, when "the
    /// two" opens the clause (or follows its "and") and no comma or name stands between it and the trigger
    /// at `first` — not the sides themselves (`sides`): the last two officials named of other sides.
    func pairOpening(before first: Int, left: ArraySlice<ResolvedMention>, sides: [ActorID], in s: Sentence,
                     clause: ClosedRange<Int>) -> [ActorID] {
        guard let two = (max(clause.lowerBound, first - 10)..<first).first(where: { k in
                  s.word(k) == "two" && k - 1 >= clause.lowerBound && s.word(k - 1) == "the"
                      && (k - 1 == clause.lowerBound || s.word(at: k - 2, is: .and))
              }),
              !left.contains(where: { $0.token > two }), !s.anyWord(from: two, to: first, is: .comma) else { return [] }
        let sides = Set(sides.map { side($0, in: s) })
        return previousPair(s, trigger: first, from: two - 1).flatMap { pair in
            pair.allSatisfy { kind($0, in: s) == .official && !sides.contains(side($0, in: s)) } ? pair : nil
        } ?? s.previousOfficials.any.recent(2, excluding: sides) ?? []
    }

    /// Where the subject of a reported clause starts: after the last "that" before the trigger
    /// ("said that Moscow is ready to facilitate").
    func complementStart(before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> Int {
        let that = stride(from: first - 1, through: clause.lowerBound, by: -1).first { s.word($0) == "that" }
        return that.map { $0 + 1 } ?? first
    }

    /// Whether an actor at `token` can be the object of a trigger ending at `last`: near it, with no
    /// new clause between ("hosted the summit, said it was ready to … the United States" is too far).
    func reaches(from last: Int, to token: Int, in s: Sentence) -> Bool {
        guard token - last <= 12 else { return false }
        // "received that day by Khamenei": "that" before a time of day opens no clause.
        return !(last + 1..<token).contains { k in
            s.word(at: k, is: [.reporting, .reachBlocker])
                && !(s.word(k) == "that" && k + 1 < token && ["day", "morning", "afternoon", "evening", "night", "week"].contains(s.word(k + 1)))
        }
    }

    /// Where the subject of a trigger can start: after the last reporting verb before it, else the clause start.
    /// A conjunction opening a subordinate clause ("Kim complained to Lavrov as one of his lieutenants
    /// visited New York") starts a new subject too; an aside set off by commas does not.
    /// - Parameter aside: the trigger's `parenthetical`.
    func subjectStart(before first: Int, in s: Sentence, clause: ClosedRange<Int>, aside: ClosedRange<Int>?) -> Int {
        let boundary = stride(from: first - 1, through: clause.lowerBound, by: -1).first { k in
            aside?.contains(k) != true
                && (s.word(at: k, is: .reporting) || (s.word(at: k, is: .subordinator) && opensClause(at: k, in: s)))
        }
        return boundary.map { $0 + 1 } ?? clause.lowerBound
    }

    /// Whether a subordinating word opens a clause with a subject of its own: not before a participle
    /// ("since taking power", "while hosting Abe"), "as a mediator" is a role, and "that" after a noun
    /// is a relative pronoun ("the kerb that marks the line"), after a verb a complementiser.
    func opensClause(at k: Int, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        let word = s.word(k)
        guard s.word(at: k, is: .subordinator) else { return false }
        let next = k + 1 < s.tokens.endIndex ? s.word(k + 1) : ""
        if k + 1 < s.tokens.endIndex, s.word(at: k + 1, is: .endsInIng) { return false }
        // "as a mediator", "as secretary of state": a role. "as the talks began", "as he left", "as Kim
        // arrived": a clause. "since the end of the war", "until June": prepositions unless a subject follows.
        if word == "as" {
            guard k + 1 < s.tokens.endIndex else { return false }
            return ["he", "she", "they", "it", "we", "i", "you", "one", "the", "his", "her", "its", "their", "this", "these"].contains(next)
                || s.word(at: k + 1, is: .capitalised)
        }
        if ["since", "until"].contains(word) {
            guard k + 1 < s.tokens.endIndex else { return false }
            return ["he", "she", "they", "it", "we", "i", "you"].contains(next) || s.word(at: k + 1, is: .capitalised)
        }
        if word == "that" {
            return k > base && s.word(at: k - 1, is: [.endsInEd, .reporting, .thatVerb])
        }
        return true
    }

    /// The tokens of an aside set off by commas just before a trigger ("X, who led …, travelled"),
    /// opened by a relative pronoun, or an apposition after a name ("Kim Yo-jong, the sister of Kim
    /// Jong-un, had lunch"); auxiliaries and adverbs may stand between it and the trigger.
    func parenthetical(before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> ClosedRange<Int>? {
        var close = first - 1
        while close > clause.lowerBound, s.word(at: close, is: .asideFiller) {
            close -= 1
        }
        guard close > clause.lowerBound, s.word(at: close, is: .comma) else { return nil }
        var end = close
        // "Chung, who held talks with O'Brien and his Japanese counterpart, Shigeru Kitamura, also met …": a
        // name set off by commas inside the aside is part of it.
        while let open = stride(from: end - 1, through: max(clause.lowerBound, end - 30), by: -1).first(where: { s.word(at: $0, is: .comma) }),
              open + 1 < end {
            // "X, who …,"; or an apposition after a name: "Kim Yo-jong, the sister of Kim Jong-un, had lunch".
            let apposition = ["the", "a", "an"].contains(s.word(open + 1)) && s.actors.contains { $0.last == open - 1 }
            if s.word(at: open + 1, is: .relativePronoun) || apposition { return open...close }
            guard s.actors.contains(where: { $0.token == open + 1 && $0.last == end - 1 })
                    || (end - open <= 5 && (open + 1..<end).allSatisfy { s.word(at: $0, is: .capitalised) }) else { return nil }
            end = open
        }
        return nil
    }

    /// The closing comma of a relative clause set off by commas that holds the trigger from `first` to
    /// `last` ("Wallstrom, who is visiting the region, hosted …"): a comma and a relative pronoun at most
    /// twelve words before it with no comma between, and the next comma after it in the clause that the
    /// main clause's verb follows (not "…, known as Farmajo, in Mogadishu").
    func relativeAsideEnd(around first: Int, last: Int, in s: Sentence, clause: ClosedRange<Int>) -> Int? {
        guard let pronoun = stride(from: first - 1, through: max(clause.lowerBound + 1, first - 12), by: -1)
                .first(where: { s.word(at: $0, is: [.relativePronoun, .comma]) }),
              s.word(at: pronoun, is: .relativePronoun), s.word(at: pronoun - 1, is: .comma) else { return nil }
        // ("…, co-chaired the talks": the verb after a prefix's hyphen.)
        return (last + 1..<max(last + 1, clause.upperBound)).first { k in
            let verb = s.word(k + 1) == "co" && k + 2 <= clause.upperBound ? k + 2 : k + 1
            return s.word(at: k, is: .comma) && (s.word(at: verb, is: [.finiteVerb, .reporting])
                || (s.word(at: verb, is: .lowerInitial) && s.word(verb).string.hasSuffix("ed")))
        }
    }

    /// "he would carry", "she offered to": a personal pronoun just before the trigger stands for the
    /// clause's first actor (the sentence's topic), not for the nearest name.
    /// - Parameter reach: how many words before the trigger the pronoun may stand.
    func pronounTopic(before first: Int, reach: Int = 3, in s: Sentence, clause: ClosedRange<Int>) -> ActorID? {
        guard let pronoun = (max(clause.lowerBound, first - reach)..<first).last(where: { s.word(at: $0, is: .heOrShe) }) else { return nil }
        let topic = s.actors.first { $0.token >= clause.lowerBound && $0.token < first }
        // "In a telephone call with Sheikh Tamim on Wednesday, however, he offered …": a name in a phrase put
        // in front of the sentence is not whom "he" stands for; the last subject is.
        let base = s.tokens.startIndex
        if let topic, topic.last < pronoun, let previous = s.previousSubject, topic.token > base,
           EventPatterns.frontingPrepositions.contains(s.word(base)),
           let comma = (topic.last + 1..<pronoun).last(where: { s.word(at: $0, is: .comma) }),
           !s.actors.contains(where: { $0.token > comma && $0.token < pronoun }) {
            return previous
        }
        // "A day earlier, after receiving Kuwait's ruler at the White House, Trump told reporters that he …":
        // past a comma, the name a reporting or finite verb follows is the subject.
        if let topic, topic.last < pronoun, let comma = (topic.last + 1..<pronoun).first(where: { s.word(at: $0, is: .comma) }),
           let subject = s.actors.first(where: { mention in
               mention.token > comma && mention.token < pronoun && mention.last + 1 < pronoun
                   && s.word(at: mention.last + 1, is: [.reporting, .finiteVerb])
           }) {
            return subject.actor
        }
        return topic?.actor
    }

    /// Prepositions that open a phrase put in front of a sentence ("In a call with …, he …"): the time
    /// words of `frontingWords` and those of place, company and agency ("Under a deal brokered by …,").
    static let frontingPrepositions: Set<Substring> = Set(frontingWords.map { Substring($0) }).union(["in", "at", "on", "with", "under", "through", "thanks"])

    /// The token of "him" or "her" as the object of a trigger ending at `last`: right after it, or
    /// after "with" ("talks with him").
    func objectPronoun(after last: Int, in s: Sentence) -> Int? {
        var k = last + 1
        if k < s.tokens.endIndex, s.word(k) == "with" { k += 1 }
        guard k < s.tokens.endIndex, s.word(at: k, is: .himOrHer) else { return nil }
        // "her" before a noun is a possessive ("met her counterpart").
        if s.word(k) == "her", k + 1 < s.tokens.endIndex, s.tokens[k + 1].isWord, s.word(at: k + 1, is: .lowerInitial),
           !s.word(at: k + 1, is: [.locative, .and]) { return nil }
        return k
    }

    /// "After talks with Mr Abe in Tokyo on May 27, Donald Trump said …": when a noun trigger opens the
    /// clause after "after", "before", "following" or "during" (and at most a determiner), the first
    /// actor after the comma that closes the phrase is the one who held it.
    func frontedSubject(of first: Int, in s: Sentence, clause: ClosedRange<Int>) -> ActorID? {
        // "Stopping in Cairo on September 2 for talks with Mubarak, Davutoglu travelled on": a participle
        // opening the sentence reaches further.
        let participle = s.word(at: clause.lowerBound, is: .endsInIng) && s.tokens[clause.lowerBound].isCapitalised
        // "A day earlier, after receiving …": the phrase may open after a time set off by a comma.
        let opening = !participle && first - 2 > clause.lowerBound && s.word(at: first - 2, is: .comma)
            && EventPatterns.frontingWords.contains(s.word(first - 1)) ? first - 1 : clause.lowerBound
        let commas = first + 1..<max(first + 1, min(clause.upperBound + 1, first + 25))
        guard first - opening >= 1, first - opening <= (participle ? 10 : 3),
              participle || EventPatterns.frontingWords.contains(s.word(opening)),
              var comma = commas.first(where: { s.word(at: $0, is: .comma) })
        else { return nil }
        // "After receiving Kuwait's ruler, Sheikh Sabah, at the White House, Trump told …": past an apposition
        // or a venue set off by commas, the comma before the name a verb follows.
        if let verbal = commas.first(where: { comma in
            s.word(at: comma, is: .comma) && s.actors.contains {
                $0.token > comma && $0.token <= comma + 4 && $0.last + 1 < s.tokens.endIndex && s.word(at: $0.last + 1, is: [.reporting, .finiteVerb])
            }
        }) {
            comma = verbal
        }
        // "Stopping in Cairo for talks with Mubarak, he said …": "he" after the comma is the last subject.
        if comma + 1 < s.tokens.endIndex, s.word(at: comma + 1, is: .heOrShe) { return s.previousSubject }
        guard let actor = s.actors.first(where: { $0.token > comma }), actor.token <= comma + 4 else { return nil }
        return actor.actor
    }

    /// "The Holy See has acted as a go-between. It helped bring Washington and Havana together": "it"
    /// opening a sentence, or "it" or "they" right before the trigger at `first`, when the sentence
    /// names no one before the trigger, is the first actor of the sentence before (when it opens it).
    func itsReferent(before first: Int, in s: Sentence) -> ActorID? {
        let base = s.tokens.startIndex
        guard !s.actors.contains(where: { $0.token < first }) else { return nil }
        // "In February of that year they brought the two sides together": a pronoun right before the verb too.
        guard (s.word(base) == "it" && first - base <= 4) || (first - 1 > base && ["it", "they"].contains(s.word(first - 1))) else { return nil }
        return s.previousTopic
    }

    /// The first token after a quotation that opens the sentence ('"We agreed on the annex," Borrell
    /// said'), else the sentence's first token.
    func afterOpeningQuote(in s: Sentence) -> Int {
        let base = s.tokens.startIndex
        guard base < s.tokens.endIndex, ["\"", "“"].contains(s.word(base)),
              let close = (base + 1..<s.tokens.endIndex).first(where: { ["\"", "”"].contains(s.word($0)) }) else { return base }
        return close + 1
    }

    /// Words that put a phrase about an earlier event in front of a clause.
    static let frontingWords: Set<String> = ["after", "before", "following", "during"]
}
