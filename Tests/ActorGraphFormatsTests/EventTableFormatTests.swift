import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite struct EventTableFormatTests {
    let table = """
        date,source,target,kind,note
        2017-12-08,Russia,North Korea,mediation,offer to mediate
        2017-12-08,Russia,North Korea,mediation,same event from a second agency
        2018-05-31,Sergey Lavrov,Kim Jong-un,meeting,
        2019-04-25,Vladimir Putin,Kim Jong-un,TALKS,
        2019-04-25,Kim Jong-un,Vladimir Putin,visit,
        ,United States,North Korea,cooccurrence,undated
        """

    @Test func readsEventsWithRolesAndEvidence() throws {
        let events = try EventTableFormat.read(bytes(table), name: "data/events.csv")
        #expect(events.events.count == 6)
        #expect(events.weights.isEmpty)
        #expect(events.actors.map(\.id) == ["kim-jong-un", "north-korea", "russia", "sergey-lavrov", "united-states", "vladimir-putin"])
        let mediation = events.events[0]
        #expect(mediation.id == "events.csv:2")
        #expect(mediation.kind == .mediation && mediation.status == .performed)
        #expect(mediation.actors == [Participant("russia", as: .mediator), Participant("north-korea", as: .side)])
        #expect(mediation.evidence.document == "data/events.csv" && mediation.evidence.sentence == 2)
        #expect(events.events[4].actors == [Participant("kim-jong-un", as: .visitor), Participant("vladimir-putin", as: .host)])
        #expect(events.events[5].date == nil)
    }

    @Test func aggregatesLikeExtractedEvents() throws {
        let graph = try EventTableFormat.read(bytes(table), name: "events.csv").graph()
        let summary = graph.sortedRelations.map { "\($0.source)-\($0.target):\($0.kind.rawValue):\(NumberText.format($0.weight)):\($0.events.count)" }
        // The two mediation rows share date, pair and kind: one event, two pieces of evidence.
        // The talks and the visit on 2019-04-25 are distinct events (different kinds) of one meeting relation.
        #expect(summary == [
            "kim-jong-un-sergey-lavrov:meeting:1:1",
            "kim-jong-un-vladimir-putin:meeting:2:2",
            "north-korea-russia:mediation:1:2",
            "north-korea-united-states:cooccurrence:1:1",
        ])
        let window = try EventTableFormat.read(bytes(table), name: "events.csv")
            .graph(window: TimeWindow(from: Day("2018-01-01"), to: Day("2018-12-31")))
        #expect(window.relations.count == 1)
        #expect(window.sortedRelations[0].first == Day("2018-05-31"))
    }

    @Test func explicitWeightsAndIDs() throws {
        let csv = "id,date,source,target,kind,weight\nm1,2017-12-08,Russia,North Korea,mediation,2.5\nm2,2017-12-08,Russia,North Korea,mediation,\n"
        let events = try EventTableFormat.read(bytes(csv), name: "w.csv")
        #expect(events.weights == ["m1": 2.5, "m2": 1])
        let relation = events.graph().sortedRelations[0]
        #expect(relation.weight == 3.5)
        #expect(relation.events == ["m1", "m2"])
        #expect(events.graph(kinds: [.meeting]).relations.isEmpty)
    }

    @Test func errors() {
        func read(_ text: String) -> String? { failure { try EventTableFormat.read(bytes(text), name: "ev.csv") } }
        #expect(read("date,source,target\n") == "ev.csv:1: missing header column kind (an event table needs date,source,target,kind[,weight])")
        #expect(read("date,from,to\n") == "ev.csv:1: missing header columns source, target, kind (an event table needs date,source,target,kind[,weight])")
        #expect(read("date,source,target,kind\n2018-02-30,a,b,meeting\n") == #"ev.csv:2:1: date "2018-02-30" is not a date (YYYY-MM-DD)"#)
        #expect(read("date,source,target,kind\n2018-02-03,a,b,summit\n")
            == #"ev.csv:2:16: unknown event kind "summit" (expected one of meeting, visit, talks, mediation, communication, cooccurrence)"#)
        #expect(read("date,source,target,kind,weight\n2018-02-03,a,b,meeting,-1\n")
            == "ev.csv:2:24: weight -1 is negative (weights are tie strengths, 0 or more)")
        #expect(read("date,source,target,kind\n2018-02-03,a,b\n") == "ev.csv:2: expected 4 fields, found 3")
        #expect(read("id,date,source,target,kind\nx,,a,b,meeting\nx,,a,b,meeting\n") == #"ev.csv:3:1: duplicate event id "x" (first used on line 2)"#)
    }
}
