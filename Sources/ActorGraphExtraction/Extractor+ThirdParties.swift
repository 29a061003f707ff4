import ActorGraphCore

extension Extractor {
    /// "Michel met Aliyev and Pashinyan for talks", "Putin hosted the pair in Sochi", "the four
    /// presidents met in Luanda": a third party at an encounter of the two sides that the document's
    /// mediation is between mediates there too.
    ///
    /// The document's dispute is the pair of sides (by country) that its mediations name most often
    /// (first named on a tie). Each meeting or talks held or planned with both sides and one or two
    /// others gives each other a mediation between the two: performed when held, offered when
    /// planned, with the encounter's date, place and evidence. An encounter with more parties is a
    /// multilateral gathering, not brokerage. A third party already found mediating in the same
    /// sentence is not counted twice, nor a stop of a shuttle (`shuttleStop`) that the sentence
    /// already gives as performed that day.
    /// - Returns: `events` (one document's) with each such mediation after its encounter.
    /// - Parameter country: the side an actor stands for (a country for itself, an official for its affiliation).
    /// - Parameter sidesNamed: the indices of mediations whose sentence names their sides after "between"
    ///   or as the two at a meeting it finds.
    static func withMediationsAtEncounters(_ events: [Event], sidesNamed: Set<Int>, country: (ActorID) -> ActorID) -> [Event] {
        guard let dispute = disputedPair(events, country: country) else { return events }
        // Who mediates the dispute somewhere in the document, by country.
        var brokers = Set<ActorID>()
        for mediation in events where mediation.kind == .mediation {
            let sides = mediation.actors.filter { $0.role == .side }.map { country($0.actor) }
            guard sides.count == 2, sides.allSatisfy(dispute.contains), sides[0] != sides[1] else { continue }
            for participant in mediation.actors where participant.role == .mediator { brokers.insert(country(participant.actor)) }
        }
        // "… China's envoy shuttled between Kyiv and Moscow. Ramaphosa said the group would keep working with
        // both sides": a side read from the pair named last that mediates the dispute is none; the sides
        // are the dispute's. (Not sides named after "between": "Oman had mediated talks between Araghchi and
        // Witkoff", in an article on a truce that Washington brokered between Israel and Iran; nor the two
        // at an encounter that a third party arranged.)
        var events = events
        for k in events.indices where events[k].kind == .mediation && !sidesNamed.contains(k) {
            let sides = events[k].actors.filter { $0.role == .side }.map { country($0.actor) }
            guard sides.contains(where: { brokers.contains($0) && !dispute.contains($0) }),
                  let mediator = events[k].actors.first(where: { $0.role == .mediator }), !dispute.contains(country(mediator.actor)) else { continue }
            events[k].actors = [mediator] + dispute.map { Participant($0, as: .side) }
        }
        // The document's mediations by sentence.
        var mediationsBySentence: [Int: [Event]] = [:]
        for event in events where event.kind == .mediation { mediationsBySentence[event.evidence.sentence, default: []].append(event) }
        // The mediations to add, each after the encounter at its index: most documents have none, and
        // then `events` is returned as it is, not copied.
        var added: [(after: Int, event: Event)] = []
        for (index, event) in events.enumerated() {
            guard event.kind == .meeting || event.kind == .talks || event.kind == .visit else { continue }
            // Who is already found mediating in the encounter's sentence, by country: not counted twice.
            let found = mediationsBySentence[event.evidence.sentence] ?? []
            if let shuttle = shuttleStop(event, dispute: dispute, brokers: brokers, country: country) {
                let broker = country(shuttle.actors[0].actor)
                if !found.contains(where: { $0.status == .performed && $0.date == shuttle.date && $0.actors(in: .mediator).map(country) == [broker] }) {
                    added.append((index, shuttle))
                }
                continue
            }
            guard (event.kind == .meeting || event.kind == .talks) && (event.status == .held || event.status == .planned) else { continue }
            var sides: [ActorID: ActorID] = [:], thirds: [(country: ActorID, actor: ActorID)] = []
            for participant in event.actors {
                let side = country(participant.actor)
                if dispute.contains(side) {
                    if sides[side] == nil { sides[side] = participant.actor }
                } else if !thirds.contains(where: { $0.country == side }) {
                    thirds.append((side, participant.actor))
                }
            }
            guard sides.count == 2, (1...2).contains(thirds.count) else { continue }
            let mediating = found.compactMap { $0.actors.first { $0.role == .mediator }.map { country($0.actor) } }
            for (k, third) in thirds.enumerated() where !mediating.contains(third.country) {
                added.append((index, Event(id: "\(event.id).\(k + 1)", kind: .mediation, status: event.status == .held ? .performed : .offered,
                                           date: event.date, datePrecision: event.datePrecision, place: event.place,
                                           actors: [Participant(third.actor, as: .mediator)] + dispute.map { Participant(sides[$0]!, as: .side) },
                                           evidence: event.evidence)))
            }
        }
        guard !added.isEmpty else { return events }
        var result: [Event] = []
        result.reserveCapacity(events.count + added.count)
        var next = 0
        for (index, event) in events.enumerated() {
            result.append(event)
            while next < added.count, added[next].after == index {
                result.append(added[next].event)
                next += 1
            }
        }
        return result
    }

