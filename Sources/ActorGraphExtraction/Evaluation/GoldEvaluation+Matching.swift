import ActorGraphCore
import Foundation

/// Everything the scorer needs to know about an actor ID: its name, kind, affiliation, and whether it
/// was discovered. The dictionary's entries come first; the extraction's actors (which include the
/// discovered ones) are layered over them.
struct ActorDirectory: Sendable {
    private var actors: [ActorID: Actor] = [:]
    /// The IDs of the dictionary's entries: the canonical names.
    let canonical: Set<ActorID>

    /// Slugs of aliases that name exactly one dictionary entry, to that entry's ID.
    private var aliases: [ActorID: ActorID] = [:]
    /// Slugs of the dictionary's place names and aliases, to the slug of the place's name.
    private var places: [ActorID: ActorID] = [:]

    init(dictionary: ActorDictionary, actors extracted: [Actor]) {
        var aliasTargets: [ActorID: Set<ActorID>] = [:]
        for entry in dictionary.entries {
            actors[entry.actor.id] = entry.actor
            for alias in entry.aliases { aliasTargets[ActorID(slugging: alias), default: []].insert(entry.actor.id) }
        }
        canonical = Set(actors.keys)
        for (alias, targets) in aliasTargets where targets.count == 1 && !canonical.contains(alias) {
            aliases[alias] = targets.first!
        }
        for actor in extracted { actors[actor.id] = actor }
        for place in dictionary.places {
            for name in [place.name] + place.aliases where places[Self.placeSlug(name)] == nil {
                places[Self.placeSlug(name)] = Self.placeSlug(place.name)
            }
        }
    }

    /// The key a place compares by: its slug (case, blanks and accents aside), an alias of a dictionary
    /// place standing for the place ("Naypyitaw" for Naypyidaw); nil for nil or blank.
    func placeKey(_ place: String?) -> String? {
        guard let trimmed = place?.split(whereSeparator: \.isWhitespace).joined(separator: " "), !trimmed.isEmpty else { return nil }
        let slug = Self.placeSlug(trimmed)
        return (places[slug] ?? slug).rawValue
    }

    private static func placeSlug(_ name: String) -> ActorID {
        ActorID(slugging: name.folding(options: .diacriticInsensitive, locale: nil))
    }

    func name(of id: ActorID) -> String { actors[id]?.name ?? id.rawValue }
    func kind(of id: ActorID) -> ActorKind? { actors[id]?.kind }
    func isDiscovered(_ id: ActorID) -> Bool { actors[id]?.discovered ?? false }

    /// The ID a gold name stands for: the slug of the canonical name; a name that is not canonical but
    /// is an alias of exactly one dictionary entry stands for that entry ("AFP" → Agence France-Presse).
    func id(ofGoldName name: String) -> ActorID {
        let slug = ActorID(slugging: name)
        return canonical.contains(slug) ? slug : aliases[slug] ?? slug
    }

    /// Whether a gold name resolves to a dictionary entry (by canonical name or unique alias).
    func knows(goldName name: String) -> Bool { canonical.contains(id(ofGoldName: name)) }

    /// The actor an official (or a ministry, or another affiliated organisation) stands for at country
    /// level: its affiliation, followed until a country or an unaffiliated actor is reached
    /// (Sergey Lavrov → Russia; Russian Foreign Ministry → Russia; Jeffrey Feltman → United Nations).
    /// Countries and unknown IDs are their own projection.
    func project(_ id: ActorID) -> ActorID {
        var current = id
        var seen: Set<ActorID> = [id]
        while let actor = actors[current], actor.kind == .official || actor.kind == .organization,
              let affiliation = actor.affiliation, seen.insert(affiliation).inserted {
            current = affiliation
        }
        return current
    }

    /// Projected IDs of a set of actors, as a sorted set.
    func project(_ ids: some Sequence<ActorID>) -> [ActorID] { Set(ids.map(project)).sorted() }
}

/// One-to-one greedy matching of gold items to predicted items that share a key.
enum GreedyMatching {
    /// Pairs gold and predicted items one-to-one. Only items with equal keys may pair. Candidate pairs
    /// are taken in order of agreement — the `agreement` flags compared lexicographically, a `true` in an
    /// earlier flag outranking any later ones — then by gold index, then predicted index; a pair is
    /// kept when neither side is taken yet. Callers pass both lists in a sorted order, so the result is
    /// deterministic.
    ///
    /// Within one key every gold item may pair with every predicted one, so greedy taking yields a
    /// maximum matching there (min of the two counts); the agreement order only decides which pairs,
    /// to favour matching dates and places.
    ///
    /// - Returns: (gold index, predicted index) pairs in gold order.
    /// - Complexity: O(c log c) for c candidate pairs.
    static func match<Key: Hashable>(goldKeys: [Key], predictedKeys: [Key],
                                     agreement: (_ gold: Int, _ predicted: Int) -> [Bool]) -> [(gold: Int, predicted: Int)] {
        var byKey: [Key: [Int]] = [:]
        for (index, key) in predictedKeys.enumerated() { byKey[key, default: []].append(index) }
        var candidates: [(gold: Int, predicted: Int, rank: Int)] = []
        for (g, key) in goldKeys.enumerated() {
            for p in byKey[key] ?? [] {
                let rank = agreement(g, p).reduce(0) { $0 * 2 + ($1 ? 1 : 0) }
                candidates.append((g, p, rank))
            }
        }
        candidates.sort { ($1.rank, $0.gold, $0.predicted) < ($0.rank, $1.gold, $1.predicted) }
        var goldTaken = Set<Int>(), predictedTaken = Set<Int>()
        var pairs: [(gold: Int, predicted: Int)] = []
        for candidate in candidates where !goldTaken.contains(candidate.gold) && !predictedTaken.contains(candidate.predicted) {
            goldTaken.insert(candidate.gold)
            predictedTaken.insert(candidate.predicted)
            pairs.append((candidate.gold, candidate.predicted))
        }
        return pairs.sorted { $0.gold < $1.gold }
    }
}
