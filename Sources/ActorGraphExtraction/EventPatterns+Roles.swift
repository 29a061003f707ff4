import ActorGraphCore

/// The actors of an event: lists, pairs named before, "between X and Y", "from X to Y", who is asked, thanked or apposed as a mediator, and who is no participant at all.
extension EventPatterns {
    /// "between X and Y" after the trigger, with no actor before it ("talks in New York on Thursday
    /// between Pompeo and Kim Yong-chol").
    func betweenPair(after last: Int, in s: Sentence, limit: Int, cities: Bool = false) -> [ActorID]? {
        let nextActor = s.actors.first { $0.token > last }?.token ?? limit + 1
        for k in stride(from: last + 1, through: min(last + 7, limit, nextActor - 1), by: 1) where s.word(at: k, is: .between) {
            // "to ease tension between the two Koreas".
            if k + 1 <= limit, namesTheKoreas(at: k + 1, in: s) { return EventLexicon.koreas }
            // "talks between the government and the FARC": an unnamed party and one named, whose other side
            // the document gives (`Extractor`), not the next name further on.
            let andReach = min(k + 4, limit, s.tokens.endIndex - 1)
            if k + 2 <= andReach, let and = (k + 2...andReach).first(where: { s.word(at: $0, is: .and) }),
               (k + 1..<and).allSatisfy({ s.word(at: $0, is: .lowerInitial) }), EventPatterns.unnamedParties.containsLowercased(s.tokens[and - 1]),
               let named = s.actors.first(where: { $0.token > and && $0.token <= min(limit, and + 2) }) {
                return [named.actor]
            }
            var named = s.actors.filter { $0.token > k && $0.token <= limit }.map { (token: $0.token, actor: $0.actor) }
            // "shuttled between Jerusalem and Ramallah", "between Addis Ababa and Asmara": a go-between's
            // cities stand for their countries.
            if cities, s.places.contains(where: { $0.token == k + 1 }) {
                named += s.places.compactMap { place in
                    place.token > k && place.token <= min(limit, k + 8) ? place.country.map { (token: place.token, actor: $0) } : nil
                }
                named.sort { $0.token < $1.token }
            }
            let pair = unique(named.map(\.actor))
            return pair.count >= 2 ? Array(pair.prefix(2)) : nil
        }
        return nil
    }

    /// "between Tripoli, Washington and London" after the trigger: three sides, the last two named
    /// together — the pairs of the first with each of them (`pairsWithOddOneOut`); nil otherwise.
    func betweenOneAndTwo(after last: Int, in s: Sentence, limit: Int) -> [[ActorID]]? {
        guard let k = stride(from: last + 1, through: min(last + 7, limit, s.tokens.endIndex - 1), by: 1).first(where: { s.word(at: $0, is: .between) })
        else { return nil }
        var sides: [ActorID] = []
        for mention in s.actors where mention.token > k && mention.token <= limit
            && !sides.contains(where: { (affiliation($0, in: s) ?? $0) == (affiliation(mention.actor, in: s) ?? mention.actor) }) {
            sides.append(mention.actor)
        }
        guard sides.count == 3, let pairs = pairsWithOddOneOut(sides, in: s), pairs[0][0] == sides[0] else { return nil }
        return pairs
    }

    /// "contacts between their envoys": the pair named before. With `theTwo`, also "messages between
    /// the two governments" (a meeting "between the two presidents" may be of others than the last pair
    /// named: only carriers take it).
    /// - Parameter reach: how many words after the trigger "between" may stand.
    /// - Parameter carrier: who goes between them, none of the two.
    func betweenThem(after last: Int, in s: Sentence, reach: Int = 3, theTwo: Bool = false, carrier: ActorID? = nil) -> [ActorID]? {
        guard let k = stride(from: last + 1, through: min(last + reach, s.tokens.endIndex - 1), by: 1).first(where: { s.word(at: $0, is: .between) }),
              k + 2 < s.tokens.endIndex else { return nil }
        if s.word(k + 1) == "the" || s.word(k + 1) == "both", namesTheKoreas(at: k + 1, in: s) { return EventLexicon.koreas }
        switch s.word(k + 1) {
        case "their": return previousPair(s, trigger: k + 2, from: k + 1)
        case "the", "both": return theTwo ? previousPair(s, trigger: k + 1, from: k + 1, excluding: carrier) : nil
        default: return nil
        }
    }

    /// Where "their" stands before the noun at `trigger`, with at most three lower-case words, numbers
    /// and month names between ("their summit", "their second meeting", "their April 27 summit").
    func their(before trigger: Int, in s: Sentence) -> Int? {
        guard (max(s.tokens.startIndex, trigger - 4)..<trigger).contains(where: { s.word($0) == "their" }) else { return nil }
        var k = trigger - 1
        while k > s.tokens.startIndex, trigger - k <= 3, s.word(k) != "their", modifiesNoun(k, in: s) {
            k -= 1
        }
        return k >= s.tokens.startIndex && s.word(k) == "their" ? k : nil
    }

    /// Whether the word at `k` may stand between a determiner and its noun: a lower-case word, a number or
    /// a month ("the June 12 summit", "their second meeting").
    func modifiesNoun(_ k: Int, in s: Sentence) -> Bool {
        s.word(at: k, is: .lowerInitial) || s.tokens[k].text.first?.isNumber == true || DateParser.monthNames.contains(s.word(k).string)
    }

    /// "a go-between for Washington and Pyongyang": two actors joined by "and" right after "for".
    func forPair(after last: Int, in s: Sentence) -> [ActorID]? {
        guard last + 1 < s.tokens.endIndex, s.word(last + 1) == "for",
              let first = s.actors.first(where: { $0.token > last + 1 }), isDescription(last + 2..<first.token, in: s) else { return nil }
        let group = nearestGroup(s.actors.filter { $0.token >= first.token }, in: s)
        return group.count >= 2 ? Array(group.prefix(2)) : nil
    }

    /// "Japan and North Korea ended two days of talks in Ulaanbaatar", "the Russian and Ukrainian
    /// delegations resumed negotiations": talks that a verb of holding, opening or ending gives to the
    /// two or more sides of its subject, right before it; and "the leaders of Russia, Ukraine, Germany
    /// and France agreed on a ceasefire after talks in Minsk": talks held by the list that acted after
    /// them, when no other actor stands before "after" (the list may name one again: "in eastern Ukraine").
    /// - Parameter left: the actors of the clause before the trigger.
    func subjectTalks(trigger: EventLexicon.Trigger, first: Int, last: Int, left: ArraySlice<ResolvedMention>, in s: Sentence,
                      clause: ClosedRange<Int>, place: PlaceMention?) -> [Found] {
        // ("Widodo and Muhyiddin agreed at talks in Jakarta": so are talks the list acted at.)
        if let after = (max(s.tokens.startIndex, first - 5)..<first).last(where: { ["after", "at"].contains(s.word($0)) }),
           (after + 1..<first).allSatisfy({ s.word(at: $0, is: .lowerInitial) }) {
            // Each actor at its first mention ("in eastern Ukraine" names one of the list again), the list
            // read back from its verb.
            var before: [ResolvedMention] = []
            for mention in s.actors where mention.last < after && !before.contains(where: { $0.actor == mention.actor }) { before.append(mention) }
            let subject = Array(nearestGroup(before.reversed(), in: s).reversed())
            // Talks "hosted by" or "mediated by" someone are that one's (`hostedTalks`).
            guard subject.count == before.count, distinctSides(subject, in: s) >= 2,
                  !s.anyWord(from: s.tokens.startIndex, to: first, is: .modal),
                  !(last + 1..<min(last + 7, s.tokens.endIndex)).contains(where: { s.word($0) == "by" }) else { return [] }
            return [Found(kind: .talks, status: .held, actors: subject.map { Participant($0, as: .participant) },
                          place: place?.name, forward: false)]
        }
        // "Armenia and Azerbaijan held Russian-mediated talks": the subject stands before the verb.
        guard let verb = (max(clause.lowerBound, first - 5)..<first).last(where: { s.word(at: $0, is: .talksVerb) }),
              let subject = left.last(where: { $0.last < verb }), verb - subject.last <= 3 else { return [] }
        let group = nearestGroup(left.filter { $0.last < verb }.reversed(), in: s)
        guard distinctSides(group, in: s) >= 2 else { return [] }
        let status = meetingStatus(trigger: trigger, first: verb, last: last, in: s, clause: clause)
        return [Found(kind: .talks, status: status, actors: group.reversed().map { Participant($0, as: .participant) },
                      place: place?.name, forward: status == .planned)]
    }

