import ActorGraphCore

/// Messages carried: a third party who carries, passes on or delivers a message between two sides
/// mediates; a side's own envoy only communicates.
extension EventPatterns {
    /// The events a carrier trigger from `first` to `last` names ("carried a letter from Kim to Trump",
    /// "passed on a message", "carried proposals between the two governments"): a mediation when the
    /// carrier is neither the sender nor the addressee, a request when a side asked for it, else
    /// communication; a message handed over in person is also a meeting with its addressee.
    /// - Parameters: `left` and `right` are the actors before and after the trigger in its clause,
    ///   `speaker` the sentence's.
    func carriedMessages(trigger: EventLexicon.Trigger, first: Int, last: Int, left: ArraySlice<ResolvedMention>,
                         right: ArraySlice<ResolvedMention>, clause: ClosedRange<Int>, place: PlaceMention?, speaker: ActorID?,
                         in s: Sentence) -> [Found] {
        let base = s.tokens.startIndex
        // "carried a letter from Kim to Trump": a third party mediates; a side's own envoy communicates.
        // "handed Trump a personal message from Kim": the addressee stands before the message (not
        // "carried Kim's offer" or "passed on a US proposal", whose owner sent it).
        let indirect = right.first.flatMap { r in
            isDescription(last + 1..<r.token, in: s) && r.last + 1 < s.tokens.endIndex && !s.word(at: r.last + 1, is: .apostrophe)
                && !s.word(at: r.last + 1, is: .message) && s.anyWord(from: r.last + 1, to: min(s.tokens.endIndex, r.last + 5), is: .message) ? r : nil
        }
        // "had conveyed to Abe that Kim had said he was willing to …": what is reported after "that" is the
        // message, and whoever it reports its sender.
        let reported = right.first.flatMap { to -> (addressee: ActorID, sender: ActorID)? in
            guard s.word(last + 1) == "to", isDescription(last + 2..<to.token, in: s),
                  to.last + 2 < s.tokens.endIndex, s.word(to.last + 1) == "that",
                  let sender = right.first(where: { $0.token > to.last + 1 }), isDescription(to.last + 2..<sender.token, in: s),
                  sender.token <= clause.upperBound else { return nil }
            return (to.actor, sender.actor)
        }
        // (Six words on, the dots and the possessive of "U.S. President Donald Trump's message" not counted,
        // and the name of an owner one word: "South Korean President Kim Dae-jung's message".)
        var reach = last + 1, words = 0
        while reach < s.tokens.endIndex, words < 6 {
            if let name = right.first(where: { $0.token == reach }), name.last + 1 < s.tokens.endIndex, s.word(at: name.last + 1, is: .apostrophe) {
                (reach, words) = (name.last + 1, words + 1)
                continue
            }
            if s.tokens[reach].isWord, !s.word(at: reach - 1, is: .apostrophe) { words += 1 }
            reach += 1
        }
        guard indirect != nil || reported != nil || s.anyWord(from: min(s.tokens.endIndex, last + 1), to: reach, is: .message)
        else { return [] }
        // "Kim had asked him to pass on the message to the American president": a request to carry.
        if let (go, asker) = askedAgent(before: first, left: left, in: s, clause: clause),
           let addressee = fromTo(after: last, in: s, limit: clause.upperBound).1 ?? seat(after: last, in: s),
           distinctSides([go, asker, addressee], in: s) == 3 {
            return [carried(by: go, between: [asker, addressee], status: .requested)]
        }
        // "Switzerland …, and its embassy has long carried messages": "its" stands for the clause's topic.
        let its = stride(from: first - 1, through: max(clause.lowerBound, first - 6), by: -1).first { s.word($0) == "its" }
        let topic = its.flatMap { its in left.contains { $0.token > its } ? nil : left.first?.actor }
        // "Swedish diplomats in the North Korean capital carried messages": a venue carries nothing.
        // "He met Hun Sen … and Abhisit …, carrying messages between the two leaders": a participle
        // after a comma has the clause's subject.
        let participleSubject = first > base && s.word(at: first, is: .endsInIng) && s.word(at: first - 1, is: .comma)
            ? (s.word(at: clause.lowerBound, is: .heOrShe) ? s.previousSubject : left.first(where: { $0.token >= clause.lowerBound })?.actor) : nil
        // "In March, he and Suh met Kim in Pyongyang and then carried Kim's offer to Trump": a verb joined
        // by "and" to an earlier one has that one's subject, not its object.
        let joinedSubject = trigger.past && first - 2 > clause.lowerBound && joinsPreviousVerb(first, from: clause.lowerBound + 1, in: s)
            ? clauseSubject(before: first, left: left, in: s, clause: clause) : nil
        guard let carrier = pronounTopic(before: first, in: s, clause: clause) ?? topic ?? participleSubject ?? joinedSubject
                ?? left.last(where: { !$0.isVenue })?.actor ?? speaker
        else {
            // "The two men spent months carrying messages between Tripoli, Washington and London": each of a
            // pair named before is a go-between, between the first and each of the others.
            guard let pairs = betweenOneAndTwo(after: last, in: s, limit: clause.upperBound) ?? betweenPair(after: last, in: s, limit: clause.upperBound).map({ [$0] })
            else { return [] }
            let carriers = pairOpening(before: first, left: left, sides: pairs.joined().map { $0 }, in: s, clause: clause)
            // ("spent months carrying": done.)
            let done = trigger.past || (clause.lowerBound..<first).contains { ["spent", "spend", "spends", "kept"].contains(s.word($0)) }
            let status: EventStatus = done ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
            return carriers.count == 2 && pairs.allSatisfy({ $0.count == 2 }) ? carriers.flatMap { carrier in
                pairs.map { carried(by: carrier, between: $0, status: status) }
            } : []
        }
        // Such a participle does what its clause did: done, unless a modal makes it a plan.
        let done = trigger.past || (participleSubject != nil && !s.anyWord(from: clause.lowerBound, to: first, is: .modal))
        var (sender, addressee) = fromTo(after: indirect?.last ?? last, in: s, limit: clause.upperBound)
        if let indirect { addressee = indirect.actor }
        if let reported { (sender, addressee) = (reported.sender, reported.addressee) }
        if addressee == nil { addressee = seat(after: last, in: s) ?? journeyDestination(before: first, in: s) }
        // "Megawati met Kim Jong-il on Friday, carrying a message from Kim Dae-jung": a participle's message
        // is for the one its clause met.
        if addressee == nil, let sender, participleSubject != nil || joinedSubject != nil,
           let named = right.first(where: { $0.actor == sender }),
           (last + 1..<named.token).contains(where: { s.word($0) == "from" && isDescription($0 + 1..<named.token, in: s) }) {
            let sides = [carrier, sender].map { affiliation($0, in: s) ?? $0 }
            addressee = left.last(where: { $0.token >= clause.lowerBound && !$0.isVenue && !sides.contains(affiliation($0.actor, in: s) ?? $0.actor) })?.actor
        }
        // "Algerian diplomats carried each proposal between the two governments", "carried proposals
        // between Asmara and Djibouti": a go-between at work ("between" after the message, but not
        // "proposals for new talks between …", talks between the two).
        let between = (last + 1..<min(last + 8, clause.upperBound + 1)).first { s.word(at: $0, is: .between) }
        // (The pair after "between" told apart from "the two" named before.)
        let named = between == nil ? nil : betweenPair(after: last, in: s, limit: clause.upperBound)
        if addressee == nil, let between, !s.anyWord(from: last + 1, to: between, is: .talksNoun),
           var pair = named ?? betweenThem(after: last, in: s, reach: 6, theTwo: true, carrier: carrier) {
            let carrierSide = affiliation(carrier, in: s) ?? carrier
            let status: EventStatus = done ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
            // "Qatar and the United Nations also passed messages between the two sides": those named together
            // carried them together; "the two sides" are none of the clause's subject but the document's
            // (`Extractor`), as for "Qatar and the U.N. envoy, Tor Wennesland, also passed messages …".
            let carriers = jointAgents(of: carrier, before: first, left: left, from: clause.lowerBound, passive: false, in: s)
            if named == nil, pair.contains(where: { side in carriers.contains { self.side($0, in: s) == self.side(side, in: s) } }) { pair = [] }
            // "carried messages between Tripoli, Washington and London": the first and each of the other two.
            let pairs = betweenOneAndTwo(after: last, in: s, limit: clause.upperBound)
                ?? [pair.filter { $0 != carrier && (affiliation($0, in: s) ?? $0) != carrierSide }]
            guard pair.isEmpty || pairs.allSatisfy({ $0.count == 2 && !$0.contains { (affiliation($0, in: s) ?? $0) == carrierSide } }) else { return [] }
            return carriers.flatMap { carrier in pairs.map { carried(by: carrier, between: $0, status: status) } }
        }
        let carrierSide = affiliation(carrier, in: s) ?? carrier
        // "has carried the rebels' conditions back and forth", "had passed on a US proposal to resume
        // talks": a go-between between the sides of the document (`Extractor`), one of them perhaps
        // named as the owner of what is carried.
        guard let addressee else {
            let owner = right.first { $0.token <= last + 4 && (affiliation($0.actor, in: s) ?? $0.actor) != carrierSide }
            let backAndForth = stride(from: last + 1, to: min(last + 10, clause.upperBound - 1), by: 1).contains {
                s.word($0) == "back" && s.word($0 + 1) == "and" && s.word($0 + 2) == "forth"
            }
            let ownsMessage = owner.map { owner in
                owner.last + 1 < s.tokens.endIndex
                    && (s.word(at: owner.last + 1, is: .message)
                        || (owner.last + 2 < s.tokens.endIndex && s.word(at: owner.last + 1, is: .apostrophe) && s.word(at: owner.last + 2, is: .message)))
            } ?? false
            guard backAndForth || ownsMessage else { return [] }
            let status: EventStatus = done ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
            return [carried(by: carrier, between: [owner?.actor].compactMap { $0 }, status: status)]
        }
        let from = sender ?? carrier
        if from == carrier || carrierSide == (affiliation(from, in: s) ?? from) || carrierSide == (affiliation(addressee, in: s) ?? addressee) {
            let message = Found(kind: .communication, status: nil,
                                actors: [Participant(from, as: .speaker), Participant(addressee, as: .addressee)],
                                place: nil, forward: false)
            // "Choe delivered a letter from Kim to Putin at the Kremlin", "Moon's envoy handed Xi the
            // letter": whoever hands over a message by hand meets its addressee.
            guard trigger.past, s.word(at: first, is: .byHand), carrierSide != (affiliation(addressee, in: s) ?? addressee),
                  kind(carrier, in: s) == .official else { return [message] }
            return [message, Found(kind: .meeting, status: .held,
                                   actors: [Participant(carrier, as: .participant), Participant(addressee, as: .participant)],
                                   place: place?.name, forward: false)]
        }
        let status: EventStatus = done ? .performed : mediationStatus(trigger: trigger, first: first, in: s, clause: clause)
        let mediation = carried(by: carrier, between: [from, addressee], status: status)
        // "carried Kim's invitation to the White House": a message carried by hand was handed over
        // face to face, a meeting of the carrier with its addressee.
        guard status == .performed, s.word(at: first, is: .byHand) else { return [mediation] }
        // "… and then carried Kim's offer to Trump at the White House": the place after the trigger is
        // where it was handed over.
        let handedAt = s.places.first { $0.token > last && $0.token <= clause.upperBound && s.word($0.token - 1) != "to" } ?? place
        let handover = Found(kind: .meeting, status: .held,
                             actors: [Participant(carrier, as: .participant), Participant(addressee, as: .participant)],
                             place: handedAt?.name, forward: false)
        return [mediation, handover]
    }

