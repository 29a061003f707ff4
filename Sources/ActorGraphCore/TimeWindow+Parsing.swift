/// Why a window specification was refused: one line, naming the specification.
public struct TimeWindowError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension TimeWindow {
    /// The forms `init(parsing:)` accepts, for error messages and help text.
    public static let specificationForms =
        "2018, 2018-Q2, 2018-06, 2018-06-12, 2018-03-01..2018-06-30, 2018-03-01.. or ..2018-06-30"

    /// Parses a window specification. Both bounds are inclusive: `2018-03-01..2018-06-30` holds the
    /// events of March 1 and of June 30.
    ///
    /// - `2018`: the calendar year, 2018-01-01 … 2018-12-31.
    /// - `2018-Q2`: a calendar quarter, 2018-04-01 … 2018-06-30.
    /// - `2018-06`: a month, 2018-06-01 … 2018-06-30.
    /// - `2018-06-12`: one day.
    /// - `A..B`: from the first day of `A` to the last day of `B`, each any of the forms above
    ///   (`2018-03..2018-06` is March through June); either side may be left empty for an open end.
    ///
    /// The label is the specification as given, so tables and diagrams speak the user's words.
    /// - Throws: `TimeWindowError` for text that is none of these, and for a reversed range
    ///   ("2018-06-30..2018-03-01 is reversed").
    public init(parsing specification: String) throws(TimeWindowError) {
        let text = specification.trimmingWhitespace()
        guard !text.isEmpty else {
            throw TimeWindowError("empty window; use \(TimeWindow.specificationForms)")
        }
        let invalid = TimeWindowError("'\(text)' is not a window; use \(TimeWindow.specificationForms)")
        guard let range = text.firstRange(of: "..") else {
            guard let period = TimeWindow.period(text) else { throw invalid }
            self.init(from: period.first, to: period.last, label: text)
            return
        }
        let left = String(text[..<range.lowerBound]).trimmingWhitespace()
        let right = String(text[range.upperBound...]).trimmingWhitespace()
        if left.isEmpty && right.isEmpty {
            throw TimeWindowError("'\(text)' has neither bound; leave --window out to take every date")
        }
        var from: Day?
        var to: Day?
        if !left.isEmpty {
            guard let period = TimeWindow.period(left) else { throw invalid }
            from = period.first
        }
        if !right.isEmpty {
            guard let period = TimeWindow.period(right) else { throw invalid }
            to = period.last
        }
        if let from, let to, to < from {
            throw TimeWindowError("\(text) is reversed: it starts on \(from), after it ends on \(to)")
        }
        self.init(from: from, to: to, label: text)
    }

