import ActorGraphCore

/// One brokerage score per actor and the three components it is the mean of.
public struct BrokerageScores: Sendable, Equatable {
    /// Dense index → actor ID (the graph's `nodes`).
    public let nodes: [ActorID]
    /// Normalised betweenness centrality (share of shortest paths between other pairs through v).
    public let betweenness: [Double]
    /// Gould–Fernandez total over (N − 1)(N − 2): the share of ordered pairs of other actors that v
    /// brokers by an open two-path (`GouldFernandezBrokerage.totalShares`).
    public let openTwoPathShare: [Double]
    /// Burt's constraint (NaN for an isolated actor).
    public let constraint: [Double]
    /// The combined score, in [0, 1].
    public let values: [Double]

    /// The hole-spanning component, 1 − min(1, constraint), 0 for an isolated actor.
    public var structuralHoles: [Double] { constraint.map(holeSpanning) }

    /// Every actor sorted by score (highest first), then by ID.
    public func ranked() -> [RankedScore] {
        NodeScores(nodes: nodes, values: values).ranked()
    }
}

@inline(__always)
func holeSpanning(_ constraint: Double) -> Double { constraint.isNaN ? 0 : 1 - min(1, constraint) }

extension CompactGraph {
    /// A whole-graph brokerage score: the mean of three views of "sits between others", each in [0, 1].
    ///
    ///     score(v) = ( B(v) + T(v)/((N − 1)(N − 2)) + (1 − min(1, c(v))) ) / 3
    ///
    /// - B(v): normalised betweenness — v lies on the shortest routes between others (global reach);
    /// - T(v): Gould–Fernandez total, the ordered pairs (a, c) with a → v → c and no a → c tie — v
    ///   closes a gap between two of its own contacts (local, unweighted; it does not depend on the
    ///   groups, so none are needed);
    /// - c(v): Burt's constraint — 1 − c is high when v's contacts are not tied to each other, i.e.
    ///   v spans structural holes (weighted by tie strength when `weighted`).
    ///
    /// An equal-weight mean of bounded components keeps every part visible and none dominant; it is
    /// deterministic and needs no group labels. On Padgett's Florentine families the Medici come first
    /// (betweenness 0.52, 14 of their 15 neighbour pairs open, constraint 0.21), ahead of the Guadagni.
    ///
    /// L. C. Freeman, "A set of measures of centrality based on betweenness", Sociometry 40(1), 1977,
    /// 35–41; R. V. Gould, R. M. Fernandez, Sociological Methodology 19, 1989, 89–126; R. S. Burt,
    /// "Structural Holes", Harvard University Press, 1992.
    ///
    /// - Parameters:
    ///   - distance: path lengths for betweenness (`.inverse`, `.weight`, `.hops`).
    ///   - weighted: read weights as tie strength in the constraint.
    ///   - threads: worker threads; nil uses every core.
    /// - Throws: `InvalidDistanceError`, or `.invalidParameter` for non-positive weights when `weighted`.
    /// - Complexity: that of betweenness, O(n·m + n²·log n) weighted.
    public func brokerageScores(distance: DistanceRule = .inverse, weighted: Bool = true,
                                threads: Int? = nil) throws -> BrokerageScores {
        let betweenness = try betweennessCentrality(distance: distance, normalized: true, threads: threads).values
        let groups = [Int](repeating: 0, count: nodeCount)
        let open = try gouldFernandezBrokerage(groups: groups, threads: threads).totalShares.values
        let constraint = try burtConstraint(weighted: weighted, threads: threads).values
        let values = (0..<nodeCount).map { v in
            (betweenness[v] + open[v] + holeSpanning(constraint[v])) / 3
        }
        return BrokerageScores(nodes: nodes, betweenness: betweenness, openTwoPathShare: open,
                               constraint: constraint, values: values)
    }
}
