/// Strings that tokens share instead of making their own: the words a document most often holds,
/// each with its lower-cased form and that form's key, made once.
///
/// Making a token's string from its bytes validates and copies them; a token of a word found here
/// (by its key and bytes, in a `Vocabulary`) copies the word's strings instead: for words of up to
/// 15 bytes, two 16-byte values and no reference count.
struct TokenStrings: Sendable {
    private var vocabulary = Vocabulary()
    private var texts: [String] = []
    private var lowercased: [String] = []
    private var lowercasedKeys: [UInt64] = []

    init<Words: Sequence<String>>(_ words: Words) {
        for word in words where !word.isEmpty {
            guard vocabulary.insert(Substring(word)) == texts.count else { continue }
            let lower = word.lowercased()
            texts.append(word)
            lowercased.append(lower)
            lowercasedKeys.append(Token.key(of: lower.utf8))
        }
    }

    /// The strings of the word with UTF-8 bytes `bytes` and key `key` (`Token.key`), if it is here.
    @inline(__always)
    func strings(of bytes: UnsafeBufferPointer<UInt8>, key: UInt64) -> (text: String, lowercased: String, lowercasedKey: UInt64)? {
        guard let number = vocabulary.number(of: bytes, key: key) else { return nil }
        let n = Int(number)
        return (texts[n], lowercased[n], lowercasedKeys[n])
    }
}
