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
    /// - Returns: `events` with each such mediation after its encounter.
    /// - Parameter country: the side an actor stands for (a country for itself, an official for its affiliation).
    static func withMediationsAtEncounters(_ events: [Event], country: (ActorID) -> ActorID) -> [Event] {
        guard let dispute = disputedPair(events, country: country) else { return events }
        // Who mediates the dispute somewhere in the document, by country.
        let brokers = Set(events.filter { $0.kind == .mediation && Set($0.actors(in: .side).map(country)) == Set(dispute) }
            .flatMap { $0.actors(in: .mediator).map(country) })
        var result: [Event] = []
        for event in events {
            result.append(event)
            // Who is already found mediating in the encounter's sentence, by country: not counted twice.
            let found = events.filter { $0.kind == .mediation && $0.evidence.document == event.evidence.document
                && $0.evidence.sentence == event.evidence.sentence }
            let mediating = found.compactMap { $0.actors.first { $0.role == .mediator }.map { country($0.actor) } }
            if let shuttle = shuttleStop(event, dispute: dispute, brokers: brokers, country: country) {
                let broker = country(shuttle.actors[0].actor)
                if !found.contains(where: { $0.status == .performed && $0.date == shuttle.date && $0.actors(in: .mediator).map(country) == [broker] }) {
                    result.append(shuttle)
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
            for (k, third) in thirds.enumerated() where !mediating.contains(third.country) {
                result.append(Event(id: "\(event.id).\(k + 1)", kind: .mediation, status: event.status == .held ? .performed : .offered,
                                   date: event.date, datePrecision: event.datePrecision, place: event.place,
                                   actors: [Participant(third.actor, as: .mediator)] + dispute.map { Participant(sides[$0]!, as: .side) },
                                   evidence: event.evidence))
            }
        }
        return result
    }

    /// "Maas met Dendias in Athens", "Khan visited Tehran": a held meeting, talks or visit of one side
    /// of the dispute with someone who mediates it elsewhere in the document (`brokers`) is a stop of
    /// that mediation — performed on the encounter's day.
    private static func shuttleStop(_ event: Event, dispute: [ActorID], brokers: Set<ActorID>, country: (ActorID) -> ActorID) -> Event? {
        guard event.kind == .meeting || event.kind == .talks || event.kind == .visit, event.status == .held else { return nil }
        let named = event.actors.filter { dispute.contains(country($0.actor)) }
        let others = event.actors.filter { !dispute.contains(country($0.actor)) }
        guard Set(named.map { country($0.actor) }).count == 1, let broker = others.first,
              others.allSatisfy({ country($0.actor) == country(broker.actor) }), brokers.contains(country(broker.actor)) else { return nil }
        let side = named[0].actor
        let sides = dispute.map { country(side) == $0 ? side : $0 }
        return Event(id: "\(event.id).1", kind: .mediation, status: .performed, date: event.date, datePrecision: event.datePrecision,
                     place: event.place, actors: [Participant(broker.actor, as: .mediator)] + sides.map { Participant($0, as: .side) },
                     evidence: event.evidence)
    }

    /// The pair of sides the document's mediations name most often, in the order first named.
    private static func disputedPair(_ events: [Event], country: (ActorID) -> ActorID) -> [ActorID]? {
        var counts: [(pair: [ActorID], count: Int)] = []
        for event in events where event.kind == .mediation {
            let pair = event.actors.filter { $0.role == .side }.map { country($0.actor) }
            guard pair.count == 2, pair[0] != pair[1] else { continue }
            if let k = counts.firstIndex(where: { Set($0.pair) == Set(pair) }) { counts[k].count += 1 } else { counts.append((pair, 1)) }
        }
        guard let most = counts.map(\.count).max() else { return nil }
        return counts.first { $0.count == most }?.pair
    }
}
