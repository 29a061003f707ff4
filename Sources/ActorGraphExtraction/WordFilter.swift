/// A Bloom filter of words, by their keys (`Token.key`): it may say a word is in when it is not
/// (for a few thousand words, a few in a hundred), never that a word added is not.
///
/// 64 Ki bits (8 KiB, small enough to stay in the CPU's nearest cache), and a word's two bits are in
/// the same 64-bit word, so a test is one load. The bits are read from the key's high bits, the best
/// mixed of FNV-1a's.
struct WordFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    mutating func insert(key: UInt64) {
        words[Self.word(of: key)] |= Self.bits(of: key)
    }

    @inline(__always)
    func mayContain(key: UInt64) -> Bool {
        let bits = Self.bits(of: key)
        return words[Self.word(of: key)] & bits == bits
    }

    /// The filter word of a key: its top 10 bits.
    @inline(__always)
    private static func word(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> 54)
    }

    /// The two bits of a key in its filter word: numbered by the 6-bit fields below its top 10 bits.
    @inline(__always)
    private static func bits(of key: UInt64) -> UInt64 {
        1 << (key >> 48 & 63) | 1 << (key >> 42 & 63)
    }
}
