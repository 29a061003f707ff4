import Foundation

/// The words of a gazetteer's forms (names, places, titles), numbered 0, 1, 2 … in the order they
/// were first added: a document's tokens are looked up here (`number(of:in:)`), and the gazetteer's
/// trie then follows word numbers instead of comparing strings.
///
/// Words are byte strings: two words are the same word only when their UTF-8 bytes are equal, as
/// the gazetteers match them. The table is open-addressing by each word's FNV-1a key (`Token.key`),
/// kept at most half full, and a word's home slot is read from the key mixed by one multiplication
/// (`home(of:)`); a slot holds the key's high half next to the word number, so most
/// misses are told from one load. A slot whose half key matches is all but certainly the word's: it
/// is confirmed byte for byte straight away (the full keys are not read), so words whose keys
/// collide stay apart.
struct Vocabulary: Sendable {
    /// By hash slot: the high 32 bits of a word's key, then its number + 1 (0 for an empty slot).
    private var slots = [UInt64](repeating: 0, count: 1024)
    /// The key of each word, by word number (to place the words again when the table grows).
    private var keys: [UInt64] = []
    /// Every word's bytes, one after another: word `n` is `bytes[ends[n - 1]..<ends[n]]` (from 0 for
    /// word 0).
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// The number of distinct words.
    var count: Int { keys.count }

    /// The number of the word with UTF-8 bytes `word`, added if new.
    mutating func insert(_ word: Substring) -> Int32 {
        let key = Token.key(of: word.utf8)
        if let found = Array(word.utf8).withUnsafeBufferPointer({ number(of: $0, key: key) }) { return found }
        if 2 * (count + 1) > slots.count { grow() }
        let new = Int32(count)
        keys.append(key)
        bytes += word.utf8
        ends.append(bytes.count)
        place(new)
        return new
    }

    /// The number of a token of a text whose UTF-8 bytes are `text` (the token indexes into it by
    /// `start` and `end`); -1 for a word no form has.
    @inline(__always)
    func number(of token: Token, in text: UnsafeBufferPointer<UInt8>) -> Int32 {
        number(of: UnsafeBufferPointer(rebasing: text[token.start..<token.end]), key: token.key) ?? -1
    }

    /// The number of the word with bytes `word` and key `key` (`Token.key`), if it is in the vocabulary.
    @inline(__always)
    func number(of word: UnsafeBufferPointer<UInt8>, key: UInt64) -> Int32? {
        let mask = slots.count - 1
        var index = Self.home(of: key) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            let number = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
            if slot >> 32 == key >> 32, hasBytes(word, number: number) { return Int32(number) }
            index = (index + 1) & mask
        }
    }

    /// Whether word `number`'s bytes are `word`: lengths first, then one block comparison.
    @inline(__always)
    private func hasBytes(_ word: UnsafeBufferPointer<UInt8>, number: Int) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, word.baseAddress!, word.count) == 0 }
    }

    /// A key's home slot (masked by the caller): the high half of its product with a large odd
    /// number, in which every bit of the key counts. (The key's own middle bits, which FNV-1a's last
    /// byte barely reaches, would crowd words that differ only at their end into neighbouring slots.)
    @inline(__always)
    private static func home(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// Puts word `number` in the first free slot from its key's.
    private mutating func place(_ number: Int32) {
        let key = keys[Int(number)], mask = slots.count - 1
        var index = Self.home(of: key) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = key & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for number in keys.indices { place(Int32(number)) }
    }
}
