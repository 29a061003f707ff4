import ActorGraphCore

/// Visits: who travels where, and whom they visit.
extension EventPatterns {
    /// The visits a visit trigger from `first` to `last` names: the visitor before it (a participle's
    /// clause subject, a pronoun's referent), the host after it (a country or city right after, an actor
    /// named before another clause opens, the place), one visit for each host named together ("visiting
    /// Nicaragua and Cuba").
    /// - Parameters: `left` and `right` are the actors before and after the trigger in its clause,
    ///   `start` where its subject may start, `aside` an aside before it, `speaker` the sentence's.
    func visits(trigger: EventLexicon.Trigger, first: Int, last: Int, left: ArraySlice<ResolvedMention>,
                right: ArraySlice<ResolvedMention>, start: Int, aside: ClosedRange<Int>?, clause: ClosedRange<Int>,
                place: PlaceMention?, speaker: ActorID?, in s: Sentence) -> [Found] {
        let base = s.tokens.startIndex
        // "Kim received a visiting Chinese delegation": the visitor follows "visiting", the host precedes.
        // Not "…, before visiting Nicaragua": a participle after a comma or a time conjunction.
        let participle = first > base && (s.word(at: first - 1, is: .comma) || ["before", "after", "while", "since", "when"].contains(s.word(first - 1)))
        // "Pompeo is visiting Pyongyang": a visit in progress, not a guest.
        let progressive = first > base && EventPatterns.beForms.contains(s.word(first - 1))
        if s.word(first) == "visiting", !participle, !progressive, let guest = right.first, isDescription(last + 1..<guest.token, in: s) {
            guard let host = left.last(where: { $0.token >= start })?.actor ?? place?.country,
                  (affiliation(host, in: s) ?? host) != (affiliation(guest.actor, in: s) ?? guest.actor) else { return [] }
            let status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            return [Found(kind: .visit, status: status, actors: [Participant(guest.actor, as: .visitor), Participant(host, as: .host)],
                          place: place?.name, forward: status != .held)]
        }
        // "Beijing sent its special envoy, Wu Dawei, to Pyongyang": the official sent visits the place's country.
        if s.word(first) == "sent" {
            guard let envoy = right.first(where: { kind($0.actor, in: s) == .official }), envoy.token <= last + 10,
                  !s.anyWord(from: last + 1, to: envoy.token, is: .message),
                  let to = (envoy.last + 1..<min(s.tokens.endIndex, envoy.last + 3)).first(where: { s.word($0) == "to" }),
                  let destination = s.places.first(where: { $0.token == to + 1 }), let country = destination.country,
                  country != (affiliation(envoy.actor, in: s) ?? envoy.actor) else { return [] }
            let status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
            return [Found(kind: .visit, status: status, actors: [Participant(envoy.actor, as: .visitor), Participant(country, as: .host)],
                          place: destination.name, forward: status != .held)]
        }
        // "due at the White House": at a seat of government or a place, not "due at the G7 summit".
        if s.word(last) == "at", !destinationFollows(last, within: 2, in: s, orActor: { $0.form == .metonym }) {
            return []
        }
        // "went on to Kyiv", but not "went on to say that Russia …": the next stop is named right after.
        if trigger.words.count >= 3, trigger.words[trigger.words.count - 2] == "on",
           !destinationFollows(last, within: 1, in: s, orActor: { kind($0.actor, in: s) == .country }) {
            return []
        }
        // The visitor stands right before the verb ("Lavrov has visited", "Lavrov's visit"), not a clause away.
        let reach = 6 + (aside?.count ?? 0)
        // "arrived in Khartoum from Liberia and flies to Lusaka": a country travelled from or to visits no one.
        // "Lavrov flies to Caracas, where he is to meet Maduro, before visiting Nicaragua": a participle
        // has the clause's subject.
        // ("He then travels to Hanoi for talks with Quang before flying to Manila": the subject a pronoun
        // before the first name stands for.)
        // ("…, Carter told a news conference after flying to Seoul": after the words that report speech, their speaker.)
        let reporter = s.actors.last(where: { $0.last < first }).flatMap { m in
            m.token - 1 > base && s.word(at: m.token - 1, is: .comma) && m.last + 1 < first
                && (s.word(at: m.last + 1, is: .reporting) || s.word(m.last + 1) == "told") ? m.actor : nil
        }
        let topic = participle && s.word(at: first, is: .endsInIng)
            ? reporter ?? s.actors.first(where: { $0.last < first && !s.speakerTokens.contains($0.token) }).flatMap { opening in
                subject(opening: opening, before: first, in: s, clause: clause)
            } : nil
        // "Blinken held talks with Abdullah in Amman on Friday, then visited Qatar": a verb joined to an
        // earlier one has that one's subject ("…, and will then visit Malaysia" too).
        // ("Before Helsinki, Trump will attend … and then travel to Britain": not a name after a preposition.)
        let joined = first - 2 > max(start, clause.lowerBound) && (trigger.past || s.word(first - 1) == "will" || s.word(first - 1) == "then")
            && joinsPreviousVerb(first, from: max(start, clause.lowerBound) + 1, in: s)
            ? clauseSubject(before: first, left: ArraySlice(left.filter {
                $0.token >= start && !($0.token > base && EventPatterns.frontingPrepositions.contains(s.word($0.token - 1)))
            }), in: s, clause: clause) : nil
        // "A visit by Mr Putin to Turkey": the visitor follows "by".
        let by = !trigger.past && last + 2 < s.tokens.endIndex && s.word(last + 1) == "by"
            ? right.first(where: { $0.token > last + 1 && isDescription(last + 2..<$0.token, in: s) })?.actor : nil
        if let (guest, inviter) = invitedVisit(before: first, left: left, start: start, clause: clause, in: s) {
            return [Found(kind: .visit, status: .planned, actors: [Participant(guest, as: .visitor), Participant(inviter, as: .host)],
                          place: place?.name, forward: true)]
        }
        guard let visitor = by ?? topic ?? joined ?? left.last(where: { $0.token >= start && first - $0.last <= reach && !isDestination($0, in: s) })?.actor
                ?? pronounSubject(before: first, from: start, in: s) ?? (trigger.past ? nil : speaker)
        else { return [] }
        // "visit to Pyongyang": the place right after the trigger names the host country.
        var host: ActorID?, hostEnd: Int?
        if let place, let country = place.country, place.token > last, place.token <= last + 3, country != visitor, country != affiliation(visitor, in: s) {
            (host, hostEnd) = (country, place.last)
        }
        // "Lavrov's visit came as Pompeo held talks": the host is named before another clause opens.
        let clauseEnd = stride(from: last + 1, through: clause.upperBound, by: 1).first { s.word(at: $0, is: .subordinator) && opensClause(at: $0, in: s) }
            ?? clause.upperBound + 1
        if host == nil, let named = right.first(where: {
            $0.token < clauseEnd && $0.actor != visitor && affiliation($0.actor, in: s) != visitor && $0.actor != affiliation(visitor, in: s)
        }) {
            (host, hostEnd) = (named.actor, named.token <= last + 3 ? named.last : nil)
        }
        // "when he visited him at the Vatican": "him" is an official of another side (`objectReferent`).
        if host == nil, let him = objectPronoun(after: last, in: s) {
            host = objectReferent(of: him, notOf: [affiliation(visitor, in: s) ?? visitor], in: s)
        }
        if host == nil, let place, let country = place.country, country != visitor, country != affiliation(visitor, in: s) { host = country }
        guard var host, host != visitor else { return [] }
        // "travelled to Havana in August to meet the ELN's negotiators", "flew to Singapore to meet Kim": a
        // journey to meet someone of another side than the place's is that meeting, not a visit to its host.
        // (Not "travelled to Islamabad for a regional conference on Afghanistan".)
        // (The words read stand before the sentence's last token: a purpose needs its object.)
        if let hostEnd, let object = (hostEnd + 1..<max(hostEnd + 1, min(clause.upperBound + 1, hostEnd + 6, s.tokens.endIndex - 3))).lazy.compactMap({ k -> Int? in
               if s.word(k) == "to" && ["meet", "see"].contains(s.word(k + 1)) { return k + 2 }
               guard s.word(k) == "for" else { return nil }
               if s.word(k + 1) == "talks" && s.word(k + 2) == "with" { return k + 3 }
               return s.word(k + 1) == "a" && ["meeting", "summit"].contains(s.word(k + 2)) && s.word(k + 3) == "with" ? k + 4 : nil
           }).first, let met = right.first(where: { $0.token >= object && isDescription(object..<$0.token, in: s) }),
           side(met.actor, in: s) != side(host, in: s), side(met.actor, in: s) != side(visitor, in: s) {
            return []
        }
        // "is due in Brussels next month at the invitation of European Commission President Romano Prodi":
        // the one who invites is the host.
        if let of = (last + 1..<max(last + 1, min(clause.upperBound, last + 12))).first(where: { k in
               s.word(k) == "invitation" && k + 1 < s.tokens.endIndex && s.word(k + 1) == "of"
           }), let inviter = right.first(where: { $0.token > of + 1 && isDescription(of + 2..<$0.token, in: s) }),
           inviter.actor != visitor, side(inviter.actor, in: s) != side(visitor, in: s) {
            host = inviter.actor
        }
        // "Obama is to address Cubans … before flying to Buenos Aires": the participle's plan is its clause's.
        let plannedClause = topic != nil && (clause.lowerBound..<first).contains { k in
            ["will", "would", "due"].contains(s.word(k)) || (["is", "are"].contains(s.word(k)) && s.word(k + 1) == "to")
        }
        let status = plannedClause ? .planned : meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
        func visit(_ host: ActorID, place: String?) -> Found {
            Found(kind: .visit, status: status, actors: [Participant(visitor, as: .visitor), Participant(host, as: .host)],
                  place: place, forward: status != .held)
        }
        // "visiting Nicaragua and Cuba", "is due in Kyiv and Moscow": a visit to each host named together
        // right after the trigger. ("a visit to India, Pakistan's archrival": not a possessive, which describes.)
        var visits = [visit(host, place: place?.name)]
        var end = hostEnd ?? s.tokens.endIndex
        while end + 2 < s.tokens.endIndex, s.word(at: end + 1, is: [.and, .comma]) {
            let next = s.word(end + 2) == "and" ? end + 3 : end + 2
            if let named = right.first(where: { $0.token == next }), kind(named.actor, in: s) == .country, named.actor != visitor,
               named.last + 1 >= s.tokens.endIndex || !s.word(at: named.last + 1, is: .apostrophe) {
                visits.append(visit(named.actor, place: nil))
                end = named.last
            } else if let city = s.places.first(where: { $0.token == next }), let country = city.country, country != visitor,
                      country != affiliation(visitor, in: s) {
                visits.append(visit(country, place: city.name))
                end = city.last
            } else {
                break
            }
        }
        return visits
    }

