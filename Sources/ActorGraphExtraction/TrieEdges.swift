/// The edges of a word trie, all in one open-addressing hash table: (parent node, word key) → child.
///
/// Word keys are 64-bit hashes of the words (`Token.key`); a lookup mixes parent and key, then probes
/// linearly. The table is kept at most half full, so a miss usually costs one probe. Most words
/// start no name: a bit set of the root's edges (node 0), small enough to stay in the CPU's
/// nearest cache, turns most of them away before the table is read.
struct TrieEdges: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// -1 for an empty slot.
        var parent: Int32
        var child: Int32
    }

    private var slots = [Slot](repeating: Slot(key: 0, parent: -1, child: 0), count: 16)
    private var count = 0
    /// A Bloom filter of the keys of the root's edges (8 KiB): each key sets the bits numbered by its
    /// lowest 16 bits and by the next 16.
    private var rootBits = [UInt64](repeating: 0, count: 1 << 10)

    /// The child of `parent` along the word with `key`, if any.
    @inline(__always)
    func child(of parent: Int32, key: UInt64) -> Int32? {
        if parent == 0 && !rootMayHave(key) { return nil }
        let mask = slots.count - 1
        var index = Self.slot(parent, key) & mask
        while true {
            let slot = slots[index]
            if slot.parent < 0 { return nil }
            if slot.key == key && slot.parent == parent { return slot.child }
            index = (index + 1) & mask
        }
    }

    /// Adds the edge `parent` → `child` along `key`, which `parent` must not have yet.
    mutating func insert(parent: Int32, key: UInt64, child: Int32) {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var index = Self.slot(parent, key) & mask
        while slots[index].parent >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(key: key, parent: parent, child: child)
        count += 1
        if parent == 0 {
            let (a, b) = Self.rootFilterBits(key)
            for bit in [a, b] { rootBits[bit >> 6] |= 1 << (bit & 63) }
        }
    }

    /// False when the root has no edge with `key`.
    @inline(__always)
    private func rootMayHave(_ key: UInt64) -> Bool {
        let (a, b) = Self.rootFilterBits(key)
        return rootBits[a >> 6] & (1 << (a & 63)) != 0 && rootBits[b >> 6] & (1 << (b & 63)) != 0
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, parent: -1, child: 0), count: old.count * 2)
        count = 0
        for slot in old where slot.parent >= 0 { insert(parent: slot.parent, key: slot.key, child: slot.child) }
    }

    @inline(__always)
    private static func rootFilterBits(_ key: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: key & 0xFFFF), Int(truncatingIfNeeded: (key >> 16) & 0xFFFF))
    }

    /// Parent and key mixed into a table position (a multiply–xorshift finaliser).
    @inline(__always)
    private static func slot(_ parent: Int32, _ key: UInt64) -> Int {
        var h = key ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}
