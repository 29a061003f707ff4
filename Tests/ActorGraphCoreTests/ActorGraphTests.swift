import ActorGraphCore
import Testing

@Suite struct ActorGraphTests {
    let russia = Actor(name: "Russia", kind: .country)
    let northKorea = Actor(name: "North Korea", kind: .country)
    let us = Actor(name: "United States", kind: .country)
    let lavrov = Actor(name: "Sergey Lavrov", kind: .official, affiliation: "russia")
    let kim = Actor(name: "Kim Jong-un", kind: .official, affiliation: "north-korea")

    func event(_ id: String, _ kind: EventKind, _ date: String?, status: EventStatus? = nil,
               _ actors: [Participant]) -> Event {
        Event(id: id, kind: kind, status: status, date: date.flatMap(Day.init), actors: actors,
              evidence: Evidence(document: String(id.prefix(2)), sentence: 0, start: 0, end: 1, quote: "q"))
    }

    @Test func slugsAreStable() {
        #expect(ActorID(slugging: "North Korea") == "north-korea")
        #expect(ActorID(slugging: "  Kim Jong-un ") == "kim-jong-un")
        #expect(ActorID(slugging: "Côte d'Ivoire") == "côte-d-ivoire")
        #expect(ActorID(slugging: "金正恩") == "金正恩")
    }

    @Test func weightCountsDistinctEventsAcrossDocuments() {
        // The same meeting reported by two documents counts once; a second date counts again.
        let events = [
            event("d1-1", .meeting, "2018-05-31", [Participant("sergey-lavrov", as: .participant), Participant("kim-jong-un", as: .participant)]),
            event("d2-1", .meeting, "2018-05-31", [Participant("kim-jong-un", as: .participant), Participant("sergey-lavrov", as: .participant)]),
            event("d3-1", .meeting, "2019-04-25", [Participant("kim-jong-un", as: .participant), Participant("sergey-lavrov", as: .participant)]),
        ]
        let graph = ActorGraph(events: events, actors: [lavrov, kim])
        let relation = graph.relations[Relation.Key(source: "kim-jong-un", target: "sergey-lavrov", kind: .meeting)]
        #expect(relation?.weight == 2)
        #expect(relation?.events == ["d1-1", "d2-1", "d3-1"])
        #expect(relation?.first == Day("2018-05-31"))
        #expect(relation?.last == Day("2019-04-25"))
    }

    @Test func plannedMeetingsAreNotTies() {
        let events = [event("d1-1", .meeting, "2019-04-20", status: .planned,
                            [Participant("kim-jong-un", as: .participant), Participant("sergey-lavrov", as: .participant)])]
        #expect(ActorGraph(events: events, actors: [lavrov, kim]).relations.isEmpty)
    }

    @Test func mediationTiesMediatorToEachSide() {
        let events = [event("d1-1", .mediation, "2017-12-07", status: .offered, [
            Participant("russia", as: .mediator), Participant("north-korea", as: .side), Participant("united-states", as: .side),
        ])]
        let graph = ActorGraph(events: events, actors: [russia, northKorea, us])
        #expect(graph.sortedRelations.map { "\($0.source)-\($0.target)" } == ["north-korea-russia", "russia-united-states"])
        #expect(graph.sortedRelations.allSatisfy { $0.kind == .mediation })
    }

    @Test func countryProjectionFoldsOfficials() {
        let events = [event("d1-1", .meeting, "2018-05-31", [Participant("sergey-lavrov", as: .participant), Participant("kim-jong-un", as: .participant)])]
        let graph = ActorGraph(events: events, actors: [lavrov, kim, russia, northKorea], projection: .country)
        #expect(graph.sortedActors.map(\.id) == ["north-korea", "russia"])
        #expect(graph.sortedRelations.count == 1)
    }

    @Test func windowFiltersByEventDate() {
        let events = [
            event("d1-1", .cooccurrence, "2017-09-29", [Participant("russia", as: .participant), Participant("north-korea", as: .participant)]),
            event("d2-1", .cooccurrence, "2018-06-12", [Participant("united-states", as: .participant), Participant("north-korea", as: .participant)]),
        ]
        let window = TimeWindow(from: Day("2018-01-01"), to: Day("2018-12-31"))
        let graph = ActorGraph(events: events, actors: [russia, northKorea, us], window: window)
        #expect(graph.sortedRelations.map(\.source) == ["north-korea"])
        #expect(graph.sortedRelations.map(\.target) == ["united-states"])
    }
}
