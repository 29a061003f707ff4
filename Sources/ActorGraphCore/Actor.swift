/// A node of the actor graph: a country, official, organisation or meeting.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    public var id: ActorID
    /// The canonical display name ("Sergey Lavrov", "North Korea").
    public var name: String
    public var kind: ActorKind
    /// The country (or organisation) an official or ministry belongs to, by ID.
    public var affiliation: ActorID?
    /// True when the actor was found in text but is not in any dictionary (open-world discovery).
    public var discovered: Bool

    public init(id: ActorID? = nil, name: String, kind: ActorKind, affiliation: ActorID? = nil, discovered: Bool = false) {
        self.id = id ?? ActorID(slugging: name)
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.discovered = discovered
    }
}
