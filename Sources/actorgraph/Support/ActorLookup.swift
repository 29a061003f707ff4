import ActorGraphCore
import ActorGraphExtraction

/// Finds the actor a user means: a canonical name, any alias or an ID, case-insensitively
/// ("US", "Washington", "United States" all name the United States). Unknown names get the closest
/// known ones as suggestions.
struct ActorLookup {
    private var byName: [String: ActorID] = [:]
    private var names: [ActorID: String] = [:]

    init(graph: ActorGraph, dictionary: ActorDictionary?) {
        for actor in graph.sortedActors {
            names[actor.id] = actor.name
            byName[actor.name.lowercased()] = actor.id
            byName[actor.id.rawValue] = actor.id
        }
        for entry in dictionary?.entries ?? [] where graph.actors[entry.actor.id] != nil {
            for form in [entry.actor.name] + entry.aliases + entry.metonyms + entry.demonyms {
                let key = form.lowercased()
                if byName[key] == nil { byName[key] = entry.actor.id }
            }
        }
    }

    /// The actor `text` names, or an error that suggests the closest names.
    func resolve(_ text: String) throws -> ActorID {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let id = byName[key] { return id }
        let slug = ActorID(slugging: text)
        if names[slug] != nil { return slug }
        let suggestions = byName.keys
            .map { ($0, Self.distance($0, key)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(12)
            .compactMap { names[byName[$0.0]!] }
        var unique: [String] = []
        for name in suggestions where !unique.contains(name) && unique.count < 3 { unique.append(name) }
        let hint = unique.isEmpty ? "" : "; did you mean " + unique.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
        throw CLIError("no actor named \"\(text)\" in the inputs\(hint)")
    }

    func name(_ id: ActorID) -> String { names[id] ?? id.rawValue }

    /// Levenshtein distance, with a bonus for prefixes so "lavr" finds "lavrov".
    static func distance(_ a: String, _ b: String) -> Int {
        if a.hasPrefix(b) || b.hasPrefix(a) { return abs(a.count - b.count) / 2 }
        let x = Array(a), y = Array(b)
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
