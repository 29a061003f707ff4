/// What an actor is. Shapes in diagrams, projections and brokerage groups all depend on it.
public enum ActorKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A state (UN member or observer, or a partially recognised one).
    case country
    /// A person acting in an official role; has an affiliation country.
    case official
    /// An intergovernmental body, ministry, agency or news agency.
    case organization
    /// An event node: a meeting or summit with participants, place and date.
    case meeting

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
