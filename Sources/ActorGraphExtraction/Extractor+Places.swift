import ActorGraphCore

extension Extractor {
    /// "Pompeo arrived in Pyongyang on Wednesday … On Thursday he held talks with Kim Yong-chol": a
    /// meeting whose own words name no place took place where one of its participants was on its day.
    ///
    /// Each meeting or talks without a place, dated to the day, takes the place of the nearest encounter
    /// (meeting, talks or visit) before it in its document that has a place, shares a participant with it
    /// and is dated within `reach` days of it. A month or a year is no day, so an event dated by one
    /// neither takes nor gives a place.
    /// - Parameter events: the events of one or more documents, each document's together and in the
    ///   order of its sentences (as `extract` gives them).
    /// - Returns: `events` with those places filled in.
    static func withPlacesOfTheirDay(_ events: [Event], reach: Int = 1) -> [Event] {
        var events = events
        var start = 0
        while start < events.count {
            var end = start + 1
            while end < events.count, events[end].evidence.document == events[start].evidence.document { end += 1 }
            fillPlaces(in: &events, start..<end, reach: reach)
            start = end
        }
        return events
    }

    /// `withPlacesOfTheirDay` for the events of one document, at `range`.
    private static func fillPlaces(in events: inout [Event], _ range: Range<Int>, reach: Int) {
        let encounters = range.filter { k in
            [.meeting, .talks, .visit].contains(events[k].kind) && events[k].date != nil && events[k].datePrecision == .day
        }
        for k in encounters where events[k].place == nil && events[k].kind != .visit {
            let day = events[k].date!.ordinal
            let people = Set(events[k].actors.map(\.actor))
            let source = encounters.last { j in
                j < k && events[j].place != nil && abs(events[j].date!.ordinal - day) <= reach
                    && events[j].actors.contains { people.contains($0.actor) }
            }
            if let source { events[k].place = events[source].place }
        }
    }
}
