import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

/// GDELT rows built field by field from the Event Codebook's column order, so the indices the reader
/// uses are checked against named positions rather than against a copy of themselves.
struct GDELTRow {
    var id = "1"
    var sqlDate = "20171208"
    var actor1Code = "RUS", actor1Name = "RUSSIA", actor1Country = "RUS"
    var actor2Code = "PRK", actor2Name = "NORTH KOREA", actor2Country = "PRK"
    var eventCode = "045"
    var url = "https://tass.com/politics/979571"

    /// GDELT 1.0 daily (58 fields) or 2.0 (61 fields, with an ADM2 code after each ADM1 code).
    func line(version: Int = 2) -> String {
        var fields: [String] = [id, sqlDate, String(sqlDate.prefix(6)), String(sqlDate.prefix(4)), "2017.9315"]
        fields += [actor1Code, actor1Name, actor1Country, "", "", "", "", "", "", ""]   // 5–14
        fields += [actor2Code, actor2Name, actor2Country, "", "", "", "", "", "", ""]   // 15–24
        fields += ["1", eventCode, String(eventCode.prefix(3)), String(eventCode.prefix(2)), "1", "7.0", "4", "1", "4", "2.5"]  // 25–34
        let geo = version == 2 ? ["1", "Russia", "RS", "RS", "", "60", "100", "RS"] : ["1", "Russia", "RS", "RS", "60", "100", "RS"]
        fields += geo + geo + geo
        fields += ["20171208"]
        if version != 0 { fields.append(url) }
        return fields.joined(separator: "\t")
    }
}

@Suite struct GDELTFormatTests {
    @Test(arguments: [0, 1, 2]) func fieldCountsOfEachVersion(version: Int) {
        let count = GDELTRow().line(version: version).split(separator: "\t", omittingEmptySubsequences: false).count
        #expect(count == [57, 58, 61][version])
    }

    @Test(arguments: [1, 2]) func readsExport(version: Int) throws {
        var rows: [GDELTRow] = []
        var mediation = GDELTRow()
        mediation.id = "700000001"
        rows.append(mediation)
        var visit = GDELTRow()
        visit.id = "700000002"
        visit.sqlDate = "20180531"
        visit.actor1Code = "RUSGOV"; visit.actor1Name = "SERGEY LAVROV"
        visit.eventCode = "042"
        rows.append(visit)
        var oneSided = GDELTRow()
        oneSided.id = "700000003"
        oneSided.actor2Name = ""
        rows.append(oneSided)
        var intent = GDELTRow()
        intent.id = "700000004"
        intent.eventCode = "036"
        intent.actor2Code = "USA"; intent.actor2Name = "UNITED STATES"; intent.actor2Country = "USA"
        rows.append(intent)
        let text = rows.map { $0.line(version: version) }.joined(separator: "\n") + "\n"
        let table = try GDELTFormat.read(bytes(text), name: "20180531.export.CSV")
        #expect(table.skipped == 1)
        #expect(table.events.map(\.id) == ["gdelt:700000001", "gdelt:700000002", "gdelt:700000004"])
        #expect(table.actors.map(\.name) == ["North Korea", "Russia", "Sergey Lavrov", "United States"])
        #expect(table.actors.map(\.kind) == [.country, .country, .organization, .country])
        let first = table.events[0]
        #expect(first.kind == .mediation && first.status == .performed && first.date == Day("2017-12-08"))
        #expect(first.actors == [Participant("russia", as: .mediator), Participant("north-korea", as: .side)])
        #expect(first.evidence.document == "https://tass.com/politics/979571" && first.evidence.sentence == 1)
        #expect(table.events[1].kind == .visit)
        #expect(table.events[1].actors == [Participant("sergey-lavrov", as: .visitor), Participant("north-korea", as: .host)])
        #expect(table.events[2].kind == .cooccurrence)
        let graph = table.graph()
        #expect(graph.sortedRelations.map { "\($0.source)-\($0.target):\($0.kind.rawValue)" } == [
            "north-korea-russia:mediation", "north-korea-sergey-lavrov:meeting", "russia-united-states:cooccurrence",
        ])
    }

    @Test func cameoCodes() {
        #expect(GDELTFormat.classify("039").kind == .mediation)
        #expect(GDELTFormat.classify("039").status == .offered)
        #expect(GDELTFormat.classify("045").kind == .mediation)
        #expect(GDELTFormat.classify("040").kind == .talks)
        #expect(GDELTFormat.classify("046").kind == .talks)
        #expect(GDELTFormat.classify("041").kind == .communication)
        #expect(GDELTFormat.classify("042").kind == .visit && !GDELTFormat.classify("042").actor1Hosts)
        #expect(GDELTFormat.classify("043").kind == .visit && GDELTFormat.classify("043").actor1Hosts)
        #expect(GDELTFormat.classify("044").kind == .meeting)
        #expect(GDELTFormat.classify("036").kind == .cooccurrence)
        #expect(GDELTFormat.classify("0311").kind == .cooccurrence)
        #expect(GDELTFormat.classify("190").kind == .cooccurrence)
    }

    @Test func errors() {
        var bad = GDELTRow()
        bad.sqlDate = "20171308"
        #expect(failure { try GDELTFormat.read(bytes(bad.line()), name: "x.export.CSV") } == #"x.export.CSV:1:3: SQLDATE "20171308" is not a date (YYYYMMDD)"#)
        let mixed = GDELTRow().line(version: 2) + "\n" + GDELTRow().line(version: 1).replacingOccurrences(of: "1\t", with: "2\t", count: 1)
        #expect(failure { try GDELTFormat.read(bytes(mixed), name: "x.export.CSV") } == "x.export.CSV:2: expected 61 fields (GDELT 2.0), found 58")
        #expect(failure { try GDELTFormat.read(bytes("1\t2\t3\n"), name: "x.export.CSV") }
            == "x.export.CSV:1: expected 57, 58 or 61 tab-separated fields (a GDELT 1.0 or 2.0 export), found 3")
        let twice = GDELTRow().line() + "\n" + GDELTRow().line()
        #expect(failure { try GDELTFormat.read(bytes(twice), name: "x.export.CSV") } == "x.export.CSV:2:1: duplicate GLOBALEVENTID 1 (first on line 1)")
        var noID = GDELTRow()
        noID.id = "abc"
        #expect(failure { try GDELTFormat.read(bytes(noID.line()), name: "x.export.CSV") } == #"x.export.CSV:1:1: GLOBALEVENTID "abc" is not a number"#)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String, count: Int) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
