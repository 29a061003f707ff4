/// The kind of an edge between two actors.
public enum RelationKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Named in the same sentence.
    case cooccurrence
    /// Met, held talks, visited.
    case meeting
    /// One mediated between the other and a third party (mediator–side edges).
    case mediation
    /// One spoke to or sent a message to the other.
    case communication
    /// An official belongs to a country or organisation.
    case affiliation
    /// An actor took part in a meeting node (bipartite projection).
    case participation

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