    /// "met Kuwaiti officials in Kuwait City, Qatari officials in Doha and Saudi officials in Jeddah": after
    /// an object followed by its own "in" and a place, the further objects of the list that each have
    /// theirs — joined by commas or "and", with at most one lower-case word ("officials") before "in".
    /// - Returns: nil unless at least one further stop is found.
    func stops(after object: ActorID, in s: Sentence, right: ArraySlice<ResolvedMention>, clause: ClosedRange<Int>) -> [(actor: ActorID, place: PlaceMention)]? {
        /// The place right after a mention: "in", after at most one lower-case word.
        func ownPlace(of mention: ResolvedMention) -> PlaceMention? {
            s.places.first { place in
                place.token > mention.last + 1 && place.token <= mention.last + 3 && place.last <= clause.upperBound
                    && s.word(place.token - 1) == "in" && (mention.last + 1..<place.token - 1).allSatisfy { s.word(at: $0, is: .lowerInitial) }
            }
        }
        guard let head = right.first(where: { $0.actor == object }), var place = ownPlace(of: head) else { return nil }
        var found: [(actor: ActorID, place: PlaceMention)] = []
        while let next = right.first(where: { $0.token > place.last }), next.token <= place.last + 3,
              (place.last + 1..<next.token).allSatisfy({ s.word(at: $0, is: [.comma, .and]) }), let own = ownPlace(of: next) {
            found.append((next.actor, own))
            place = own
        }
        return found.isEmpty ? nil : found
    }

    /// "Cuba had hosted the third round", "South Africa hosted the negotiations": the host (each of the
    /// hosts) of talks named without their parties mediates between the two who last met (else the last
    /// two sides named), when neither is of a host's side — performed, or offered when the hosting is ahead.
    /// Rounds of negotiation ("the talks", "the first round", "the follow-up round").
    /// - Parameter subject: who hosted, read before the verb (the trigger at `first...last`).
    func hostedRound(by subject: [ActorID], trigger: EventLexicon.Trigger, first: Int, last: Int, clause: ClosedRange<Int>, place: PlaceMention?, in s: Sentence) -> [Found] {
        // "ready to host", "offered to host", "will host": an offer; bare "host" without one ("one of the
        // candidates to host the meeting") is none. A summit, meeting or signing too ("Lukashenko hosted the
        // summit in Minsk", "agreed to host the June 12 summit"), but not one "of" a group, which the host attends.
        let offer = s.anyWord(from: max(clause.lowerBound, first - 4), to: first, is: [.offered, .modal])
            || (max(clause.lowerBound, first - 3)..<first).contains { s.word($0) == "agreed" }
        guard trigger.past || s.word(first) == "hosting" || offer else { return [] }
        // "offered to host them in Santiago": the pair "them" stands for.
        let them = last + 1 <= clause.upperBound && s.word(last + 1) == "them"
        // "the Granada meeting with Pashinyan, which Michel had offered to host": a meeting the relative
        // clause is about.
        let relative = offer
            ? (max(s.tokens.startIndex + 2, first - 9)..<max(first, s.tokens.startIndex + 2)).first(where: { k in
                s.word(k) == "which" && s.word(at: k - 1, is: .comma)
                    && (max(s.tokens.startIndex, k - 8)..<k - 1).contains { ["meeting", "summit"].contains(s.word($0)) || EventPatterns.roundNouns.contains(s.word($0).string) }
            }) : nil
        // Its parties are the two named before it, else the two who last met ("The meeting, which …").
        let antecedents = relative.map { k in unique(s.actors.filter { $0.last < k }.map { side($0.actor, in: s) }) }
        // (Several hosts only of a verb of hosting: "Suleiman, Siniora and Berri received them" is a welcome.)
        guard !subject.isEmpty, subject.count == 1 || s.word(at: first, is: .hostForm), relative != nil || last + 2 <= clause.upperBound,
              them || relative != nil || (s.word(last + 1) == "the"
                       && (last + 2...min(clause.upperBound, last + 5)).first(where: { k in
                           EventPatterns.roundNouns.contains(s.word(k))
                               || (["summit", "meeting", "signing"].contains(s.word(k)) && (offer || k + 1 > clause.upperBound || s.word(k + 1) != "of"))
                       })
                           .map { noun in (last + 2..<noun).allSatisfy { k in s.word(k) == "-" || modifiesNoun(k, in: s) } } == true),
              let pair = antecedents?.count == 2 ? antecedents : lastPair(in: s), distinctSides(pair, in: s) == 2,
              !pair.contains(where: { side in subject.contains { self.side($0, in: s) == self.side(side, in: s) } }) else { return [] }
        let status = meetingStatus(trigger: trigger, first: first, last: last, in: s, clause: clause)
        guard status != .cancelled else { return [] }
        // "Saudi Arabia and Switzerland are co-hosting them": each host.
        return subject.map { host in
            Found(kind: .mediation, status: status == .planned || offer ? .offered : .performed,
                  actors: [Participant(host, as: .mediator)],
                  place: place?.name, forward: status == .planned)
        }
    }

