/// How an edge's weight (tie strength) becomes a path length for path-based measures.
///
/// Weight is tie *strength*: more events, stronger tie. Shortest paths, betweenness, closeness,
/// harmonic centrality and eccentricity need a *distance*; the rule says which one.
/// - `inverse`: d = 1/w, the default for graphs built from events (a strong tie is a short hop).
/// - `weight`: d = w, the weight read as a distance, exactly as NetworkX reads `weight="weight"`.
/// - `hops`: d = 1 for every edge, the weight is ignored.
public enum DistanceRule: String, Sendable, CaseIterable {
    case inverse
    case weight
    case hops

    /// The length of an edge of weight `weight` under this rule (not checked: see
    /// `CompactGraph.distances(_:)` for the checked view).
    @inlinable
    public func length(ofWeight weight: Double) -> Double {
        switch self {
        case .inverse: return 1 / weight
        case .weight: return weight
        case .hops: return 1
        }
    }
}