    /// The first and last day of `2018`, `2018-Q2`, `2018-06` or `2018-06-12`.
    static func period(_ text: String) -> (first: Day, last: Day)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit),
              let year = Int(yearText) else { return nil }
        switch parts.count {
        case 1:
            return (Day(year: year, month: 1, day: 1)!, Day(year: year, month: 12, day: 31)!)
        case 2 where parts[1].count == 2 && (parts[1].first == "Q" || parts[1].first == "q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            let first = Day(year: year, month: 3 * quarter - 2, day: 1)!
            return (first, TimeWindow.lastDay(year: year, month: 3 * quarter))
        case 2:
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit), let month = Int(parts[1]),
                  (1...12).contains(month) else { return nil }
            return (Day(year: year, month: month, day: 1)!, TimeWindow.lastDay(year: year, month: month))
        case 3:
            guard parts[1].allSatisfy(\.isASCIIDigit), parts[2].allSatisfy(\.isASCIIDigit),
                  let day = Day(text) else { return nil }
            return (day, day)
        default:
            return nil
        }
    }

    static func lastDay(year: Int, month: Int) -> Day {
        Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    }

    /// Whether some day lies in both windows (bounds inclusive, a missing bound open).
    public func overlaps(_ other: TimeWindow) -> Bool {
        let start = [from, other.from].compactMap { $0 }.max()
        let end = [to, other.to].compactMap { $0 }.min()
        guard let start, let end else { return true }
        return start <= end
    }

    /// Throws when two of `windows` share a day, naming the first such pair and the shared days:
    /// a comparison of periods needs periods that do not double-count events.
    public static func checkDisjoint(_ windows: [TimeWindow]) throws(TimeWindowError) {
        for i in windows.indices {
            for j in windows.indices where j > i && windows[i].overlaps(windows[j]) {
                let a = windows[i], b = windows[j]
                let start = [a.from, b.from].compactMap { $0 }.max()
                let end = [a.to, b.to].compactMap { $0 }.min()
                let shared = "\(start?.description ?? "…") … \(end?.description ?? "…")"
                throw TimeWindowError("windows \(a.label) and \(b.label) overlap (\(shared) is in both); "
                    + "compare periods that do not share days")
            }
        }
    }

    /// Consecutive windows of length `every` covering `first … last`, one starting every `step`
    /// (default `every`: tumbling windows, which tile the span; a shorter step gives rolling,
    /// overlapping windows).
    ///
    /// Windows are aligned to the calendar where the unit allows, so they read naturally: years start
    /// on January 1; months on the first of a month, and a length dividing 12 (`3m`, `6m`) starts on a
    /// multiple of it from January (`3m` gives calendar quarters); weeks on the Monday of the first
    /// week; days on `first`. The last window may end after `last`. Labels are `2018`, `2018-Q2`,
    /// `2018-06` for calendar periods and `2018-03-01..2018-05-31` otherwise.
    ///
    /// - Throws: `TimeWindowError` when `last` is before `first`, or when the step is longer than
    ///   a window (days would fall between windows).
    /// - Complexity: O(number of windows).
    public static func sliding(from first: Day, to last: Day, every length: WindowLength,
                               step: WindowLength? = nil) throws(TimeWindowError) -> [TimeWindow] {
        guard first <= last else {
            throw TimeWindowError("the span \(first)..\(last) is reversed")
        }
        let step = step ?? length
        guard step.unit == length.unit, step.count <= length.count else {
            throw TimeWindowError("--step \(step) must be in the same unit as --every \(length) and no longer, "
                + "or days would fall between windows")
        }
        let start = length.alignedStart(for: first)
        var windows: [TimeWindow] = []
        var index = 0
        while true {
            let from = step.advance(start, by: index)
            if from > last { break }
            let to = length.advance(from, by: 1).adding(days: -1)
            windows.append(TimeWindow(from: from, to: to, label: length.label(from: from, to: to)))
            index += 1
        }
        return windows
    }
}

/// A window length or step: `10d`, `2w`, `3m`, `1y`.
public struct WindowLength: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable {
        case day = "d", week = "w", month = "m", year = "y"
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        precondition(count > 0, "a window length is positive")
        self.count = count
        self.unit = unit
    }

    /// Parses `<n><unit>` with unit `d`, `w`, `m` or `y` (`3m`: three months).
    public init(parsing text: String) throws(TimeWindowError) {
        let text = text.trimmingWhitespace().lowercased()
        guard let last = text.last, let unit = Unit(rawValue: String(last)),
              let count = Int(text.dropLast()), count > 0, count <= 10_000 else {
            throw TimeWindowError("'\(text)' is not a window length; use a count and a unit: 10d, 2w, 3m, 1y")
        }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// `day` moved `times` lengths forward. Month arithmetic keeps the day of month, so it is only
    /// used on firsts of months (which `alignedStart` guarantees).
    func advance(_ day: Day, by times: Int) -> Day {
        switch unit {
        case .day: return day.adding(days: count * times)
        case .week: return day.adding(days: 7 * count * times)
        case .month, .year:
            let months = (day.year * 12 + day.month - 1) + (unit == .year ? 12 : 1) * count * times
            let year = months >= 0 ? months / 12 : (months - 11) / 12
            return Day(year: year, month: months - year * 12 + 1, day: 1)!
        }
    }

    func alignedStart(for day: Day) -> Day {
        switch unit {
        case .day: return day
        case .week: return day.adding(days: 1 - day.weekday)
        case .year: return Day(year: day.year, month: 1, day: 1)!
        case .month:
            let month = 12 % count == 0 ? (day.month - 1) / count * count + 1 : day.month
            return Day(year: day.year, month: month, day: 1)!
        }
    }

    func label(from: Day, to: Day) -> String {
        if from.month == 1 && from.day == 1 && to.month == 12 && to.day == 31 && from.year == to.year {
            return String(from.year)
        }
        if from.day == 1 && from.year == to.year && to == TimeWindow.lastDay(year: to.year, month: to.month) {
            if from.month == to.month { return String(from.description.prefix(7)) }
            if (from.month - 1) % 3 == 0 && to.month == from.month + 2 { return "\(from.year)-Q\((from.month + 2) / 3)" }
        }
        return "\(from)..\(to)"
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
