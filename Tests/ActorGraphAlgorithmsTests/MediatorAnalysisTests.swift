import ActorGraphAlgorithms
import ActorGraphCore
import Testing

/// The fusion of explicit mediation and structure, on events written for the test.
@Suite struct MediatorAnalysisTests {
    static let actors = [
        Actor(name: "United States", kind: .country), Actor(name: "North Korea", kind: .country),
        Actor(name: "Russia", kind: .country), Actor(name: "Sweden", kind: .country), Actor(name: "China", kind: .country),
        Actor(name: "Sergey Lavrov", kind: .official, affiliation: "russia"),
        Actor(name: "Kim Jong-un", kind: .official, affiliation: "north-korea"),
        Actor(name: "Mike Pompeo", kind: .official, affiliation: "united-states"),
    ]
    static let byID = Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) })
    static func side(_ id: ActorID) -> ActorID { byID[id]?.affiliation ?? id }

    func event(_ id: String, _ kind: EventKind, _ status: EventStatus?, _ date: String, _ actors: [Participant]) -> Event {
        Event(id: id, kind: kind, status: status, date: Day(date), actors: actors,
              evidence: Evidence(document: "d", sentence: 0, start: 0, end: 1, quote: "quote \(id)"))
    }

    var events: [Event] {
        [
            // Russia offers twice (once through its foreign minister), Sweden performs once.
            event("e1", .mediation, .offered, "2017-09-29", [Participant("russia", as: .mediator), Participant("north-korea", as: .side), Participant("united-states", as: .side)]),
            event("e2", .mediation, .offered, "2017-12-07", [Participant("sergey-lavrov", as: .mediator), Participant("kim-jong-un", as: .side), Participant("mike-pompeo", as: .side)]),
            event("e3", .mediation, .performed, "2019-10-05", [Participant("sweden", as: .mediator), Participant("north-korea", as: .side), Participant("united-states", as: .side)]),
            // A visit triangle: China meets Kim on 2018-03-26 and the US on 2018-04-10 (15 days), no US–NK meeting between.
            event("e4", .meeting, .held, "2018-03-26", [Participant("china", as: .participant), Participant("kim-jong-un", as: .participant)]),
            event("e5", .meeting, .held, "2018-04-10", [Participant("china", as: .participant), Participant("united-states", as: .participant)]),
            // A planned meeting is no evidence.
            event("e6", .meeting, .planned, "2018-04-12", [Participant("sweden", as: .participant), Participant("north-korea", as: .participant)]),
        ]
    }

    @Test func countryLevelRanksRussiaFirstWithEveryComponentShown() throws {
        let graph = ActorGraph(events: events, actors: Self.actors, projection: .country)
        let analysis = try MediatorAnalysis(a: "united-states", b: "north-korea", events: events, graph: graph,
                                            project: Self.side, side: Self.side)
        // Country graph: Russia–NK and Russia–US weigh 2 (two dated mediation events each), Sweden–NK,
        // Sweden–US, China–NK, China–US weigh 1; no US–NK tie. Inverse distances: via Russia ½ + ½ = 1,
        // via Sweden or China 1 + 1 = 2, so the only shortest US–NK path runs through Russia: D = 1.
        // Russia: E = 1 − ½² = 0.75, T = 0, D = 1, bridges (G = 1): 0.5·0.75 + 0.2·1 + 0.1 = 0.675.
        // Sweden: E = ½, D = 0, bridges: 0.25 + 0.1 = 0.35. China: one triangle, T = ½, bridges: 0.1 + 0.1 = 0.2.
        #expect(analysis.ranking.map(\.actor) == ["russia", "sweden", "china"])
        let russia = analysis.ranking[0]
        #expect(russia.explicit == 2)
        #expect(abs(russia.pairDependency - 1) < 1e-12)
        #expect(abs(russia.score - 0.675) < 1e-12)
        #expect(russia.bridges)
        #expect(russia.role == .liaison)
        #expect(abs(analysis.ranking[1].score - 0.35) < 1e-12)
        let china = analysis.ranking[2]
        #expect(abs(china.score - 0.2) < 1e-12)
        #expect(china.triangles == 1)
        #expect(china.explicit == 0)
        #expect(analysis.explicit.filter { $0.kind == .visitTriangle }.map(\.mediator) == ["china"])
        #expect(analysis.explicit.filter { $0.kind == .performed }.map(\.mediator) == ["sweden"])
        #expect(analysis.connected)
        #expect(analysis.directWeight == 0)
    }

    @Test func actorLevelKeepsOfficialsApartButSidesStillMatchTheirCountries() throws {
        let graph = ActorGraph(events: events, actors: Self.actors)
        let analysis = try MediatorAnalysis(a: "united-states", b: "north-korea", events: events, graph: graph,
                                            project: { $0 }, side: Self.side)
        // Lavrov's offer names Kim and Pompeo as sides: they stand for North Korea and the United States.
        #expect(analysis.explicit.contains { $0.mediator == "sergey-lavrov" && $0.kind == .offered })
        #expect(analysis.ranking.map(\.actor).prefix(1) == ["russia"])
    }

    @Test func aDirectMeetingBreaksTheTriangle() throws {
        var withDirect = events
        withDirect.append(event("e7", .meeting, .held, "2018-04-01", [Participant("united-states", as: .participant), Participant("north-korea", as: .participant)]))
        let graph = ActorGraph(events: withDirect, actors: Self.actors, projection: .country)
        let analysis = try MediatorAnalysis(a: "united-states", b: "north-korea", events: withDirect, graph: graph,
                                            project: Self.side, side: Self.side)
        #expect(analysis.explicit.allSatisfy { $0.kind != .visitTriangle })
        #expect(analysis.directMeetings.map(\.id) == ["e7"])
    }

    @Test func unconnectedPairHasNoCandidates() throws {
        let lone = [event("x", .meeting, .held, "2018-01-01", [Participant("russia", as: .participant), Participant("china", as: .participant)]),
                    event("y", .meeting, .held, "2018-01-01", [Participant("sweden", as: .participant), Participant("north-korea", as: .participant)])]
        let graph = ActorGraph(events: lone, actors: Self.actors, projection: .country)
        let analysis = try MediatorAnalysis(a: "russia", b: "north-korea", events: lone, graph: graph, project: Self.side, side: Self.side)
        #expect(!analysis.connected)
        #expect(analysis.ranking.isEmpty)
    }
}
