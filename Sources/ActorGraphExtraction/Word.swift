import Synchronization

/// A word's UTF-8 bytes as a plain 16-byte value: held inline when there are at most 15 of them,
/// else the number of the word in a process-wide table of longer words (`LongWords`).
///
/// A token keeps its text and lower-cased form as words, so a token holds no reference: arrays of
/// tokens are copied and destroyed without reference counting, and the rules compare a token's word
/// with theirs (`Sentence.word(_:)`, `"the"`) as two integers rather than as strings.
///
/// Representation: bytes 0–7 in `low` and 8–14 in `high` (first byte lowest), unused bytes zero,
/// and the byte count in the top byte of `high`; a longer word has `Word.long` there and its number
/// in `low`. Two words are equal when their bytes are (byte for byte, not canonically as strings):
/// longer words are numbered by their bytes, so equal bytes give the same number.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    private var low: UInt64
    private var high: UInt64

    /// The top byte of `high` for a word of more than 15 bytes.
    private static let long: UInt64 = 0xFF

    /// The word spelt by `bytes`.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15 else {
            (low, high) = (LongWords.number(of: bytes), Self.long << 56)
            return
        }
        var inline: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &inline) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        (low, high) = (UInt64(littleEndian: inline.0), UInt64(littleEndian: inline.1) | UInt64(bytes.count) << 56)
    }

    /// The word spelt by `bytes`, all of them ASCII, lower-cased.
    @inline(__always)
    init(asciiLowercasing bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15 else {
            self = Array(bytes.lazy.map(UTF8Bytes.lowercased)).withUnsafeBufferPointer { Word($0) }
            return
        }
        self.init(bytes)
        (low, high) = (Self.asciiLowercased(low), Self.asciiLowercased(high & ~(0xFF << 56)) | high & (0xFF << 56))
    }

    init(_ text: some StringProtocol) {
        var text = String(text)
        self = text.withUTF8 { Word($0) }
    }

    @inline(__always)
    init(stringLiteral literal: StaticString) {
        self = literal.withUTF8Buffer { Word($0) }
    }

    /// The word as a string.
    var string: String {
        let count = Int(truncatingIfNeeded: high >> 56)
        guard count != Self.long else { return LongWords.word(low) }
        var inline = (low.littleEndian, (high & ~(0xFF << 56)).littleEndian)
        return withUnsafeBytes(of: &inline) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    var description: String { string }

    /// The second byte of a word held inline, nil for a word of fewer than two bytes or a longer one.
    var secondByte: UInt8? {
        let count = high >> 56
        return count >= 2 && count != Self.long ? UInt8(truncatingIfNeeded: low >> 8) : nil
    }

    /// ASCII letters A–Z of eight bytes lower-cased, all at once (every byte is below 0x80).
    @inline(__always)
    private static func asciiLowercased(_ bytes: UInt64) -> UInt64 {
        // A byte's high bit after adding: set from "A" (0x41) on, and past "Z" (0x5A); upper-case
        // letters set the first only. No sum carries into the next byte.
        let fromA = bytes &+ 0x3F3F_3F3F_3F3F_3F3F, pastZ = bytes &+ 0x2525_2525_2525_2525
        let upper = (fromA ^ pastZ) & 0x8080_8080_8080_8080
        return bytes | (upper >> 2)
    }
}

/// The words of more than 15 bytes that `Word`s have been made of, numbered by their bytes in the
/// order first seen. Shared by every thread and never emptied: such words are rare (a few in ten
/// thousand tokens of news text) and repeat.
enum LongWords {
    private struct Table {
        var numbers: [[UInt8]: UInt64] = [:]
        var words: [String] = []
    }

    private static let table = Mutex(Table())

    /// The number of the word spelt by `bytes`, added if new.
    @inline(never)
    static func number(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let key = Array(bytes)
        return table.withLock { table in
            if let number = table.numbers[key] { return number }
            let number = UInt64(table.words.count)
            table.numbers[key] = number
            table.words.append(String(decoding: key, as: UTF8.self))
            return number
        }
    }

    /// The word numbered `number`.
    @inline(never)
    static func word(_ number: UInt64) -> String {
        table.withLock { $0.words[Int(number)] }
    }
}
