import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

@Suite struct DateParserTests {
    @Test(arguments: [
        ("Friday, September 29, 2017", "2017-09-29"),
        ("Thursday, May 31, 2018", "2018-05-31"),
        ("- 08.12.2017", "2017-12-08"),
        ("2019-04-25", "2019-04-25"),
        ("Sept. 29, 2017", "2017-09-29"),
        ("31 May 2018", "2018-05-31"),
        ("The Telegraph, 08 December 2017", "2017-12-08"),
        ("MOSCOW, Sept. 29, 2017 —", "2017-09-29"),
    ])
    func findsDates(text: String, expected: String) {
        #expect(DateParser.findDate(in: Substring(text))?.description == expected)
    }

    @Test func rejectsImpossibleAndPartialDates() {
        #expect(DateParser.findDate(in: "February 30, 2018") == nil)
        #expect(DateParser.findDate(in: "PYONGYANG, May 31. /TASS/") == nil)
        #expect(DateParser.findDate(in: "12,000 US service members") == nil)
        #expect(DateParser.parseDate("2018-06-12 and more words") == nil)
        #expect(DateParser.parseDate("Tuesday, June 12, 2018") == Day("2018-06-12"))
    }

    @Test func datelineIsReadFromTheFirstLines() {
        let body: Substring = "\nRUSSIA SAYS NORTH KOREA IS READY\n\n- 08.12.2017\n\nThe Telegraph, 08 December 2017\n"
        #expect(DateParser.dateline(in: body) == Day("2017-12-08"))
        #expect(DateParser.dateline(in: "No date here.\nNor here.") == nil)
    }
}

/// Event dates from the words of a sentence, relative to a publication date (2018-06-20, a Wednesday).
@Suite struct DateResolverTests {
    let published = Day("2018-06-20")!

    @Test(arguments: [
        ("They met on Tuesday.", false, "2018-06-19"),
        ("They met on Wednesday.", false, "2018-06-20"),
        ("They will meet on Friday.", true, "2018-06-22"),
        ("The summit on June 12 went well.", false, "2018-06-12"),
        ("The summit on 12 June went well.", false, "2018-06-12"),
        ("They will meet on February 27.", true, "2019-02-27"),
        ("Talks held in December were tense.", false, "2017-12-01"),
        ("Talks held in June 2018 went on.", false, "2018-06-01"),
        ("His summit in Singapore a week earlier was praised.", false, "2018-06-13"),
        ("The envoy arrived two days ago.", false, "2018-06-18"),
        ("They spoke yesterday.", false, "2018-06-19"),
        ("They met last week.", false, "2018-06-13"),
        // 2018-06-20 is a Wednesday.
        ("They met on Wednesday.", false, "2018-06-20"),
        ("They met last Wednesday.", false, "2018-06-13"),
        // "last Tuesday" written on a Wednesday is not the day before ("on Tuesday") but a week earlier.
        ("They met last Tuesday.", false, "2018-06-12"),
        ("They met last Monday.", false, "2018-06-18"),
        ("They met on Thursday last week.", false, "2018-06-14"),
        ("They met on Monday last week.", false, "2018-06-11"),
        ("They will meet next Wednesday.", true, "2018-06-27"),
        ("They will meet on Friday.", true, "2018-06-22"),
        // A weekday with its date: the date says which one (June 2 was a Saturday).
        ("They met on Saturday, June 2.", false, "2018-06-02"),
        ("They met on Saturday 2 June.", false, "2018-06-02"),
        // A year said after the day.
        ("They met on Feb. 4 last year.", false, "2017-02-04"),
        ("They met on 4 February last year.", false, "2017-02-04"),
        ("They will meet on June 12 next year.", true, "2019-06-12"),
        // The day after a date said before.
        ("He arrived on June 7 and met Moon the following day.", false, "2018-06-08"),
        ("He arrived on 7 June and left a day later.", false, "2018-06-08"),
        // A month named by its distance (the first day, with a month's precision).
        ("They met last month.", false, "2018-05-01"),
        ("They met earlier this month.", false, "2018-06-01"),
        ("They will meet next month.", true, "2018-07-01"),
        // "last" and the parts of a month: the month before this one's, or the one named.
        ("They met last June.", false, "2017-06-01"),
        ("They met last March.", false, "2018-03-01"),
        ("They met in mid-May.", false, "2018-05-01"),
        ("They met at the end of October.", false, "2017-10-01"),
        ("They met at the beginning of March.", false, "2018-03-01"),
        ("They met in March last year.", false, "2017-03-01"),
        ("They will meet in March next year.", true, "2019-03-01"),
    ])
    func resolves(text: String, forward: Bool, expected: String) {
        #expect(DateResolver.date(in: Substring(text), reference: published, forward: forward)?.description == expected)
    }

    @Test func aMonthOfAYearNamedElsewhereIsNoDate() {
        #expect(DateResolver.date(in: "They met that December.", reference: published, forward: false) == nil)
    }

    @Test func withoutAPublicationDateOnlyFullDatesAndMonthsWithYearsCount() {
        #expect(DateResolver.date(in: "They met on Tuesday.", reference: nil, forward: false) == nil)
        #expect(DateResolver.date(in: "the first in June 2018 and the second in February 2019", reference: nil, forward: false) == Day("2018-06-01"))
        #expect(DateResolver.date(in: "They met on June 12, 2018.", reference: nil, forward: false) == Day("2018-06-12"))
    }
}
