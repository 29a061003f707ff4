import ActorGraphCore
import Foundation
@testable import ActorGraphFormats

/// The folder of files written for these tests (see Data/generate.py for the NetworkX ones).
let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")

func dataPath(_ name: String) -> String { dataDirectory.appendingPathComponent(name).path }

func bytes(_ text: String) -> Data { Data(text.utf8) }

/// The error message a read throws, or nil when it succeeds.
func failure(_ body: () throws -> Any) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return "\(error)"
    }
}

/// A graph with every attribute the formats carry: all actor kinds, an affiliation, a discovered actor,
/// two relation kinds on one pair, evidence, dates, fractional and zero weights, and hostile names.
func sampleGraph(directed: Bool = false) -> ActorGraph {
    var graph = ActorGraph(directed: directed)
    let russia = Actor(name: "Russia", kind: .country)
    let northKorea = Actor(name: "North Korea", kind: .country)
    let lavrov = Actor(name: "Sergey Lavrov", kind: .official, affiliation: russia.id)
    let un = Actor(name: "United Nations", kind: .organization)
    let summit = Actor(name: "Vladivostok summit", kind: .meeting)
    let hostile = Actor(name: #"<script>alert("x")</script> & 'Co'"#, kind: .organization, discovered: true)
    let unicode = Actor(name: "Kent Härstedt\tof Sweden", kind: .official)
    for actor in [russia, northKorea, lavrov, un, summit, hostile, unicode] { graph.add(actor) }
    graph.add(Relation(source: lavrov.id, target: northKorea.id, kind: .meeting, weight: 2,
                       events: ["tass-1#3.0", "yonhap \"2\"#1.0"], first: Day("2017-12-08"), last: Day("2018-05-31")))
    graph.add(Relation(source: russia.id, target: northKorea.id, kind: .mediation, weight: 1,
                       events: ["tass-1#4.0"], first: Day("2017-12-08"), last: Day("2017-12-08")))
    graph.add(Relation(source: russia.id, target: northKorea.id, kind: .cooccurrence, weight: 0.5))
    graph.add(Relation(source: lavrov.id, target: russia.id, kind: .affiliation, weight: 0))
    graph.add(Relation(source: summit.id, target: russia.id, kind: .participation, weight: 1))
    graph.add(Relation(source: hostile.id, target: un.id, kind: .communication, weight: 1e-05,
                       events: ["<b>&amp;</b>"]))
    graph.add(Relation(source: unicode.id, target: un.id, kind: .cooccurrence, weight: 12345.678))
    return graph
}

/// Actors and relations side by side, for comparing graphs (ActorGraph itself is not Equatable).
struct GraphSnapshot: Equatable, CustomStringConvertible {
    var directed: Bool
    var actors: [Actor]
    var relations: [Relation]

    init(_ graph: ActorGraph) {
        directed = graph.isDirected
        actors = graph.sortedActors
        relations = graph.sortedRelations
    }

    var description: String {
        "directed: \(directed)\n" + actors.map { "\($0)" }.joined(separator: "\n") + "\n"
            + relations.map { "\($0)" }.joined(separator: "\n")
    }
}
