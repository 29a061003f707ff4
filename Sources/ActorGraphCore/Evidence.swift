/// Where an event was read: the document, the sentence and its exact words.
public struct Evidence: Hashable, Sendable, Codable {
    /// The document's ID (see `Document`).
    public var document: String
    /// Index of the sentence in the document, from 0.
    public var sentence: Int
    /// UTF-8 byte offsets of the sentence in the document text, half-open.
    public var start: Int
    public var end: Int
    /// The sentence itself, whitespace collapsed.
    public var quote: String

    public init(document: String, sentence: Int, start: Int, end: Int, quote: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.quote = quote
    }
}
