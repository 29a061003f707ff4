/// Which actors an event graph is drawn between.
public enum Projection: String, Sendable, Codable, CaseIterable {
    /// Officials, countries and organisations as they were named.
    case actor
    /// Officials and ministries folded into their affiliation: relations between countries
    /// (and organisations without an affiliation).
    case country
    /// Actors and meeting nodes: each merged meeting tied to the actors who took part.
    case bipartite
}
