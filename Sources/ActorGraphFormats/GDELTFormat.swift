import ActorGraphCore
import Foundation

/// GDELT 1.0 and 2.0 event exports (`YYYYMMDD.export.CSV`, `YYYYMMDDHHMMSS.export.CSV`): tab-separated,
/// no header, no quoting.
///
/// Rows have 57 fields (GDELT 1.0 before April 2013), 58 (1.0 daily files, with SOURCEURL) or 61
/// (2.0, which adds an ADM2 code to each of the three geographies). The fields read, by 0-based index
/// from the GDELT Event Codebook: 0 GLOBALEVENTID, 1 SQLDATE (`YYYYMMDD`), 5 Actor1Code, 6 Actor1Name,
/// 7 Actor1CountryCode, 15 Actor2Code, 16 Actor2Name, 17 Actor2CountryCode, 26 EventCode, and the last
/// field, SOURCEURL, when present (58 and 61 columns).
///
/// CAMEO event codes (CAMEO codebook 1.1b3, category 03–04) map to event kinds:
/// `039` express intent to mediate → `mediation` (offered); `045` mediate → `mediation` (performed);
/// Actor1 is the mediator, Actor2 the side. `040` consult and `046` engage in negotiation → `talks`;
/// `041` discuss by telephone → `communication` (Actor1 to Actor2); `042` make a visit → `visit`
/// (Actor1 visits); `043` host a visit → `visit` (Actor1 hosts); `044` meet at a third location →
/// `meeting`. Every other code (including `036`, intent to meet, which is not a meeting that happened)
/// → `cooccurrence`.
///
/// GDELT names are upper case; they are title-cased ("NORTH KOREA" → "North Korea") and keyed by their
/// slug. An actor whose code is its bare 3-letter country code is a `country`; any other is an
/// `organization` (GDELT does not say which names are people). Rows without both actor names are
/// skipped and counted in `EventTable.skipped`. Event IDs are `gdelt:GLOBALEVENTID`.
public enum GDELTFormat {
    /// The field counts of GDELT export rows, and which version each one is.
    public static let fieldCounts: [Int: String] = [57: "GDELT 1.0", 58: "GDELT 1.0", 61: "GDELT 2.0"]

    public static func read(_ data: Data, name: String) throws -> EventTable {
        let source = try SourceText(data, name: name)
        var iterator = DelimitedText(source, delimiter: 0x09, quoting: false).makeIterator()
        var expected: Int?
        var actors: [ActorID: Actor] = [:]
        var events: [Event] = []
        var skipped = 0
        var seen: [String: Int] = [:]
        while let record = try iterator.nextRecord() {
            let count = record.fields.count
            if let expected, count != expected {
                throw source.error(line: record.line, "expected \(expected) fields (\(fieldCounts[expected]!)), found \(count)")
            }
            guard fieldCounts[count] != nil else {
                throw source.error(line: record.line, "expected 57, 58 or 61 tab-separated fields (a GDELT 1.0 or 2.0 export), found \(count)")
            }
            expected = count
            let fields = record.fields
            let idText = fields[0].value.trimmed()
            guard !idText.isEmpty, idText.allSatisfy(\.isASCII), UInt64(idText) != nil else {
                throw source.error(line: record.line, offset: fields[0].offset, "GLOBALEVENTID \(quoted(idText)) is not a number")
            }
            let id = "gdelt:\(idText)"
            if let previous = seen[id] {
                throw source.error(line: record.line, offset: fields[0].offset, "duplicate GLOBALEVENTID \(idText) (first on line \(previous))")
            }
            seen[id] = record.line
            let dateText = fields[1].value.trimmed()
            guard let date = day(yyyymmdd: dateText) else {
                throw source.error(line: record.line, offset: fields[1].offset, "SQLDATE \(quoted(dateText)) is not a date (YYYYMMDD)")
            }
            guard let a = actor(fields, name: 6, code: 5, country: 7), let b = actor(fields, name: 16, code: 15, country: 17),
                  a.id != b.id else {
                skipped += 1
                continue
            }
            for actor in [a, b] {
                if let existing = actors[actor.id], existing.kind == .country || actor.kind != .country { continue }
                actors[actor.id] = actor
            }
            let code = fields[26].value.trimmed()
            let (kind, status, hostFirst) = classify(code)
            let url = count > 57 ? fields[count - 1].value.trimmed() : ""
            events.append(Event(id: id, kind: kind, status: status, date: date,
                                actors: EventTable.participants(kind, a.id, b.id, hostFirst: hostFirst),
                                evidence: Evidence(document: url.isEmpty ? name : url, sentence: record.line,
                                                   start: 0, end: 0, quote: "")))
        }
        return EventTable(actors: actors.values.sorted { $0.id < $1.id }, events: events, skipped: skipped)
    }

    /// The event kind and status of a CAMEO event code, and whether Actor1 is the host of a visit.
    public static func classify(_ cameo: String) -> (kind: EventKind, status: EventStatus?, actor1Hosts: Bool) {
        switch cameo.prefix(3) {
        case "039": (.mediation, .offered, false)
        case "045": (.mediation, .performed, false)
        case "040", "046": (.talks, .held, false)
        case "041": (.communication, nil, false)
        case "042": (.visit, .held, false)
        case "043": (.visit, .held, true)
        case "044": (.meeting, .held, false)
        default: (.cooccurrence, nil, false)
        }
    }

    static func actor(_ fields: [DelimitedText.Field], name: Int, code: Int, country: Int) -> Actor? {
        let raw = fields[name].value.trimmed()
        guard !raw.isEmpty else { return nil }
        let display = raw.split(separator: " ").map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
        let actorCode = fields[code].value.trimmed()
        let countryCode = fields[country].value.trimmed()
        let isCountry = actorCode.count == 3 && actorCode == countryCode
        let actor = Actor(name: display, kind: isCountry ? .country : .organization)
        return actor.id.rawValue.isEmpty ? nil : actor
    }

    static func day(yyyymmdd text: String) -> Day? {
        guard text.count == 8, text.allSatisfy(\.isASCII), let y = Int(text.prefix(4)),
              let m = Int(text.dropFirst(4).prefix(2)), let d = Int(text.suffix(2)) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
