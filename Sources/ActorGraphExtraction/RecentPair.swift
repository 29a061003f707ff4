import ActorGraphCore

/// The last two actors of different sides named so far in a document: whom "the two sides" or "the
/// two men" refer back to.
///
/// Each actor named next takes the place of an earlier one of its side, then the older of three
/// leaves. The two places are stored inline, so that following a document sentence by sentence
/// allocates nothing.
struct RecentPair {
    /// The older and the newer actor; `newer` is nil while fewer than two are held.
    private var older: Extractor.Party?
    private var newer: Extractor.Party?

    /// The pair after `actors` are named, in order.
    mutating func add(_ actors: some Sequence<Extractor.Party>) {
        for actor in actors {
            if newer?.side == actor.side { newer = nil }
            if older?.side == actor.side { (older, newer) = (newer, nil) }
            if older == nil {
                older = actor
            } else if newer == nil {
                newer = actor
            } else {
                (older, newer) = (newer, actor)
            }
        }
    }

    /// The two actors, older first; nil unless two are held.
    var both: [ActorID]? {
        guard let older, let newer else { return nil }
        return [older.actor, newer.actor]
    }

    /// The actor named last, if any.
    var last: ActorID? { (newer ?? older)?.actor }
}
