import ActorGraphCore

/// The surnames of the officials one document names, each with its officials and the token of their
/// first mention: what the surname pass looks every word up in.
///
/// Words are found as in a `Dictionary` keyed by the surname (canonical equivalence), but an ASCII
/// word through a table of the ASCII surnames' FNV keys (`Token.key`), with one string comparison
/// only where a key matches: an ASCII word equals an ASCII surname only byte for byte, and a
/// non-ASCII one only through `WordSet.asciiEquivalents` (then the other surnames are compared too).
struct SurnameIndex {
    private var texts: [Substring] = []
    private var keys: [UInt64?] = []
    /// The officials in the order added, each with its surname's index and the token of its first
    /// mention: one flat list (a document names few officials), not an array per surname.
    private var officials: [(surname: Int, id: ActorID, first: Int)] = []
    /// By hash slot of an ASCII surname's key: its index + 1 (0 for an empty slot).
    private var slots = [Int32](repeating: 0, count: 32)
    /// The surnames that are not ASCII.
    private var others: [Int] = []
    /// Some surname may equal an ASCII word that is not its bytes.
    private var othersMayEqualASCII = false

    var isEmpty: Bool { texts.isEmpty }

    /// Adds official `id`, first mentioned at token `first`, under its surname.
    mutating func add(_ surname: DocumentAnalyzer.Surname, of id: ActorID, first: Int) {
        if let found = index(of: surname.text, key: surname.asciiKey) {
            officials.append((found, id, first))
            return
        }
        let new = texts.count
        if new == 0 {
            // Room for the few surnames of most documents: no array grows one by one.
            texts.reserveCapacity(16)
            keys.reserveCapacity(16)
            officials.reserveCapacity(16)
        }
        texts.append(surname.text)
        keys.append(surname.asciiKey)
        officials.append((new, id, first))
        if let key = surname.asciiKey {
            if 2 * (texts.count - others.count) > slots.count { grow() }
            place(new, key: key)
        } else {
            others.append(new)
            othersMayEqualASCII = othersMayEqualASCII || surname.mayEqualOtherASCII
        }
    }

    /// The officials of surname `index` first mentioned before token `token`, in the order added.
    func officials(of index: Int, before token: Int) -> [ActorID] {
        officials.compactMap { $0.surname == index && $0.first < token ? $0.id : nil }
    }

    /// The index of the surname a token's text is, if any, from its ASCII-ness and key: its text
    /// (`text()`, read from the token in place rather than from a copy of it) is read only where the
    /// key matches, or when it is not ASCII.
    @inline(__always)
    func index(isASCII: Bool, key: UInt64, text: () -> Substring) -> Int? {
        isASCII ? index(key: key, text: text) : texts.firstIndex(of: text())
    }

    /// The index of the surname equal to `text`, whose key is `key` when it is ASCII.
    private func index(of text: Substring, key: UInt64?) -> Int? {
        guard let key else { return texts.firstIndex(of: text) }
        return index(key: key) { text }
    }

    /// The index of the surname equal to the ASCII text `text()`, whose key is `key`.
    @inline(__always)
    private func index(key: UInt64, text: () -> Substring) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key >> 32) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if keys[index] == key && texts[index] == text() { return index }
            slot = (slot + 1) & mask
        }
        guard othersMayEqualASCII else { return nil }
        let text = text()
        return others.first { texts[$0] == text }
    }

    private mutating func place(_ index: Int, key: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (index, key) in keys.enumerated() { if let key { place(index, key: key) } }
    }
}
