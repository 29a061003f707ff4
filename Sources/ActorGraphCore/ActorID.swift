/// The stable identity of an actor: the slug of its canonical name ("North Korea" → `north-korea`).
///
/// Actors are keyed by this ID everywhere (graphs, events, results), never by array position, so
/// identities survive filtering, projection and re-ordering.
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The slug of a name: letters and digits lower-cased (any script), every other run of characters
    /// collapsed to one `-`, no leading or trailing `-`. Diacritics are kept
    /// ("Härstedt" → `kent-härstedt`): the slug must be computable without locale tables.
    public init(slugging name: String) {
        var slug = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        self.rawValue = slug.lowercased()
    }

    public var description: String { rawValue }

    public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
