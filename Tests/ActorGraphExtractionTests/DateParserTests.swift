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
