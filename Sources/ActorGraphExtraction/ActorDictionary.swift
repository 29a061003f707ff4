import ActorGraphCore
import Foundation
import Yams

/// The actors the extractor knows: canonical names, kinds, aliases, affiliations and dated roles.
///
/// The default dictionary ships as YAML resources (`Resources/Dictionary/*.yaml`); a user dictionary
/// in the same format is layered over it (`layered(over:)`): an entry with the same canonical name
/// replaces the default one, new entries are added.
public struct ActorDictionary: Sendable {
    public private(set) var entries: [Entry] = []
    /// Title phrases by role key ("foreign minister" → `foreign-minister`).
    public private(set) var titles: [String: [String]] = [:]
    /// Cities and venues, with their country.
    public private(set) var places: [Place] = []

    public init(entries: [Entry] = [], titles: [String: [String]] = [:]) {
        self.entries = entries
        self.titles = titles
    }

    /// One actor and every surface form that names it.
    public struct Entry: Sendable, Hashable {
        public var actor: Actor
        public var aliases: [String]
        public var demonyms: [String]
        public var metonyms: [String]
        /// The canonical name or an alias is often something else ("Georgia", "Jordan"): such names
        /// count only when the document also names the actor unambiguously.
        public var ambiguous: Bool
        public var roles: [RoleSpell]
        /// Organisation type (`intergovernmental`, `ministry`, `news-agency`, …).
        public var type: String?
    }

    /// A city or venue where events happen.
    public struct Place: Sendable, Hashable {
        public var name: String
        /// The country it is in; nil for regions.
        public var country: ActorID?
        public var aliases: [String]
    }

    /// An office held between two days (`to` nil while still held).
    public struct RoleSpell: Sendable, Hashable, Codable {
        public var role: String
        public var title: String?
        public var from: Day?
        public var to: Day?

        public func holds(on day: Day) -> Bool {
            if let from, day < from { return false }
            if let to, day > to { return false }
            return true
        }
    }

    /// The dictionary shipped with the tool.
    public static func bundled() throws -> ActorDictionary {
        guard let folder = Bundle.module.url(forResource: "Dictionary", withExtension: nil) else {
            throw DocumentError(path: "Resources/Dictionary", message: "the default dictionary is missing from the installation")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        var dictionary = ActorDictionary()
        for file in files {
            let url = folder.appendingPathComponent(file)
            dictionary = try load(yaml: String(contentsOf: url, encoding: .utf8), path: url.path).layered(over: dictionary)
        }
        return dictionary
    }

    /// Reads a dictionary file. Every problem is reported with the file and line.
    public static func load(yaml: String, path: String) throws -> ActorDictionary {
        let file: DictionaryFile
        do {
            file = try YAMLDecoder().decode(DictionaryFile.self, from: yaml)
        } catch let error as YamlError {
            throw DocumentError(path: path, message: "malformed YAML: \(String(describing: error).split(whereSeparator: \.isNewline).first ?? "")")
        } catch let DecodingError.dataCorrupted(context), let DecodingError.typeMismatch(_, context),
                let DecodingError.valueNotFound(_, context), let DecodingError.keyNotFound(_, context) {
            let where_ = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw DocumentError(path: path, message: "\(where_.isEmpty ? "" : "at \(where_): ")\(context.debugDescription)")
        }
        var dictionary = ActorDictionary()
        for (index, raw) in (file.actors ?? []).enumerated() {
            guard let kind = ActorKind(rawValue: raw.kind) else {
                throw DocumentError(path: path, message: "actor \(index + 1) (\(raw.name)): unknown kind '\(raw.kind)' (use country, official, organization or meeting)")
            }
            var roles: [RoleSpell] = []
            for role in raw.roles ?? [] {
                let from = try role.from.map { try parseDay($0, path: path, actor: raw.name) }
                let to = try role.to.map { try parseDay($0, path: path, actor: raw.name) }
                roles.append(RoleSpell(role: role.role, title: role.title, from: from, to: to))
            }
            let actor = Actor(name: raw.name, kind: kind, affiliation: raw.affiliation.map { ActorID(slugging: $0) })
            dictionary.entries.append(Entry(actor: actor, aliases: raw.aliases ?? [], demonyms: raw.demonyms ?? [],
                                            metonyms: raw.metonyms ?? [], ambiguous: raw.ambiguous ?? false,
                                            roles: roles, type: raw.type))
        }
        for title in file.titles ?? [] {
            dictionary.titles[title.role, default: []].append(contentsOf: title.phrases)
        }
        dictionary.places = (file.places ?? []).map {
            Place(name: $0.name, country: $0.country.map { ActorID(slugging: $0) }, aliases: $0.aliases ?? [])
        }
        return dictionary
    }

    /// This dictionary over `base`: same-named entries replace the base's, titles are added.
    public func layered(over base: ActorDictionary) -> ActorDictionary {
        let mine = Set(entries.map(\.actor.id))
        var result = base
        result.entries.removeAll { mine.contains($0.actor.id) }
        result.entries.append(contentsOf: entries)
        for (role, phrases) in titles { result.titles[role, default: []].append(contentsOf: phrases) }
        let myPlaces = Set(places.map(\.name))
        result.places.removeAll { myPlaces.contains($0.name) }
        result.places.append(contentsOf: places)
        return result
    }

    /// The entry for an actor ID.
    public func entry(for id: ActorID) -> Entry? { entries.first { $0.actor.id == id } }

    /// The officials holding `role` on `day` for `affiliation` (any affiliation when nil).
    public func holders(of role: String, on day: Day?, affiliation: ActorID?) -> [Actor] {
        entries.filter { entry in
            entry.actor.kind == .official
                && (affiliation == nil || entry.actor.affiliation == affiliation)
                && entry.roles.contains { $0.role == role && (day.map($0.holds(on:)) ?? ($0.to == nil)) }
        }.map(\.actor)
    }

    private static func parseDay(_ text: String, path: String, actor: String) throws -> Day {
        guard let day = Day(text) else {
            throw DocumentError(path: path, message: "actor \(actor): date '\(text)' does not parse (use YYYY-MM-DD)")
        }
        return day
    }
}

/// The YAML file layout (`actors:` and/or `titles:`).
private struct DictionaryFile: Decodable {
    var actors: [RawEntry]?
    var titles: [RawTitle]?
    var places: [RawPlace]?

    struct RawPlace: Decodable {
        var name: String
        var country: String?
        var aliases: [String]?
    }

    struct RawEntry: Decodable {
        var name: String
        var kind: String
        var affiliation: String?
        var aliases: [String]?
        var demonyms: [String]?
        var metonyms: [String]?
        var ambiguous: Bool?
        var type: String?
        var roles: [RawRole]?
    }

    struct RawRole: Decodable {
        var role: String
        var title: String?
        var from: String?
        var to: String?
    }

    struct RawTitle: Decodable {
        var role: String
        var phrases: [String]
    }
}
