import ActorGraphCore

/// The actors known while reading one document: the dictionary's, with the officials discovered in
/// the document layered under them (a dictionary actor wins over a discovered one with its ID).
///
/// Layering instead of merging the two maps keeps the per-document cost to the discovered actors.
struct KnownActors: Sendable {
    let dictionary: [ActorID: Actor]
    let discovered: [ActorID: Actor]

    init(dictionary: [ActorID: Actor], discovered: [Actor]) {
        self.dictionary = dictionary
        self.discovered = Dictionary(discovered.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    subscript(id: ActorID) -> Actor? { dictionary[id] ?? discovered[id] }

    /// The side an actor stands for: a country itself, anyone else its affiliation (an unknown ID itself).
    func country(of id: ActorID) -> ActorID {
        let actor = self[id]
        return actor?.kind == .country ? id : (actor?.affiliation ?? id)
    }
}
