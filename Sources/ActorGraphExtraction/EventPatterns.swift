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
    /// One sentence prepared for the patterns.
    struct Sentence {
        /// The sentence's tokens: a slice of the document's, indexed by position in the document (as
        /// are all token positions the patterns use).
        var tokens: ArraySlice<Token>
        /// The classes of each token's word (`WordClass`), a slice of the document's, indexed like `tokens`.
        var classes: ArraySlice<WordClass>
        /// Actors taking part (qualifiers and news agencies left out), in text order.
        var actors: [ResolvedMention]
        /// Each actor's kind and affiliation, in the order of `actors`.
        var parties: [Extractor.Party]
        var places: ArraySlice<PlaceMention>
        /// The last two actors of different sides named before this sentence, for "the two sides met".
        var previousPair: RecentPair
        /// The last two officials of different countries named before this sentence, for "the two men met".
        var previousOfficials: RecentPair
        /// The first official of the last sentence that named one: who "he" most likely is.
        var previousSubject: ActorID?

        // Read once by `events(in:)` for all the rules:
        /// Who speaks in reported speech (`EventPatterns.speakers(in:)`).
        var speaker: ActorID?
        /// Token indices of the actors that speak in reported speech.
        var speakerTokens: [Int] = []

        /// The lower-case word at `token` (an index into the document's tokens).
        @inline(__always)
        func word(_ token: Int) -> Substring { tokens[token].lowercased }

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
    }

    /// The actors known in the document.
    let known: KnownActors

    func events(in sentence: consuming Sentence) -> [Found] {
        if sentence.actors.contains(where: { isKinOf($0, in: sentence) || isGeneric($0, in: sentence) }) {
            var actors: [ResolvedMention] = [], parties: [Extractor.Party] = []
            for (mention, party) in zip(sentence.actors, sentence.parties) where !isKinOf(mention, in: sentence) && !isGeneric(mention, in: sentence) {
                actors.append(mention)
                parties.append(party)
            }
            (sentence.actors, sentence.parties) = (actors, parties)
        }
        var found: [Found] = []
        let base = sentence.tokens.startIndex
        var triggers: [(trigger: EventLexicon.Trigger, first: Int, last: Int)] = []
        var i = base
        while i < sentence.tokens.endIndex {
            guard sentence.word(at: i, is: .triggerStart),
                  let trigger = EventLexicon.triggersByFirstWord[sentence.word(i)]?.first(where: { matches($0.words, at: i, in: sentence) }) else {
                i += 1
                continue
            }
            triggers.append((heldApart(trigger, at: i, in: sentence), i, i + trigger.words.count - 1))
            i += trigger.words.count
        }
        guard !triggers.isEmpty else { return [] }
        (sentence.speaker, sentence.speakerTokens) = speakers(in: sentence)
        struct Seen: Equatable { var kind: EventKind; var actors: [ActorID] }
        var usedKinds: [Seen] = []  // a sentence finds few events: no hashing
        for (k, t) in triggers.enumerated() {
            // A trigger owns the words up to the next meeting's: "talks … since Trump and Kim met at
            // Panmunjom on June 30" gives Panmunjom to that meeting, not to the talks; but a meeting
            // "during the first UN trip to Pyongyang" is in Pyongyang.
            let lower = k > 0 ? triggers[k - 1].last + 1 : base
            let next = triggers[(k + 1)...].first { ($0.trigger.kind == .meeting || $0.trigger.kind == .talks) && !$0.trigger.needsBetween }
            let upper = next.map { $0.first - 1 } ?? sentence.tokens.endIndex - 1
            for var event in read(t.trigger, first: t.first, last: t.last, segment: lower...max(lower, upper), in: sentence)
            where Self.insert(Seen(kind: event.kind, actors: event.actors.map { $0.actor }.sorted()), into: &usedKinds) {
                event.span = lower...max(lower, upper)
                found.append(event)
            }
        }
        return found
    }

    /// Appends `element` unless `list` holds it; returns whether it was new (as `Set.insert` does).
    private static func insert<T: Equatable>(_ element: T, into list: inout [T]) -> Bool {
        guard !list.contains(element) else { return false }
        list.append(element)
        return true
    }

    /// "held about two hours of talks", "will hold further talks": a form of "hold" a few words before
    /// bare "talks" makes them talks held (or to be held) without naming the sides after "between".
    private func heldApart(_ trigger: EventLexicon.Trigger, at i: Int, in s: Sentence) -> EventLexicon.Trigger {
        guard trigger.needsBetween, trigger.kind == .talks,
              let hold = stride(from: i - 1, through: max(s.tokens.startIndex, i - 5), by: -1).first(where: { s.word(at: $0, is: .holdForm) }),
              !(hold + 1..<i).contains(where: { [",", ";", ".", "and", "that"].contains(s.word($0)) }) else { return trigger }
        return EventLexicon.Trigger(words: trigger.words, kind: .talks, past: s.word(hold) == "held")
    }

    /// Whether the words of `phrase` stand in `s` from token `i` on.
    private func matches(_ phrase: [Substring], at i: Int, in s: Sentence) -> Bool {
        guard i + phrase.count <= s.tokens.endIndex else { return false }
        for (k, word) in phrase.enumerated() where s.word(i + k) != word { return false }
        return true
    }

    // MARK: - Reading one trigger

    private func read(_ trigger: EventLexicon.Trigger, first: Int, last: Int, segment: ClosedRange<Int>, in s: Sentence) -> [Found] {
        let clause = clauseBounds(around: first, in: s)
        // "has never met", "did not visit", "no sitting president has ever met": nothing happened.
        let base = s.tokens.startIndex
        if s.anyWord(from: max(clause.lowerBound, first - 6), to: first, is: .negation) {
            return []
        }
        // "Ms Choe, who has led the talks with Washington, travelled to Sweden": an aside between the
        // subject and its verb names nobody who acts.
        let aside = parenthetical(before: first, in: s, clause: clause)
        let left = s.actors.filter { $0.last < first && $0.token >= clause.lowerBound && !(aside?.contains($0.token) ?? false) }
        let right = s.actors.filter { $0.token > last && $0.token <= clause.upperBound }
        let speaker = s.speaker
        // The venue: in the trigger's own words, after it first; else earlier in the clause ("arrived in
        // Pyongyang and met Kim"), never in a later event's words.
        let place = s.places.first { $0.token > last && $0.token <= min(clause.upperBound, segment.upperBound) }
            ?? s.places.first { $0.token >= clause.lowerBound && $0.token <= min(clause.upperBound, segment.upperBound) }

        if trigger.kind.isEncounter, !trigger.past, isWish(first: first, in: s, clause: clause) {
            return []
        }
        // A mediator facilitates "talks between X and Y": the talks' sides are its sides.
        let between = betweenPair(after: last, in: s, limit: trigger.kind == .mediation ? clause.upperBound : min(clause.upperBound, segment.upperBound))
            ?? (trigger.kind == .mediation ? nil : betweenThem(after: last, in: s))
        if trigger.needsBetween && between == nil { return [] }
        if trigger.needsPlace && place == nil { return [] }
        // "a forum hosted by Xi": the host of something else, not a meeting of the sentence's subject;
        // but "Biegun was received by Ri" is a meeting of the two.
        let byAgent = trigger.kind == .meeting && last + 1 < s.tokens.endIndex && s.word(last + 1) == "by"
        let passive = byAgent && first > base && ["was", "were", "been", "be", "is", "are", "being"].contains(s.word(first - 1))
        if byAgent && !passive {
            return hostedTalks(host: first, clause: clause, place: place, in: s)
        }
        // "The meeting had been announced by …": a meeting named before refers back; its sides are
        // not in this sentence.
        if first - base <= 1, first > base ? ["the", "this", "that"].contains(s.word(first - 1)) : false,
           trigger.kind.isEncounter, last + 1 < s.tokens.endIndex,
           !["with", "between", "of", "in", "at", "on"].contains(s.word(last + 1)) {
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
        if trigger.kind == .meeting, s.word(at: first, is: .hostForm),
           s.anyWord(from: last + 1, to: min(last + 4, s.tokens.endIndex - 1) + 1, is: .between),
           let host = left.last(where: { $0.token >= start })?.actor {
            let between = betweenPair(after: last, in: s, limit: clause.upperBound) ?? previousPair(s, trigger: first, from: base) ?? []
            let sides = between.filter { $0 != host && affiliation($0, in: s) != host }
            guard sides.count == 2 else { return [] }
            return [Found(kind: .mediation, status: trigger.past ? .performed : .offered,
                          actors: [Participant(host, as: .mediator)] + sides.map { Participant($0, as: .side) },
                          place: place?.name, forward: false)]
        }
        if let members = trigger.members {
            guard !s.anyWord(from: last + 1, to: clause.upperBound + 1, is: .dormant) else { return [] }
            var status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            // "agreed to return to the six-party talks"
            if status == .held, s.anyWord(from: max(clause.lowerBound, first - 10), to: min(clause.upperBound, last + 6) + 1, is: .resumption) {
                status = .planned
            }
            return [Found(kind: .talks, status: status, actors: members.map { Participant($0, as: .participant) },
                          place: place?.name, forward: status != .held)]
        }
        switch trigger.kind {
        case .meeting, .talks:
            var participants: [ActorID]
            if let between {
                participants = between
            } else {
                // The subject side starts after the last reporting verb ("Peskov said Putin and Kim will meet");
                // speakers of reported speech are not participants unless nobody else is named.
                let speakers = s.speakerTokens
                // "Pompeo travelled to North Korea and held talks": a destination is not the subject.
                var subject = nearestGroup(left.filter {
                    $0.token >= start && !speakers.contains($0.token) && !namesTheEvent($0, trigger: first, in: s) && !isDestination($0, in: s)
                        && !isOfficeOf($0, in: s)
                }.reversed(), in: s)
                // "ahead of his planned meeting with Trump": "his" is the sentence's topic, not the nearest name.
                if s.anyWord(from: max(base, first - 3), to: first, is: .hisOrHer),
                   let topic = s.actors.first(where: { $0.token >= clause.lowerBound })?.actor {
                    subject = [topic]
                }
                if subject.isEmpty, let referent = pronounSubject(before: first, from: start, in: s) { subject = [referent] }
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
                if let participle, participle - 1 > base,
                   s.word(at: participle - 1, is: .comma) || ["after", "before", "while", "since"].contains(s.word(participle - 1)),
                   let topic = left.first(where: { $0.token >= start })?.actor {
                    subject = [topic]
                }
                // "… but not Mr Putin": a negated object is no participant.
                // The object follows the verb closely ("met Kim", "met in Singapore on Tuesday with Kim"),
                // not a clause later.
                let objects = right.filter { !speakers.contains($0.token) && !isNegated($0, in: s) }
                let object = objects.first.map { $0.token <= segment.upperBound && reaches(from: last, to: $0.token, in: s) } == true
                    ? nearestGroup(objects, in: s) : []
                participants = subject + object
                // "met him again in Vladivostok", "held talks with him": "him" is the last official named
                // before, of another side than the subject's.
                if object.isEmpty, let him = objectPronoun(after: last, in: s) {
                    let sides = Set(subject.map { affiliation($0, in: s) ?? $0 })
                    let candidates = (s.previousOfficials.both ?? s.previousOfficials.last.map { [$0] } ?? []) + s.actors.filter { $0.last < him }.map(\.actor)
                    if let referent = candidates.reversed().first(where: { self.kind($0, in: s) == .official && !sides.contains(affiliation($0, in: s) ?? $0) }) {
                        participants = subject + [referent]
                    }
                }
                // "At a meeting in Pyongyang, Kim told Lavrov …": a noun trigger with its actors after it.
                if subject.isEmpty && distinctSides(participants, in: s) < 2 && !trigger.past {
                    participants = unique(participants + right.filter { $0.token <= last + 6 && !speakers.contains($0.token) }.prefix(2).map(\.actor))
                }
                // "The two men met", "the two leaders signed", "their talks": the pair named just before.
                if distinctSides(participants, in: s) < 2, let pair = previousPair(s, trigger: first, from: start) {
                    participants = pair
                }
                // "Peskov said Putin would meet …": a speaker who reports the meeting before it is named;
                // "…, the Kremlin has confirmed" after it reports something else.
                if distinctSides(participants, in: s) < 2, let speaker, !participants.contains(speaker),
                   s.actors.contains(where: { $0.actor == speaker && $0.last < first }) {
                    participants.insert(speaker, at: 0)
                }
            }
            participants = unique(participants)
            guard distinctSides(participants, in: s) >= 2 else { return [] }
            // "discussed the crisis by telephone", "held a video call": remote, so communication.
            if s.anyWord(from: clause.lowerBound, to: clause.upperBound + 1, is: .remote) {
                let callers = participants.sorted { a, b in
                    (s.actors.first { $0.actor == a }?.token ?? 0) < (s.actors.first { $0.actor == b }?.token ?? 0)
                }
                return [Found(kind: .communication, status: nil,
                              actors: [Participant(callers[0], as: .speaker)] + callers.dropFirst().map { Participant($0, as: .addressee) },
                              place: nil, forward: false)]
            }
            let status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            let kind: EventKind = trigger.kind == .talks ? .talks : .meeting
            let meeting = Found(kind: kind, status: status, actors: participants.map { Participant($0, as: .participant) },
                                place: place?.name, forward: status != .held)
            // "Michel hosted Aliyev and Pashinyan", "Lavrov brought together the Armenian and Azerbaijani
            // ministers": a host of two other sides mediates between them.
            guard between == nil, s.word(at: first, is: .hostForm) || trigger.words == ["brought", "together"],
                  let host = participants.first, left.contains(where: { $0.actor == host }) else { return [meeting] }
            let hostSide = affiliation(host, in: s) ?? host
            let guests = participants.dropFirst().filter { (affiliation($0, in: s) ?? $0) != hostSide }
            // "… for the first summit of the three countries' leaders": a trilateral, the host one of three parties.
            let trilateral = s.tokens.indices.contains { ["trilateral", "three", "tripartite"].contains(s.word($0)) }
            guard guests.count == 2, distinctSides(Array(guests), in: s) == 2, !trilateral else { return [meeting] }
            return [meeting, Found(kind: .mediation, status: status == .held ? .performed : .offered,
                                   actors: [Participant(host, as: .mediator)] + guests.map { Participant($0, as: .side) },
                                   place: place?.name, forward: status != .held)]
        case .visit:
            // "Kim received a visiting Chinese delegation": the visitor follows "visiting", the host precedes.
            if s.word(first) == "visiting", let guest = right.first, isDescription(last + 1..<guest.token, in: s) {
                guard let host = left.last(where: { $0.token >= start })?.actor ?? place?.country,
                      (affiliation(host, in: s) ?? host) != (affiliation(guest.actor, in: s) ?? guest.actor) else { return [] }
                let status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
                return [Found(kind: .visit, status: status, actors: [Participant(guest.actor, as: .visitor), Participant(host, as: .host)],
                              place: place?.name, forward: status != .held)]
            }
            // The visitor stands right before the verb ("Lavrov has visited", "Lavrov's visit"), not a clause away.
            let reach = 6 + (aside?.count ?? 0)
            guard let visitor = left.last(where: { $0.token >= start && first - $0.last <= reach })?.actor
                    ?? pronounSubject(before: first, from: start, in: s) ?? (trigger.past ? nil : speaker)
            else { return [] }
            // "visit to Pyongyang": the place right after the trigger names the host country.
            var host: ActorID?
            if let place, let country = place.country, place.token <= last + 3, country != visitor, country != affiliation(visitor, in: s) { host = country }
            // "Lavrov's visit came as Pompeo held talks": the host is named before another clause opens.
            let clauseEnd = stride(from: last + 1, through: clause.upperBound, by: 1).first { s.word(at: $0, is: .subordinator) && opensClause(at: $0, in: s) }
                ?? clause.upperBound + 1
            if host == nil {
                host = right.first { $0.token < clauseEnd && affiliation($0.actor, in: s) != visitor && $0.actor != affiliation(visitor, in: s) }?.actor
            }
            if host == nil, let place, let country = place.country, country != visitor, country != affiliation(visitor, in: s) { host = country }
            guard let host, host != visitor else { return [] }
            let status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            return [Found(kind: .visit, status: status, actors: [Participant(visitor, as: .visitor), Participant(host, as: .host)],
                         place: place?.name, forward: status != .held)]
        case .mediation:
            // Passive: "agreements brokered by Turkey and the UN" — the mediators follow "by", the sides precede.
            // "mediation led by the Emirates" too.
            let ledBy = last + 2 < s.tokens.endIndex && s.word(last + 1) == "led" && s.word(last + 2) == "by"
            let passive = s.word(last) == "by" || (last + 1 < s.tokens.endIndex && s.word(last + 1) == "by") || ledBy
            // Several agents after "by" ("led by the UAE's president and the Saudi crown prince") mediated together.
            let by = ledBy ? last + 2 : (s.word(last) == "by" ? last : last + 1)
            let byAgents = passive ? right.first.map { isDescription(by + 1..<$0.token, in: s) ? nearestGroup(right, in: s) : [] } ?? [] : []
            // "Qatari mediators", "the Swiss intermediary", "Turkish mediation", "Kuwait's mediation": the
            // actor named right before an agent noun or "mediation".
            let attributive = EventLexicon.mediatorNouns.contains(trigger.words[0]) ? left.last.flatMap { mention in
                mention.last == first - 1 || (mention.last == first - 3 && s.word(at: first - 2, is: .apostrophe) && s.word(first - 1) == "s")
                    ? mention.actor : nil
            } : nil
            let apposed = appositive(before: first, in: left, of: s)
            let thanked = credited(before: first, left: left, in: s)
            // "Zelensky asked Bennett to mediate with Russia": the one asked mediates, the one asking is a side.
            if !passive, let (go, asker) = askedAgent(before: first, left: left, in: s, clause: clause) {
                let other = (between ?? right.map(\.actor)).filter { $0 != go && $0 != asker && affiliation($0, in: s) != go }
                return [Found(kind: .mediation, status: .requested,
                              actors: [Participant(go, as: .mediator)] + unique([asker] + other.prefix(1)).map { Participant($0, as: .side) },
                              place: place?.name, forward: false)]
            }
            let namedMediator: ActorID? = byAgents.first ?? attributive ?? apposed ?? thanked
            let mediator = namedMediator ?? pronounTopic(before: first, in: s, clause: clause)
                ?? left.first { $0.token >= complementStart(before: first, in: s, clause: clause) }?.actor
                ?? left.first { $0.token >= start }?.actor
                ?? left.first { $0.token >= clause.lowerBound }?.actor ?? speaker
            guard let mediator else { return [] }
            // Whoever thanks a mediator is no side of its work.
            var sides = between ?? forPair(after: last, in: s) ?? (passive ? left.map(\.actor) : ((thanked == nil ? left : []) + right).map(\.actor))
            // A side is a state or someone who stands for one, and no mediator.
            let mediators = byAgents.isEmpty ? [mediator] : byAgents
            let mediatorSides = Set(mediators.map { affiliation($0, in: s) ?? $0 })
            sides = unique(sides.filter { !mediators.contains($0) && !mediatorSides.contains(affiliation($0, in: s) ?? $0)
                && !mediatorSides.contains($0) && (kind($0, in: s) == .country || affiliation($0, in: s) != nil) })
            var status = thanked != nil && mediator == thanked ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
            // "the North Koreans would be willing to … with Moscow as a mediator": a side's own
            // willingness is a request.
            if status == .offered, apposed != nil, mediator == apposed, let subject = left.first(where: { $0.token >= start })?.actor,
               subject != mediator, sides.contains(where: { ($0 == subject || $0 == affiliation(subject, in: s)) }) {
                status = .requested
            }
            return mediators.map { mediator in
                Found(kind: .mediation, status: status,
                      actors: [Participant(mediator, as: .mediator)] + sides.map { Participant($0, as: .side) },
                      place: place?.name, forward: false)
            }
        case .carrier:
            // "carried a letter from Kim to Trump": a third party mediates; a side's own envoy communicates.
            // "handed Trump a personal message from Kim": the addressee stands before the message (not
            // "carried Kim's offer", whose owner sent it).
            let indirect = right.first.flatMap { r in
                isDescription(last + 1..<r.token, in: s) && r.last + 1 < s.tokens.endIndex && !s.word(at: r.last + 1, is: .apostrophe)
                    && s.anyWord(from: r.last + 1, to: min(s.tokens.endIndex, r.last + 5), is: .message) ? r : nil
            }
            guard indirect != nil || s.anyWord(from: min(s.tokens.endIndex, last + 1), to: min(s.tokens.endIndex, last + 7), is: .message)
            else { return [] }
            // "Kim had asked him to pass on the message to the American president": a request to carry.
            if let (go, asker) = askedAgent(before: first, left: left, in: s, clause: clause),
               let addressee = fromTo(after: last, in: s, limit: clause.upperBound).1, distinctSides([go, asker, addressee], in: s) == 3 {
                return [Found(kind: .mediation, status: .requested,
                              actors: [Participant(go, as: .mediator), Participant(asker, as: .side), Participant(addressee, as: .side)],
                              place: nil, forward: false)]
            }
            // "Switzerland …, and its embassy has long carried messages": "its" stands for the clause's topic.
            let its = stride(from: first - 1, through: max(clause.lowerBound, first - 6), by: -1).first { s.word($0) == "its" }
            let topic = its.flatMap { its in left.contains { $0.token > its } ? nil : left.first?.actor }
            guard let carrier = pronounTopic(before: first, in: s, clause: clause) ?? topic ?? left.last?.actor ?? speaker else { return [] }
            var (sender, addressee) = fromTo(after: indirect?.last ?? last, in: s, limit: clause.upperBound)
            if let indirect { addressee = indirect.actor }
            // "carried Kim's invitation to the White House": a seat of government after "to".
            if addressee == nil, let seat = s.places.first(where: { $0.token > last && $0.token <= last + 8 && $0.country != nil }),
               seat.token >= base + 1, ["to", "the"].contains(s.word(seat.token - 1)) {
                addressee = seat.country
            }
            // "Algerian diplomats carried each proposal between the two governments": a go-between at work.
            if addressee == nil, sender == nil || !s.anyWord(from: last + 1, to: clause.upperBound + 1, is: .between),
               let pair = betweenPair(after: last, in: s, limit: clause.upperBound) ?? betweenThem(after: last, in: s, reach: 4, theTwo: true) {
                let carrierSide = affiliation(carrier, in: s) ?? carrier
                let sides = pair.filter { $0 != carrier && (affiliation($0, in: s) ?? $0) != carrierSide }
                guard sides.count == 2 else { return [] }
                let status: EventStatus = trigger.past ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
                return [Found(kind: .mediation, status: status,
                              actors: [Participant(carrier, as: .mediator)] + sides.map { Participant($0, as: .side) },
                              place: nil, forward: false)]
            }
            guard let addressee else { return [] }
            let from = sender ?? carrier
            let carrierSide = affiliation(carrier, in: s) ?? carrier
            if from == carrier || carrierSide == (affiliation(from, in: s) ?? from) || carrierSide == (affiliation(addressee, in: s) ?? addressee) {
                return [Found(kind: .communication, status: nil,
                             actors: [Participant(from, as: .speaker), Participant(addressee, as: .addressee)],
                             place: nil, forward: false)]
            }
            let status: EventStatus = trigger.past ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
            let mediation = Found(kind: .mediation, status: status,
                                  actors: [Participant(carrier, as: .mediator), Participant(from, as: .side), Participant(addressee, as: .side)],
                                  place: nil, forward: false)
            // "carried Kim's invitation to the White House": a message carried by hand was handed over
            // face to face, a meeting of the carrier with its addressee.
            guard status == .performed, s.word(at: first, is: .byHand) else { return [mediation] }
            let handover = Found(kind: .meeting, status: .held,
                                 actors: [Participant(carrier, as: .participant), Participant(addressee, as: .participant)],
                                 place: place?.name, forward: false)
            return [mediation, handover]
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
        case .communication:
            // The addressee follows the verb directly: "told Tillerson", "a letter to Trump", "told his
            // American counterpart Rex Tillerson".
            guard let speakerActor = left.last?.actor, let next = right.first,
                  next.token <= last + 3 || isDescription(last + 1..<next.token, in: s) else { return [] }
            let addressee = next.actor
            guard speakerActor != addressee else { return [] }
            return [Found(kind: .communication, status: nil,
                         actors: [Participant(speakerActor, as: .speaker), Participant(addressee, as: .addressee)],
                         place: nil, forward: false)]
        }
    }

    // MARK: - Pieces

    /// The clause around a token: bounded by ";", ":", a dash, or the sentence.
    private func clauseBounds(around index: Int, in s: Sentence) -> ClosedRange<Int> {
        var lower = s.tokens.startIndex, upper = s.tokens.endIndex - 1
        for k in s.tokens.indices where s.word(at: k, is: .clauseBreak) {
            if k < index { lower = k + 1 } else if k > index { upper = k - 1; break }
        }
        return lower...max(lower, upper)
    }

    /// "between X and Y" after the trigger, with no actor before it ("talks in New York on Thursday
    /// between Pompeo and Kim Yong-chol").
    private func betweenPair(after last: Int, in s: Sentence, limit: Int) -> [ActorID]? {
        let nextActor = s.actors.first { $0.token > last }?.token ?? limit + 1
        for k in stride(from: last + 1, through: min(last + 7, limit, nextActor - 1), by: 1) where s.word(at: k, is: .between) {
            let pair = unique(s.actors.filter { $0.token > k && $0.token <= limit }.map(\.actor))
            return pair.count >= 2 ? Array(pair.prefix(2)) : nil
        }
        return nil
    }

    /// "contacts between their envoys": the pair named before. With `theTwo`, also "messages between
    /// the two governments" (a meeting "between the two presidents" may be of others than the last pair
    /// named: only carriers take it).
    /// - Parameter reach: how many words after the trigger "between" may stand.
    private func betweenThem(after last: Int, in s: Sentence, reach: Int = 3, theTwo: Bool = false) -> [ActorID]? {
        guard let k = stride(from: last + 1, through: min(last + reach, s.tokens.endIndex - 1), by: 1).first(where: { s.word(at: $0, is: .between) }),
              k + 2 < s.tokens.endIndex else { return nil }
        switch s.word(k + 1) {
        case "their": return previousPair(s, trigger: k + 2, from: k + 1)
        case "the", "both": return theTwo ? previousPair(s, trigger: k + 1, from: k + 1) : nil
        default: return nil
        }
    }

    /// "a go-between for Washington and Pyongyang": two actors joined by "and" right after "for".
    private func forPair(after last: Int, in s: Sentence) -> [ActorID]? {
        guard last + 1 < s.tokens.endIndex, s.word(last + 1) == "for",
              let first = s.actors.first(where: { $0.token > last + 1 }), isDescription(last + 2..<first.token, in: s) else { return nil }
        let group = nearestGroup(s.actors.filter { $0.token >= first.token }, in: s)
        return group.count >= 2 ? Array(group.prefix(2)) : nil
    }

    /// "talks in Moscow hosted by Lavrov", "negotiations hosted by Canada": the one after "by" hosted
    /// talks between the sides the sentence names (else the pair named before), a mediation; the
    /// talks were held among the three. Without a word for talks before it, "hosted by" is no event
    /// of this sentence ("a forum hosted by Xi").
    /// - Parameter host: the token of "hosted".
    private func hostedTalks(host: Int, clause: ClosedRange<Int>, place: PlaceMention?, in s: Sentence) -> [Found] {
        guard s.anyWord(from: max(clause.lowerBound, host - 4), to: host, is: .talksNoun),
              let agent = s.actors.first(where: { $0.token > host + 1 && $0.token <= host + 6 && $0.token <= clause.upperBound }) else { return [] }
        let mediator = agent.actor
        let hostSide = affiliation(mediator, in: s) ?? mediator
        let named = unique(s.actors.filter { $0.token != agent.token }.map(\.actor))
            .filter { $0 != mediator && (affiliation($0, in: s) ?? $0) != hostSide }
        var sides: [ActorID] = []
        for actor in named where !sides.contains(where: { (affiliation($0, in: s) ?? $0) == (affiliation(actor, in: s) ?? actor) }) {
            sides.append(actor)
        }
        if sides.count != 2, let pair = previousPair(s, trigger: host, from: s.tokens.startIndex) { sides = pair }
        guard sides.count == 2 else { return [] }
        let held = !s.anyWord(from: max(clause.lowerBound, host - 6), to: host, is: .planned)
        return [Found(kind: .mediation, status: held ? .performed : .offered,
                      actors: [Participant(mediator, as: .mediator)] + sides.map { Participant($0, as: .side) },
                      place: place?.name, forward: !held),
                Found(kind: .talks, status: held ? .held : .planned,
                      actors: (sides + [mediator]).map { Participant($0, as: .participant) },
                      place: place?.name, forward: !held)]
    }

    /// "from X to Y" after a carrier verb; also "X's letter to Y".
    private func fromTo(after last: Int, in s: Sentence, limit: Int) -> (ActorID?, ActorID?) {
        var sender: ActorID?, addressee: ActorID?
        for k in stride(from: last + 1, through: min(limit, s.tokens.endIndex - 1), by: 1) {
            let word = s.word(k)
            if word == "from", sender == nil { sender = s.actors.first { $0.token == k + 1 }?.actor }
            if word == "to", addressee == nil { addressee = s.actors.first { $0.token == k + 1 || $0.token == k + 2 }?.actor }
        }
        if sender == nil {
            // "Kim's letter to Trump" / "a letter from Kim"
            sender = s.actors.first { $0.token > last && $0.token <= limit && $0.actor != addressee }?.actor
        }
        return (sender, addressee)
    }

    /// The actor of reported speech ("X said", "said X", "according to X"), read at the first reporting
    /// word next to an actor (at "according" whether or not one follows it), and the token indices of
    /// the actors next to reporting words: the speakers, who are no participants.
    private func speakers(in s: Sentence) -> (speaker: ActorID?, tokens: [Int]) {
        var speaker: ActorID?, decided = false
        var tokens: [Int] = []
        for index in s.tokens.indices where s.word(at: index, is: .reporting) {
            let according = s.word(index) == "according"
            let before = s.actors.last(where: { $0.last < index && index - $0.last <= 2 })
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
    /// that named an official.
    private func pronounSubject(before first: Int, from start: Int, in s: Sentence) -> ActorID? {
        guard let pronoun = stride(from: first - 1, through: max(start, first - 4), by: -1)
            .first(where: { s.word(at: $0, is: .heOrShe) }) else { return nil }
        return s.actors.first(where: { $0.last < pronoun && kind($0.actor, in: s) == .official })?.actor ?? s.previousSubject ?? s.previousOfficials.last
    }

    /// Where the subject of a reported clause starts: after the last "that" before the trigger
    /// ("said that Moscow is ready to facilitate").
    private func complementStart(before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> Int {
        let that = stride(from: first - 1, through: clause.lowerBound, by: -1).first { s.word($0) == "that" }
        return that.map { $0 + 1 } ?? first
    }

    /// Whether an actor at `token` can be the object of a trigger ending at `last`: near it, with no
    /// new clause between ("hosted the summit, said it was ready to … the United States" is too far).
    private func reaches(from last: Int, to token: Int, in s: Sentence) -> Bool {
        guard token - last <= 12 else { return false }
        return !s.anyWord(from: last + 1, to: token, is: [.reporting, .reachBlocker])
    }

    /// Where the subject of a trigger can start: after the last reporting verb before it, else the clause start.
    /// A conjunction opening a subordinate clause ("Kim complained to Lavrov as one of his lieutenants
    /// visited New York") starts a new subject too; an aside set off by commas does not.
    /// - Parameter aside: the trigger's `parenthetical`.
    private func subjectStart(before first: Int, in s: Sentence, clause: ClosedRange<Int>, aside: ClosedRange<Int>?) -> Int {
        let boundary = stride(from: first - 1, through: clause.lowerBound, by: -1).first { k in
            aside?.contains(k) != true
                && (s.word(at: k, is: .reporting) || (s.word(at: k, is: .subordinator) && opensClause(at: k, in: s)))
        }
        return boundary.map { $0 + 1 } ?? clause.lowerBound
    }

    /// Whether a subordinating word opens a clause with a subject of its own: not before a participle
    /// ("since taking power", "while hosting Abe"), "as a mediator" is a role, and "that" after a noun
    /// is a relative pronoun ("the kerb that marks the line"), after a verb a complementiser.
    private func opensClause(at k: Int, in s: Sentence) -> Bool {
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

    /// The first actor of `mentions` (ordered outward from the trigger) and those joined to it by
    /// "and" or a comma: "Putin and Kim", "Trump, Moon and Kim".
    private func nearestGroup<C: Collection>(_ mentions: C, in s: Sentence) -> [ActorID] where C.Element == ResolvedMention {
        guard let first = mentions.first else { return [] }
        var group = [first]
        var commaOnly = [false]  // whether each member joined by a comma alone
        for next in mentions.dropFirst() {
            let previous = group.last!
            let (a, b) = next.token > previous.token ? (previous.last, next.token) : (next.last, previous.token)
            // Between two joined actors: "and" or a comma, and otherwise only title words or qualifiers
            // ("Putin and North Korean leader Kim").
            let gap = a + 1..<max(a + 1, b)
            guard s.anyWord(from: gap.lowerBound, to: gap.upperBound, is: [.and, .comma]), gap.count <= 8,
                  gap.allSatisfy({ s.word(at: $0, is: [.and, .comma, .listFiller, .title, .capitalised]) }) else { break }
            group.append(next)
            commaOnly.append(!s.anyWord(from: gap.lowerBound, to: gap.upperBound, is: .and))
        }
        // A list ends with "and" ("Trump, Moon and Kim"); "the US, the Kremlin has …" is no list.
        while commaOnly.last == true { group.removeLast(); commaOnly.removeLast() }
        return group.map(\.actor)
    }

    /// The pair a sentence refers back to: "the two men" / "the two leaders" (the last two officials of
    /// different countries), "the two sides" / "their talks" / "they met" (the last two actors).
    /// - Parameters: `trigger` and `from` are token positions; the phrase is looked for from `from`
    ///   (the trigger's subject) on, so that "the two countries" of another clause is not taken.
    private func previousPair(_ s: Sentence, trigger: Int, from: Int) -> [ActorID]? {
        let base = s.tokens.startIndex
        var people = false, anyone = false
        if trigger > base, s.word(trigger - 1) == "their" { anyone = true }
        if trigger > base, (max(base, trigger - 2)..<trigger).contains(where: { s.word($0) == "they" }) { anyone = true }
        for k in max(from, base)..<max(from, base, s.tokens.endIndex - 1) where s.word(at: k, is: .pairDeterminer) {
            let word = s.word(k)
            // "the two men", "both leaders", "the leaders" (at the start of a sentence about them)
            let pair = (word == "two" && k > base && s.word(k - 1) == "the") || word == "both" || (word == "the" && k == base)
            guard pair else { continue }
            if s.word(at: k + 1, is: .pairPeople) { people = true }
            if s.word(at: k + 1, is: .pairGroup) && word != "the" { anyone = true }
        }
        guard people || anyone else { return nil }
        if people, let pair = s.previousOfficials.both { return pair }
        if !people, let pair = s.previousPair.both { return pair }
        // At the start of an article: the first two actors (officials, for "the two men") of different
        // sides named before the trigger.
        var named: [ActorID] = []
        for mention in s.actors where mention.last < trigger && (!people || kind(mention.actor, in: s) == .official)
            && !named.contains(where: { (affiliation($0, in: s) ?? $0) == (affiliation(mention.actor, in: s) ?? mention.actor) }) {
            named.append(mention.actor)
        }
        if named.count == 2 { return named }
        return s.previousPair.both
    }

    /// "with Moscow as a mediator", "making Stockholm a natural go-between": the actor the mediator
    /// noun is said of, a few lower-case words ("as", "a", an adjective) before the trigger.
    private func appositive(before first: Int, in left: [ResolvedMention], of s: Sentence) -> ActorID? {
        guard let candidate = left.last, first - candidate.last - 1 <= 3, first - candidate.last > 1 else { return nil }
        let gap = candidate.last + 1..<first
        guard gap.contains(where: { ["as", "a", "an"].contains(s.word($0)) }),
              gap.allSatisfy({ s.word(at: $0, is: .lowerInitial)
                  && !["and", "or", "to", "between", "with", "for", "of", "not"].contains(s.word($0)) })
        else { return nil }
        return candidate.actor
    }

    /// "asked Moscow to inform", "asked Mr Bennett to mediate": the actor right before "to" and the
    /// trigger, after a request verb (an honorific may stand between), and the actor asking — a
    /// pronoun's topic or the last actor named before the request in the clause. "Moon said Kim had
    /// asked him to pass on the message": "him" is the sentence's first official before the asker.
    private func askedAgent(before first: Int, left: [ResolvedMention], in s: Sentence,
                            clause: ClosedRange<Int>) -> (agent: ActorID, asker: ActorID)? {
        let base = s.tokens.startIndex
        if first - 3 >= base, s.word(first - 1) == "to", ["him", "her"].contains(s.word(first - 2)), s.word(at: first - 3, is: .requested),
           let asker = left.last(where: { $0.last < first - 3 }),
           let agent = s.actors.first(where: { $0.token < asker.token && kind($0.actor, in: s) == .official }), agent.actor != asker.actor {
            return (agent.actor, asker.actor)
        }
        guard let go = left.last, go.last == first - 2, s.word(first - 1) == "to", go.token > base else { return nil }
        var verb = go.token - 1
        if verb > base, ["mr", "mrs", "ms", "dr"].contains(s.word(verb)) { verb -= 1 }
        guard s.word(at: verb, is: .requested) || s.word(verb) == "asking",
              let asker = pronounTopic(before: verb, in: s, clause: clause)
                ?? left.last(where: { $0.last < verb && $0.token >= clause.lowerBound })?.actor,
              asker != go.actor else { return nil }
        return (go.actor, asker)
    }

    /// The token of "him" or "her" as the object of a trigger ending at `last`: right after it, or
    /// after "with" ("talks with him").
    private func objectPronoun(after last: Int, in s: Sentence) -> Int? {
        var k = last + 1
        if k < s.tokens.endIndex, s.word(k) == "with" { k += 1 }
        guard k < s.tokens.endIndex, ["him", "her"].contains(s.word(k)) else { return nil }
        // "her" before a noun is a possessive ("met her counterpart").
        if s.word(k) == "her", k + 1 < s.tokens.endIndex, s.tokens[k + 1].isWord, s.word(at: k + 1, is: .lowerInitial),
           !s.word(at: k + 1, is: [.locative, .and]) { return nil }
        return k
    }

    /// "thanked the Turkish government for helping to facilitate", "praised Qatar for mediating": the
    /// actor thanked for the act, named just before "for".
    private func credited(before first: Int, left: [ResolvedMention], in s: Sentence) -> ActorID? {
        guard let forWord = stride(from: first - 1, through: max(s.tokens.startIndex, first - 4), by: -1).first(where: { s.word($0) == "for" }),
              (forWord + 1..<first).allSatisfy({ ["helping", "help", "to", "its", "his", "her", "their"].contains(s.word($0)) }),
              let actor = left.last(where: { $0.last < forWord }), forWord - actor.last <= 2 else { return nil }
        return actor.actor
    }

    /// "he would carry", "she offered to": a personal pronoun just before the trigger stands for the
    /// clause's first actor (the sentence's topic), not for the nearest name.
    private func pronounTopic(before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> ActorID? {
        guard s.anyWord(from: max(clause.lowerBound, first - 3), to: first, is: .heOrShe) else { return nil }
        return s.actors.first { $0.token >= clause.lowerBound && $0.token < first }?.actor
    }

    /// "the G20 summit", "the Stockholm meeting": a lone non-person right before a noun trigger names the event.
    private func namesTheEvent(_ mention: ResolvedMention, trigger: Int, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        guard mention.last == trigger - 1, kind(mention.actor, in: s) != .official, mention.token > base else { return false }
        return ["the", "a", "an"].contains(s.word(mention.token - 1))
    }

    /// Whether tokens only describe the actor after them: possessives, articles, title words and
    /// capitalised qualifiers ("his American counterpart", "the visiting foreign minister").
    private func isDescription(_ range: Range<Int>, in s: Sentence) -> Bool {
        range.count <= 6 && range.allSatisfy { s.word(at: $0, is: [.describer, .title, .capitalised]) }
    }

    /// The tokens of an aside set off by commas just before a trigger ("X, who led …, travelled"),
    /// opened by a relative pronoun; auxiliaries and adverbs may stand between it and the trigger.
    private func parenthetical(before first: Int, in s: Sentence, clause: ClosedRange<Int>) -> ClosedRange<Int>? {
        var close = first - 1
        while close > clause.lowerBound, s.word(at: close, is: .asideFiller) {
            close -= 1
        }
        guard close > clause.lowerBound, s.word(at: close, is: .comma) else { return nil }
        guard let open = stride(from: close - 1, through: max(clause.lowerBound, close - 20), by: -1).first(where: { s.word(at: $0, is: .comma) }),
              open + 1 < close, s.word(at: open + 1, is: .relativePronoun) else { return nil }
        return open...close
    }

    /// "Kim's father met …": the mention names a relative, not the actor.
    private func isKinOf(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let k = mention.last + 1
        guard k + 2 < s.tokens.endIndex, s.word(at: k, is: .apostrophe), s.word(k + 1) == "s" else { return false }
        return s.word(at: k + 2, is: .kin)
    }

    /// "to North Korea", "in Beijing": an actor after a locative preposition is where, not who.
    private func isDestination(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        guard mention.token > base, kind(mention.actor, in: s) == .country else { return false }
        return s.word(at: mention.token - 1, is: .locative)
    }

    /// "the CIA director", "the UN chief": an organisation before a title names the office of the person
    /// it describes, not a party.
    private func isOfficeOf(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        mention.last + 1 < s.tokens.endIndex && kind(mention.actor, in: s) == .organization && s.word(at: mention.last + 1, is: .title)
    }

    /// "a North Korean leader", "any US president": a demonym after an indefinite article, before the
    /// title of a single office, describes a kind of person (but "a Russian delegation" is one).
    private func isGeneric(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        guard mention.form == .demonym, mention.last + 1 < s.tokens.endIndex, s.word(at: mention.last + 1, is: .singleOffice)
        else { return false }
        let before = stride(from: mention.token - 1, through: max(base, mention.token - 3), by: -1).map { s.word($0) }
        guard let article = before.first(where: { !["sitting", "senior", "top", "former", "single"].contains($0) }) else { return false }
        return ["a", "an", "any", "every", "no"].contains(article)
    }

    /// "but not Mr Putin", "not North Korea".
    private func isNegated(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        return stride(from: max(base, mention.token - 2), to: mention.token, by: 1).contains { s.word($0) == "not" }
    }

    /// A meeting only wished for ("ready for talks", "wanted a summit") within the few words before it.
    private func isWish(first: Int, in s: Sentence, clause: ClosedRange<Int>) -> Bool {
        // "called off the summit" cancels it; "called for a summit" wishes for one.
        if stride(from: max(clause.lowerBound, first - 10), to: first, by: 1).contains(where: {
            s.word(at: $0, is: .wish) && !($0 + 1 < first && s.word($0 + 1) == "off")
        }) {
            return true
        }
        // "invited North Korea's foreign minister, Ri Yong-ho, to meet him": an invitation reaches further.
        return s.anyWord(from: max(clause.lowerBound, first - 16), to: first, is: .invitation)
    }

    private func meetingStatus(trigger: EventLexicon.Trigger, first: Int, last: Int, in s: Sentence, clause: ClosedRange<Int>) -> EventStatus {
        // The window: a few words before the trigger (`lower..<first`) and after it (`last + 1...upper`).
        let lower = max(clause.lowerBound, first - 8), upper = max(last, min(clause.upperBound, last + 4))
        // "North Korea pulled out of a meeting with Pence", "backed out of the talks"
        let outOf = stride(from: max(lower, first - 6), to: first - 1, by: 1).contains { k in
            ["pulled", "backed", "pulls", "backs", "pulling", "backing"].contains(s.word(k)) && s.word(k + 1) == "out"
        }
        if outOf { return .cancelled }
        if s.anyWord(from: lower, to: upper + 1, is: .cancelled) {
            let window = stride(from: lower, through: upper, by: 1).map { s.word($0) }
            let hasCalledOff = zip(window, window.dropFirst()).contains { $0 == "called" && $1 == "off" }
            if hasCalledOff || window.contains(where: { $0.hasPrefix("cancel") || $0.hasPrefix("scrap") }) { return .cancelled }
        }
        if trigger.past { return .held }
        // "when the two presidents meet", "once they visit": a present tense after "when" looks ahead.
        if s.word(at: first, is: .presentEncounter), s.anyWord(from: max(lower, first - 5), to: first, is: .whenOrOnce) {
            return .planned
        }
        // "Biden leaves for Tokyo on Sunday", "Trump travels to Seoul": in the body of an article the
        // present tense of a journey is a schedule.
        if trigger.kind == .visit, ["arrives", "travels", "leaves", "flies", "heads"].contains(s.word(first)) {
            return .planned
        }
        // "is to meet", "due to visit", "expected to hold talks"
        let infinitive = stride(from: lower, to: first - 1, by: 1).contains { s.word(at: $0, is: .infinitiveHead) && s.word($0 + 1) == "to" }
        if infinitive || s.anyWord(from: lower, to: first, is: .planned)
            || s.anyWord(from: last + 1, to: min(upper, last + 3) + 1, is: .modal) || modalFollowsObject(of: last, in: s, clause: clause) {
            return .planned
        }
        return .held
    }

    static let modals: Set<Substring> = ["will", "would", "could", "may", "might", "being", "set"]

    /// "his summit with Kim Jong-un would take place": a modal right after the trigger's object.
    private func modalFollowsObject(of last: Int, in s: Sentence, clause: ClosedRange<Int>) -> Bool {
        guard last + 1 < s.tokens.endIndex, ["with", "between"].contains(s.word(last + 1)),
              let object = s.actors.first(where: { $0.token > last + 1 && $0.token <= last + 3 }) else { return false }
        var end = object.last
        // "between Kim and Trump would …": the whole group.
        while let next = s.actors.first(where: { $0.token > end && $0.token <= end + 2 }), s.word(end + 1) == "and" { end = next.last }
        return end + 1 <= clause.upperBound && s.word(at: end + 1, is: .modal)
    }

    private func mediationStatus(trigger: EventLexicon.Trigger, first: Int, in s: Sentence, clause: ClosedRange<Int>) -> EventStatus {
        let lower = max(clause.lowerBound, first - 8)
        // "Acting as a go-between", "served as mediator": done, not offered.
        if s.anyWord(from: max(lower, first - 3), to: first, is: .performing) {
            return .performed
        }
        if s.anyWord(from: lower, to: first, is: .requested) { return .requested }
        if s.anyWord(from: lower, to: first, is: .offered) { return .offered }
        return trigger.past || EventLexicon.mediatorsAtWork.contains(trigger.words[0]) ? .performed : .offered
    }

    /// The actors in order, each once (lists are short: no hashing).
    private func unique(_ ids: [ActorID]) -> [ActorID] {
        var result: [ActorID] = []
        result.reserveCapacity(ids.count)
        for id in ids where !result.contains(id) { result.append(id) }
        return result
    }

    /// How many different sides a list of actors stands for, officials and national bodies (the CIA,
    /// a foreign ministry) counted with their country.
    private func distinctSides(_ ids: [ActorID], in s: Sentence) -> Int {
        var sides: [ActorID] = []
        for id in ids {
            let side = party(id, in: s).side
            if !sides.contains(side) { sides.append(side) }
        }
        return sides.count
    }

    /// An actor's kind and affiliation: from the sentence's mentions when it names the actor, else
    /// from the document's actors.
    private func party(_ id: ActorID, in s: Sentence) -> Extractor.Party {
        if let k = s.actors.firstIndex(where: { $0.actor == id }) { return s.parties[k] }
        return Extractor.Party(id, known: known)
    }

    private func kind(_ id: ActorID, in s: Sentence) -> ActorKind? { party(id, in: s).kind }

    private func affiliation(_ id: ActorID, in s: Sentence) -> ActorID? { party(id, in: s).affiliation }
}
