/// The edges of a word trie, all in one open-addressing hash table: (parent node, word) → child.
///
/// Words are numbers (`Vocabulary`); a lookup mixes parent and word, then probes linearly. The table is kept at most half full, so a miss usually costs one probe. Most lookups
/// miss (most words start no name and continue none): a Bloom filter of the edges, small enough to
/// stay in the CPU's nearest caches, turns most of them away before the table is read.
struct TrieEdges: Sendable {
    private struct Slot: Sendable {
        /// -1 for an empty slot.
        var parent: Int32
        var word: Int32
        var child: Int32
    }

    private var slots = [Slot](repeating: Slot(parent: -1, word: 0, child: 0), count: 16)
    private var count = 0
    /// The Bloom filter (16 KiB): each edge sets two bits, numbered by two 17-bit fields of its mixed
    /// parent and word (whose low bits place it in the table).
    private var filter = [UInt64](repeating: 0, count: 1 << 11)

    /// The child of `parent` along `word`, if any.
    @inline(__always)
    func child(of parent: Int32, word: Int32) -> Int32? {
        let mixed = Self.mix(parent, word)
        let (a, b) = Self.filterBits(mixed)
        guard filter[a >> 6] & (1 << (a & 63)) != 0, filter[b >> 6] & (1 << (b & 63)) != 0 else { return nil }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mixed) & mask
        while true {
            let slot = slots[index]
            if slot.parent < 0 { return nil }
            if slot.word == word && slot.parent == parent { return slot.child }
            index = (index + 1) & mask
        }
    }

    /// Adds the edge `parent` → `child` along `word`, which `parent` must not have yet.
    mutating func insert(parent: Int32, word: Int32, child: Int32) {
        if 2 * (count + 1) > slots.count { grow() }
        let mixed = Self.mix(parent, word)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mixed) & mask
        while slots[index].parent >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(parent: parent, word: word, child: child)
        count += 1
        let (a, b) = Self.filterBits(mixed)
        filter[a >> 6] |= 1 << (a & 63)
        filter[b >> 6] |= 1 << (b & 63)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(parent: -1, word: 0, child: 0), count: old.count * 2)
        count = 0
        for slot in old where slot.parent >= 0 { insert(parent: slot.parent, word: slot.word, child: slot.child) }
    }

    /// Parent and word mixed into 64 well-spread bits (a multiply–xorshift finaliser).
    @inline(__always)
    private static func mix(_ parent: Int32, _ word: Int32) -> UInt64 {
        var h = UInt64(UInt32(bitPattern: word)) ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }

    /// The two filter bits of an edge: bits 47–63 and 30–46 of its mixed parent and word.
    @inline(__always)
    private static func filterBits(_ mixed: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: mixed >> 47), Int(truncatingIfNeeded: (mixed >> 30) & 0x1_FFFF))
    }
}
