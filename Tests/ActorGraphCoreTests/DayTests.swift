import ActorGraphCore
import Testing

@Suite struct DayTests {
    @Test func parsesAndPrintsISO() {
        #expect(Day("2018-06-12")?.description == "2018-06-12")
        #expect(Day("2018-02-30") == nil)
        #expect(Day("2018-6-12") == nil)
        #expect(Day("2020-02-29") != nil)
        #expect(Day("2019-02-29") == nil)
    }

    @Test func ordinalRoundTrips() {
        // 1970-01-01 is day 0; 2000-03-01 is 11,017 days later (30 years incl. 7 leap days + Jan, Feb 2000).
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(Day("2000-03-01")!.ordinal == 11_017)
        for ordinal in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
        #expect(Day("2018-12-31")!.adding(days: 1) == Day("2019-01-01"))
    }

    @Test func weekdays() {
        // 2018-06-12 (Singapore summit) was a Tuesday; 2017-09-29 a Friday.
        #expect(Day("2018-06-12")!.weekday == 2)
        #expect(Day("2017-09-29")!.weekday == 5)
        #expect(Day("1970-01-01")!.weekday == 4)
    }

    @Test func windowBoundsAreInclusive() {
        let window = TimeWindow(from: Day("2018-01-01"), to: Day("2018-12-31"))
        #expect(window.contains(Day("2018-01-01")))
        #expect(window.contains(Day("2018-12-31")))
        #expect(!window.contains(Day("2017-12-31")))
        #expect(!window.contains(Day("2019-01-01")))
        #expect(!window.contains(nil))
        #expect(TimeWindow.all.contains(nil))
    }
}
