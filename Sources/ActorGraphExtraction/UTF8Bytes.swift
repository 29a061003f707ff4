import Foundation

/// Byte-level stand-ins for String operations on the extractor's hot paths. Each gives exactly the
/// result of the String operation it replaces, taking a byte path when the text is ASCII (or the
/// bytes decide alone) and the String operation otherwise.
enum UTF8Bytes {
    /// The UTF-8 bytes of `text`, copied in one block when its storage is contiguous.
    static func of(_ text: Substring) -> [UInt8] {
        text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its width in bytes.
    @inline(__always)
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(at i: Int, in bytes: Bytes) -> (Unicode.Scalar, Int)
    where Bytes.Index == Int {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32, width: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F); width = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F); width = 3
        } else {
            value = UInt32(lead & 0x07); width = 4
        }
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value)!, width)
    }

    /// `text.lowercased()`, without decoding characters when `text` is ASCII.
    static func lowercased(_ text: Substring) -> String {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiLowercased) ?? nil { return ascii }
        return text.lowercased()
    }

    /// `bytes` lower-cased, as a string, if they are all ASCII.
    private static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        guard bits < 0x80 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, byte) in zip(buffer.indices, bytes) { buffer[k] = lowercased(byte) }
            return bytes.count
        }
    }

    /// An ASCII byte, lower-cased.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (byte &- UInt8(ascii: "A")) < 26 ? byte | 0x20 : byte
    }

    /// `text.contains(pattern)` (Foundation's search, which matches canonically equivalent
    /// characters): a byte search when both are ASCII.
    static func contains(_ pattern: String, in text: Substring) -> Bool {
        let needle = Array(pattern.utf8), haystack = of(text)
        guard needle.allSatisfy({ $0 < 0x80 }), haystack.allSatisfy({ $0 < 0x80 }) else { return text.contains(pattern) }
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
