import ActorGraphCore

/// Offices a pair of officials can be named by: "the two presidents", "the foreign ministers".
struct Offices: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Heads of state (`head-of-state`).
    static let president = Offices(rawValue: 1 << 0)
    /// Heads of government (`head-of-government`).
    static let primeMinister = Offices(rawValue: 1 << 1)
    /// Ministers of a government (`foreign-minister`, `defense-minister`, `deputy-foreign-minister`).
    static let minister = Offices(rawValue: 1 << 2)
    /// Envoys (`envoy`).
    static let envoy = Offices(rawValue: 1 << 3)

    /// The offices among dictionary roles held on `day` (any spell when nil).
    init(roles: [ActorDictionary.RoleSpell], on day: Day?) {
        self = []
        for spell in roles where day.map(spell.holds(on:)) ?? true { formUnion(Offices(role: spell.role)) }
    }

    /// The office of a dictionary role key.
    init(role: String) {
        switch role {
        case "head-of-state": self = .president
        case "head-of-government": self = .primeMinister
        case "foreign-minister", "defense-minister", "deputy-foreign-minister", "any-minister": self = .minister
        case "envoy": self = .envoy
        default: self = []
        }
    }

    /// The office a plural noun names ("presidents"; "ministers" after "prime" is `primeMinister`),
    /// nil for nouns of any official ("men", "leaders").
    init?(noun: String, after previous: String) {
        switch noun {
        case "presidents": self = .president
        case "ministers": self = previous == "prime" ? .primeMinister : .minister
        case "envoys": self = .envoy
        default: return nil
        }
    }
}

/// The last two officials of different sides named so far in a document, of any office and of each
/// office: whom "the two men" or "the two presidents" refer back to ("Xi passed on a message from
/// Kim to Moon. The two presidents met …" are Xi and Moon, Kim being no president).
struct RecentOfficials {
    let any: RecentPair
    private let president: RecentPair, primeMinister: RecentPair, minister: RecentPair, envoy: RecentPair

    /// The officials of `log` named so far (its first `count`).
    init(_ log: PartyLog, count: Int) {
        any = RecentPair(log, count: count)
        president = RecentPair(log, count: count, office: .president)
        primeMinister = RecentPair(log, count: count, office: .primeMinister)
        minister = RecentPair(log, count: count, office: .minister)
        envoy = RecentPair(log, count: count, office: .envoy)
    }

    /// The pair of `office`, older first; of any office when nil.
    func both(_ office: Offices?) -> [ActorID]? {
        switch office {
        case .president?: president.both
        case .primeMinister?: primeMinister.both
        case .minister?: minister.both
        case .envoy?: envoy.both
        default: any.both
        }
    }
}