    /// "talks in Moscow hosted by Lavrov", "negotiations hosted by Canada": the one after "by" hosted
    /// talks, a mediation, between the sides the sentence names — those before "hosted" when more are
    /// named ("… with Cuba after negotiations hosted by Canada and encouraged by Pope Francis") — else
    /// the pair named before; the talks were held among the three. With no pair in sight the
    /// mediation is still reported, and the document's most-named countries complete its sides
    /// (`Extractor`), but no talks. Without a word for talks before it, or a signing ceremony, "hosted
    /// by" is no event of this sentence ("a forum hosted by Xi").
    /// - Parameter host: the token of "hosted"; `by`: the token of "by" after it.
    func hostedTalks(host: Int, by: Int, clause: ClosedRange<Int>, place: PlaceMention?, in s: Sentence) -> [Found] {
        // The talks stand just before, or before a comma ("peace talks with Ukraine, hosted by Turkey"), their
        // sides ("talks between the two countries' leaders chaired by Macron") or a part of them ("18 months
        // of negotiations between …, most of them hosted by Canada").
        let comma = host - 1 >= clause.lowerBound && s.word(at: host - 1, is: .comma)
        // ("Talks between the United States and North Korea were hosted by Sweden": the talks stand right
        // before "between", however long the names.)
        let sidesBetween = (max(clause.lowerBound, host - 20)..<host).last { s.word(at: $0, is: .between) }
        let part = host - 1 >= clause.lowerBound && ["them", "which"].contains(s.word(host - 1))
        // "signed a peace agreement … at a ceremony hosted by Cardoso", "shook hands at a ceremony in the
        // Cuban capital hosted by Raúl Castro": a signing between two sides too.
        let signing = (max(clause.lowerBound, host - 7)..<host).contains { s.word($0) == "ceremony" }
            && (clause.lowerBound..<host).contains { ["signed", "sign", "signing", "initialled", "initialed", "shook"].contains(s.word($0)) }
        // "at a summit in this Red Sea resort hosted by Mubarak", "The talks at the Palais des Nations are
        // co-chaired by …": the talks' venue may stand between them and their host.
        var verb = host
        while verb - 1 > clause.lowerBound, ["co", "is", "are", "was", "were", "been", "being"].contains(s.word(verb - 1)) { verb -= 1 }
        // "The round, which opened in the Mexican capital on Feb. 13, was hosted by Mexico": the talks stand
        // before the relative clause.
        let relative = verb < host && verb - 1 > clause.lowerBound && s.word(at: verb - 1, is: .comma)
            ? (max(clause.lowerBound + 1, verb - 20)..<verb - 1).last { s.word(at: $0, is: .relativePronoun) && s.word(at: $0 - 1, is: .comma) } : nil
        let talksFrom = part ? host - 12 : relative.map { $0 - 4 } ?? (comma ? host - 10 : sidesBetween.map { min($0 - 3, host - 8) } ?? host - 4)
        let venueBetween = (max(clause.lowerBound, verb - 9)..<max(clause.lowerBound, verb - 3)).contains { noun in
            s.word(at: noun, is: .talksNoun) && ["in", "at"].contains(s.word(noun + 1))
                && (noun + 2..<verb).allSatisfy { s.tokens[$0].isWord && !s.word(at: $0, is: .finiteVerb) && !s.word(at: $0, is: .relativePronoun) }
        }
        guard signing || venueBetween || s.anyWord(from: max(clause.lowerBound, talksFrom), to: host, is: .talksNoun),
              let agent = s.actors.first(where: { $0.token > by && $0.token <= clause.upperBound }),
              isDescription(by + 1..<agent.token, in: s) else { return [] }
        // "chaired by Macron and Michel": every host of the talks; but "At talks hosted by Russia, Turkey
        // and Syria agreed …": a phrase put in front ends at its comma.
        let fronted = ["at", "in", "during", "after", "following"].contains(s.word(clause.lowerBound))
        let frontEnd = fronted ? (agent.last + 1...max(agent.last + 1, clause.upperBound)).first { s.word(at: $0, is: .comma) } : nil
        var hosts = nearestGroup(s.actors.filter { $0.token >= agent.token && $0.token < (frontEnd ?? Int.max) }, in: s)
        // "hosted first by Ecuador and then by Cuba": a later host of the same talks.
        if let last = s.actors.last(where: { hosts.contains($0.actor) })?.last, last + 4 <= clause.upperBound, s.word(at: last + 1, is: .and),
           ["then", "later"].contains(s.word(last + 2)), s.word(last + 3) == "by",
           let next = s.actors.first(where: { $0.token == last + 4 }), !hosts.contains(next.actor) {
            hosts.append(next.actor)
        }
        let hostSides = Set(hosts.map { affiliation($0, in: s) ?? $0 })
        /// The distinct sides (by affiliation) among `mentions`, hosts left out.
        func sidesNamed(by mentions: [ResolvedMention]) -> [ActorID] {
            var sides: [ActorID] = []
            for actor in unique(mentions.filter { !isTopic($0, in: s) }.map(\.actor)) where !hosts.contains(actor) && !hostSides.contains(affiliation(actor, in: s) ?? actor)
                && !sides.contains(where: { (affiliation($0, in: s) ?? $0) == (affiliation(actor, in: s) ?? actor) }) {
                sides.append(actor)
            }
            return sides
        }
        let before = sidesNamed(by: s.actors.filter { $0.token < host })
        var sides = sidesNamed(by: s.actors)
        // ("agreed at talks hosted by Putin": what was agreed at them, not talks agreed on.)
        let held = !(max(clause.lowerBound, host - 6)..<host).contains { s.word(at: $0, is: .planned) && !["at", "during", "in"].contains(s.word($0 + 1)) }
        // "Turkey agreed to support the bids of Finland and Sweden … after talks hosted by Stoltenberg":
        // between one party and each of two named together.
        if sides.count == 3, let pairs = pairsWithOddOneOut(sides, in: s) {
            return hosts.flatMap { mediator in
                pairs.map { pair in
                    Found(kind: .mediation, status: held ? .performed : .offered,
                          actors: [Participant(mediator, as: .mediator)] + pair.map { Participant($0, as: .side) },
                          place: place?.name, forward: !held)
                }
            }
        }
        if sides.count != 2 { sides = before.count == 2 ? before : previousPair(s, trigger: host, from: s.tokens.startIndex) ?? before }
        guard sides.count <= 2 else { return [] }
        // "The summit, hosted by Sanchez, opens on Wednesday": a gathering of many, with no two sides in sight.
        if sides.count < 2, (max(clause.lowerBound, host - 4)..<host).contains(where: { ["summit", "conference", "forum"].contains(s.word($0)) }) {
            return []
        }
        let mediations = hosts.map { mediator in
            Found(kind: .mediation, status: held ? .performed : .offered,
                  actors: [Participant(mediator, as: .mediator)] + sides.map { Participant($0, as: .side) },
                  place: place?.name, forward: !held)
        }
        // "after 18 months of secret negotiations hosted by Canada": a process, not one round of talks.
        let process = (max(clause.lowerBound, host - 5)..<host).contains { s.word(at: $0, is: .duration) && s.word($0 + 1) == "of" }
        guard sides.count == 2, !process else { return mediations }
        return mediations + [Found(kind: .talks, status: held ? .held : .planned,
                                   actors: (sides + hosts).map { Participant($0, as: .participant) },
                                   place: place?.name, forward: !held)]
    }

    /// Of three sides, the one left over paired with each of the two named together ("Finland and
    /// Sweden": only "and", or words that only describe the second, between them); nil unless exactly
    /// one such pair.
    func pairsWithOddOneOut(_ sides: [ActorID], in s: Sentence) -> [[ActorID]]? {
        let mentions = s.actors.filter { sides.contains($0.actor) }
        var camps: Set<[ActorID]> = []
        for (a, b) in zip(mentions, mentions.dropFirst()) where a.actor != b.actor && b.token > a.last + 1 && s.word(at: a.last + 1, is: .and)
            && (b.token == a.last + 2 || isDescription(a.last + 2..<b.token, in: s)) {
            camps.insert([a.actor, b.actor].sorted())
        }
        guard camps.count == 1, let camp = camps.first, let odd = sides.first(where: { !camp.contains($0) }) else { return nil }
        return camp.map { [odd, $0] }
    }

    /// "from X to Y" after a carrier verb; also "X's letter to Y".
    func fromTo(after last: Int, in s: Sentence, limit: Int) -> (ActorID?, ActorID?) {
        var sender: ActorID?, addressee: ActorID?
        for k in stride(from: last + 1, through: min(limit, s.tokens.endIndex - 1), by: 1) {
            let word = s.word(k)
            if word == "from", sender == nil { sender = s.actors.first { $0.token == k + 1 }?.actor }
            // "to Moon", "to the president", "to South Korea's Moon Jae-in"
            if word == "to", addressee == nil, let next = s.actors.first(where: { $0.token > k }),
               next.token <= k + 2 || isDescription(k + 1..<next.token, in: s) {
                addressee = next.actor
            }
        }
        if sender == nil {
            // "Kim's letter to Trump" / "a letter from Kim"
            sender = s.actors.first { $0.token > last && $0.token <= limit && $0.actor != addressee }?.actor
        }
        return (sender, addressee)
    }

