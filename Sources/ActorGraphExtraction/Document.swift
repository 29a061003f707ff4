import ActorGraphCore
import Foundation

/// One article: its text and what is known about it (title, publication date, source).
public struct Document: Sendable, Hashable {
    /// Stable ID: the file name without extension, made unique within a batch.
    public var id: String
    public var path: String
    public var title: String?
    /// Publication date: front matter, else a dateline, else the caller's override; nil if none.
    public var date: Day?
    /// Where `date` came from: `front-matter`, `dateline`, `override`, or nil when undated.
    public var dateSource: String?
    public var source: String?
    public var url: String?
    /// The full text as read (front matter included), so evidence offsets point into the file.
    public var text: String
    /// UTF-8 offset where the body starts (after the front matter).
    public var bodyStart: Int

    public init(id: String, path: String, text: String, title: String? = nil, date: Day? = nil,
                dateSource: String? = nil, source: String? = nil, url: String? = nil, bodyStart: Int = 0) {
        self.id = id
        self.path = path
        self.text = text
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.source = source
        self.url = url
        self.bodyStart = bodyStart
    }

    /// Parses an article's text: front matter (`title:`, `date:`, `source:`, `url:` lines ending with
    /// `---`), else a dateline near the top, else `fallbackDate`.
    ///
    /// - Throws: `DocumentError` naming the line when the front matter's date does not parse.
    public static func parse(id: String, path: String, text: String, fallbackDate: Day? = nil) throws -> Document {
        var document = Document(id: id, path: path, text: text)
        if let front = try FrontMatter(text: text, path: path) {
            document.title = front.fields["title"]
            document.source = front.fields["source"]
            document.url = front.fields["url"]
            document.bodyStart = front.bodyStart
            if let dateText = front.fields["date"] {
                guard let day = DateParser.parseDate(dateText) else {
                    throw DocumentError(path: path, line: front.lines["date"], message: "date '\(dateText)' does not parse (use YYYY-MM-DD)")
                }
                document.date = day
                document.dateSource = "front-matter"
            }
        }
        if document.date == nil, let day = DateParser.dateline(in: document.body) {
            document.date = day
            document.dateSource = "dateline"
        }
        if document.date == nil, let fallbackDate {
            document.date = fallbackDate
            document.dateSource = "override"
        }
        if document.title == nil {
            document.title = Document.firstHeadline(in: document.body)
        }
        return document
    }

    /// The text after the front matter.
    public var body: Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bodyStart)
        return text[start...]
    }

    /// The first line that reads like a headline: not a date, not too long, no final full stop.
    static func firstHeadline(in body: Substring) -> String? {
        for line in body.split(whereSeparator: \.isNewline).prefix(6) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 12, trimmed.count <= 160, !trimmed.hasSuffix(".") else { continue }
            if DateParser.parseDate(trimmed) != nil || DateParser.dateline(in: Substring(trimmed)) != nil { continue }
            return trimmed
        }
        return nil
    }
}

/// A problem with one input file, reported as `path:line: message`.
public struct DocumentError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
