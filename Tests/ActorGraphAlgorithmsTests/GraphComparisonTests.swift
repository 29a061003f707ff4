import ActorGraphAlgorithms
import ActorGraphCore
import Testing

@Suite struct GraphComparisonTests {
    static func graph(_ relations: [(String, String, RelationKind, Double)]) -> ActorGraph {
        var graph = ActorGraph()
        for (a, b, kind, weight) in relations {
            graph.add(Actor(id: ActorID(rawValue: a), name: a, kind: .country))
            graph.add(Actor(id: ActorID(rawValue: b), name: b, kind: .country))
            graph.add(Relation(source: ActorID(rawValue: a), target: ActorID(rawValue: b), kind: kind, weight: weight))
        }
        return graph
    }

    // before: a–b meeting 2, b–c co-occurrence 1.
    // after:  a–b meeting 3, a–b co-occurrence 1, a–c meeting 1, c–d co-occurrence 1.
    let before = graph([("a", "b", .meeting, 2), ("b", "c", .cooccurrence, 1)])
    let after = graph([("a", "b", .meeting, 3), ("a", "b", .cooccurrence, 1), ("a", "c", .meeting, 1), ("c", "d", .cooccurrence, 1)])

    func compare() -> GraphComparison {
        GraphComparison([(window: TimeWindow(label: "before"), graph: before), (window: TimeWindow(label: "after"), graph: after)]) {
            $0.degreeCentrality()
        }
    }

    @Test func windowSummaries() {
        let comparison = compare()
        let a = comparison.snapshots[0], b = comparison.snapshots[1]
        #expect(a.nodes == 3 && a.edges == 2 && a.tiedPairs == 2 && a.components == 1)
        #expect(abs(a.density - 2.0 / 3.0) < 1e-15)  // 2 of 3 possible pairs
        #expect(b.nodes == 4 && b.edges == 4 && b.tiedPairs == 3 && b.components == 1)
        #expect(abs(b.density - 0.5) < 1e-15)  // 3 of 6
    }

    @Test func addedRemovedReweightedAndJaccard() {
        let step = compare().steps[0]
        #expect(step.actorsAdded == ["d"])
        #expect(step.actorsRemoved.isEmpty)
        #expect(Set(step.relationsAdded.map(\.key)) == [
            Relation.Key(source: "a", target: "b", kind: .cooccurrence),
            Relation.Key(source: "a", target: "c", kind: .meeting),
            Relation.Key(source: "c", target: "d", kind: .cooccurrence),
        ])
        #expect(step.relationsRemoved.map(\.key) == [Relation.Key(source: "b", target: "c", kind: .cooccurrence)])
        #expect(step.relationsReweighted == [GraphComparison.Reweighted(key: Relation.Key(source: "a", target: "b", kind: .meeting), before: 2, after: 3)])
        #expect(step.relationsUnchanged == 0)
        // Keys before {ab-meeting, bc-cooc}, after {ab-meeting, ab-cooc, ac-meeting, cd-cooc}: 1 shared of 5.
        #expect(abs(step.jaccard - 0.2) < 1e-15)
    }

    @Test func ranksAndTheirCorrelation() {
        let comparison = compare()
        // Degree before (n = 3): a 1/2, b 1, c 1/2 → ranks b 1, a 2, c 2 (ties share a rank).
        // Degree after (n = 4): a 2/3, b 1/3, c 2/3, d 1/3 → ranks a 1, c 1, b 3, d 3.
        #expect(comparison.snapshots[0].ranks == ["b": 1, "a": 2, "c": 2])
        #expect(comparison.snapshots[1].ranks == ["a": 1, "c": 1, "b": 3, "d": 3])
        let step = comparison.steps[0]
        // Biggest movers first: b fell 2 places, a and c rose 1 (ordered by rank after, then ID);
        // d entered (no rank before) and comes last.
        #expect(step.rankChanges.map(\.actor) == ["b", "a", "c", "d"])
        #expect(step.rankChanges.map(\.movement) == [-2, 1, 1, nil])
        #expect(step.movers.count == 3)
        // τ-b over a, b, c, d with d absent before (score 0): x = (1/2, 1, 1/2, 0), y = (2/3, 1/3, 2/3, 1/3).
        // Pairs: a–b discordant, a–c tied in both, a–d concordant, b–c discordant, b–d tied in y, c–d
        // concordant. n_c = n_d = 2, n₁ = 1, n₂ = 2: τ_b = 0 / √((6 − 1)(6 − 2)) = 0.
        let tau = step.rankCorrelation
        #expect(tau.discordantPairs == 2 && tau.concordantPairs == 2)
        #expect(tau.xTiedPairs == 1 && tau.yTiedPairs == 2 && tau.jointlyTiedPairs == 1)
        #expect(tau.value == 0)
    }

    @Test func emptyWindowIsReportedNotAnError() throws {
        // Eigenvector centrality throws on an empty graph: the comparison must not even ask for it.
        let comparison = try GraphComparison([
            (window: TimeWindow(label: "2017"), graph: before),
            (window: TimeWindow(label: "2020"), graph: ActorGraph()),
        ]) { try $0.eigenvectorCentrality() }
        let empty = comparison.snapshots[1]
        #expect(empty.isEmpty && empty.nodes == 0 && empty.edges == 0 && empty.density == 0 && empty.components == 0)
        let step = comparison.steps[0]
        #expect(step.actorsRemoved == ["a", "b", "c"])
        #expect(step.relationsRemoved.count == 2 && step.relationsAdded.isEmpty)
        #expect(step.jaccard == 0)
        #expect(step.rankCorrelation.value.isNaN)  // every score after is 0: no ranking to correlate
        let none = GraphComparison([(window: TimeWindow(label: "x"), graph: ActorGraph()), (window: TimeWindow(label: "y"), graph: ActorGraph())]) { $0.degreeCentrality() }
        #expect(none.steps[0].jaccard.isNaN)
    }

    @Test func threeWindowsGiveTwoSteps() {
        let comparison = GraphComparison([
            (window: TimeWindow(label: "1"), graph: before), (window: TimeWindow(label: "2"), graph: after),
            (window: TimeWindow(label: "3"), graph: before),
        ]) { $0.degreeCentrality() }
        #expect(comparison.steps.map { [$0.before, $0.after] } == [[0, 1], [1, 2]])
        #expect(comparison.steps[1].actorsRemoved == ["d"])
        #expect(Set(comparison.actors.keys) == ["a", "b", "c", "d"])
    }
}