    /// The first actor of `mentions` (ordered outward from the trigger) and those joined to it by
    /// "and" or a comma: "Putin and Kim", "Trump, Moon and Kim".
    func nearestGroup<C: Collection>(_ mentions: C, in s: Sentence) -> [ActorID] where C.Element == ResolvedMention {
        guard let first = mentions.first else { return [] }
        var group = [first]
        var commaOnly = [false]  // whether each member joined by a comma alone
        for next in mentions.dropFirst() {
            let previous = group.last!
            let (a, b) = next.token > previous.token ? (previous.last, next.token) : (next.last, previous.token)
            // Between two joined actors: "and" or a comma, and otherwise only title words or qualifiers
            // ("Putin and North Korean leader Kim", "Fidan and U.S. Secretary of State Marco Rubio": the dots
            // of an abbreviation too).
            let gap = a + 1..<max(a + 1, b)
            // "Russian-Ukrainian talks": two names joined by a hyphen.
            let hyphened = b == a + 1 && s.tokens[b].start == s.tokens[a].end + 1
            // ("the European Union's Wolfgang Petritsch and Russia's Boris Mayorsky": a name the dictionary lacks
            // after a possessive.)
            guard hyphened || s.anyWord(from: gap.lowerBound, to: gap.upperBound, is: [.and, .comma]), gap.count(where: { s.tokens[$0].text != "." }) <= 8,
                  gap.allSatisfy({ s.word(at: $0, is: [.and, .comma, .listFiller, .title, .capitalised, .apostrophe]) || s.tokens[$0].is(".")
                      || (s.tokens[$0].is("s") && s.word(at: $0 - 1, is: .apostrophe)) })
            else { break }
            // "met Prime Minister Mikhail Mishustin, and Foreign Minister Qin Gang took part": a name
            // followed by a verb after ", and" is the subject of a clause of its own.
            if next.token > previous.token, next.last + 1 < s.tokens.endIndex, s.word(at: next.last + 1, is: .finiteVerb),
               s.anyWord(from: gap.lowerBound, to: gap.upperBound, is: .comma) { break }
            group.append(next)
            commaOnly.append(!hyphened && !s.anyWord(from: gap.lowerBound, to: gap.upperBound, is: .and))
        }
        // A list ends with "and" ("Trump, Moon and Kim"); "the US, the Kremlin has …" is no list. Read
        // backwards from a verb ("South Korea, China and Japan met"), its "and" comes first.
        let backwards = group.count > 1 && group[1].token < group[0].token
        if !backwards || commaOnly[1] {
            while commaOnly.last == true { group.removeLast(); commaOnly.removeLast() }
        }
        return group.map(\.actor)
    }

    /// The pair a sentence refers back to: "the two men" / "the two leaders" (the last two officials of
    /// different countries), "the two sides" / "their talks" / "they met" (the last two actors).
    /// - Parameters: `trigger` and `from` are token positions; the phrase is looked for from `from`
    ///   (the trigger's subject) on, so that "the two countries" of another clause is not taken.
    /// - Parameter excluding: an actor of the sentence who is none of the pair (the carrier of messages between them).
    func previousPair(_ s: Sentence, trigger: Int, from: Int, excluding: ActorID? = nil) -> [ActorID]? {
        let base = s.tokens.startIndex
        var people = false, anyone = false, group = false
        var office: Offices?
        let their = their(before: trigger, in: s)
        if their != nil { anyone = true }
        // "passed on to Trump what Kim had told him at their April 27 summit": "their" a few words after
        // "X told him" is X and whom "him" stands for, the sentence's first official.
        if let their, let him = (max(base, their - 4)..<their).last(where: { s.word(at: $0, is: .himOrHer) }),
           let teller = s.actors.last(where: { $0.last < him && $0.last >= him - 3 && kind($0.actor, in: s) == .official }),
           let told = s.actors.first(where: { $0.token < teller.token && kind($0.actor, in: s) == .official && $0.actor != teller.actor }) {
            return [told.actor, teller.actor]
        }
        if trigger > base, (max(base, trigger - 2)..<trigger).contains(where: { s.word($0) == "they" }) { anyone = true }
        // The phrase is the trigger's subject or its object, a few words on ("hosted the two ministers"),
        // not a later clause's ("…, who had met Trump, … urged the two leaders to …").
        for k in max(from, base)..<max(from, base, min(s.tokens.endIndex - 1, trigger + 8)) where s.word(at: k, is: .pairDeterminer) {
            if namesTheKoreas(at: k, in: s) { return EventLexicon.koreas }
            // "the four presidents met in Luanda": the last so many officials named. (Not "the three
            // countries", which often names a standing trilateral format rather than those named last.)
            if s.word(k) == "the", k + 2 < s.tokens.endIndex, let n = EventPatterns.groupSizes.firstIndex(of: s.word(k + 1)),
               s.word(at: k + 2, is: .pairPeople) {
                return s.previousOfficials.any.recent(n + 3)
            }
            // "the four sides agreed to meet again in Geneva": the last so many sides named.
            if s.word(k) == "the", k + 2 < s.tokens.endIndex, let n = EventPatterns.groupSizes.firstIndex(of: s.word(k + 1)),
               ["sides", "parties", "delegations"].contains(s.word(k + 2)) {
                return s.previousPair.recent(n + 3)
            }
            let word = s.word(k)
            // "the two men", "its two allies", "both leaders", "the leaders" (at the start of a sentence about them), "the pair",
            // "met each president separately"
            let thePair = word == "the" && k + 1 < s.tokens.endIndex && s.word(k + 1) == "pair"
            let each = word == "each" && k + 1 < s.tokens.endIndex && s.word(at: k + 1, is: .title)
            let pair = (word == "two" && k > base && ["the", "its"].contains(s.word(k - 1))) || word == "both" || (word == "the" && k == base) || thePair || each
            if each { people = true }
            guard pair else { continue }
            // "Putin hosted the pair in Sochi": those who last met, officials or not.
            if thePair { (anyone, group) = (true, true) }
            // "the two foreign ministers": title words before the noun.
            var noun = k + 1
            while noun < s.tokens.endIndex - 1, noun - k <= 2, s.word(at: noun, is: [.title, .capitalised]), !s.word(at: noun, is: .pairPeople) { noun += 1 }
            if noun < s.tokens.endIndex, s.word(at: noun, is: .pairPeople) {
                people = true
                office = Offices(noun: s.word(noun).string, after: s.word(noun - 1).string)
            }
            // "the two had agreed to meet again": "the two" alone, before its verb.
            // Like "the two sides", it is the pair that last met.
            if word == "two", k + 1 < s.tokens.endIndex, EventPatterns.verbsAfterThePair.contains(s.word(k + 1)) { (anyone, group) = (true, true) }
            if s.word(at: k + 1, is: .pairGroup) && word != "the" {
                anyone = true
                // "the two sides", "both delegations": those who met; "the two countries" may be any two.
                group = group || ["sides", "delegations"].contains(s.word(k + 1))
            }
        }
        guard people || anyone else { return nil }
        // The first two actors (officials, for "the two men") of different sides named before the trigger.
        // Not the one a relative clause around the phrase is about: "Alatas and Gama signed in the presence of
        // Annan, who had convened the talks between the two ministers".
        var named: [ActorID] = []
        for mention in s.actors where mention.last < trigger && mention.actor != excluding && (!people || kind(mention.actor, in: s) == .official)
            && !(people && mention.last + 2 < trigger && s.word(at: mention.last + 1, is: .comma) && s.word(at: mention.last + 2, is: .relativePronoun))
            && !named.contains(where: { (affiliation($0, in: s) ?? $0) == (affiliation(mention.actor, in: s) ?? mention.actor) }) {
            named.append(mention.actor)
        }
        // "Merkel pressed Mr Putin to free the sailors when they met": "they" after two sides of its
        // own sentence are those two; so are the two officials named before "between the two leaders"
        // ("He met Hun Sen … and Abhisit …, carrying messages between the two leaders").
        if named.count == 2, from > base, !people || s.word(from - 1) == "between" { return named }
        // "Trump met Putin in Osaka, their first talks since their summit in Helsinki": "their" after two
        // sides of its own sentence.
        if named.count == 2, their != nil { return named }
        // "when Moon visited Pyongyang for their third summit", after Kim and the pope: too many to tell
        // whose, with words between "their" and its noun.
        if let their, their < trigger - 1, !people, named.count > 2 { return nil }
        // "the two ministers", "the two sides": the pair that last met, when it fits the noun.
        if people, s.previousEncounter.count == 2,
           s.previousEncounter.allSatisfy({ $0.isOfficial && (office.map($0.offices.contains) ?? true) }) {
            return s.previousEncounter.map(\.actor)
        }
        if group, s.previousEncounter.count == 2 { return s.previousEncounter.map(\.actor) }
        if people, let pair = s.previousOfficials.both(office) ?? s.previousOfficials.any.both { return pair }
        if !people, let pair = s.previousPair.both { return pair }
        // At the start of an article: the two named before the trigger.
        if named.count == 2 { return named }
        return s.previousPair.both
    }

