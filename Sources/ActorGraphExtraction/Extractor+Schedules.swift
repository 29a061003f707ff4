import ActorGraphCore

extension Extractor {
    /// "Trump cancelled his June 12 summit with Kim", "he called off a meeting with Putin that had been
    /// planned for Saturday": a meeting called off is dated by the day it was set for, not by the day it
    /// was called off.
    ///
    /// The day is the one named right before the meeting's noun, or right after "planned", "scheduled",
    /// "set", "due" or "slated" and "for" or "on" past it. A plan's day may have been before the news or
    /// after it, so of the two readings the one nearer the publication date is taken.
    /// - Returns: nil for an event not called off, or one that names no such day.
    static func scheduledDate(of found: EventPatterns.Found, in sentence: Sentence, tokens: [Token], reference: Day?) -> ReadDate? {
        guard found.status == .cancelled, let reference else { return nil }
        let span = found.span, trigger = found.trigger
        var start: Int?
        if trigger - 2 >= span.lowerBound, tokens[trigger - 1].startsWithDigit,
           tokens[trigger - 2].isCapitalised, DateParser.month(named: tokens[trigger - 2].text) != nil {
            start = trigger - 2
        } else if let k = (trigger + 1..<max(trigger + 1, span.upperBound)).first(where: { k in
            scheduling.contains(tokens[k].lowercasedWord) && (tokens[k + 1].lowercasedWord == "for" || tokens[k + 1].lowercasedWord == "on")
        }), k + 2 <= span.upperBound {
            start = k + 2
        }
        guard let start else { return nil }
        let from = textIndex(tokens[start].start, in: sentence), to = textIndex(tokens[min(start + 4, span.upperBound)].end, in: sentence)
        var dates = SentenceDates(sentence.text[from..<to], reference: reference)
        let readings = [dates.date(forward: false), dates.date(forward: true)].compactMap { $0 }
        return readings.min { abs($0.day.ordinal - reference.ordinal) < abs($1.day.ordinal - reference.ordinal) }
    }

    /// Words after which "for" or "on" names the day a meeting was set for.
    private static let scheduling: [Word] = ["planned", "scheduled", "set", "due", "slated"]
}
