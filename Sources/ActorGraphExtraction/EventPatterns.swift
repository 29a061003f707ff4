import ActorGraphCore

/// Reads meetings, talks, visits, mediation and communication from one sentence.
///
/// Patterns are positional, in the manner of event coders such as PETRARCH: a trigger word or phrase
/// (`EventLexicon`), the actors before it in its clause (the subject side), the actors after it (the
/// object side), "between X and Y" for the two sides of talks or mediation, "from X to Y" for a message
/// a carrier takes, and the speaker of reported speech ("…, Mr Lavrov said") for offers voiced in
/// quotes. Modality near the trigger decides the status: planned or cancelled meetings, mediation
/// offered, performed or requested.
struct EventPatterns: Sendable {
    /// One sentence prepared for the patterns: a class, so that the many rules and closures that read
    /// it share it rather than copy its arrays. What it holds is constant (`let`), so that reading a
    /// word or an actor borrows the arrays instead of retaining and releasing them.
    final class Sentence {
        /// The sentence's tokens: a slice of the document's, indexed by position in the document (as
        /// are all token positions the patterns use).
        let tokens: ArraySlice<Token>
        /// The classes of each token's word (`WordClass`), a slice of the document's, indexed like `tokens`.
        let classes: ArraySlice<WordClass>
        /// Actors taking part (qualifiers and news agencies left out), in text order.
        let actors: [ResolvedMention]
        /// Each actor's kind and affiliation, in the order of `actors`.
        let parties: [Extractor.Party]
        let places: ArraySlice<PlaceMention>
        /// The last two actors of different sides named before this sentence, for "the two sides met".
        let previousPair: RecentPair
        /// The last two officials of different countries named before this sentence, of any office and
        /// of each, for "the two men met", "the two presidents met".
        let previousOfficials: RecentOfficials
        /// The first official of the last sentence that named one: who "he" most likely is.
        let previousSubject: ActorID?
        /// The two parties of the last meeting or talks between two sides found before this sentence:
        /// whom "the two sides" or (officials) "the two ministers" most likely are, though a host was
        /// named since ("Mirzoyan and Bayramov met in Almaty, with their host Nurtleu … Germany hosted
        /// the two ministers").
        let previousEncounter: [Extractor.Party]
        /// The actor that opens the last sentence that named one, if it opens it: what "it" opening this
        /// sentence stands for.
        let previousTopic: ActorID?

        // Read once by `events(in:)` for all the rules:
        /// Who speaks in reported speech (`EventPatterns.speakers(in:)`).
        var speaker: ActorID?
        /// Token indices of the actors that speak in reported speech.
        var speakerTokens: [Int] = []

        init(tokens: ArraySlice<Token>, classes: ArraySlice<WordClass>, actors: [ResolvedMention],
             parties: [Extractor.Party], places: ArraySlice<PlaceMention>, previousPair: RecentPair,
             previousOfficials: RecentOfficials, previousSubject: ActorID?, previousEncounter: [Extractor.Party],
             previousTopic: ActorID?) {
            (self.tokens, self.classes, self.actors, self.parties, self.places) = (tokens, classes, actors, parties, places)
            (self.previousPair, self.previousOfficials, self.previousSubject) = (previousPair, previousOfficials, previousSubject)
            (self.previousEncounter, self.previousTopic) = (previousEncounter, previousTopic)
        }

        /// The same sentence with only the actors (and their parties) that `keep` accepts.
        func keeping(_ keep: (ResolvedMention) -> Bool) -> Sentence {
            var actors: [ResolvedMention] = [], parties: [Extractor.Party] = []
            for (mention, party) in zip(self.actors, self.parties) where keep(mention) {
                actors.append(mention)
                parties.append(party)
            }
            return Sentence(tokens: tokens, classes: classes, actors: actors, parties: parties, places: places,
                            previousPair: previousPair, previousOfficials: previousOfficials, previousSubject: previousSubject,
                            previousEncounter: previousEncounter, previousTopic: previousTopic)
        }

        /// The lower-case word at `token` (an index into the document's tokens): the token's own
        /// `Word`, which the rules compare with their words (`"the"`) as two integers.
        @inline(__always)
        func word(_ token: Int) -> Word { tokens[token].lowercasedWord }

        /// Whether the word at `token` (an index into the document's tokens) is of a class in `classes`.
        @inline(__always)
        func word(at token: Int, is classes: WordClass) -> Bool {
            !self.classes[token].isDisjoint(with: classes)
        }

        /// Whether a word from token `from` up to (not including) token `to` is of a class in `classes`.
        func anyWord(from: Int, to: Int, is classes: WordClass) -> Bool {
            var k = from
            while k < to {
                if word(at: k, is: classes) { return true }
                k += 1
            }
            return false
        }
    }

    /// A found event, before IDs and evidence are attached.
    struct Found: Hashable {
        var kind: EventKind
        var status: EventStatus?
        var actors: [Participant]
        var place: String?
        var forward: Bool
        /// The tokens that belong to this event: from after the previous trigger to before the next
        /// meeting's. Its date is read there first (`Extractor`).
        var span: ClosedRange<Int> = 0...0
        /// The first token of the trigger that found this event.
        var trigger = 0
    }

    /// The actors known in the document.
    let known: KnownActors
    /// Non-state parties to armed conflicts (the dictionary's `armed-group` entries): sides of
    /// mediation though they are no state and stand for none.
    let armedGroups: Set<ActorID>

    func events(in prepared: Sentence) -> [Found] {
        // The triggers are read from the words alone: found first, so that a sentence without one
        // costs no more.
        let base = prepared.tokens.startIndex
        // Each trigger, and where it stands: positions in an array of their own, so that reading them
        // copies no trigger.
        var triggers: [EventLexicon.Trigger] = [], positions: [TriggerPosition] = []
        var i = base
        while i < prepared.tokens.endIndex {
            guard prepared.word(at: i, is: .triggerStart) else {
                i += 1
                continue
            }
            if let guests = guestsBrought(at: i, in: prepared) {
                // "helped bring Washington and Havana together": a mediation; "brought …": a meeting its host
                // mediates; "brought the countries' foreign ministers together", naming no one, and "bring
                // Tehran and Riyadh to the table": a mediation, performed once brought.
                // ("played a key role in bringing …", "was instrumental in bringing …": done as well.)
                let helped = i > base && (prepared.word(i - 1) == "helped" || creditedAct(at: i, in: prepared))
                let brought = prepared.word(i) == "brought"
                triggers.append(guests.count == 0 ? EventLexicon.togetherNamingNoOne(prepared.word(i), past: helped || brought)
                                : guests.toTheTable ? EventLexicon.bringTogether(past: helped || brought)
                                : brought ? EventLexicon.broughtTogether : EventLexicon.bringTogether(past: helped))
                positions.append(TriggerPosition(first: i, last: i, ownsWords: true))
                i = guests.end + 1
                continue
            }
            if let noun = conflictEased(at: i, in: prepared) {
                // "tried to cool a confrontation between the two Gulf rivals": a mediation between those after "between".
                triggers.append(EventLexicon.Trigger(words: [prepared.word(i)], kind: .mediation, past: prepared.word(at: i, is: .endsInEd),
                                                     needsBetween: true))
                positions.append(TriggerPosition(first: i, last: noun, ownsWords: false))
                i = noun + 1
                continue
            }
            if prepared.word(i) == "help", offeredHelp(at: i, in: prepared) {
                triggers.append(EventLexicon.offeredHelp)
                positions.append(TriggerPosition(first: i - 2, last: i, ownsWords: false))
                i += 1
                continue
            }
            if let end = usedInfluence(at: i, in: prepared) {
                triggers.append(EventLexicon.usedInfluence)
                positions.append(TriggerPosition(first: i, last: end, ownsWords: false))
                i = end + 1
                continue
            }
            if possessedHelp(at: i, in: prepared) {
                triggers.append(EventLexicon.possessedHelp)
                positions.append(TriggerPosition(first: i, last: i, ownsWords: false))
                i += 1
                continue
            }
            if let guests = guestsHelped(at: i, in: prepared) {
                // "would keep helping Kabul and Islamabad build trust", "to coax Greece and Turkey into talks".
                triggers.append(EventLexicon.Trigger(words: [prepared.word(i)], kind: .mediation, past: prepared.word(at: i, is: .endsInEd)))
                positions.append(TriggerPosition(first: i, last: i, ownsWords: false))
                i = guests + 1
                continue
            }
            // "Pastrana flies Thursday to Brasilia": a weekday between a journey's verb and "to".
            if i + 3 < prepared.tokens.endIndex, prepared.word(i + 2) == "to", EventPatterns.weekdays.contains(prepared.word(i + 1)),
               let journey = EventLexicon.triggers(startingWith: prepared.tokens[i])?.first(where: { $0.kind == .visit && $0.words.count == 2 && $0.words[1] == "to" }) {
                triggers.append(journey)
                positions.append(TriggerPosition(first: i, last: i + 2, ownsWords: false))
                i += 3
                continue
            }
            guard let trigger = lexiconTrigger(at: i, in: prepared) else {
                i += 1
                continue
            }
            let held = heldApart(trigger, at: i, in: prepared)
            triggers.append(held)
            // An occasion ("on the sidelines of the G20 summit in Osaka on Saturday") leaves its words to the
            // meeting held at it.
            positions.append(TriggerPosition(first: i, last: i + trigger.words.count - 1,
                                             ownsWords: (held.kind == .meeting || held.kind == .talks) && !held.needsBetween
                                                && !(!held.past && isOccasion(i, in: prepared))))
            i += trigger.words.count
        }
        guard !triggers.isEmpty else { return [] }
        let sentence = prepared.actors.contains(where: { isKinOf($0, in: prepared) || isGeneric($0, in: prepared) })
            ? prepared.keeping { !isKinOf($0, in: prepared) && !isGeneric($0, in: prepared) } : prepared
        var found: [Found] = []
        (sentence.speaker, sentence.speakerTokens) = speakers(in: sentence)
        for k in triggers.indices {
            // A trigger owns the words up to the next meeting's: "talks … since Trump and Kim met at
            // Panmunjom on June 30" gives Panmunjom to that meeting, not to the talks; but a meeting
            // "during the first UN trip to Pyongyang" is in Pyongyang.
            let lower = k > 0 ? positions[k - 1].last + 1 : base
            let next = positions[(k + 1)...].firstIndex(where: \.ownsWords)
            let upper = next.map { positions[$0].first - 1 } ?? sentence.tokens.endIndex - 1
            // "Michel hosted Aliyev and Pashinyan in Brussels, their third meeting there", "Lavrov hosted
            // Cavusoglu, Mekdad and Amir-Abdollahian for the four-way meeting": "their" meeting, or one the
            // hosting was "for", restates an encounter the sentence already gave with all of them.
            // (Not a visit's: "prepared the ground for the visit in talks with Putin" are talks of their own.)
            let encounter = !triggers[k].past && triggers[k].kind.isEncounter
            let their = encounter && (max(base, positions[k].first - 3)..<positions[k].first).contains { sentence.word($0) == "their" }
            let hostedFor = encounter && (max(base, positions[k].first - 5)..<positions[k].first).contains { sentence.word($0) == "for" }
            // "It hosted talks between Rubio and Lavrov on Feb. 18, the first high-level meeting between the two
            // countries", "Trump met Putin in Osaka, their first formal talks since …": an apposition restates
            // the encounter before it.
            let restated = encounter && found.contains(where: { [.meeting, .talks, .visit].contains($0.kind) })
                && (max(base, positions[k].first - 5)..<positions[k].first).contains { c in
                    sentence.word(at: c, is: .comma) && ["the", "their"].contains(sentence.word(c + 1))
                        && (c + 2..<max(c + 2, positions[k].first)).allSatisfy { sentence.word(at: $0, is: .lowerInitial) }
                }
            if restated { continue }
            var read = read(triggers[k], first: positions[k].first, last: positions[k].last, segment: lower...max(lower, upper), in: sentence)
            if triggers[k].words.last == "briefed" || triggers[k].words.last == "briefing",
               let (relay, talksPlace) = briefedOnTalks(read, last: positions[k].last, in: sentence) {
                // (The briefing was not held where the talks were.)
                if let talksPlace {
                    for i in read.indices where read[i].kind == .meeting && read[i].place == talksPlace { read[i].place = nil }
                }
                read.append(relay)
            }
            // "Tokyo had provided the venue at the request of the two sides", "took on the mediation at Kabila's
            // request": a mediation done at someone's request was asked for too.
            if read.contains(where: { $0.kind == .mediation && $0.status == .performed }),
               (positions[k].last + 1..<max(positions[k].last + 1, min(sentence.tokens.endIndex - 1, positions[k].last + 14))).contains(where: { at in
                   sentence.word(at) == "at" && (at + 1...min(sentence.tokens.endIndex - 1, at + 5)).contains { sentence.word($0) == "request" }
               }) {
                read += read.filter { $0.kind == .mediation && $0.status == .performed }.map { var asked = $0; asked.status = .requested; return asked }
            }
            // "said her country was ready to act as a mediator between Pyongyang and Washington and could host
            // talks": a second trigger whose mediators are the two sides of a mediation found before, and
            // whose sides hold its mediator, misreads the same offer.
            // (Most triggers read one event or none, and most sentences have no mediation: asked only then.)
            let readMediators = read.count < 2 || !found.contains(where: { $0.kind == .mediation }) ? []
                : Set(read.filter { $0.kind == .mediation }.flatMap { $0.actors.filter { $0.role == .mediator }.map(\.actor) })
            if readMediators.count == 2, found.contains(where: { earlier in
                earlier.kind == .mediation && Set(earlier.actors.filter { $0.role == .side }.map(\.actor)) == readMediators
                    && earlier.actors.contains { mediator in
                        mediator.role == .mediator && read.allSatisfy { $0.kind != .mediation || $0.actors.contains(Participant(mediator.actor, as: .side)) }
                    }
            }) {
                read.removeAll { $0.kind == .mediation }
            }
            for var event in read {
                // "Xi hosted Putin for talks in Beijing on Thursday": the talks restate the hosting, whose words
                // (its day) now reach over theirs.
                if let restates = found.lastIndex(where: {
                    Self.repeats(event, $0) || ((their || (hostedFor && $0.kind != .visit)) && Self.includes($0, event))
                }) {
                    found[restates].span = found[restates].span.lowerBound...max(found[restates].span.upperBound, upper)
                    continue
                }
                event.span = lower...max(lower, upper)
                event.trigger = positions[k].first
                found.append(event)
            }
        }
        return found
    }