    /// "mediated between the former allies", "to reconcile the feuding neighbours", "a bridge between the
    /// two.": "between" (or the mediation verb) within three words after the trigger ending at `last`,
    /// then "the", at most two lower-case words (not "two": "the two sides" is `previousPair`'s) and a
    /// plural for two parties (`partyPlurals`), with no actor named — or "the two" with nothing after:
    /// the two who last met, else the last two sides named (`lastPair`).
    func betweenTheParties(after last: Int, in s: Sentence) -> [ActorID]? {
        let end = s.tokens.endIndex
        // "presented itself as a bridge between the two.": "the two" with nothing after.
        if last + 3 < end, s.word(at: last + 1, is: .between), s.word(last + 2) == "the", s.word(last + 3) == "two",
           last + 4 == end || !s.tokens[last + 4].isWord {
            return lastPair(in: s)
        }
        guard let the = (last + 1..<min(end, last + 4)).first(where: { s.word($0) == "the" }),
              (last + 1..<the).allSatisfy({ s.word(at: $0, is: .between) }) || the == last + 1,
              let noun = (the + 1..<min(end, the + 4)).first(where: { EventPatterns.partyPlurals.contains(s.word($0)) }),
              (the + 1..<noun).allSatisfy({ s.word(at: $0, is: .lowerInitial) && s.word($0) != "two" }),
              !s.actors.contains(where: { $0.token > last && $0.token <= noun }) else { return nil }
        return lastPair(in: s)
    }

    /// The pair a phrase naming neither refers to: the two who last met, else the last two sides named.
    func lastPair(in s: Sentence) -> [ActorID]? {
        s.previousEncounter.count == 2 ? s.previousEncounter.map(\.actor) : s.previousPair.both
    }

    /// "Merkel and Hollande, who have sought for months to broker …": the actors named right before ", who"
    /// (a list read back from it, in text order) when that "who" opens the clause of the trigger at
    /// `first`, at most eight words before it with no comma between; empty otherwise.
    func relativeAntecedents(before first: Int, left: ArraySlice<ResolvedMention>, in s: Sentence) -> [ActorID] {
        let base = s.tokens.startIndex
        guard first - base > 2, let who = (max(base + 2, first - 8)..<first).last(where: { s.word($0) == "who" }), s.word(at: who - 1, is: .comma),
              !s.anyWord(from: who + 1, to: first, is: .comma),
              left.contains(where: { $0.last == who - 2 }) else { return [] }
        return nearestGroup(left.filter { $0.last <= who - 2 }.reversed(), in: s).reversed()
    }