    /// "Maas met Dendias in Athens", "Khan visited Tehran": a held meeting, talks or visit of one side
    /// of the dispute with someone who mediates it elsewhere in the document (`brokers`) is a stop of
    /// that mediation — performed on the encounter's day.
    private static func shuttleStop(_ event: Event, dispute: [ActorID], brokers: Set<ActorID>, country: (ActorID) -> ActorID) -> Event? {
        guard event.kind == .meeting || event.kind == .talks || event.kind == .visit, event.status == .held else { return nil }
        // One side of the dispute (its first actor named) and one broker (its first actor named), no one else.
        var side: (actor: ActorID, country: ActorID)?, broker: (actor: ActorID, country: ActorID)?
        for participant in event.actors {
            let c = country(participant.actor)
            if dispute.contains(c) {
                guard side == nil || side!.country == c else { return nil }
                if side == nil { side = (participant.actor, c) }
            } else {
                guard broker == nil || broker!.country == c else { return nil }
                if broker == nil { broker = (participant.actor, c) }
            }
        }
        guard let side, let broker, brokers.contains(broker.country) else { return nil }
        let sides = dispute.map { side.country == $0 ? side.actor : $0 }
        return Event(id: "\(event.id).1", kind: .mediation, status: .performed, date: event.date, datePrecision: event.datePrecision,
                     place: event.place, actors: [Participant(broker.actor, as: .mediator)] + sides.map { Participant($0, as: .side) },
                     evidence: event.evidence)
    }

    /// The pair of sides the document's mediations name in the most sentences, then in the most
    /// mediations, in the order first named. (Sentences first: "co-chaired by Tea Seiha and Nattaphon",
    /// with three mediators misread, is one sentence.)
    private static func disputedPair(_ events: [Event], country: (ActorID) -> ActorID) -> [ActorID]? {
        var counts: [(pair: [ActorID], sentences: Int, mediations: Int, last: Int)] = []
        for event in events where event.kind == .mediation {
            let pair = event.actors.filter { $0.role == .side }.map { country($0.actor) }
            guard pair.count == 2, pair[0] != pair[1] else { continue }
            let sentence = event.evidence.sentence
            if let k = counts.firstIndex(where: { $0.pair == pair || ($0.pair[0] == pair[1] && $0.pair[1] == pair[0]) }) {
                if counts[k].last != sentence { counts[k].sentences += 1 }
                counts[k].mediations += 1
                counts[k].last = sentence
            } else {
                counts.append((pair, 1, 1, sentence))
            }
        }
        guard let most = counts.max(by: { ($0.sentences, $0.mediations) < ($1.sentences, $1.mediations) }) else { return nil }
        return counts.first { $0.sentences == most.sentences && $0.mediations == most.mediations }?.pair
    }
}