    /// "will attend the G20 summit", "during the ASEAN summit": a summit named by a body is an occasion, not
    /// a meeting of those who attend it (not "the Singapore summit", a place's, nor "the Trump-Kim summit").
    func isOccasion(_ first: Int, in s: Sentence) -> Bool {
        guard first - 2 >= s.tokens.startIndex, ["summit", "summits"].contains(s.word(first)) else { return false }
        // The name before it, back to "the": capitalised words, and a number after "of" ("the Group of 20
        // summit"; not "the June 12 summit", "the 2000 summit").
        var the = first - 1
        while the > s.tokens.startIndex, first - the <= 5, s.word(at: the, is: .capitalised)
                || s.word(the) == "of" || (s.word(the - 1) == "of" && s.tokens[the].startsWithDigit) {
            the -= 1
        }
        guard the < first - 1, s.word(the) == "the", s.word(the + 1) != "of",
              !(the + 1..<first).contains(where: { k in DateParser.month(named: s.tokens[k].text) != nil }) else { return false }
        let name = the + 1..<first
        return !s.actors.contains(where: { name.contains($0.token) || name.contains($0.last) })
            && !s.places.contains(where: { name.contains($0.token) || name.contains($0.last) })
    }

    /// Where a trigger stands in its sentence: its first and last tokens, and whether it is a
    /// meeting's or talks' (which owns the words up to it).
    private struct TriggerPosition {
        var first: Int
        var last: Int
        var ownsWords: Bool
    }

    /// Whether the trigger at `first` is a verb joined by "and" to an earlier one ("… and then met",
    /// "…, and later held talks", "… and was also received by", "…, and will then visit Malaysia"): "and" stands right before it, or
    /// before adverbs of sequence and auxiliaries only.
    /// - Parameter from: the first word after the earlier trigger.
    func joinsPreviousVerb(_ first: Int, from: Int, in s: Sentence) -> Bool {
        var k = first - 1
        while k >= from, ["then", "later", "also", "subsequently", "afterwards", "again", "briefly", "was", "were", "has", "had", "will"].contains(s.word(k)) {
            k -= 1
        }
        // "…, then flew to Cairo": a comma before "then" joins as "and" does.
        return k >= from && (s.word(at: k, is: .and) || (s.word(at: k, is: .comma) && s.word(k + 1) == "then"))
    }

    /// Whether `earlier` is an encounter with every actor of `event`.
    private static func includes(_ earlier: Found, _ event: Found) -> Bool {
        earlier.kind != .mediation && earlier.kind != .communication && event.actors.allSatisfy { a in earlier.actors.contains { $0.actor == a.actor } }
    }

    /// Words that commit to what follows ("agreed to return to the talks"), unlike a wish or a call.
    /// Verbs that bring talks back, not in the past ("to restore dialogue", "resuming the talks").
    static let restoring: WordSet = ["restore", "restoring", "resume", "resuming", "revive", "reviving", "restart", "restarting",
                                     "resumption"]
    static let commitments: WordSet = ["agreed", "agree", "agrees", "decided", "pledged", "promised", "committed", "will", "announced"]

    /// Meals a host gives for a guest ("a state banquet hosted by the president").
    static let meals: Set<Word> = ["banquet", "dinner", "lunch", "luncheon", "breakfast", "reception"]

    /// Verbs by which a side welcomes a third party's mediation.
    static let welcomes: Set<String> = ["welcomed", "welcomes", "welcoming", "accepted", "accepts", "accepting"]

    /// Whether `event` repeats one already found: the same kind and the same actors, each as often, in
    /// any order (equal when sorted, without sorting; a sentence finds few events: no hashing), and the
    /// same status — talks held and a next round planned are two — or either of them called off ("cancelled
    /// his summit … before the two men were due to meet").
    private static func repeats(_ event: Found, _ earlier: Found) -> Bool {
        let a = event.actors, b = earlier.actors
        return event.kind == earlier.kind && a.count == b.count
            && (event.status == earlier.status || event.status == .cancelled || earlier.status == .cancelled)
            && a.allSatisfy { p in a.count(where: { $0.actor == p.actor }) == b.count(where: { $0.actor == p.actor }) }
    }

    /// "held about two hours of talks", "will hold further talks": a form of "hold" a few words before
    /// bare "talks" makes them talks held (or to be held) without naming the sides after "between".
    private func heldApart(_ trigger: EventLexicon.Trigger, at i: Int, in s: Sentence) -> EventLexicon.Trigger {
        guard trigger.needsBetween, trigger.kind == .talks,
              let hold = stride(from: i - 1, through: max(s.tokens.startIndex, i - 5), by: -1).first(where: { s.word(at: $0, is: .holdForm) }),
              !(hold + 1..<i).contains(where: { [",", ";", ".", "and", "that"].contains(s.word($0)) }) else { return trigger }
        return EventLexicon.Trigger(words: trigger.words, kind: .talks, past: s.word(hold) == "held")
    }

    /// "Scholz brought President Aliyev and Prime Minister Pashinyan together": the token of "together"
    /// when "brought" at `i` is followed by two or more actors (and only their titles, "and" and commas)
    /// and then "together" (or, for "brought", the last guest's token before "to" and a place: "brought
    /// Kagame and Museveni to Luanda"); read as "brought together" with the guests after the verb.
    /// Without any actor between, lower-case words alone ("brought the countries' foreign ministers
    /// together") name the guests as a pair: `count` is 0. Guests brought "to the table" are brought to
    /// talks, a mediation, not a meeting.
    /// Verbs of refusing ("rejected outside mediation").
    static let refusals: Set<Word> = ["rejected", "rejects", "rejecting", "refused", "refuses", "opposed", "opposes", "resisted"]
    /// Verbs of hoping that someone acts ("hoped Washington would play an active role").
    static let hopes: Set<Word> = ["hoped", "hopes", "hoping", "wants", "wanted", "expects", "expected"]

    /// Words between "and" and a further object met apart ("and then Pompeo", "and later Abe").
    static let sequels: [Word] = ["then", "later", "also", "afterwards"]
    /// Verbs of thanking or crediting someone for help.
    static let thanks: WordSet = ["thanked", "thanks", "thanking", "praised", "praising", "credited", "hailed", "lauded", "commended"]

    /// Whether the gerund at `i` ("bringing", "brokering") names something done: after "in" or "with", with
    /// a verb in the past ("played a key role in", "was instrumental in", "was credited with") and no modal
    /// a few words before, not after a verb in the infinitive ("hopes to succeed in bringing").
    func creditedAct(at i: Int, in s: Sentence) -> Bool {
        guard s.word(i).string.hasSuffix("ing"), i - 1 > s.tokens.startIndex, ["in", "with"].contains(s.word(i - 1)) else { return false }
        let before = max(s.tokens.startIndex, i - 7)..<i
        // (Not an infinitive: "hopes to succeed in bringing".)
        return before.contains { k in
            (s.word(at: k, is: .endsInEd) && !(k > before.lowerBound && s.word(k - 1) == "to")) || ["was", "were", "been"].contains(s.word(k))
        } && !s.anyWord(from: before.lowerBound, to: i, is: .modal)
    }