    /// How many words of time ("in July", "in 2008", "last year", "on Monday") end right before token `end` (at most three).
    private func timeWords(before end: Int, in s: Sentence) -> Int {
        var k = end - 1, count = 0
        // Not the end of a name: "asked Moon Jae-in to".
        while k >= s.tokens.startIndex, count < 3, !s.actors.contains(where: { $0.token <= k && $0.last >= k }),
              ["in", "on", "last", "this", "year", "month", "week"].contains(s.word(k))
                || (s.word(at: k, is: .capitalised) && s.tokens[k].namesWeekdayOrMonth)
                || s.tokens[k].text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            k -= 1
            count += 1
        }
        // Only a phrase that opens with its preposition: "in July", not "July".
        return count > 0 && ["in", "on", "last", "this"].contains(s.word(k + 1)) ? count : 0
    }

    /// "the three …" to "the six …": groups of that many named before (`groupSizes[i]` is `i + 3`).
    static let groupSizes: [Word] = ["three", "four", "five", "six"]

    /// Talks a host holds for others: "the talks", "the first round" (a summit, a meeting or a signing only
    /// on the terms of `hostedRound`).
    static let roundNouns: Set<String> = ["talks", "negotiations", "round", "rounds", "consultations", "dialogue", "session"]
    /// Posts held at standing talks: "envoy to the six-party talks".
    static let postsAtTalks: [Word] = ["envoy", "envoys", "negotiator", "negotiators", "representative", "representatives",
                                       "delegate", "delegates", "delegation", "ambassador", "head"]
    /// Adverbs between a participle and its agent: "hosted mostly by Canada", "brokered jointly by".
    static let agentAdverbs: [Word] = ["first", "mostly", "largely", "mainly", "chiefly", "partly", "jointly", "secretly", "quietly", "initially", "originally"]
    /// Plurals for the two parties to a dispute.
    static let partyPlurals: Set<String> = ["allies", "neighbours", "neighbors", "rivals", "foes", "enemies", "adversaries",
                                            "parties", "sides", "countries", "governments", "nations", "capitals"]

    /// "by regional leaders and Brazil": lower-case words of a list, ending with "and" before the
    /// first name, at most four words.
    func opensList(_ range: Range<Int>, in s: Sentence) -> Bool {
        guard let end = range.last, range.count <= 4, s.word(at: end, is: .and) else { return false }
        return range.dropLast().allSatisfy { s.word(at: $0, is: .lowerInitial) && !s.word(at: $0, is: [.and, .reporting]) }
    }

    /// Verbs and auxiliaries that can follow "the two" used alone as a subject ("the two met").
    static let verbsAfterThePair: Set<String> = ["had", "have", "met", "agreed", "will", "would", "were", "are", "also", "held",
                                                  "signed", "discussed", "shook", "spoke", "talked", "last", "first", "later", "then"]

    /// Whether "the two Koreas", "both Koreas" or "the Koreas" starts at token `k`.
    func namesTheKoreas(at k: Int, in s: Sentence) -> Bool {
        let end = s.tokens.endIndex
        if k + 1 < end, s.word(k + 1) == "koreas" { return ["the", "both"].contains(s.word(k)) }
        return k + 2 < end && s.word(k) == "the" && s.word(k + 1) == "two" && s.word(k + 2) == "koreas"
    }

    /// Whether "the two …", "both …" or "the pair" follows the trigger ending at `last` as its object
    /// ("hosted the two ministers", "received both leaders").
    func namesPairAsObject(after last: Int, in s: Sentence) -> Bool {
        guard last + 2 < s.tokens.endIndex else { return false }
        return s.word(last + 1) == "both" || (s.word(last + 1) == "the" && ["two", "pair"].contains(s.word(last + 2)))
            || (s.word(last + 1) == "each" && s.word(at: last + 2, is: .title))
    }

    /// "with Moscow as a mediator", "making Stockholm a natural go-between": the actor the mediator
    /// noun is said of, a few lower-case words ("as", "a", an adjective) before the trigger.
    func appositive(before first: Int, in left: ArraySlice<ResolvedMention>, of s: Sentence) -> ActorID? {
        guard let candidate = left.last, first - candidate.last > 1 else { return nil }
        // "thanked Sweden for its diplomatic role as the protecting power": the one whose role it is.
        if (5...9).contains(first - candidate.last), s.word(candidate.last + 1) == "for", ["its", "his", "her", "their"].contains(s.word(candidate.last + 2)),
           let role = (candidate.last + 3..<first - 1).first(where: { s.word($0) == "role" }), s.word(role + 1) == "as",
           (candidate.last + 3..<role).allSatisfy({ s.word(at: $0, is: .lowerInitial) }),
           (role + 2..<first).allSatisfy({ ["the", "a", "an"].contains(s.word($0)) }) {
            return candidate.actor
        }
        guard first - candidate.last - 1 <= 3 else { return nil }
        let gap = candidate.last + 1..<first
        guard gap.contains(where: { ["as", "a", "an"].contains(s.word($0)) }),
              gap.allSatisfy({ s.word(at: $0, is: .lowerInitial)
                  && !["and", "or", "to", "between", "with", "for", "of", "not"].contains(s.word($0)) })
        else { return nil }
        return candidate.actor
    }

    /// "rejected Trump's offer to mediate", "Erdogan's offer of mediation", "an offer by U.S. President
    /// Donald Trump in July 2019 to mediate": the owner of the offer mediates, not the clause's subject.
    func offerer(before first: Int, left: ArraySlice<ResolvedMention>, in s: Sentence) -> ActorID? {
        guard first - 1 > s.tokens.startIndex, ["to", "of"].contains(s.word(first - 1)) else { return nil }
        // ("Indonesia's continuing efforts to help the two countries": a word or two may describe the noun.)
        if let owner = left.last, (first - 7...first - 5).contains(owner.last), s.word(at: owner.last + 1, is: .apostrophe),
           s.word(owner.last + 2) == "s", EventPatterns.offerNouns.contains(s.word(first - 2)),
           (owner.last + 3..<first - 2).allSatisfy({ s.word(at: $0, is: .lowerInitial) }) {
            return owner.actor
        }
        // "offer by X … to": the first actor right after "by" or "from", with no clause between it and the trigger.
        guard let by = stride(from: first - 2, through: max(s.tokens.startIndex + 1, first - 14), by: -1).first(where: {
            ["by", "from"].contains(s.word($0)) && EventPatterns.offerNouns.contains(s.word($0 - 1))
        }), let owner = left.first(where: { $0.token > by }),
              !(owner.last + 1..<first - 1).contains(where: { s.word(at: $0, is: [.comma, .reachBlocker]) && !closesApposition($0, of: owner, in: s) })
        else { return nil }
        return owner.actor
    }

    /// "the co-chairs of", "the envoys of": where the words naming members of a body end (at "of"),
    /// when they start right after `k`.
    func membersOf(after k: Int, in s: Sentence) -> Int? {
        var j = k + 1
        if j < s.tokens.endIndex, s.word(j) == "the" { j += 1 }
        if j < s.tokens.endIndex, s.word(j) == "co" { j += 1 }  // "co-chairs", split at its hyphen
        guard j + 1 < s.tokens.endIndex, EventPatterns.memberNouns.containsLowercased(s.tokens[j]), s.word(j + 1) == "of" else { return nil }
        return j + 1
    }

    /// "met again at the United Nations in New York", "at NATO headquarters": an organisation named as
    /// the seat where a meeting was held, no party to it.
    func isSeat(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        guard kind(mention.actor, in: s) == .organization, mention.last + 1 < s.tokens.endIndex,
              ["in", "headquarters"].contains(s.word(mention.last + 1)) else { return false }
        var k = mention.token - 1
        if k > s.tokens.startIndex, s.word(k) == "the" { k -= 1 }
        return k >= s.tokens.startIndex && s.word(k) == "at"
    }

    /// Nouns of a party to a dispute left unnamed ("the government", "the rebels").
    static let unnamedParties: WordSet = ["government", "authorities", "rebels", "insurgents", "guerrillas", "opposition", "junta"]

    /// Nouns of those who act for a body ("the co-chairs of the Minsk Group").
    static let memberNouns: WordSet = ["chairs", "chairmen", "envoys", "representatives", "mediators", "members"]

    /// Request verbs with the particle before the one asked: "called on", "appealed to".
    static let requestParticles: [Word: Word] = ["called": "on", "calls": "on", "calling": "on", "call": "on",
                                                 "appealed": "to", "appeals": "to", "appealing": "to", "appeal": "to"]
    /// Verbs that ask someone to act besides `EventLexicon.requested`.
    static let requestVerbs: [Word] = ["asking", "let", "invited", "invites", "inviting", "appealed", "appeals", "appealing", "calling"]
    /// Words between "to" and a role asked of someone ("to act as a", "to serve as the chief").
    static let roleWords: WordSet = ["act", "serve", "be", "as", "a", "an", "the", "chief", "its", "his", "her"]

    /// Nouns of an offer or an effort whose owner is the one offering or making it ("Park's efforts to
    /// improve relations between the two Koreas": hers, a side's, no mediation).
    static let offerNouns: Set<String> = ["offer", "offers", "proposal", "efforts", "effort", "bid", "attempt", "attempts"]

    /// "Turkey and the UN acted as go-betweens", "Mr Correa and Mr Vázquez, who brokered the meeting":
    /// the mediator with the actors joined to it in a subject that ends right before the trigger (at
    /// most four words before it) mediated together; otherwise the mediator alone.
    /// - Parameter aside: an aside that closes right before the trigger ("…, which have backed Annan's
    ///   efforts, signed"), whose words do not count.
    func jointAgents(of mediator: ActorID, before first: Int, left: ArraySlice<ResolvedMention>, from start: Int,
                     passive: Bool, aside: ClosedRange<Int>? = nil, in s: Sentence) -> [ActorID] {
        let subject = left.filter { $0.token >= start && !(aside?.contains($0.token) ?? false) }
        let first = aside.map { min(first, $0.lowerBound) } ?? first
        // "Mr Correa and Mr Vázquez offered earlier this month to bring …", "Russia and Iran pressed ahead
        // with efforts to reconcile …": an offer, or words of effort, may stand between the subject and the trigger.
        guard !passive, let nearest = subject.last,
              first - nearest.last <= 4 || (first - nearest.last <= 9
                                            && (s.word(at: nearest.last + 1, is: .offered) || s.anyWord(from: nearest.last + 1, to: first, is: .performing))
                                            && (nearest.last + 2..<first).allSatisfy { s.word(at: $0, is: .lowerInitial) && !s.word(at: $0, is: [.reporting, .and, .subordinator]) })
        else { return [mediator] }
        // "… between Athens and Skopje, and Secretary of State Warren Christopher leaned on both": after
        // ", and" the nearest name opens a clause of its own, the only subject.
        var k = nearest.token - 1
        while k > s.tokens.startIndex, !s.word(at: k, is: .and), s.word(at: k, is: [.title, .capitalised]) || s.word(k) == "of" { k -= 1 }
        if k > s.tokens.startIndex, s.word(at: k, is: .and), s.word(at: k - 1, is: .comma) { return [mediator] }
        let group = unique(nearestGroup(subject.reversed(), in: s))
        return group.count >= 2 && group.contains(mediator) && distinctSides(group, in: s) == group.count ? group.reversed() : [mediator]
    }

    /// "asked Moscow to inform", "asked Mr Bennett to mediate": the actor right before "to" and the
    /// trigger, after a request verb (an honorific may stand between), and the actor asking — a
    /// pronoun's topic or the last actor named before the request in the clause. "Moon said Kim had
    /// asked him to pass on the message": "him" is the sentence's first official before the asker.
    func askedAgent(before first: Int, left: ArraySlice<ResolvedMention>, in s: Sentence,
                            clause: ClosedRange<Int>) -> (agent: ActorID, asker: ActorID)? {
        let base = s.tokens.startIndex
        // "asked Moon to act as a mediator", "to serve as 'chief negotiator'": the role's verb follows "to".
        var first = first, k = first - 1
        // (Quotation marks may stand around the role: any mark but a comma.)
        while k > base, first - k <= 5, EventPatterns.roleWords.containsLowercased(s.tokens[k]) || (!s.tokens[k].isWord && !s.word(at: k, is: .comma)) {
            k -= 1
        }
        if k < first - 1, k > base, s.word(k) == "to", (k + 1..<first).contains(where: { ["act", "serve", "be"].contains(s.word($0)) }) { first = k + 1 }
        // "asked him to", "asked him in July to": time words may stand before "to".
        let afterTo = first - 1 > base && s.word(first - 1) == "to"
        let time = afterTo ? timeWords(before: first - 1, in: s) : 0
        let him = first - 2 - time
        if afterTo, him - 1 >= base, s.word(at: him, is: .himOrHer), s.word(at: him - 1, is: .requested),
           let asker = left.last(where: { $0.last < him - 1 }),
           let agent = s.actors.first(where: { $0.token < asker.token && kind($0.actor, in: s) == .official })?.actor ?? s.previousSubject,
           agent != asker.actor {
            return (agent, asker.actor)
        }
        // "agreed to let Qatar mediate": letting someone mediate asks them to.
        // "asked the OSCE Minsk Group to": capitalised words may end the name of the one asked; "asked
        // Ecuador, which holds the rotating presidency, to": so may a relative clause set off by commas.
        var named = first - 2 - time
        while let go = left.last, named > go.last, named - go.last <= 3, s.word(at: named, is: .capitalised) { named -= 1 }
        // "asked the Swedish side to deliver the suggestion": the state named before a word for its people.
        if let go = left.last, named == go.last + 1, EventPatterns.peopleOfAState.containsLowercased(s.tokens[named]) { named -= 1 }
        if let go = left.last, named > go.last + 2, s.word(at: named, is: .comma), s.word(at: go.last + 1, is: .comma),
           s.word(at: go.last + 2, is: .relativePronoun), !s.anyWord(from: go.last + 2, to: named, is: .comma) {
            named = go.last
        }
        // "urged Beijing, the North's main supplier of food and fuel, to use its influence", "urged Moscow,
        // Pyongyang's oldest ally, to": a description set off by commas, whatever names it holds.
        var left = left
        if named > base, s.word(at: named, is: .comma),
           let open = stride(from: named - 2, through: max(base, named - 12), by: -1).first(where: { s.word(at: $0, is: .comma) }),
           open + 1 < named, ["the", "a", "an"].contains(s.word(open + 1))
            || left.contains(where: { $0.token == open + 1 && $0.last + 1 < named && s.word(at: $0.last + 1, is: .apostrophe) }),
           let go = left.last(where: { $0.last < open }), go.last == open - 1 {
            left = left.prefix { $0.last < open }
            named = go.last
        }
        // "Canberra had asked Sweden for help": the one asked stands right before "for".
        guard let go = left.last, go.token > base else { return nil }
        // "asked Sweden's foreign minister, Margot Wallstrom, to mediate": the name set off by commas.
        if named == go.last + 1, closesApposition(named, of: go, in: s) { named = go.last }
        // "asked King Juan Carlos to intercede", "asked Swedish Foreign Minister Margot Wallstrom to mediate",
        // "let the Qatari government mediate", "asked Sweden's foreign minister, Margot Wallstrom,": a
        // description may stand between (`isDescription`).
        var verb = go.token - 1
        while verb > base, isDescription(verb..<go.token, in: s) { verb -= 1 }
        // "called on Russia to act as a mediator", "appealed to Washington to intervene": the verb before its particle.
        if verb - 1 > base, EventPatterns.requestParticles[s.word(verb - 1)] == s.word(verb) { verb -= 1 }
        guard (afterTo && go.last + 1 < first && go.last == named)
                || (go.last == first - 1 && (s.word(verb) == "let" || s.word(first) == "for")) else { return nil }
        // "had invited Kenya to mediate": an invitation to act is a request too.
        guard s.word(at: verb, is: .requested) || EventPatterns.requestVerbs.contains(s.word(verb)),
              let asker = pronounTopic(before: verb, in: s, clause: clause)
                ?? left.last(where: { $0.last < verb && $0.token >= clause.lowerBound })?.actor,
              asker != go.actor else { return nil }
        return (go.actor, asker)
    }

    /// "thanked the Turkish government for helping to facilitate", "praised Qatar for mediating", "thanked
    /// Kazakhstan for its efforts to normalise relations", "credited Morsi with mediating the deal",
    /// "thanked the Chinese government for its assistance in facilitating King's transit": the actor
    /// thanked for the act, named just before "for" (or "with").
    func credited(before first: Int, left: ArraySlice<ResolvedMention>, in s: Sentence) -> ActorID? {
        guard let forWord = stride(from: first - 1, through: max(s.tokens.startIndex, first - 5), by: -1).first(where: {
                  s.word($0) == "for" || (s.word($0) == "with" && (max(s.tokens.startIndex, $0 - 3)..<max(s.tokens.startIndex, $0 - 1))
                      .contains { s.word($0).string.hasPrefix("credit") })
              }),
              (forWord + 1..<first).allSatisfy({ ["helping", "help", "to", "its", "his", "her", "their", "efforts", "effort", "assistance", "in"].contains(s.word($0)) }),
              let actor = left.last(where: { $0.last < forWord }), forWord - actor.last <= 2 else { return nil }
        return actor.actor
    }

    /// "the G20 summit", "the Stockholm meeting": a lone non-person right before a noun trigger names the
    /// event; "Russian-mediated talks": so does the agent of a participle right before it. Before a verb
    /// ("The United States met North Korea") the name is its subject.
    func namesTheEvent(_ mention: ResolvedMention, trigger: EventLexicon.Trigger, at first: Int, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        if mention.last == first - 2, EventLexicon.agentParticiples.contains(s.word(first - 1)) {
            return true
        }
        guard mention.last == first - 1, !trigger.past, !s.word(at: first, is: .finiteVerb),
              kind(mention.actor, in: s) != .official, mention.token > base else { return false }
        return ["the", "a", "an"].contains(s.word(mention.token - 1))
    }

    /// Whom "him" or "her" at token `him` stands for: the last official named before it (in the sentence,
    /// else the pair or the official named last before it), of none of `sides` ("met him again in
    /// Vladivostok", "when he visited him at the Vatican").
    func objectReferent(of him: Int, notOf sides: Set<ActorID>, in s: Sentence) -> ActorID? {
        let candidates = (s.previousOfficials.any.both ?? s.previousOfficials.any.last.map { [$0] } ?? []) + s.actors.filter { $0.last < him }.map(\.actor)
        return candidates.reversed().first { kind($0, in: s) == .official && !sides.contains(affiliation($0, in: s) ?? $0) }
    }

    /// Whether the comma at `k`, right after `mention`, closes an apposition that a comma opened right
    /// before it ("Turkey's president, Recep Tayyip Erdogan, to mediate").
    func closesApposition(_ k: Int, of mention: ResolvedMention, in s: Sentence) -> Bool {
        k == mention.last + 1 && k < s.tokens.endIndex && s.word(at: k, is: .comma)
            && mention.token - 1 > s.tokens.startIndex && s.word(at: mention.token - 1, is: .comma)
            && s.word(at: mention.token - 2, is: .title)
    }

    /// Whether tokens only describe the actor after them: possessives, articles, title words and
    /// capitalised qualifiers, a possessive ("his American counterpart", "the visiting foreign minister",
    /// "South Korea's"), and the dots of an abbreviation ("U.S. Secretary of State"), which do not count
    /// towards the six words.
    func isDescription(_ range: Range<Int>, in s: Sentence) -> Bool {
        range.count(where: { !s.tokens[$0].is(".") }) <= 6 && range.allSatisfy { k in
            s.word(at: k, is: [.describer, .title, .capitalised, .apostrophe]) || s.tokens[k].is(".")
                || (k > range.lowerBound && s.word(at: k - 1, is: .apostrophe) && s.word(k) == "s")  // "South Korea's"
                // "North Korea's leader, Kim Jong Un": the comma that sets the name off after a title.
                || (k == range.upperBound - 1 && k > s.tokens.startIndex && s.word(at: k, is: .comma) && s.word(at: k - 1, is: .title))
        }
    }

    /// "Kim's father met …": the mention names a relative, not the actor.
    func isKinOf(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let k = mention.last + 1
        guard k + 2 < s.tokens.endIndex, s.word(at: k, is: .apostrophe), s.word(k + 1) == "s" else { return false }
        return s.word(at: k + 2, is: .kin)
    }

    /// "talks with Kagame", "met with Kim Jong-un": an actor after "with", titles and descriptions between
    /// (but not "Aliyev and Sargsyan, with Medvedev, signed", one set off by commas).
    func followsWith(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        guard let with = stride(from: mention.token - 1, through: max(s.tokens.startIndex, mention.token - 6), by: -1)
            .first(where: { s.word($0) == "with" }), isDescription(with + 1..<mention.token, in: s) else { return false }
        let setOff = with > s.tokens.startIndex && s.word(at: with - 1, is: .comma)
            && mention.last + 1 < s.tokens.endIndex && s.word(at: mention.last + 1, is: .comma)
        return !setOff
    }

    /// "to North Korea", "in Beijing": an actor after a locative preposition is where, not who.
    /// But "delegations from Israel and the UAE": after people, "from" says whom they represent.
    func isDestination(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        // "He is due at the White House for talks": a seat of government after a locative word is a place too.
        if mention.form == .metonym, mention.token - 2 >= base, s.word(mention.token - 1) == "the",
           ["at", "to", "in", "into", "from"].contains(s.word(mention.token - 2)) {
            return true
        }
        guard mention.token > base, kind(mention.actor, in: s) == .country else { return false }
        // "leaves on Sunday for Beijing": after a verb of leaving, "for" names where to.
        if s.word(mention.token - 1) == "for",
           (max(base, mention.token - 5)..<(mention.token - 1)).contains(where: { EventPatterns.leaving.contains(s.word($0)) }) {
            return true
        }
        var k = mention.token - 1
        // "in southern Italy": past a direction.
        if k > base, EventLexicon.compassWords.contains(s.word(k)) { k -= 1 }
        if s.word(k) == "from", k > base, EventLexicon.stateNouns.contains(s.word(k - 1)) || s.word(at: k - 1, is: .pairPeople) { return false }
        // "will visit Seoul next week for talks with Kang": the country visited is where.
        if s.word(at: k, is: .triggerStart), ["visit", "visits", "visited"].contains(s.word(k)) { return true }
        return s.word(at: k, is: .locative)
    }

    /// Verbs of leaving, after which "for" names a destination.
    static let leaving: Set<String> = ["leaves", "left", "leave", "leaving", "departs", "departed", "depart", "heads", "headed", "bound"]

    /// "Pompeo, the CIA director whom he has nominated", "UN chief Antonio Guterres": an organisation before
    /// a title names the office of the person it describes, not a party — when that person is named after
    /// the title or before it. "The UN envoy met Abiy": an office holder no one names stands for the body.
    func isOfficeOf(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        guard mention.last + 1 < s.tokens.endIndex, kind(mention.actor, in: s) == .organization, s.word(at: mention.last + 1, is: .title)
        else { return false }
        var holder = mention.last + 1
        while holder < s.tokens.endIndex, s.word(at: holder, is: .title) { holder += 1 }
        let before = mention.token - 1
        return s.actors.contains { $0.token == holder && kind($0.actor, in: s) == .official }
            || (before >= s.tokens.startIndex && s.word(at: before, is: .comma))
    }

    /// "a North Korean leader", "any US president": a demonym after an indefinite article, before the
    /// title of a single office, describes a kind of person (but "a Russian delegation" is one).
    func isGeneric(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        guard mention.form == .demonym, mention.last + 1 < s.tokens.endIndex, s.word(at: mention.last + 1, is: .singleOffice)
        else { return false }
        let before = stride(from: mention.token - 1, through: max(base, mention.token - 3), by: -1).map { s.word($0) }
        guard let article = before.first(where: { !["sitting", "senior", "top", "former", "single"].contains($0) }) else { return false }
        return ["a", "an", "any", "every", "no"].contains(article)
    }

    /// "their differences over East Timor", "a dispute over the Golan": what the sides differ over, not one of them.
    func isTopic(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        let before = mention.token - 1 > base && s.word(mention.token - 1) == "the" ? mention.token - 2 : mention.token - 1
        return before >= base && s.word(before) == "over"
    }

    /// "but not Mr Putin", "not North Korea", "without Russia".
    func isNegated(_ mention: ResolvedMention, in s: Sentence) -> Bool {
        let base = s.tokens.startIndex
        // "… but not Mr Putin", "a summit held without Russia"
        if stride(from: max(base, mention.token - 2), to: mention.token, by: 1).contains(where: { s.word($0) == "not" }) { return true }
        // ("a separate meeting without the French and German leaders": the article and the names of a list between.)
        var k = mention.token - 1
        while k > base, mention.token - k <= 6, s.word(k) == "the" || s.word(at: k, is: [.and, .comma, .capitalised]) { k -= 1 }
        return k >= base && s.word(k) == "without"
    }

    /// The actors in order, each once (lists are short: no hashing).
    func unique(_ ids: [ActorID]) -> [ActorID] {
        var result: [ActorID] = []
        result.reserveCapacity(ids.count)
        for id in ids where !result.contains(id) { result.append(id) }
        return result
    }

    /// How many different sides a list of actors stands for, officials and national bodies (the CIA,
    /// a foreign ministry) counted with their country.
    func distinctSides(_ ids: [ActorID], in s: Sentence) -> Int {
        // The distinct sides so far, kept on the stack.
        withUnsafeTemporaryAllocation(of: ActorID.self, capacity: ids.count) { sides in
            var count = 0
            for id in ids {
                let side = side(id, in: s)
                if !sides[..<count].contains(side) {
                    sides.initializeElement(at: count, to: side)
                    count += 1
                }
            }
            if count > 0 { sides.baseAddress!.deinitialize(count: count) }
            return count
        }
    }

    /// An actor's kind, affiliation and side (`Extractor.Party`): from the sentence's mentions when it
    /// names the actor, else from the document's actors. Each read alone, without copying a party.
    func kind(_ id: ActorID, in s: Sentence) -> ActorKind? {
        if let k = s.actors.firstIndex(where: { $0.actor == id }) { return s.parties[k].kind }
        return known[id]?.kind
    }

    func affiliation(_ id: ActorID, in s: Sentence) -> ActorID? {
        if let k = s.actors.firstIndex(where: { $0.actor == id }) { return s.parties[k].affiliation }
        return known[id]?.affiliation
    }

    func side(_ id: ActorID, in s: Sentence) -> ActorID {
        if let k = s.actors.firstIndex(where: { $0.actor == id }) { return s.parties[k].side }
        return Extractor.Party(id, known: known).side
    }

    /// Words for the people who act for a state, after its demonym ("the Swedish side", "the Chinese government").
    static let peopleOfAState: WordSet = ["side", "government", "authorities", "officials", "diplomats", "leadership"]
}
