import ActorGraphCore
import Testing

@Suite struct TimeWindowParsingTests {
    func window(_ text: String) throws -> TimeWindow { try TimeWindow(parsing: text) }
    func day(_ text: String) -> Day { Day(text)! }

    @Test func yearsQuartersMonthsAndDays() throws {
        #expect(try window("2018") == TimeWindow(from: day("2018-01-01"), to: day("2018-12-31"), label: "2018"))
        #expect(try window("2018-Q2") == TimeWindow(from: day("2018-04-01"), to: day("2018-06-30"), label: "2018-Q2"))
        #expect(try window("2018-q4").to == day("2018-12-31"))
        #expect(try window("2018-06") == TimeWindow(from: day("2018-06-01"), to: day("2018-06-30"), label: "2018-06"))
        #expect(try window("2020-02").to == day("2020-02-29"))  // leap year
        #expect(try window("2019-02").to == day("2019-02-28"))
        #expect(try window("2018-06-12") == TimeWindow(from: day("2018-06-12"), to: day("2018-06-12"), label: "2018-06-12"))
        #expect(try window(" 2018 ").label == "2018")
    }

    @Test func rangesAndOpenEnds() throws {
        let spring = try window("2018-03-01..2018-06-30")
        #expect(spring.from == day("2018-03-01") && spring.to == day("2018-06-30"))
        #expect(spring.label == "2018-03-01..2018-06-30")
        // Each side may be any period: from the first day of the left to the last day of the right.
        #expect(try window("2018-03..2018-06") == TimeWindow(from: day("2018-03-01"), to: day("2018-06-30"), label: "2018-03..2018-06"))
        #expect(try window("2017..2019").to == day("2019-12-31"))
        let after = try window("2018-03-01..")
        #expect(after.from == day("2018-03-01") && after.to == nil)
        let before = try window("..2018-06-30")
        #expect(before.from == nil && before.to == day("2018-06-30"))
        #expect(!before.isUnbounded)
    }

    @Test func boundsAreInclusive() throws {
        // 2018-03-01..2018-06-30 holds both of its end days and nothing outside them.
        let spring = try window("2018-03-01..2018-06-30")
        #expect(spring.contains(day("2018-03-01")))
        #expect(spring.contains(day("2018-06-30")))
        #expect(!spring.contains(day("2018-02-28")))
        #expect(!spring.contains(day("2018-07-01")))
        // A year holds December 31 and not the next January 1.
        let year = try window("2018")
        #expect(year.contains(day("2018-12-31")) && !year.contains(day("2019-01-01")) && !year.contains(day("2017-12-31")))
        // Undated events belong to no bounded window, not even an open-ended one.
        let openEnded = try window("2018-03-01..")
        #expect(!year.contains(nil) && !openEnded.contains(nil))
        #expect(TimeWindow.all.contains(nil))
    }

    @Test func eventsFallInTheWindowOfTheirOwnDate() {
        // Two events on the last day of 2017 and the first of 2018: only the second is in 2018.
        let actors = [Actor(name: "North Korea", kind: .country), Actor(name: "United States", kind: .country)]
        func event(_ id: String, _ date: String) -> Event {
            Event(id: id, kind: .meeting, status: .held, date: Day(date),
                  actors: [Participant("north-korea", as: .participant), Participant("united-states", as: .participant)],
                  evidence: Evidence(document: "d", sentence: 0, start: 0, end: 1, quote: "q"))
        }
        let events = [event("e1", "2017-12-31"), event("e2", "2018-01-01"), event("e3", "2018-12-31"), event("e4", "2019-01-01")]
        let graph = ActorGraph(events: events, actors: actors, window: try! TimeWindow(parsing: "2018"))
        #expect(graph.relations.values.first?.events == ["e2", "e3"])
        #expect(graph.relations.values.first?.weight == 2)
    }

