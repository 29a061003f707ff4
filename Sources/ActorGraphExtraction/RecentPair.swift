import ActorGraphCore

/// The parties a document names, in text order, logged sentence by sentence: what `RecentPair`
/// reads back. A class, so that the pairs of earlier sentences share it as it grows.
final class PartyLog {
    /// The party of each of the document's mentions.
    let parties: [Extractor.Party]
    /// The mentions named so far (indices into `parties`), in text order.
    private(set) var named: [Int] = []

    init(_ parties: [Extractor.Party]) { self.parties = parties }

    /// How many are named so far.
    var count: Int { named.count }

    /// Logs the mention at `index` (into `parties`) as named next.
    func append(_ index: Int) { named.append(index) }

    /// The party named `k`-th.
    func party(_ k: Int) -> Extractor.Party { parties[named[k]] }
}

/// The last two actors of different sides named so far in a document: whom "the two sides" or "the
/// two men" refer back to.
///
/// They are the last actor named and the last one before it of another side (each actor named takes
/// the place of an earlier one of its side, then the older of three leaves). Read back from the
/// document's `PartyLog` only when a rule asks, so that following a document sentence by sentence
/// costs nothing but the log.
struct RecentPair {
    /// The actors named so far: the first `count` in `log`, only those holding `office` when given.
    private let log: PartyLog
    private let count: Int
    private let office: Offices?

    init(_ log: PartyLog, count: Int, office: Offices? = nil) { (self.log, self.count, self.office) = (log, count, office) }

    /// The index in the log of the last actor named before `end` that counts (and that `keep` accepts).
    private func last(before end: Int, where keep: (Extractor.Party) -> Bool = { _ in true }) -> Int? {
        var k = end - 1
        while k >= 0 {
            let party = log.party(k)
            if office.map(party.offices.contains) ?? true, keep(party) { return k }
            k -= 1
        }
        return nil
    }

    /// The two actors, older first; nil unless two are held.
    var both: [ActorID]? {
        guard let newer = last(before: count) else { return nil }
        let side = log.party(newer).side
        guard let older = last(before: newer, where: { $0.side != side }) else { return nil }
        return [log.party(older).actor, log.party(newer).actor]
    }

    /// The actor named last, if any.
    var last: ActorID? { last(before: count).map { log.party($0).actor } }

    /// The last `n` actors of different sides ("the four presidents met"), none of `excluded` sides,
    /// older first; nil unless `n` are held.
    func recent(_ n: Int, excluding excluded: Set<ActorID> = []) -> [ActorID]? {
        var found: [Extractor.Party] = []
        var end = count
        while found.count < n, let k = last(before: end, where: { party in
            !excluded.contains(party.side) && !found.contains { $0.side == party.side }
        }) {
            found.append(log.party(k))
            end = k
        }
        return found.count == n ? found.reversed().map(\.actor) : nil
    }
}