    /// Whether a place, or an actor `orActor` accepts, starts within `reach` tokens after token `last`:
    /// where a journey told by "due at" or "went on to" goes.
    func destinationFollows(_ last: Int, within reach: Int, in s: Sentence, orActor: (ResolvedMention) -> Bool) -> Bool {
        s.places.contains { $0.token > last && $0.token <= last + reach }
            || s.actors.contains { $0.token > last && $0.token <= last + reach && orActor($0) }
    }

    /// The guest and the one who invites, when the visit trigger at `first` follows "to" after an invitation
    /// agreed on: "Moon invited Trump to visit South Korea later this year, and Trump accepted" (an invitation
    /// left unanswered is no plan: `isWish`), or "Erdogan had accepted an invitation from Putin to visit Russia".
    /// `left` are the actors before the trigger in its clause, `start` where its subject may start.
    func invitedVisit(before first: Int, left: ArraySlice<ResolvedMention>, start: Int, clause: ClosedRange<Int>,
                      in s: Sentence) -> (guest: ActorID, inviter: ActorID)? {
        guard first - 1 > s.tokens.startIndex, s.word(first - 1) == "to" else { return nil }
        var pair: (guest: ActorID, inviter: ActorID)?
        if let invites = (max(clause.lowerBound, first - 10)..<max(clause.lowerBound, first - 1)).last(where: { EventPatterns.invitingVerbs.containsLowercased(s.tokens[$0]) }),
           let inviter = left.last(where: { $0.last < invites && $0.token >= start })?.actor,
           let guest = left.first(where: { $0.token > invites && $0.last < first - 1 })?.actor {
            pair = (guest, inviter)
        } else if let from = (max(clause.lowerBound + 2, first - 10)..<max(clause.lowerBound + 2, first - 1)).last(where: { s.word($0) == "from" && s.word($0 - 1) == "invitation" }),
                  (max(clause.lowerBound, from - 4)..<from).contains(where: { s.word(at: $0, is: .acceptance) }),
                  let inviter = left.first(where: { $0.token > from && $0.last < first - 1 })?.actor,
                  let guest = left.last(where: { $0.token >= start && $0.last < from - 1 })?.actor {
            pair = (guest, inviter)
        }
        guard let pair, distinctSides([pair.guest, pair.inviter], in: s) == 2 else { return nil }
        return pair
    }

    /// Verbs of inviting someone to come ("invited Trump to visit").
    static let invitingVerbs: WordSet = ["invited", "invites", "invite", "inviting"]
}