    @Test func malformedAndReversedWindowsAreRefusedClearly() {
        for text in ["", "18", "2018-13", "2018-Q5", "2018-Q0", "2018-02-30", "2018/06", "June 2018", "2018-6", "..", "2018...2019"] {
            #expect(throws: TimeWindowError.self, "\(text)") { try TimeWindow(parsing: text) }
        }
        #expect {
            try TimeWindow(parsing: "2018-06-30..2018-03-01")
        } throws: { error in
            (error as? TimeWindowError)?.description.hasPrefix("2018-06-30..2018-03-01 is reversed") == true
        }
        #expect(throws: TimeWindowError.self) { try TimeWindow(parsing: "2019..2018") }
        // A one-day range is not reversed.
        #expect((try? TimeWindow(parsing: "2018-06-12..2018-06-12")) != nil)
    }

    @Test func overlappingWindowsAreNamed() throws {
        let windows = [try window("2017"), try window("2018"), try window("2018-Q2")]
        #expect(windows[1].overlaps(windows[2]))
        #expect(!windows[0].overlaps(windows[1]))  // 2017-12-31 and 2018-01-01 touch but share no day
        #expect {
            try TimeWindow.checkDisjoint(windows)
        } throws: { error in
            let text = (error as? TimeWindowError)?.description ?? ""
            return text.contains("2018 and 2018-Q2 overlap") && text.contains("2018-04-01 … 2018-06-30")
        }
        #expect(throws: Never.self) { try TimeWindow.checkDisjoint([try window("2017"), try window("2018"), try window("2019")]) }
        #expect(try window("..2018-01-01").overlaps(try window("2018")))
        let early = try window("..2017-12-31"), late = try window("2018..")
        #expect(!early.overlaps(late))
    }

    @Test func tumblingWindowsAlignToTheCalendar() throws {
        let quarters = try TimeWindow.sliding(from: day("2017-03-08"), to: day("2017-10-23"), every: WindowLength(parsing: "3m"))
        #expect(quarters.map(\.label) == ["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"])
        #expect(quarters.first?.from == day("2017-01-01") && quarters.last?.to == day("2017-12-31"))
        let years = try TimeWindow.sliding(from: day("2017-03-08"), to: day("2019-10-23"), every: WindowLength(parsing: "1y"))
        #expect(years.map(\.label) == ["2017", "2018", "2019"])
        let months = try TimeWindow.sliding(from: day("2018-01-15"), to: day("2018-03-02"), every: WindowLength(parsing: "1m"))
        #expect(months.map(\.label) == ["2018-01", "2018-02", "2018-03"])
        // Tumbling windows tile the span: each starts the day after the previous one ends.
        for (a, b) in zip(months, months.dropFirst()) { #expect(a.to!.adding(days: 1) == b.from) }
        // 2018-06-12 was a Tuesday: two-week windows start on Monday 2018-06-11.
        let weeks = try TimeWindow.sliding(from: day("2018-06-12"), to: day("2018-07-01"), every: WindowLength(parsing: "2w"))
        #expect(weeks.map(\.label) == ["2018-06-11..2018-06-24", "2018-06-25..2018-07-08"])
        let days = try TimeWindow.sliding(from: day("2018-06-12"), to: day("2018-06-30"), every: WindowLength(parsing: "10d"))
        #expect(days.map(\.label) == ["2018-06-12..2018-06-21", "2018-06-22..2018-07-01"])
        try TimeWindow.checkDisjoint(quarters + years.dropFirst())
    }

    @Test func rollingWindowsOverlapByDesign() throws {
        let rolling = try TimeWindow.sliding(from: day("2018-01-01"), to: day("2018-12-31"),
                                             every: WindowLength(parsing: "6m"), step: WindowLength(parsing: "3m"))
        #expect(rolling.map { "\($0.from!)..\($0.to!)" } == [
            "2018-01-01..2018-06-30", "2018-04-01..2018-09-30", "2018-07-01..2018-12-31", "2018-10-01..2019-03-31",
        ])
        #expect(throws: TimeWindowError.self) {
            try TimeWindow.sliding(from: day("2018-01-01"), to: day("2018-12-31"), every: WindowLength(parsing: "1m"), step: WindowLength(parsing: "2m"))
        }
        for text in ["3", "m", "0m", "-1y", "3x", "1.5m"] {
            #expect(throws: TimeWindowError.self, "\(text)") { try WindowLength(parsing: text) }
        }
    }
}
