/// A closed interval of days, `from ... to`, either end open when nil. Both bounds are inclusive:
/// an event dated on `to` is inside the window.
public struct TimeWindow: Hashable, Sendable, Codable {
    public var from: Day?
    public var to: Day?
    /// What the user called it (`2018`, `2018-Q2`), for tables and diagrams.
    public var label: String

    public init(from: Day? = nil, to: Day? = nil, label: String? = nil) {
        self.from = from
        self.to = to
        self.label = label ?? "\(from?.description ?? "…")..\(to?.description ?? "…")"
    }

    /// The unbounded window: every event, dated or not.
    public static let all = TimeWindow(label: "all")

    public var isUnbounded: Bool { from == nil && to == nil }

    /// Whether a dated event falls inside. Undated events belong only to the unbounded window.
    public func contains(_ day: Day?) -> Bool {
        guard let day else { return isUnbounded }
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}