    private func guestsBrought(at i: Int, in s: Sentence) -> BroughtGuests? {
        guard ["brought", "bring", "bringing", "brings"].contains(s.word(i)) else { return nil }
        var k = i + 1, guests = 0, described = true
        while k < min(s.tokens.endIndex, i + 16) {
            if let mention = s.actors.first(where: { $0.token == k }) {
                guests += 1
                k = mention.last + 1
            } else if s.word(k) == "together" {
                if guests >= 2 { return BroughtGuests(end: k, count: guests, toTheTable: false) }
                // Not "brought together" itself, nor what the lexicon words ("brought the two sides", "bring them together";
                // not "brought a message", a carrier's).
                let named = guests == 0 && described && k - i >= 2 && k - i <= 6 && lexiconTrigger(at: i, in: s).map { $0.kind == .carrier } != false
                return named ? BroughtGuests(end: k, count: 0, toTheTable: false) : nil
            } else if s.word(k) == "to", s.word(i) == "brought", s.places.contains(where: { $0.token == k + 1 })
                        || (k + 2 < s.tokens.endIndex && s.word(k + 1) == "the" && s.word(at: k + 2, is: .capitalised)) {
                // "Lourenço brought Kagame and Museveni to Luanda", "to the Wye River Plantation": to a place of
                // their meeting.
                return guests >= 2 ? BroughtGuests(end: k - 1, count: guests, toTheTable: false) : nil
            } else if s.word(k) == "to", k + 2 < s.tokens.endIndex, s.word(k + 1) == "the",
                      s.word(k + 2) == "table" || (s.word(k + 2) == "negotiating" && k + 3 < s.tokens.endIndex && s.word(k + 3) == "table") {
                // "bring Tehran and Riyadh to the table".
                return guests >= 2 ? BroughtGuests(end: k - 1, count: guests, toTheTable: true) : nil
            } else if s.word(at: k, is: [.and, .comma, .listFiller, .title, .honorific, .capitalised])
                        || (s.tokens[k].is(".") && k > i + 1 && s.tokens[k - 1].end - s.tokens[k - 1].start == 1) {
                // (and the stops of an initialism: "U.S. President Donald Trump")
                k += 1
            } else if s.word(at: k, is: .lowerInitial) {
                // "the countries' foreign ministers", "the feuding neighbours"
                described = described && guests == 0
                k += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// "cool a confrontation between", "calming the row between": the token of the conflict's noun when a
    /// verb of easing (`EventLexicon.easing`) at `i` is followed, within three words, by a noun for a
    /// conflict (`EventLexicon.conflicts`) right before "between". Phrases the lexicon words itself
    /// ("ease tensions", "defuse the standoff") are left to it.
    /// "help revive stalled nuclear negotiations between": so is a verb of reviving (`EventLexicon.reviving`)
    /// before talks (`EventLexicon.revived`).
    private func conflictEased(at i: Int, in s: Sentence) -> Int? {
        guard s.word(at: i, is: [.easing, .reviving]), i + 2 < s.tokens.endIndex else { return nil }
        let nouns = s.word(at: i, is: .easing) ? EventLexicon.conflicts : EventLexicon.revived
        guard let noun = (i + 1..<min(s.tokens.endIndex - 1, i + 4)).first(where: { nouns.contains(s.word($0)) }),
              s.word(at: noun + 1, is: .between),
              (i + 1..<noun).allSatisfy({ s.word(at: $0, is: .lowerInitial) }),
              lexiconTrigger(at: i, in: s) == nil else { return nil }
        return noun
    }

    /// "helping Kabul and Islamabad build trust", "coax Greece and Turkey into talks": the last guest's
    /// token when a verb of helping or coaxing (`EventLexicon.helpingVerbs`) at `i` is followed by two
    /// or more actors (and only their titles, "and" and commas) and then a verb of settling
    /// (`EventLexicon.settling`) or "into" — a mediation, the guests its sides.
    /// "Bennett offered Israel's help", "asked for the pontiff's help": "help" after a name and "'s", with a
    /// verb of offering or asking at most four words before the name.
    private func possessedHelp(at i: Int, in s: Sentence) -> Bool {
        guard s.word(i) == "help", i - 3 >= s.tokens.startIndex, s.word(i - 1) == "s", s.word(at: i - 2, is: .apostrophe),
              let owner = s.actors.last(where: { $0.last == i - 3 }) else { return false }
        return (max(s.tokens.startIndex, owner.token - 5)..<owner.token).contains { EventLexicon.helpSought.contains(s.word($0)) }
    }

    /// "Riyadh would use its ties with both countries to try to de-escalate the situation", "is ready to use its
    /// influence with Pyongyang and Washington": influence pledged, unasked, with two sides — an offer by the
    /// one named right before, between the pair after "with" (named, or "both" / "the two" named before).
    private func influenceOffered(first: Int, last: Int, left: ArraySlice<ResolvedMention>, right: ArraySlice<ResolvedMention>,
                                  clause: ClosedRange<Int>, in s: Sentence) -> Found? {
        guard s.word(first) == "use", last + 2 < s.tokens.endIndex, s.word(last + 1) == "with",
              (max(clause.lowerBound, first - 4)..<first).contains(where: { ["would", "will", "ready", "offered", "pledged", "promised"].contains(s.word($0)) }),
              let offerer = left.last(where: { !$0.isVenue }), first - offerer.last <= 4 else { return nil }
        // ("both countries" not named in the sentence: the document's pair, `Extractor`.)
        let named = right.first.map { $0.token >= last + 2 && $0.token <= last + 4 && isDescription(last + 2..<$0.token, in: s) ? nearestGroup(right, in: s) : [] } ?? []
        let pair = ["both", "the"].contains(s.word(last + 2)) ? previousPair(s, trigger: last + 2, from: last + 2, excluding: offerer.actor) ?? [] : named
        let sides = pair.count == 2 && distinctSides(pair + [offerer.actor], in: s) == 3 ? pair : []
        guard !sides.isEmpty || ["both", "the"].contains(s.word(last + 2)) else { return nil }
        return Found(kind: .mediation, status: .offered,
                     actors: [Participant(offerer.actor, as: .mediator)] + sides.map { Participant($0, as: .side) }, place: nil, forward: false)
    }

    /// The days of the week, lower-cased (`DateParser.weekdays`, as words).
    static let weekdays = Set(DateParser.weekdays.map { Word($0) })

    /// Verbs by which talks take in more parties ("which also involve Japan and Russia").
    static let includingVerbs: Set<Word> = ["involve", "involves", "include", "includes", "bring", "brings"]

    /// "asked Yang to use Beijing's influence with Pyongyang": "use" at `i`, a name and "'s" before
    /// "influence", "leverage" or "ties" (as "use its influence"). Returns the last token of the phrase.
    private func usedInfluence(at i: Int, in s: Sentence) -> Int? {
        guard s.word(i) == "use", let owner = s.actors.first(where: { $0.token == i + 1 }), owner.last + 3 < s.tokens.endIndex,
              s.word(at: owner.last + 1, is: .apostrophe), s.word(owner.last + 2) == "s",
              ["influence", "leverage", "ties"].contains(s.word(owner.last + 3)) else { return nil }
        return owner.last + 3
    }

    /// "China offered to help.", "offered to help if asked": "help" at `i` after "offered to", with no
    /// task of its own after it ("offered to help rebuild the port", "offered to help arrange a summit" are
    /// other triggers' or none).
    private func offeredHelp(at i: Int, in s: Sentence) -> Bool {
        guard s.word(i) == "help", i - 2 >= s.tokens.startIndex, s.word(i - 1) == "to",
              ["offered", "offers", "offering"].contains(s.word(i - 2)) else { return false }
        return i + 1 == s.tokens.endIndex || !s.word(at: i + 1, is: .lowerInitial) || ["if", "in", "and", "with"].contains(s.word(i + 1))
    }

    private func guestsHelped(at i: Int, in s: Sentence) -> Int? {
        guard EventLexicon.helpingVerbs.contains(s.word(i)) else { return nil }
        var k = i + 1, guests = 0, lastGuest = i
        while k < min(s.tokens.endIndex, i + 16) {
            if let mention = s.actors.first(where: { $0.token == k }) {
                guests += 1
                lastGuest = mention.last
                k = mention.last + 1
            } else if guests >= 2 && (EventLexicon.settling.contains(s.word(k)) || s.word(k) == "into") {
                return lastGuest
            } else if guests >= 2, !s.tokens[k].isWord || ["if", "when", "should"].contains(s.word(k)),
                      s.anyWord(from: max(s.tokens.startIndex, i - 3), to: i, is: .offered) {
                // "stands ready to help Washington and Pyongyang if asked": help offered to the two, no more said.
                return lastGuest
            } else if s.word(at: k, is: [.and, .comma, .listFiller, .title, .honorific, .describer, .capitalised]) || s.tokens[k].is(".") {
                // ("help the U.S. and North Korea", "help U.S. President Donald Trump and Kim …": their descriptions.)
                k += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// The guests of "brought … together" (`guestsBrought`): the token that ends the phrase, how many
    /// actors were named (0 for a pair named by lower-case words), and whether they were brought "to the table".
    private struct BroughtGuests {
        var end: Int
        var count: Int
        var toTheTable: Bool
    }

    /// The lexicon's trigger that starts at token `i`, its longest.
    private func lexiconTrigger(at i: Int, in s: Sentence) -> EventLexicon.Trigger? {
        EventLexicon.triggers(startingWith: s.tokens[i])?.first { matches($0.words, at: i, in: s) }
    }

    /// Whether the words of `phrase` stand in `s` from token `i` on.
    private func matches(_ phrase: [Word], at i: Int, in s: Sentence) -> Bool {
        guard i + phrase.count <= s.tokens.endIndex else { return false }
        for (k, word) in phrase.enumerated() where s.word(i + k) != word { return false }
        return true
    }

    // MARK: - Reading one trigger

    /// The actors before the trigger from `first` to `last` in its clause, outside `aside`, and those
    /// after it in its clause: slices of `s.actors`, which are in token order and do not overlap.
    /// - Parameter verb: whether the trigger is a verb in the past ("met", "held talks"), whose subject
    /// may stand before an apposition; a noun's does not ("… Kim Yong-chol, a close aide, aimed at
    /// rescuing the summit").
    private func sides(of first: Int, last: Int, in s: Sentence, clause: ClosedRange<Int>, aside: ClosedRange<Int>?,
                       verb: Bool) -> (left: ArraySlice<ResolvedMention>, right: ArraySlice<ResolvedMention>) {
        let actors = s.actors
        var lower = 0
        while lower < actors.count, actors[lower].token < clause.lowerBound { lower += 1 }
        var leftEnd = lower
        while leftEnd < actors.count, actors[leftEnd].last < first { leftEnd += 1 }
        var rightStart = leftEnd
        while rightStart < actors.count, actors[rightStart].token <= last { rightStart += 1 }
        var rightEnd = rightStart
        while rightEnd < actors.count, actors[rightEnd].token <= clause.upperBound { rightEnd += 1 }
        var left = actors[lower..<leftEnd]
        if let aside, left.contains(where: { aside.contains($0.token) }) {
            left = ArraySlice(left.filter { !aside.contains($0.token) })
        }
        // "Kim Yo-jong, the sister of Kim Jong-un, attended … and had lunch with Moon": names in an
        // apposition closed before the trigger are no subjects either; nor, before any trigger, names in
        // a relative clause ("Sarkozy, whose country holds the presidency of the EU, spent … in talks").
        for apposition in appositions(before: first, in: s, clause: clause, articles: verb) where left.contains(where: { apposition.contains($0.token) }) {
            left = ArraySlice(left.filter { !apposition.contains($0.token) })
        }
        return (left, actors[rightStart..<rightEnd])
    }

    /// The asides after a name that close before `first`: from a comma right after a mention, followed
    /// by a relative pronoun, an office in lower case before "of" or (when `articles`) by "the", "a" or
    /// "an", to the next comma (at most 18 words on).
    private func appositions(before first: Int, in s: Sentence, clause: ClosedRange<Int>, articles: Bool) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        for mention in s.actors where mention.token >= clause.lowerBound && mention.last + 2 < first {
            let open = mention.last + 1
            guard s.word(at: open, is: .comma),
                  s.word(at: open + 1, is: .relativePronoun) || (articles && ["the", "a", "an"].contains(s.word(open + 1)))
                      // "Kim Yong-nam, president of the presidium of the North's assembly, visited": an office in lower case.
                      || (s.word(at: open + 1, is: .title) && s.word(at: open + 1, is: .lowerInitial) && s.word(open + 2) == "of"),
                  var close = (open + 2..<min(first, open + 20)).first(where: { s.word(at: $0, is: .comma) }) else { continue }
            // "Kishida, who toured the Philippines, Singapore, Brunei and Australia earlier this month, is
            // due to hold talks": a comma before a further item of a list inside the clause does not close it.
            while s.word(at: open + 1, is: .relativePronoun),
                  let item = s.actors.first(where: { $0.token == close + 1 }), item.last + 1 < first,
                  s.word(at: item.last + 1, is: [.comma, .and]),
                  let next = (item.last + 1..<min(first, open + 20)).first(where: { s.word(at: $0, is: .comma) }) {
                close = next
            }
            // "The United States, the Chinese government, Japan and Russia met": another state named
            // whole between the commas is an item of a list.
            if s.word(open + 1) == "the", let item = s.actors.first(where: { $0.token == open + 2 }), item.last == close - 1,
               side(item.actor, in: s) != side(mention.actor, in: s) {
                continue
            }
            found.append(open...close)
        }
        return found
    }

    private func read(_ trigger: EventLexicon.Trigger, first: Int, last: Int, segment: ClosedRange<Int>, in s: Sentence) -> [Found] {
        let clause = clauseBounds(around: first, in: s)
        // "has never met", "did not visit", "no sitting president has ever met": nothing happened.
        let base = s.tokens.startIndex
        // "instead of meeting" negates; "instead held talks with Araujo" does not. "has yet to meet", "both
        // men ruled out a meeting". "No senior U.S. official visited the region during Wang's trip": a
        // clause that opens with "no" denies all it names.
        if (max(clause.lowerBound, first - 6)..<first).contains(where: { k in
            (s.word(at: k, is: .negation) && (s.word(k) != "instead" || s.word(k + 1) == "of"))
                || (s.word(k) == "yet" && s.word(k + 1) == "to") || (["ruled", "rules", "ruling"].contains(s.word(k)) && s.word(k + 1) == "out")
        }) || (s.word(clause.lowerBound) == "no" && clause.lowerBound < first) {
            return []
        }
        // An occasion is no meeting of those who attend it.
        if trigger.kind.isEncounter, !trigger.past, isOccasion(first, in: s) {
            return []
        }
        // "any talks with Pyongyang must …": no talks in particular.
        if trigger.kind.isEncounter, first > base, s.word(first - 1) == "any" { return [] }
        // "Asked whether Washington expected Beijing to deliver any message": a question, nothing done.
        if (max(clause.lowerBound, first - 8)..<first).contains(where: { s.word($0) == "whether" }) {
            return []
        }
        // "Ms Choe, who has led the talks with Washington, travelled to Sweden": an aside between the
        // subject and its verb names nobody who acts.
        let aside = parenthetical(before: first, in: s, clause: clause)
        // ("held 90 minutes of talks with": a noun governed by a verb in the past.)
        let governed = (max(clause.lowerBound, first - 4)..<first).contains { ["held", "had", "began"].contains(s.word($0)) }
        var (left, right) = sides(of: first, last: last, in: s, clause: clause, aside: aside, verb: trigger.past || governed)
        // "Wallstrom, who is visiting the region, hosted talks between …": a trigger inside a relative
        // clause set off by commas reaches no further than its closing comma.
        if let close = relativeAsideEnd(around: first, last: last, in: s, clause: clause) {
            right = right.prefix { $0.token < close }
        }
        let speaker = s.speaker
        // The venue: in the trigger's own words, after it first; else earlier in the clause ("arrived in
        // Pyongyang and met Kim"), never in a later event's words.
        // ("then flew to Naypyitaw, where he met Suu Kyi": the place "where" stands for.)
        // ("for talks with Kagame, and ends the tour in Addis Ababa", "for a summit with Kishida, and Kishida
        // made a return visit to Seoul", "for talks with Quang before flying to Manila": not past a verb
        // joined by ", and", with or without a subject of its own, or a participle after "before"; "ends
        // the tour in Addis Ababa on Thursday with a meeting with Hailemariam": its own words before it.)
        // ("flew to the Jordanian port from Sharm el-Sheikh": not where the journey began; "Bush, who flew to
        // Aqaba, was to visit …": not in an aside.)
        let places = s.places.lazy.filter { ($0.token == s.tokens.startIndex || s.word($0.token - 1) != "from") && aside?.contains($0.token) != true }
        let place = places.first { $0.token > last && $0.token <= min(clause.upperBound, segment.upperBound) }.flatMap { after in
            timeParticiple(in: last + 1..<max(last + 1, after.token - 2), in: s) != nil
                || (last + 1..<max(last + 1, after.token - 2)).contains { k in
                    s.word(at: k, is: .comma) && s.word(k + 1) == "and" && (s.word(at: k + 2, is: .finiteVerb)
                        || s.actors.contains { $0.token == k + 2 && s.word(at: $0.last + 1, is: [.finiteVerb, .endsInEd]) })
                } ? nil : after
        }
            ?? (max(clause.lowerBound, first - 4)..<first).last(where: { s.word($0) == "where" }).flatMap { whereWord in
                places.last { $0.token >= clause.lowerBound && $0.token < whereWord }
            }
            ?? (segment.lowerBound > clause.lowerBound ? places.last { $0.token >= segment.lowerBound && $0.token < first } : nil)
            ?? places.first { $0.token >= clause.lowerBound && $0.token <= min(clause.upperBound, segment.upperBound) }

        // ("ready to host the summit", "glad to host the meeting" offer to mediate: `hostedRound`.)
        let hostsTheRound = s.word(at: first, is: .hostForm) && first == last && last + 1 < s.tokens.endIndex
            && ["the", "them"].contains(s.word(last + 1))
        if trigger.kind.isEncounter, !trigger.past, !hostsTheRound, isWish(first: first, last: last, in: s, clause: clause) {
            return []
        }
        // A mediator facilitates "talks between X and Y": the talks' sides are its sides; "shuttled between
        // the two delegations": the pair that last met.
        // Not "discussed the agreement between the EU and Mercosur": what is discussed is a topic.
        let between = trigger.words == ["discussed"] ? nil
            : betweenPair(after: last, in: s, limit: trigger.kind == .mediation ? clause.upperBound : min(clause.upperBound, segment.upperBound),
                          cities: trigger.kind == .mediation)
            ?? (trigger.kind == .mediation ? betweenTheParties(after: last, in: s)
                ?? (EventLexicon.shuttles.contains(trigger.words[0]) ? betweenThem(after: last, in: s, theTwo: true) : nil)
                // "The United Nations convened a meeting of Ethiopia and Egypt": the parties of what was arranged.
                ?? (trigger.needsBetween && trigger.past && trigger.words.count == 1 ? partiesOfTheMeeting(after: last, in: s, clause: clause) : nil)
                : betweenThem(after: last, in: s))

        // "the first meeting between Aquino and Murad", Murad unknown: the pair is named, but not both are
        // known; no one else took part.
        if trigger.kind.isEncounter, between == nil, last + 2 < s.tokens.endIndex, s.word(last + 1) == "between",
           s.word(at: last + 2, is: .capitalised) {
            return []
        }
        // "began indirect talks in Vienna", "proximity talks", "indirect peace talks": the sides did not sit together.
        if trigger.kind == .talks || trigger.kind == .meeting, !trigger.past, first > clause.lowerBound,
           ["indirect", "proximity"].contains(s.word(first - 1))
            || (first - 1 > clause.lowerBound && ["indirect", "proximity"].contains(s.word(first - 2)) && s.word(at: first - 1, is: .lowerInitial)) {
            return []
        }
        if trigger.needsBetween && between == nil {
            return trigger.kind == .talks ? subjectTalks(trigger: trigger, first: first, last: last, left: left, in: s, clause: clause, place: place) : []
        }
        // "joined the talks in Vienna"; but "began his tour in Honiara, meeting Sogavare, whose government
        // signed a pact with Beijing" signed nowhere: a venue before a relative pronoun is another clause's.
        if trigger.needsPlace, place.map({ $0.token < first && s.anyWord(from: $0.last + 1, to: first, is: .relativePronoun) }) ?? true {
            return []
        }
        // "a forum hosted by Xi": the host of something else, not a meeting of the sentence's subject;
        // but "Biegun was received by Ri" is a meeting of the two.
        // "talks hosted in Washington by the U.S. Treasury": a venue may stand before "by"; "secret talks
        // hosted mostly by Canada": an adverb too.
        let venue = s.places.first { $0.token == last + 2 && s.word(last + 1) == "in" }
        let adverb = last + 2 < s.tokens.endIndex && EventPatterns.agentAdverbs.contains(s.word(last + 1)) && s.word(last + 2) == "by"
        let by = venue.map { $0.last + 1 } ?? (adverb ? last + 2 : last + 1)
        let byAgent = trigger.kind == .meeting && by < s.tokens.endIndex && s.word(by) == "by"
        // "Biegun was received by Ri" is a meeting of the two; "the summit was hosted by Hailemariam" is the host's.
        // "The secret negotiations between Cuba and the United States were hosted by Canada": the talks'.
        let passive = byAgent && first > base && ["was", "were", "been", "be", "is", "are", "being"].contains(s.word(first - 1))
            && !(s.word(at: first, is: .hostForm) && s.anyWord(from: max(base, clause.lowerBound), to: first - 1, is: .talksNoun)
                 && (!s.actors.contains { $0.last == first - 2 } || s.anyWord(from: max(base, clause.lowerBound, first - 20), to: first, is: .between)))
        if byAgent && !passive {
            // "to attend a state banquet hosted by President Patil": a meal given by the host for the
            // clause's subject.
            if s.word(at: first, is: .hostForm), (max(clause.lowerBound, first - 3)..<first).contains(where: { EventPatterns.meals.contains(s.word($0)) }),
               let host = s.actors.first(where: { $0.token > by && $0.token <= clause.upperBound }), isDescription(by + 1..<host.token, in: s),
               let guest = clauseSubject(before: first, left: ArraySlice(s.actors.filter { $0.last < first }), in: s, clause: clause),
               distinctSides([guest, host.actor], in: s) == 2 {
                // (The meal is as far ahead as the clause's verb: "was to … attend".)
                let ahead = (clause.lowerBound..<first - 1).contains { EventPatterns.beForms.contains(s.word($0)) && s.word($0 + 1) == "to" }
                let status = ahead ? .planned : meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
                return [Found(kind: .meeting, status: status, actors: [Participant(guest, as: .participant), Participant(host.actor, as: .participant)],
                              place: place?.name, forward: status != .held)]
            }
            return hostedTalks(host: first, by: by, clause: clause, place: place, in: s)
        }
        // "The meeting had been announced by …": a meeting named before refers back; its sides are
        // not in this sentence.
        if first - base <= 1, first > base ? ["the", "this", "that"].contains(s.word(first - 1)) : false,
           trigger.kind.isEncounter, last + 1 < s.tokens.endIndex,
           !["with", "between", "of", "in", "at", "on"].contains(s.word(last + 1)) {
            return []
        }
        if namesNoEvent(trigger, first: first, last: last, in: s, clause: clause) { return [] }
        // "presence of" is a trigger only as "in the presence of".
        if trigger.words == EventLexicon.inThePresenceOf, !(first - 2 >= base && s.word(first - 1) == "the" && s.word(first - 2) == "in") {
            return []
        }
        // "whether the two countries met": a hypothetical.
        // Where the trigger's subject can start (`subjectStart`), the same for every rule below.
        let start = subjectStart(before: first, in: s, clause: clause, aside: aside)
        let opener = start - 1
        if trigger.kind.isEncounter, opener >= clause.lowerBound, s.word(at: opener, is: .hypothetical) {
            return []
        }
        // "Stockholm has hosted contacts between the two sides": the host mediates.
        // "Iraq and Oman hosted several rounds of talks between the two sides": each host.
        if trigger.kind == .meeting, s.word(at: first, is: .hostForm),
           s.anyWord(from: last + 1, to: min(last + 7, s.tokens.endIndex - 1) + 1, is: .between),
           let host = left.last(where: { $0.token >= start })?.actor {
            let hosts = jointAgents(of: host, before: first, left: left, from: start, passive: false, in: s)
            let between = betweenPair(after: last, in: s, limit: clause.upperBound) ?? previousPair(s, trigger: first, from: base) ?? []
            let hostSides = Set(hosts.map { affiliation($0, in: s) ?? $0 })
            let sides = between.filter { !hosts.contains($0) && !hostSides.contains(affiliation($0, in: s) ?? $0) }
            // One side named against an unnamed party: the document gives the other (`Extractor`).
            guard sides.count == 2 || (sides.count == 1 && between.count == 1) else { return [] }
            return hosts.map { host in
                Found(kind: .mediation, status: trigger.past ? .performed : .offered,
                      actors: [Participant(host, as: .mediator)] + sides.map { Participant($0, as: .side) },
                      place: place?.name, forward: false)
            }
        }
        if let members = trigger.members {
            guard !s.anyWord(from: last + 1, to: clause.upperBound + 1, is: .dormant) else { return [] }
            // "the U.S. envoy to the six-party talks", "China's chief negotiator at the six-party talks": the
            // talks as the forum of someone's post, not a round of them.
            if first - 3 >= base, s.word(first - 1) == "the", ["to", "at", "in", "for"].contains(s.word(first - 2)),
               EventPatterns.postsAtTalks.contains(s.word(first - 3)) {
                return []
            }
            var status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            // "agreed to return to the six-party talks": planned; "work for a resumption of the six-party talks",
            // "any return to the six-party talks": a wish, no event.
            if status != .cancelled, s.anyWord(from: max(clause.lowerBound, first - 10), to: min(clause.upperBound, last + 6) + 1, is: .resumption) {
                guard (max(s.tokens.startIndex, first - 12)..<first).contains(where: { EventPatterns.commitments.containsLowercased(s.tokens[$0]) }) else { return [] }
                status = .planned
            }
            return [Found(kind: .talks, status: status, actors: members.map { Participant($0, as: .participant) },
                          place: place?.name, forward: status != .held)]
        }
        switch trigger.kind {
        case .meeting, .talks:
            var participants: [ActorID]
            // "Kishida met Yoon and, separately, Li": further meetings of the subject.
            var separate: [[ActorID]] = []
            // "… and Zelensky in Kyiv two days later": where a further meeting was held, when it says.
            var separatePlace: PlaceMention?
            // The last word of the trigger before, when this one's verb is joined to it by "and" ("is to
            // meet … and hold separate talks with …"): the two share their status.
            var sharedVerb: Int?
            if let between {
                participants = between
            } else {
                // The subject side starts after the last reporting verb ("Peskov said Putin and Kim will meet");
                // speakers of reported speech are not participants unless nobody else is named.
                let speakers = s.speakerTokens
                // "Pompeo travelled to North Korea and held talks": a destination is not the subject; nor
                // is the one an earlier encounter was with ("talks with Kagame on Wednesday and a meeting with
                // Hailemariam on Thursday").
                var subject = nearestGroup(left.filter {
                    $0.token >= start && !speakers.contains($0.token) && !namesTheEvent($0, trigger: trigger, at: first, in: s) && !isDestination($0, in: s)
                        && !isOfficeOf($0, in: s) && !followsWith($0, in: s)
                }.reversed(), in: s)
                // "In March, he and Suh met Kim": a "he" joined by "and" to the subject is one of it.
                // ("as he and UN Secretary-General Antonio Guterres met Zelensky": titles may stand between.)
                if let head = left.first(where: { $0.token > start + 1 && subject.contains($0.actor) }) {
                    var and = head.token - 1
                    while and > start + 1, head.token - and <= 4, s.word(at: and, is: [.title, .capitalised]), !s.word(at: and, is: .and) { and -= 1 }
                    if s.word(at: and, is: .and), s.word(at: and - 1, is: .heOrShe), let referent = pronounSubject(before: and, from: start, in: s),
                       !subject.contains(referent) {
                        subject.insert(referent, at: 0)
                    }
                }
                // "ahead of his planned meeting with Trump": "his" is the sentence's topic, not the nearest name.
                // Not the speaker ("White House officials said Obama would raise it in his talks with Hun Sen").
                // "He said that his second summit with Kim would …": whom "he" stands for, when no one is named before "his".
                if let his = (max(base, first - 3)..<first).first(where: { s.word(at: $0, is: .hisOrHer) }),
                   let topic = s.actors.first(where: { $0.token >= clause.lowerBound && !speakers.contains($0.token) })?.actor {
                    let namedBefore = s.actors.contains { $0.token >= clause.lowerBound && $0.token < his }
                    subject = [!namedBefore && s.word(at: base, is: .heOrShe) ? s.previousSubject ?? topic : topic]
                }
                if subject.isEmpty, let referent = pronounSubject(before: first, from: start, in: s) { subject = [referent] }
                // "when he attended the opening of the Olympics and held talks with Xi": a clause whose subject
                // is "he", however many words its first verb takes; "On the sidelines he is to hold separate
                // talks with …": so is one after a phrase put in front of it.
                if subject.isEmpty, start < first - 1, !left.contains(where: { $0.token > start }),
                   let opener = s.word(at: start, is: .heOrShe) ? start
                       : (start + 1..<max(start + 1, min(first - 1, start + 6))).first(where: { s.word(at: $0, is: .heOrShe) })
                           .flatMap({ EventPatterns.frontingPrepositions.contains(s.word(start)) ? $0 : nil }),
                   let referent = pronounSubject(before: opener + 1, from: start, in: s) {
                    subject = [referent]
                }
                // "He is due at the White House on Wednesday for talks with Biden": a sentence that opens with
                // "he" or "she" and names no one else before the trigger is about the last subject.
                if subject.isEmpty, s.word(at: base, is: .heOrShe), let referent = s.previousSubject { subject = [referent] }
                // "held talks with Peres in Jerusalem, where he also met Netanyahu": "he" or "she" after the
                // nearest name is the verb's subject, not that name — the sentence's own "he" when it opens
                // with one ("He had met Abbas … and saw Peres …, where he also met Netanyahu").
                if let nearest = left.last(where: { $0.token >= start }),
                   stride(from: first - 1, through: max(nearest.last + 1, first - 4), by: -1).contains(where: { s.word(at: $0, is: .heOrShe) }),
                   let referent = (s.word(at: base, is: .heOrShe) ? s.previousSubject : nil) ?? pronounSubject(before: first, from: start, in: s) {
                    subject = [referent]
                }
                // "Mr Trump joined Mr Abe and Mr Modi for the first three-way meeting": who joins the
                // group takes part with it.
                if !trigger.past, let head = left.first(where: { $0.token >= start && subject.contains($0.actor) }) {
                    var verb = head.token - 1
                    while verb > base, s.word(at: verb, is: [.honorific, .title]) { verb -= 1 }
                    if verb > max(base, start), ["joined", "joins", "join"].contains(s.word(verb)),
                       let joiner = left.last(where: { $0.last == verb - 1 || ($0.last == verb - 2 && s.word(at: verb - 1, is: .lowerInitial)) }),
                       !subject.contains(joiner.actor) {
                        subject.insert(joiner.actor, at: 0)
                    }
                }
                // "the second Trump-Kim meeting": two names joined by a hyphen right before a noun trigger.
                if !trigger.past, let b = left.last, b.last == first - 1, let a = left.dropLast().last, a.last == b.token - 1,
                   distinctSides([a.actor, b.actor], in: s) == 2 {
                    subject = [a.actor, b.actor]
                }
                // "a tour that took him to Pyongyang for talks with Kim": "him" after the nearest name
                // goes to talks, and stands for the sentence's first official.
                if !trigger.past, let nearest = left.last(where: { $0.token >= start }),
                   let him = stride(from: first - 1, through: max(nearest.last + 1, first - 5), by: -1).first(where: { s.word($0) == "him" }),
                   let referent = s.actors.first(where: { $0.last < nearest.token && self.kind($0.actor, in: s) == .official }), referent.token < him {
                    subject = [referent.actor]
                }
                // "Tang travelled to Moscow as an envoy of Hu, meeting Putin", "Ri met Löfven a day after
                // opening talks with Wallström": a participle after a comma or a time conjunction has the
                // clause's subject, not the nearest name.
                let participle = s.word(at: first, is: .endsInIng) ? first : (first - 1 > base && s.word(at: first - 1, is: .endsInIng) ? first - 1 : nil)
                // '"We agreed," Borrell told reporters after hosting …': not a name inside the opening quotation.
                // ("On Sunday he and Singh watched a match before holding talks": the clause's subject is all
                // those named together, a "he" joined to them by "and" too.)
                if let participle, participle - 1 > base,
                   s.word(at: participle - 1, is: .comma) || ["after", "before", "while", "since"].contains(s.word(participle - 1)),
                   let topic = left.first(where: { $0.token >= max(start, afterOpeningQuote(in: s)) }) {
                    subject = nearestGroup(left.filter { $0.token >= topic.token && $0.last < participle }, in: s)
                    if topic.token - 2 > base, s.word(at: topic.token - 1, is: .and), s.word(at: topic.token - 2, is: .heOrShe),
                       let referent = pronounSubject(before: topic.token - 1, from: start, reach: 2, in: s), !subject.contains(referent) {
                        subject.insert(referent, at: 0)
                    }
                }
                // "He then visits Guatemala, where he meets Berger, before ending the tour in Merida, Mexico,
                // with talks with Calderon": talks in the words of a participle after "before" or "after",
                // with no one named after it, are its subject's — the sentence's "he", else its first official.
                if !trigger.past, participle == nil,
                   let ing = timeParticiple(in: max(start, first - 10)..<first, orWhile: true, in: s), !left.contains(where: { $0.token > ing }),
                   let referent = s.word(at: base, is: .heOrShe) ? s.previousSubject
                       : left.first(where: { $0.token >= start && self.kind($0.actor, in: s) == .official })?.actor {
                    subject = [referent]
                }
                // "he visited Zelensky in Kyiv and then met Putin": a verb joined by "and" to the trigger
                // before it shares that one's subject, not the nearest name (its object).
                // ("is to meet GCC leaders and hold separate talks with Sisi": a verb of holding before the trigger.)
                var head = first
                while head - 1 > segment.lowerBound, ["separate", "bilateral", "further", "direct", "formal"].contains(s.word(head - 1)) { head -= 1 }
                if head - 1 > segment.lowerBound, ["hold", "holds", "have"].contains(s.word(head - 1)) { head -= 1 }
                if trigger.past || head < first, segment.lowerBound > max(base, clause.lowerBound, start),
                   joinsPreviousVerb(head, from: segment.lowerBound, in: s) {
                    let previous = segment.lowerBound - 1  // the last word of the trigger before
                    if head < first { sharedVerb = previous }
                    // "where he met the crown prince, and received Raisi": the pronoun before the earlier
                    // verb first, else the names before it.
                    let earlier = nearestGroup(left.filter {
                        $0.token >= start && $0.last < previous && !speakers.contains($0.token) && !isDestination($0, in: s)
                    }.reversed(), in: s)
                    // "where he will attend a summit and hold talks with Xi": the earlier verb's own words may
                    // stand between.
                    if let shared = pronounSubject(before: previous, from: start, reach: 6, in: s).map({ [$0] }) ?? (earlier.isEmpty ? nil : earlier) {
                        subject = shared
                    }
                } else if trigger.past, first - 2 > max(base, start), joinsPreviousVerb(first, from: max(base, start) + 1, in: s),
                          let topic = left.first(where: { $0.token >= start && !speakers.contains($0.token) && !isDestination($0, in: s) }),
                          !subject.contains(topic.actor) {
                    // "Moon became the first leader to address the Duma, the lower house of Russia's parliament,
                    // and later held talks with Medvedev": a verb joined by "and" to one that is no trigger has
                    // the clause's subject too.
                    subject = [topic.actor]
                }
                // "He held talks with Lapid in Jerusalem on Thursday, when the two signed a declaration …, and met
                // Abbas": ", and" after a clause of "when" or "where" set off by a comma goes back to the sentence's
                // subject, its "he" or its first official.
                if trigger.past, first - 2 > base, s.word(at: first - 1, is: .and), s.word(at: first - 2, is: .comma),
                   let aside = (base + 1..<first - 2).last(where: { s.word(at: $0, is: .comma) && ["when", "where"].contains(s.word($0 + 1)) }),
                   let main = s.word(at: base, is: .heOrShe) ? s.previousSubject
                       : left.first(where: { $0.token < aside && self.kind($0.actor, in: s) == .official && !speakers.contains($0.token) })?.actor {
                    subject = [main]
                }
                // "Davutoglu flew to Baghdad for talks with Maliki and then travelled to Damascus to see Assad",
                // "…, on Thursday, travelled to Ramallah for talks with Abbas": a purpose after a journey has the
                // traveller for subject — the names right before the journey verb, else the clause's first actor.
                // ("…, going on afterwards to Dublin for a meeting with Ahern": adverbs may follow the verb; a
                // participle after a comma or a time conjunction has the clause's subject.)
                if s.word(first) == "to" || (first > base && ["to", "for"].contains(s.word(first - 1)))
                    || (first - 2 > base && s.word(first - 2) == "for" && ["a", "an"].contains(s.word(first - 1))),
                   let journey = stride(from: first - 2, through: max(start, first - 10), by: -1).first(where: { k in
                       EventLexicon.journeyVerbs.contains(s.word(k))
                           && (k + 1..<min(first, k + 4)).first(where: { !EventLexicon.onward.contains(s.word($0)) })
                               .map { ["to", "in"].contains(s.word($0)) } == true
                   }) {
                    let before = left.filter { $0.token >= start && $0.last < journey && !speakers.contains($0.token) && !isDestination($0, in: s) }
                    let commaParticiple = journey - 1 > base && s.word(at: journey, is: .endsInIng)
                        && (s.word(at: journey - 1, is: .comma) || timeParticiple(in: journey - 1..<journey, orWhile: true, in: s) != nil)
                    // ("Before Helsinki, Trump will … travel to Britain, where he is due to hold talks": a person travels.)
                    if let nearest = before.last, journey - nearest.last <= 2, !commaParticiple {
                        subject = nearestGroup(before.reversed(), in: s)
                    } else if let topic = self.subject(opening: before.first(where: { self.kind($0.actor, in: s) == .official }) ?? before.first,
                                                  before: journey, in: s, clause: clause) {
                        // ("On Thursday he will see Chernomyrdin and then fly to Belfast for talks": "he" travels.)
                        subject = [topic]
                    }
                }
                // "… but not Mr Putin": a negated object is no participant.
                // The object follows the verb closely ("met Kim", "met in Singapore on Tuesday with Kim"),
                // not a clause later.
                // "discussed North Korea": what is discussed is a topic; only "discussed … with X" names a party.
                let topicOnly = first == last && s.word(first) == "discussed"
                // "welcomed the Kuwaiti mediation", "praised Qatar's efforts": a state's act is no one met.
                // "to meet Najib Razak, and the Philippines, where he will see Aquino": a country that a clause of
                // "where" describes is the next stop, not one met.
                let objects = right.filter {
                    !speakers.contains($0.token) && !isSeat($0, in: s) && !isNegated($0, in: s) && !namesAnAct($0, in: s) && !namesATopic($0, after: last, in: s)
                        && !(topicOnly && !(last + 1..<$0.token).contains { s.word($0) == "with" })
                        && !($0.last + 2 < s.tokens.endIndex && s.word(at: $0.last + 1, is: .comma) && s.word($0.last + 2) == "where"
                             && self.kind($0.actor, in: s) == .country)
                }
                var object = objects.first.map { $0.token <= segment.upperBound && reaches(from: last, to: $0.token, in: s) } == true
                    ? nearestGroup(objects, in: s) : []
                // "met both Putin and Lavrov, and national security adviser Tom Donilon …": "both" names two.
                if let head = objects.first, head.token > base, s.word(head.token - 1) == "both" { object = Array(object.prefix(2)) }
                // "signed in the presence of Clinton, Lavrov, … and Calmy-Rey, whose government …": every
                // witness up to a relative clause, however long their titles.
                if trigger.words == EventLexicon.inThePresenceOf, !object.isEmpty {
                    let end = (last + 1...max(last + 1, segment.upperBound)).first { s.word(at: $0, is: .relativePronoun) } ?? segment.upperBound + 1
                    object = unique(objects.filter { $0.token < end }.map(\.actor))
                }
                // "called off a meeting he had been scheduled to hold with Rama": the counterpart of a meeting
                // noun past a relative clause about holding it.
                if object.isEmpty, !trigger.past, let with = (last + 1..<max(last + 1, min(last + 10, clause.upperBound))).first(where: { s.word($0) == "with" }),
                   (last + 1..<with).allSatisfy({ EventLexicon.holdingClause.contains(s.word($0)) }),
                   let counterpart = objects.first(where: { $0.token > with && isDescription(with + 1..<$0.token, in: s) }) {
                    object = [counterpart.actor]
                }
                // "Trump, whom he met at the White House on Wednesday, had remembered …": the one met is the
                // name before "whom", not a name later in the sentence.
                if trigger.past, let whom = (max(start, first - 4)..<first).first(where: { s.word($0) == "whom" }),
                   whom - 2 >= base, s.word(at: whom - 1, is: .comma),
                   let antecedent = left.last(where: { $0.last == whom - 2 }), !subject.contains(antecedent.actor) {
                    object = [antecedent.actor]
                }
                // "met again briefly at Panmunjom on June 30 together with Trump": one named after "together
                // with" takes part too.
                if trigger.kind.isEncounter, !subject.isEmpty,
                   let together = (last + 1..<max(last + 1, min(segment.upperBound, last + 16))).first(where: { s.word($0) == "together" && s.word($0 + 1) == "with" }),
                   let joiner = objects.first(where: { $0.token > together + 1 && isDescription(together + 2..<$0.token, in: s) }),
                   !object.contains(joiner.actor), !subject.contains(joiner.actor) {
                    object.append(joiner.actor)
                }
                // "In August 2023 they held their first three-way summit with Biden": a "they" that is the
                // subject of a meeting with someone, with no one named between it and the trigger nor two
                // sides before it, stands for the two officials that last met, else the last two named.
                // (Not "officials said they used the talks with Bush": those who speak.)
                if subject.isEmpty, !object.isEmpty, let they = (start..<first).last(where: { s.word($0) == "they" }), first - they <= 8,
                   !left.contains(where: { $0.token > they }), they == base || !s.word(at: they - 1, is: [.reporting, .thatVerb]) && s.word(they - 1) != "that",
                   distinctSides(s.actors.filter { $0.token < they }.map(\.actor), in: s) < 2 {
                    let met = s.previousEncounter.count == 2 && s.previousEncounter.allSatisfy(\.isOfficial) ? s.previousEncounter.map(\.actor) : nil
                    subject = met ?? s.previousOfficials.any.both ?? []
                }
                participants = subject + object
                // "held talks with Netanyahu in Jerusalem, and with Abbas in Ramallah": a second "with" is a
                // second meeting of the subject.
                if !subject.isEmpty, let lastObject = objects.last(where: { object.contains($0.actor) }),
                   let next = objects.first(where: { $0.token > lastObject.last && $0.token <= lastObject.last + 12 }),
                   !object.contains(next.actor) {
                    // Past the title before the name: "and with Palestinian President Mahmoud Abbas".
                    var with = next.token - 1
                    while with > lastObject.last + 1, s.word(at: with, is: [.title, .capitalised]) { with -= 1 }
                    if s.word(with) == "with", with - 1 > lastObject.last, s.word(at: with - 1, is: .and) {
                        separate = [subject + [next.actor]]
                    }
                    // "met Putin in Moscow on April 26 and Zelensky in Kyiv two days later": an object after a
                    // place or a day, joined by "and" and followed by its own place or day, is met apart.
                    // ("…, and then Pompeo separately on Tuesday": a comma before "and", "then" after it.)
                    var join = next.token - 1
                    // (Past the title and its qualifier: "and Ukrainian President Volodymyr Zelensky in Kyiv".)
                    while join > lastObject.last + 1, !s.word(at: join, is: .and), s.word(at: join, is: [.title, .capitalised]) || EventPatterns.sequels.contains(s.word(join)) {
                        join -= 1
                    }
                    let beforeJoin = s.word(at: join - 1, is: .comma) ? join - 1 : join
                    if s.word(at: join, is: .and), beforeJoin - 1 > lastObject.last + 1,
                       (lastObject.last + 1..<beforeJoin).contains(where: { ["in", "on", "at"].contains(s.word($0)) }),
                       !s.anyWord(from: lastObject.last + 1, to: beforeJoin, is: [.comma, .and]),
                       next.last + 1 < s.tokens.endIndex, ["in", "on", "at", "separately"].contains(s.word(next.last + 1)) {
                        separate = [subject + [next.actor]]
                        separatePlace = s.places.first { $0.token > next.last && $0.token <= next.last + 3 }
                    }
                }
                if let lastObject = objects.last(where: { object.contains($0.actor) }),
                   let next = objects.first(where: { $0.token > lastObject.last }), next.token - lastObject.last <= 5,
                   (lastObject.last + 1..<next.token).contains(where: { s.word($0) == "separately" }),
                   (lastObject.last + 1..<next.token).allSatisfy({ s.word(at: $0, is: [.and, .comma]) || s.word($0) == "separately" }) {
                    separate = [subject + [next.actor]]
                }
                // "Aliyev and Sargsyan also met separately with Mogherini", "Ashton and Nuland each held talks
                // with Yanukovych": each of the subjects met the object.
                // ("Aliyev and Sargsyan met Kerry separately": after the object too.)
                if subject.count == 2, object.count == 1, distinctSides(subject, in: s) == 2,
                   (last + 1...min(objects[0].last + 1, s.tokens.endIndex - 1)).contains(where: { s.word($0) == "separately" })
                    || (max(start, first - 3)..<first).contains(where: { ["separately", "each"].contains(s.word($0)) }) {
                    participants = [subject[0], object[0]]
                    separate = [[subject[1], object[0]]]
                }
                // "The Emir held separate talks with Isaias and Guelleh", "Xi met separately with Sisi and
                // Abbas", "Jiang met Vajpayee and Musharraf separately", "held separate talks with Karzai,
                // Rajapaksa, … and Ramgoolam", "visits to Brunei and the Philippines, where he is to hold talks
                // with Sultan Hassanal Bolkiah and President Duterte respectively": a meeting with each.
                // ("held one-on-one talks with Sargsyan and Aliyev", "bilateral meetings with …": one each.)
                if !subject.isEmpty, object.count >= 2, first > base,
                   ["separate", "bilateral"].contains(s.word(first - 1)) || (first - 3 >= base && s.word(first - 1) == "one" && s.word(first - 2) == "on" && s.word(first - 3) == "one")
                    || (last + 1..<objects[0].token).contains(where: { s.word($0) == "separately" })
                    || objects.first(where: { $0.actor == object[object.count - 1] }).map({
                        $0.last + 1 < s.tokens.endIndex && ["separately", "respectively"].contains(s.word($0.last + 1))
                    }) == true {
                    participants = subject + [object[0]]
                    separate = object.dropFirst().map { subject + [$0] }
                }
                // "met him again in Vladivostok", "held talks with him": "him" is the last official named
                // before, of another side than the subject's.
                if object.isEmpty, let him = objectPronoun(after: last, in: s),
                   let referent = objectReferent(of: him, notOf: Set(subject.map { affiliation($0, in: s) ?? $0 }), in: s) {
                    participants = subject + [referent]
                }
                // "After talks with Mr Abe in Tokyo, Donald Trump said …": a phrase put in front has the
                // subject of the clause after its comma, speaker or not.
                if subject.isEmpty, !trigger.past, distinctSides(participants, in: s) < 2, let fronted = frontedSubject(of: first, in: s, clause: clause) {
                    participants.insert(fronted, at: 0)
                }
                // "At a meeting in Pyongyang, Kim told Lavrov …": a noun trigger with its actors after it;
                // but those of "a meeting hosted by Borrell and Lajcak" are its hosts (`hostedTalks`).
                let hostsFollow = last + 2 < s.tokens.endIndex && s.word(last + 2) == "by"
                    && (s.word(at: last + 1, is: .hostForm) || ["organised", "organized", "convened", "arranged"].contains(s.word(last + 1)))
                if subject.isEmpty && distinctSides(participants, in: s) < 2 && !trigger.past && !hostsFollow {
                    participants = unique(participants + right.filter { $0.token <= last + 6 && !speakers.contains($0.token) }.prefix(2).map(\.actor))
                }
                // "Japan and South Korea both welcomed the announcement", "…, said Rwanda welcomed any effort":
                // one receives, welcomes or hosts someone; without anyone after the verb it is no meeting
                // (and no pair or speaker makes it one).
                // ("Saudi Arabia and Switzerland are co-hosting them, while Egypt …": those after the talks' "them"
                // are of another clause.)
                let hostsThem = s.word(at: first, is: .hostForm) && last + 2 < s.tokens.endIndex && s.word(last + 1) == "them"
                    && s.word(at: last + 2, is: .comma)
                if (object.isEmpty && participants == subject) || hostsThem, trigger.words.count == 1, !namesPairAsObject(after: last, in: s),
                   ["welcomed", "received", "receiving"].contains(s.word(first)) || s.word(at: first, is: .hostForm) {
                    return hostedRound(by: subject, trigger: trigger, first: first, last: last, clause: clause, place: place, in: s)
                }
                // "had received assurances through Kuwait", "received a letter from Kim": what is received is no one met.
                if ["received", "receiving", "receive", "receives"].contains(s.word(first)), last + 1 < s.tokens.endIndex,
                   s.word(at: last + 1, is: .message) || (last + 2 < s.tokens.endIndex && s.word(last + 1) == "a" && s.word(at: last + 2, is: .message)) {
                    return []
                }
                // "will host Erdogan", "to host Putin": the verb, not the noun ("their hosts", "host of the G20"), and
                // an official for guest ("agreed to host a European Union mission" is none).
                // ("will still host": an adverb may stand between.)
                if ["host", "hosts"].contains(s.word(first)),
                   !(max(base, first - 2)..<first).contains(where: { s.word($0) == "to" || s.word(at: $0, is: .modal) })
                    || !objects.contains(where: { object.contains($0.actor) && self.kind($0.actor, in: s) == .official && $0.token <= last + 5 })
                    || (last + 1..<min(s.tokens.endIndex, last + 3)).contains(where: { s.word($0) == "together" }) {
                    return []
                }
                // "The two men met", "the two leaders signed", "their talks": the pair named just before;
                // "the two leaders met Xi separately": each of the pair met him on his own.
                if distinctSides(participants, in: s) < 2, let pair = previousPair(s, trigger: first, from: start) {
                    let met = object.filter { !pair.contains($0) }
                    if pair.count == 2, met.count == 1, (first + 1...min(clause.upperBound, last + 12)).contains(where: { s.word($0) == "separately" }) {
                        participants = [pair[0], met[0]]
                        separate = [[pair[1], met[0]]]
                    } else if !subject.isEmpty, namesPairAsObject(after: last, in: s) {
                        // "Germany hosted the two ministers", "Tokayev received both ministers": the subject meets the pair;
                        // "received the two leaders separately", "met each president": each of them.
                        var guests = pair.filter { !subject.contains($0) }
                        // "Natalegawa met the two foreign ministers" after naming them and him: a pair that holds
                        // the subject is the last two officials of other sides.
                        if guests.count == 1, let others = s.previousOfficials.any.recent(2, excluding: Set(subject.map { side($0, in: s) })) {
                            guests = others
                        }
                        participants = subject + guests
                        if guests.count == 2, s.word(last + 1) == "each"
                            || (last + 1...min(clause.upperBound, last + 6)).contains(where: { s.word($0) == "separately" }) {
                            participants = subject + [guests[0]]
                            separate = [subject + [guests[1]]]
                        }
                    } else {
                        participants = pair
                    }
                }
                // "inter-Korean talks": the two Koreas, when no one else is named (and the sentence does not
                // name both: "Kim Jong-il received Kim Dae-jung … for the first inter-Korean summit").
                if distinctSides(participants, in: s) < 2, first - 2 >= base, s.word(first - 1) == "korean", s.word(first - 2) == "inter",
                   !EventLexicon.koreas.allSatisfy({ korea in s.actors.contains { side($0.actor, in: s) == korea } }) {
                    participants = EventLexicon.koreas
                }
                // "Japan and North Korea ended talks, agreeing to hold another round", "Arakhamia said the next
                // round is due on Monday": the pair that opens the sentence, else the two who last met.
                if trigger.isNextRound, distinctSides(participants, in: s) < 2 {
                    let opening = nearestGroup(s.actors.filter { $0.token < first && !speakers.contains($0.token) }, in: s)
                    participants = distinctSides(opening, in: s) >= 2 ? opening : lastPair(in: s) ?? participants
                }
                // "Peskov said Putin would meet …": a speaker who reports the meeting before it is named;
                // "…, the Kremlin has confirmed" after it reports something else.
                if distinctSides(participants, in: s) < 2, let speaker, !participants.contains(speaker),
                   s.actors.contains(where: { $0.actor == speaker && $0.last < first }) {
                    participants.insert(speaker, at: 0)
                }
            }
            participants = unique(participants)
            // "indirect negotiations conducted through Swiss diplomats": the go-between is no participant.
            let intermediary = right.first { mention in
                mention.token <= segment.upperBound && participants.contains(mention.actor)
                    && (s.word(mention.token - 1) == "through" || (s.word(mention.token - 1) == "the" && s.word(mention.token - 2) == "through"))
            }?.actor
            if let intermediary { participants.removeAll { $0 == intermediary } }
            guard distinctSides(participants, in: s) >= 2 else { return [] }
            // "discussed the crisis by telephone", "held a video call": remote, so communication; but "paid a
            // call on the king", "will also call on President Duda": a courtesy call is made in person.
            // Only near the trigger: "called off a meeting with Le Drian …, and at the hour the two men were
            // due to meet he appeared in a live video" is no call.
            // Nor in an earlier clause joined by ", and" ("chaired a video summit on July 10, and Vucic and
            // Hoti met in Brussels on July 16").
            let remoteFrom = (clause.lowerBound..<first).last { s.word(at: $0, is: .comma) && s.word(at: $0 + 1, is: .and) }.map { $0 + 2 } ?? clause.lowerBound
            if (remoteFrom...max(remoteFrom, min(clause.upperBound, last + 12))).contains(where: { k in
                s.word(at: k, is: .remote) && !(s.word(k) == "call" && k + 1 < s.tokens.endIndex && s.word(k + 1) == "on")
            }) {
                let callers = participants.sorted { a, b in
                    (s.actors.first { $0.actor == a }?.token ?? 0) < (s.actors.first { $0.actor == b }?.token ?? 0)
                }
                return [Found(kind: .communication, status: nil,
                              actors: [Participant(callers[0], as: .speaker)] + callers.dropFirst().map { Participant($0, as: .addressee) },
                              place: nil, forward: false)]
            }
            var status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            if status == .held, let sharedVerb, meetingStatus(trigger: trigger, first: sharedVerb, last: sharedVerb, in: s, clause: clause) == .planned {
                status = .planned
            }
            // "the next round is due in Minsk": talks to come, unless held ("held another round").
            if status == .held, trigger.isNextRound,
               !(max(base, first - 3)..<first).contains(where: { ["held", "began", "opened", "started", "concluded", "ended", "wrapped"].contains(s.word($0)) }) {
                status = .planned
            }
            // "efforts to restore dialogue with North Korea": talks only wished back; "will resume talks next
            // week", "agreed to resume the dialogue": talks to come.
            if status != .cancelled, !trigger.past,
               (max(clause.lowerBound, first - 3)..<first).contains(where: { EventPatterns.restoring.containsLowercased(s.tokens[$0]) }) {
                guard (max(s.tokens.startIndex, first - 12)..<first).contains(where: { EventPatterns.commitments.containsLowercased(s.tokens[$0]) }) else { return [] }
                status = .planned
            }
            let kind: EventKind = trigger.kind == .talks ? .talks : .meeting
            let meeting = Found(kind: kind, status: status, actors: participants.map { Participant($0, as: .participant) },
                                place: place?.name, forward: status != .held)
            if let intermediary, participants.count == 2, distinctSides(participants + [intermediary], in: s) == 3 {
                return [meeting, Found(kind: .mediation, status: status == .held ? .performed : .offered,
                                       actors: [Participant(intermediary, as: .mediator)] + participants.map { Participant($0, as: .side) },
                                       place: place?.name, forward: status != .held)]
            }
            // "meeting Kuwaiti officials in Kuwait City, Qatari officials in Doha and Saudi officials in Jeddah":
            // a meeting at each stop.
            if participants.count == 2, separate.isEmpty, let stops = stops(after: participants[1], in: s, right: right, clause: clause) {
                return [meeting] + stops.map { stop in
                    Found(kind: kind, status: status, actors: [Participant(participants[0], as: .participant), Participant(stop.actor, as: .participant)],
                          place: stop.place.name, forward: status != .held)
                }
            }
            let others = separate.filter { distinctSides($0, in: s) >= 2 }
            if !others.isEmpty {
                return [meeting] + others.map { Found(kind: kind, status: status, actors: $0.map { Participant($0, as: .participant) },
                                                      place: (separatePlace ?? place)?.name, forward: status != .held) }
            }
            // "Michel hosted Aliyev and Pashinyan", "Lavrov brought together the Armenian and Azerbaijani
            // ministers": a host of two other sides mediates between them.
            // "Macron and Merkel brought together Putin and Zelensky": hosts together, each a mediator.
            // "Clinton opened the summit at Camp David, bringing together Barak and Arafat" too.
            guard between == nil, s.word(at: first, is: .hostForm) || trigger.words.contains("host")
                    || (trigger.words.last == "together" && ["brought", "bringing"].contains(trigger.words[0])),
                  let host = participants.first, left.contains(where: { $0.actor == host }) else { return [meeting] }
            let hosts = participants.prefix { id in left.contains { $0.actor == id } }
            let hostSides = Set(hosts.map { affiliation($0, in: s) ?? $0 })
            let guests = participants.dropFirst(hosts.count).filter { !hostSides.contains(affiliation($0, in: s) ?? $0) }
            // "… for the first summit of the three countries' leaders": a trilateral, the host one of three parties.
            let trilateral = s.tokens.indices.contains { ["trilateral", "three", "tripartite"].contains(s.word($0)) }
            guard guests.count == 2, distinctSides(Array(guests), in: s) == 2, !trilateral else { return [meeting] }
            return [meeting] + hosts.map { host in
                Found(kind: .mediation, status: status == .held ? .performed : .offered,
                      actors: [Participant(host, as: .mediator)] + guests.map { Participant($0, as: .side) },
                      place: place?.name, forward: status != .held)
            }
        case .visit:
            return visits(trigger: trigger, first: first, last: last, left: left, right: right, start: start, aside: aside,
                          clause: clause, place: place, speaker: speaker, in: s)
        case .mediation:
            // "told Moon to stop acting as an officious mediator": a role rebuffed, no mediation.
            if (max(base, first - 5)..<first).contains(where: { ["stop", "stopped", "quit", "cease", "ceased"].contains(s.word($0)) }) {
                return []
            }
            // "Addis Ababa had long rejected outside mediation": mediation refused in general, no one's.
            if trigger.words == ["mediation"], let refusal = (max(base, first - 3)..<first).last(where: { EventPatterns.refusals.contains(s.word($0)) }),
               (refusal + 1..<first).allSatisfy({ s.word(at: $0, is: .lowerInitial) }) {
                return []
            }
            // Passive: "agreements brokered by Turkey and the UN" — the mediators follow "by", the sides precede.
            // "mediation led by the Emirates" too.
            // "a mediation run by the United Nations since 2008" too.
            let ledBy = last + 2 < s.tokens.endIndex && ["led", "run", "conducted", "overseen"].contains(s.word(last + 1)) && s.word(last + 2) == "by"
            // "talks under the auspices of Norway", "under the chairmanship of China": the one after "of" too.
            // "through the mediation of Sweden", "the good offices of Switzerland": the one after "of" too.
            let agentWord = s.word(last) == "by" || s.word(last) == "through" || (s.word(last) == "of" && ["auspices", "chairmanship", "with", "thanks", "at"].contains(s.word(first)))
                || (last + 1 < s.tokens.endIndex && s.word(last + 1) == "of" && ["mediation", "offices"].contains(s.word(last)))
            // "the mediation efforts of Angola", "the mediation and facilitation of the Chinese side".
            let effortsOf = s.word(last) == "mediation"
                && ((last + 2 < s.tokens.endIndex && s.word(last + 1) == "efforts" && s.word(last + 2) == "of")
                    || (last + 3 < s.tokens.endIndex && s.word(last + 1) == "and" && s.word(last + 3) == "of"))
            let passive = agentWord || effortsOf || (last + 1 < s.tokens.endIndex && s.word(last + 1) == "by") || ledBy
            // Several agents after "by" ("led by the UAE's president and the Saudi crown prince") mediated together.
            let by = ledBy ? last + 2 : effortsOf ? (s.word(last + 1) == "and" ? last + 3 : last + 2)
                : (agentWord && ["by", "of", "through"].contains(s.word(last)) ? last : last + 1)
            // "arranged by regional leaders and Brazil": the named agents of a list that others open.
            // "with the mediation of the co-chairs of the OSCE Minsk Group": the body whose members they are.
            let agentsFrom = passive ? membersOf(after: by, in: s) ?? by : by
            // "Under a deal brokered by Washington, Israel and the UAE agreed …", "With the help of the Vatican,
            // the United States and Cuba …": a phrase that opens the sentence ends at its comma; the agents
            // stand before it, the sides after it.
            let fronted = passive ? frontedPhraseEnd(after: last, in: s) : nil
            let agentCandidates = fronted.map { comma in right.prefix { $0.token < comma } } ?? right
            let byAgents = passive ? agentCandidates.first.map { $0.token > agentsFrom
                && (isDescription(agentsFrom + 1..<$0.token, in: s) || opensList(agentsFrom + 1..<$0.token, in: s))
                ? nearestGroup(agentCandidates, in: s) : [] } ?? [] : []
            // "Qatari mediators", "the Swiss intermediary", "Turkish mediation", "Kuwait's mediation",
            // "Russian-led mediation": the actor named right before an agent noun or "mediation".
            let attributive = EventLexicon.mediatorNouns.contains(trigger.words[0]) ? left.last.flatMap { mention in
                mention.last == first - 1 || (mention.last == first - 3 && s.word(at: first - 2, is: .apostrophe) && s.word(first - 1) == "s")
                    || (mention.last == first - 2 && EventLexicon.agentParticiples.contains(s.word(first - 1)))
                    ? mention.actor : nil
            } : nil
            // "talks chaired by Boutros-Ghali …, but agreed to meet again under his auspices": the last official
            // named before "his" or "her".
            let possessor: ActorID? = ["auspices", "chairmanship", "sponsorship"].contains(s.word(first)) && first > base
                && ["his", "her"].contains(s.word(first - 1))
                ? s.actors.last(where: { $0.last < first - 1 && kind($0.actor, in: s) == .official })?.actor : nil
            let apposed = appositive(before: first, in: left, of: s)
            // "welcomed efforts by Germany to mediate": the one whose efforts they are.
            let effortsBy = left.last.flatMap { go in
                go.last == first - 2 && s.word(first - 1) == "to" && namesAnAct(go, in: s) ? go.actor : nil
            }
            let thanked = credited(before: first, left: left, in: s)
            // "Zelensky asked Bennett to mediate with Russia": the one asked mediates, the one asking is a side.
            if !passive, let (go, asker) = askedAgent(before: first, left: left, in: s, clause: clause) {
                let other = (between ?? right.map(\.actor)).filter { $0 != go && $0 != asker && affiliation($0, in: s) != go && side($0, in: s) != side(asker, in: s) }
                return [Found(kind: .mediation, status: .requested,
                              actors: [Participant(go, as: .mediator)] + unique([asker] + other.prefix(1)).map { Participant($0, as: .side) },
                              place: place?.name, forward: false)]
            }
            // "asked Sweden for help" is a request or nothing ("appealed for help"); but "thanked Qatar for its
            // help in securing the release …" is help given, by the one thanked, between the sides the
            // sentence names or else the document's.
            // ("thanked the government of Sweden for its diplomatic role …, and the Chinese government for its
            // assistance": each thanked, the verb shared; the sides named before the next comma.)
            if trigger.words[0] == "for" {
                guard let helper = left.last, helper.last == first - 1, helper.token > base else { return [] }
                var verb = helper.token - 1
                while verb > base, isDescription(verb..<helper.token, in: s) || ["government", "of"].contains(s.word(verb)) { verb -= 1 }
                let shared = s.word(at: verb, is: .and) && (max(clause.lowerBound, verb - 25)..<max(verb, clause.lowerBound)).contains { EventPatterns.thanks.containsLowercased(s.tokens[$0]) }
                guard EventPatterns.thanks.containsLowercased(s.tokens[verb]) || shared else { return [] }
                let helperSide = side(helper.actor, in: s)
                let comma = (last + 1..<clause.upperBound + 1).first { s.word(at: $0, is: .comma) } ?? clause.upperBound + 1
                let sides = between ?? unique(right.filter { $0.token < comma && side($0.actor, in: s) != helperSide }.map(\.actor)).prefix(2).map { $0 }
                return [Found(kind: .mediation, status: .performed,
                              actors: [Participant(helper.actor, as: .mediator)] + sides.map { Participant($0, as: .side) },
                              place: place?.name, forward: false)]
            }
            // "talks convened by Martti Ahtisaari", "mediated by the Catholic Community of Sant'Egidio", a name no
            // one knows: the mediator is unknown, not someone else.
            let agentName = by + 2 < s.tokens.endIndex && ["the", "a", "an"].contains(s.word(by + 1)) ? by + 2 : by + 1
            if passive, byAgents.isEmpty, agentName < s.tokens.endIndex, s.word(at: agentName, is: .capitalised),
               !s.actors.contains(where: { $0.token <= agentName && $0.last >= agentName }) {
                return []
            }
            // "with mediators from the Minsk Group moving between the two delegations": the body they come from.
            // ("Mediators from Egypt and Qatar met Hamas officials": each of those named together.)
            let fromAgents = EventLexicon.mediatorNouns.contains(trigger.words[0]) && last + 2 < s.tokens.endIndex && s.word(last + 1) == "from"
                ? right.first.map { $0.token <= last + 4 && isDescription(last + 2..<$0.token, in: s)
                    ? nearestGroup(right.filter { $0.token >= last + 2 }, in: s) : [] } ?? [] : []
            let namedMediator: ActorID? = byAgents.first ?? fromAgents.first ?? attributive ?? possessor ?? actingWith(before: first, left: left, in: s)
                ?? apposed ?? thanked ?? effortsBy ?? offerer(before: first, left: left, in: s)
            // "Beijing brokered an agreement", "in which U.S. officials shuttled between …", "where Annan had
            // invited the two leaders": the actor right before a mediation verb (or its officials, or its
            // auxiliary) is its subject.
            let adjacent = trigger.words[0].string.hasSuffix("ed") || trigger.words[0] == "brought" ? left.last.flatMap { mention in
                mention.last == first - 1
                    || (mention.last == first - 2 && (EventLexicon.stateNouns.contains(s.word(first - 1)) || ["had", "has", "have"].contains(s.word(first - 1))))
                    ? mention.actor : nil
            } : nil
            // "the ceasefire it brokered", "under Cyril Ramaphosa, then the bloc's chairman, who convened
            // several rounds": "it" or "who" right before the verb is the nearest actor before it.
            let relative: ActorID? = first - 1 > base && ((s.word(first - 1) == "it" && trigger.past) || s.word(first - 1) == "who")
                ? left.last?.actor : nil
            // "Merkel and Hollande, who have sought for months to broker …": every antecedent of a "who"
            // that opens the trigger's own clause.
            let antecedents = relativeAntecedents(before: first, left: left, in: s)
            let pairMediators = (namedMediator ?? adjacent ?? relative ?? antecedents.first) == nil
                ? pairOpening(before: first, left: left, sides: between ?? [], in: s, clause: clause) : []
            let named: ActorID? = namedMediator ?? adjacent ?? relative ?? antecedents.first ?? (pairMediators.count == 2 ? pairMediators[0] : nil)
            let complement = complementStart(before: first, in: s, clause: clause)
            // "Moon said Monday he will push for a summit with Kim to help revive …": a pronoun that opens
            // the subject stands before any name after it.
            func openingPronoun() -> ActorID? {
                (start..<min(first, start + 3)).first(where: { s.word(at: $0, is: .heOrShe) }).flatMap { pronoun in
                    left.contains { $0.token >= start && $0.token < pronoun } ? nil : pronounTopic(before: pronoun + 1, reach: 1, in: s, clause: clause)
                }
            }
            // "… told a news conference that he would be willing to act as mediator": the pronoun of the
            // reported clause, a few words further back.
            let reported: ActorID? = named ?? pronounTopic(before: first, in: s, clause: clause)
                ?? left.first { $0.token >= complement }?.actor
                ?? pronounTopic(before: first, reach: min(8, first - complement), in: s, clause: clause)
            // "the Kremlin said it had sent a message to Pyongyang that it was ready to step in": an "it" that
            // opens the reported clause is the reporting verb's subject, not a name between.
            let reportingSubject: ActorID? = complement > start && complement < first && s.word(complement) == "it"
                ? left.last(where: { $0.token < start })?.actor : nil
            let mediator = reported ?? openingPronoun() ?? reportingSubject
                ?? left.first { $0.token >= start }?.actor
                ?? left.first { $0.token >= clause.lowerBound }?.actor ?? speaker
            guard let mediator = mediator ?? itsReferent(before: first, in: s) else { return [] }
            // "Cairo called for international mediation and said it hoped Washington would play an active role":
            // the subject asks; the mediator is the one it hopes will act, else no one named.
            if named == nil, s.anyWord(from: max(clause.lowerBound, first - 4), to: first, is: .requested),
               left.contains(where: { $0.actor == mediator && $0.token >= start }) {
                guard let hoped = s.actors.first(where: { m in
                    m.token > last && m.token - 1 > last && EventPatterns.hopes.contains(s.word(m.token - 1))
                        && m.last + 1 < s.tokens.endIndex && ["would", "will", "could", "to"].contains(s.word(m.last + 1))
                }), side(hoped.actor, in: s) != side(mediator, in: s) else { return [] }
                let other = (between ?? []).first { side($0, in: s) != side(mediator, in: s) && side($0, in: s) != side(hoped.actor, in: s) }
                return [Found(kind: .mediation, status: .requested,
                              actors: [Participant(hoped.actor, as: .mediator), Participant(mediator, as: .side)]
                                + [other].compactMap { $0 }.map { Participant($0, as: .side) },
                              place: place?.name, forward: false)]
            }
            // "Moscow wants to improve ties between Russia and Turkey": a side does not mediate its own quarrel.
            if let between, between.contains(where: { (affiliation($0, in: s) ?? $0) == (affiliation(mediator, in: s) ?? mediator) }) {
                return []
            }
            // Whoever thanks a mediator is no side of its work.
            // The sides of a subject's act follow it ("Beijing brokered an agreement under which Riyadh and Tehran …").
            // ("An Arab League committee led by Sheik Hamad bin Jassim … then brokered a truce", "The CSCE, whose
            // Minsk Group is led by the Swedish diplomat Jan Eliasson, has pursued a parallel mediation": those
            // who lead the mediator are of it.)
            let ledFrom = left.first { $0.actor == mediator }.flatMap { m in
                (m.last + 1..<max(m.last + 1, first - 1)).first { ["led", "headed", "chaired"].contains(s.word($0)) && s.word($0 + 1) == "by" }
            }
            // "… was received in Moscow by Putin, who has offered to mediate.": an offer told of the mediator in
            // passing, with nothing after it, names no side before it; the document's are the sides. (Not "Mbeki,
            // who brokered the deal": the deal is theirs.)
            let inPassing = last + 1 < s.tokens.endIndex && !s.tokens[last + 1].isWord && (max(base + 2, first - 4)..<max(base + 2, first)).contains { k in
                s.word(k) == "who" && s.word(at: k - 1, is: .comma)
                    && left.last(where: { $0.last < k - 1 }).map { $0.last == k - 2 && $0.actor == mediator } == true
            }
            // "Beijing has hosted three rounds of the talks, which also involve South Korea, Japan and Russia": those
            // a relative clause adds to the talks are no sides.
            let added = (last + 1..<max(last + 1, clause.upperBound - 2)).first { k in
                s.word(at: k, is: .comma) && s.word(k + 1) == "which"
                    && (k + 2...k + 3).contains { EventPatterns.includingVerbs.contains(s.word($0)) }
            }
            let rightOwn = added.map { end in right.prefix { $0.token < end } } ?? right
            // ("failed to narrow their differences over East Timor": what they differ over is no side.)
            let actedOn = (mediator == adjacent ? rightOwn + left : (thanked == nil && !inPassing ? left : []) + rightOwn).filter { m in
                !(ledFrom.map { m.token > $0 && m.token < first } ?? false) && !isTopic(m, in: s)
            }
            // "to bring the two sides together": the pair the trigger names, whom the document's other
            // mediations or its most-named countries give (`Extractor`), not the names around it.
            let namesPair = trigger.words.contains("two") || trigger.words.contains("both")
            // "They did so at the invitation of Ban", "The two ministers travelled to Moscow at the invitation of
            // Putin": two guests invited, named before or as a pair; one guest's invitation is no mediation.
            let invited = trigger.words == EventLexicon.atTheInvitationOf.words
            let guests = left.filter { $0.token >= clause.lowerBound && !isDestination($0, in: s) }.map(\.actor)
            if invited, distinctSides(guests, in: s) < 2,
               !(clause.lowerBound..<first).contains(where: { k in
                   s.word(k) == "they" || (s.word(k) == "two" && k > base && s.word(k - 1) == "the" && s.word(at: k + 1, is: [.pairPeople, .pairGroup]))
               }) {
                return []
            }
            let pairNamedBefore = trigger.namesPair || (invited && distinctSides(guests, in: s) < 2) ? lastPair(in: s) : nil
            let subjectAfter = fronted.map { comma in nearestGroup(right.filter { $0.token > comma }, in: s) }
            // "the mediation of Kuwait in the dispute between Saudi Arabia and Qatar": the pair after the agents.
            let lastAgent = passive ? right.last(where: { byAgents.contains($0.actor) }) : nil
            // (Not "shuttle diplomacy by Holbrooke between Sarajevo, Zagreb and Belgrade": three sides.)
            let betweenAfterAgents: [ActorID]? = lastAgent.flatMap { agent in
                betweenOneAndTwo(after: agent.last, in: s, limit: clause.upperBound) == nil ? betweenPair(after: agent.last, in: s, limit: clause.upperBound) : nil
            }
            var sides: [ActorID] = between ?? betweenAfterAgents ?? (trigger.sidesFromDocument ? [] : forPair(after: last, in: s) ?? pairNamedBefore
                ?? (namesPair || trigger.namesPair ? [] : subjectAfter ?? (passive ? left.map(\.actor) : actedOn.map(\.actor))))
            // A side is a state, someone who stands for one, or an armed movement, and no mediator.
            var mediators = !byAgents.isEmpty ? byAgents : fromAgents.count > 1 ? fromAgents : antecedents.count > 1 && antecedents.contains(mediator) ? antecedents
                : pairMediators.count == 2 && pairMediators[0] == mediator ? pairMediators
                : jointAgents(of: mediator, before: first, left: left, from: start, passive: passive, aside: aside, in: s)
            // Those named together from `next` on, among `mentions`, mediate too.
            func joinGroup<C: Collection>(from next: ResolvedMention, of mentions: C) where C.Element == ResolvedMention {
                mediators = unique(mediators + nearestGroup(mentions.filter { $0.token >= next.token }, in: s))
            }
            // "… signed as witnesses, together with the EU's special envoy, Rino Serri": those it is done
            // together with too, named within a few words.
            if let together = stride(from: last + 1, to: clause.upperBound, by: 1).first(where: { s.word($0) == "together" && s.word($0 + 1) == "with" }),
               let next = right.first(where: { $0.token > together + 1 }), next.token - together <= 9 {
                joinGroup(from: next, of: right)
            }
            // "who led a panel of mediators with Kenyatta and Mlambo-Ngcuka": the rest of the panel mediates too.
            // (Not "the Kuwaiti mediation with Saudi Arabia": with a side.)
            if ["mediators", "intermediaries", "facilitators"].contains(s.word(last)), last + 1 < s.tokens.endIndex, s.word(last + 1) == "with",
               let next = right.first, next.token - last <= 6, isDescription(last + 2..<next.token, in: s) {
                joinGroup(from: next, of: right)
            }
            // "mediated by Egypt, with help from Qatar and the United Nations": the helpers mediate too.
            if let with = stride(from: last + 1, to: min(s.tokens.endIndex - 3, last + 12), by: 1).first(where: { k in
                   s.word(k) == "with" && ((s.word(k + 1) == "help" && s.word(k + 2) == "from")
                       || (s.word(k + 1) == "the" && s.word(k + 2) == "help" && s.word(k + 3) == "of"))
               }), let next = s.actors.first(where: { $0.token > with + 2 && $0.token <= with + 5 }) {
                joinGroup(from: next, of: s.actors)
            }
            let mediatorSides = Set(mediators.map { affiliation($0, in: s) ?? $0 })
            sides = unique(sides.filter { !mediators.contains($0) && !mediatorSides.contains(affiliation($0, in: s) ?? $0)
                && !mediatorSides.contains($0) && (kind($0, in: s) == .country || affiliation($0, in: s) != nil || armedGroups.contains($0)) })
            var status = thanked != nil && mediator == thanked ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
            // "the North Koreans would be willing to … with Moscow as a mediator": a side's own
            // willingness is a request.
            if status == .offered, apposed != nil, mediator == apposed, let subject = left.first(where: { $0.token >= start })?.actor,
               subject != mediator, sides.contains(where: { ($0 == subject || $0 == affiliation(subject, in: s)) }) {
                status = .requested
            }
            // "Qatar welcomed the Kuwaiti mediation", "Pakistan welcomed the offer": a side that welcomes a third
            // party's mediation asks for it (a side named before the welcome; "the UN welcomed the mediation
            // between Qatar and …" names no side before it).
            if let welcome = (max(clause.lowerBound, first - 4)..<first).last(where: { EventPatterns.welcomes.contains(s.word($0)) }),
               sides.contains(where: { side in s.actors.contains { $0.actor == side && $0.token < welcome } }) {
                status = .requested
            }
            // "shuttled between Tripoli, Washington and London": between the first and each of the two named together.
            if between != nil, let pairs = betweenOneAndTwo(after: last, in: s, limit: clause.upperBound),
               !pairs.joined().contains(where: { mediatorSides.contains(affiliation($0, in: s) ?? $0) }) {
                return mediators.flatMap { mediator in
                    pairs.map { pair in
                        Found(kind: .mediation, status: status, actors: [Participant(mediator, as: .mediator)] + pair.map { Participant($0, as: .side) },
                              place: place?.name, forward: false)
                    }
                }
            }
            let mediations = mediators.map { mediator in
                Found(kind: .mediation, status: status,
                      actors: [Participant(mediator, as: .mediator)] + sides.map { Participant($0, as: .side) },
                      place: place?.name, forward: false)
            }
            // "it hosted peace talks between the two delegations in Istanbul": the sides held the talks.
            guard trigger.past, trigger.words[0] == "hosted", trigger.words.contains(where: { ["talks", "meeting", "negotiations"].contains($0) }),
                  sides.count == 2 else { return mediations }
            return mediations + [Found(kind: .talks, status: .held, actors: sides.map { Participant($0, as: .participant) },
                                       place: place?.name, forward: false)]
        case .carrier:
            return carriedMessages(trigger: trigger, first: first, last: last, left: left, right: right, clause: clause,
                                   place: place, speaker: speaker, in: s)
        case .relay:
            // "Kim had asked Moscow to inform the American side": a side asks a third party to carry
            // its position to the other side.
            guard let (go, asker) = askedAgent(before: first, left: left, in: s, clause: clause),
                  let next = right.first, isDescription(last + 1..<next.token, in: s) else { return [] }
            let sides = unique([asker, next.actor])
            guard sides.count == 2, distinctSides(sides + [go], in: s) == 3 else { return [] }
            return [Found(kind: .mediation, status: .requested,
                          actors: [Participant(go, as: .mediator)] + sides.map { Participant($0, as: .side) },
                          place: nil, forward: false)]
        case .plea:
            // "Djibouti asked the African Union in 2008 to step in", "Bamako asked him in July to help find a
            // way out": a side asks a third party to act between it and the other side, who follows or
            // whom the document gives (`Extractor`).
            guard let (go, asker) = askedAgent(before: first, left: left, in: s, clause: clause) else {
                return influenceOffered(first: first, last: last, left: left, right: right, clause: clause, in: s).map { [$0] } ?? []
            }
            let goSide = affiliation(go, in: s) ?? go, askerSide = affiliation(asker, in: s) ?? asker
            let other = right.first { ![goSide, askerSide].contains(affiliation($0.actor, in: s) ?? $0.actor) }?.actor
            guard goSide != askerSide else { return [] }
            return [Found(kind: .mediation, status: .requested,
                          actors: [Participant(go, as: .mediator)] + ([asker] + (other.map { [$0] } ?? [])).map { Participant($0, as: .side) },
                          place: nil, forward: false)]
        case .communication:
            // The addressee follows the verb directly: "told Tillerson", "a letter to Trump", "told his
            // American counterpart Rex Tillerson".
            guard let speakerActor = left.last?.actor, let next = right.first,
                  next.token <= last + 3 || isDescription(last + 1..<next.token, in: s) else { return [] }
            let addressee = next.actor
            guard speakerActor != addressee else { return [] }
            let message = Found(kind: .communication, status: nil,
                                actors: [Participant(speakerActor, as: .speaker), Participant(addressee, as: .addressee)],
                                place: nil, forward: false)
            // "Modi told Putin during talks in the Kremlin", "told Trump in the Oval Office at their meeting":
            // words said at talks of the two are said in person.
            // (The addressee may stand past the clause's end.)
            guard trigger.past,
                  let at = (next.last + 1..<max(next.last + 1, min(clause.upperBound + 1, next.last + 6))).first(where: { ["during", "at"].contains(s.word($0)) }),
                  let noun = (at + 1..<max(at + 1, min(clause.upperBound + 1, at + 4))).first(where: { s.word(at: $0, is: .talksNoun) }),
                  (at + 1..<noun).allSatisfy({ ["their", "the", "a", "his", "her", "first", "second", "bilateral", "closed", "door"].contains(s.word($0)) })
            else { return [message] }
            return [message, Found(kind: .meeting, status: .held,
                                   actors: [Participant(speakerActor, as: .participant), Participant(addressee, as: .participant)],
                                   place: place?.name, forward: false)]
        }
    }

    /// "Megawati briefed Kim Dae-jung on her talks with Kim Jong-il", "Li briefed Powell by telephone on
    /// the Pyongyang talks", "briefed the ambassador on his talks in Pyongyang": whoever briefs one side
    /// (`found`, the meeting or call of a briefing ending at `last`) on their own talks with the other
    /// carries word between the two — a mediation done, when the three stand for three sides. The other
    /// side is named after "with", or by the place of the talks (its country); `talksPlace` is that place,
    /// which is not where the briefing was.
    func briefedOnTalks(_ found: [Found], last: Int, in s: Sentence) -> (relay: Found, talksPlace: String?)? {
        guard let briefing = found.first(where: { $0.kind == .meeting || $0.kind == .communication }), briefing.actors.count == 2,
              let briefed = s.actors.first(where: { $0.token > last && $0.actor == briefing.actors[1].actor }),
              let on = (briefed.last + 1..<min(s.tokens.endIndex, briefed.last + 9)).last(where: { k in
                  s.word(k) == "on" && k + 1 < s.tokens.endIndex && (s.word(at: k + 1, is: .hisOrHer) || ["its", "their", "the"].contains(s.word(k + 1)))
              }),
              let talks = (on + 2..<min(s.tokens.endIndex, on + 5)).first(where: { s.word(at: $0, is: .talksNoun) || s.word($0) == "visit" })
        else { return nil }
        let with = s.word(on + 1) == "the" ? nil : (talks + 1..<min(s.tokens.endIndex, talks + 3)).first { s.word($0) == "with" }
        // "on the Pyongyang talks", "on his talks in Pyongyang", "on his visit to Pyongyang".
        let place = s.places.first { p in
            p.country != nil && ((p.token > on + 1 && p.last < talks) || (p.token == talks + 2 && ["in", "to"].contains(s.word(talks + 1))))
        }
        let other = with.flatMap { with in
            s.actors.first(where: { $0.token == with + 1 || ($0.token > with && isDescription(with + 1..<$0.token, in: s)) })?.actor
        } ?? place?.country
        guard let other, distinctSides([briefing.actors[0].actor, briefed.actor, other], in: s) == 3 else { return nil }
        let relay = Found(kind: .mediation, status: .performed,
                          actors: [Participant(briefing.actors[0].actor, as: .mediator), Participant(other, as: .side),
                                   Participant(briefed.actor, as: .side)],
                          place: briefing.place == place?.name ? nil : briefing.place, forward: false)
        return (relay, with == nil ? place?.name : nil)
    }

    /// "with Kenya acting as witness", "with Qatar serving as mediator": the one named between "with" and
    /// "acting" or "serving" before the role.
    func actingWith(before first: Int, left: ArraySlice<ResolvedMention>, in s: Sentence) -> ActorID? {
        var k = first
        if !["acting", "serving"].contains(s.word(k)) {
            guard k > s.tokens.startIndex else { return nil }
            k -= 1
            while k > s.tokens.startIndex, first - k <= 4, EventPatterns.roleWords.containsLowercased(s.tokens[k]) { k -= 1 }
        }
        guard ["acting", "serving"].contains(s.word(k)), let agent = left.last, agent.last == k - 1, agent.token - 1 >= s.tokens.startIndex,
              s.word(agent.token - 1) == "with" else { return nil }
        return agent.actor
    }

    /// The comma that closes a phrase opening the sentence with a preposition ("Under a deal brokered by
    /// Washington,", "With the help of the Vatican,"), when the trigger ending at `last` is in it.
    func frontedPhraseEnd(after last: Int, in s: Sentence) -> Int? {
        let base = s.tokens.startIndex
        guard EventPatterns.frontingPrepositions.contains(s.word(base)), !s.anyWord(from: base, to: last + 1, is: .comma) else { return nil }
        return (last + 1..<s.tokens.endIndex).first { s.word(at: $0, is: .comma) }
    }

    /// "convened a meeting of Ethiopia and Egypt": the two sides named right after "of", when a meeting
    /// noun (with its article and modifiers) follows the trigger ending at `last`.
    private func partiesOfTheMeeting(after last: Int, in s: Sentence, clause: ClosedRange<Int>) -> [ActorID]? {
        guard let of = (last + 2..<max(last + 2, min(clause.upperBound, last + 6))).first(where: { s.word($0) == "of" }),
              s.word(at: of - 1, is: .talksNoun), (last + 1..<of - 1).allSatisfy({ s.word(at: $0, is: .lowerInitial) }) else { return nil }
        let parties = nearestGroup(s.actors.filter { $0.token > of && $0.token <= clause.upperBound }, in: s)
        return parties.count == 2 && distinctSides(parties, in: s) == 2 ? parties : nil
    }
}