    /// A carrier's mediation between `sides` (one or none when the document gives the rest, `Extractor`).
    private func carried(by carrier: ActorID, between sides: [ActorID], status: EventStatus) -> Found {
        Found(kind: .mediation, status: status, actors: [Participant(carrier, as: .mediator)] + sides.map { Participant($0, as: .side) },
              place: nil, forward: false)
    }

    /// "will travel to Washington to relay the North's message": the country a journey goes to, when the
    /// carrying is its purpose.
    private func journeyDestination(before first: Int, in s: Sentence) -> ActorID? {
        guard first - 1 > s.tokens.startIndex, s.word(first - 1) == "to",
              let journey = stride(from: first - 2, through: max(s.tokens.startIndex, first - 8), by: -1).first(where: {
                  EventLexicon.journeyVerbs.contains(s.word($0)) && s.word($0 + 1) == "to"
              }) else { return nil }
        return s.places.first { $0.token > journey + 1 && $0.token < first - 1 && $0.country != nil }?.country
    }

    /// "carried Kim's invitation for a summit to the White House", "deliver a message to Washington": the
    /// country of a seat of government named after "to" within twelve words of `last`.
    private func seat(after last: Int, in s: Sentence) -> ActorID? {
        guard let seat = s.places.first(where: { $0.token > last && $0.token <= last + 12 && $0.country != nil }),
              seat.token > s.tokens.startIndex, ["to", "the"].contains(s.word(seat.token - 1)) else { return nil }
        return seat.country
    }
}
