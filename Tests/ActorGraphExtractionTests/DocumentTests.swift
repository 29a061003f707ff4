import ActorGraphCore
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite struct DocumentTests {
    @Test func frontMatterGivesTitleDateAndSource() throws {
        let text = "title: Lavrov in Pyongyang\ndate: 2018-05-31\nsource: example\n---\nPYONGYANG — Lavrov met Kim.\n"
        let document = try Document.parse(id: "d", path: "d.md", text: text)
        #expect(document.title == "Lavrov in Pyongyang")
        #expect(document.date == Day("2018-05-31"))
        #expect(document.dateSource == "front-matter")
        #expect(document.source == "example")
        #expect(document.body == "PYONGYANG — Lavrov met Kim.\n")
    }

    @Test func badFrontMatterDateNamesTheLine() {
        let text = "title: x\ndate: 31/31/2018\n---\nbody\n"
        #expect(throws: DocumentError(path: "a.md", line: 2, message: "date '31/31/2018' does not parse (use YYYY-MM-DD)")) {
            try Document.parse(id: "a", path: "a.md", text: text)
        }
    }

    @Test func datelineThenOverride() throws {
        let dated = try Document.parse(id: "a", path: "a.txt", text: "Friday, September 29, 2017\n\nRussia In Talks\n")
        #expect(dated.date == Day("2017-09-29"))
        #expect(dated.dateSource == "dateline")
        let undated = try Document.parse(id: "b", path: "b.txt", text: "No date at all.\n", fallbackDate: Day("2019-04-22"))
        #expect(undated.date == Day("2019-04-22"))
        #expect(undated.dateSource == "override")
    }

    @Test func invalidUTF8IsFoundWithItsOffset() {
        #expect(UTF8Validation.firstInvalidByte(in: Array("héllo 金".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidByte(in: [0x61, 0x0A, 0xFF, 0x62]) == 2)
        #expect(UTF8Validation.firstInvalidByte(in: [0xC0, 0x80]) == 0)  // overlong NUL
        #expect(UTF8Validation.firstInvalidByte(in: [0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(UTF8Validation.firstInvalidByte(in: [0xE2, 0x82]) == 0)  // truncated
    }

    @Test func loaderReportsBadFilesWithLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data([0x61, 0x0A, 0x62, 0x0A, 0xFF]).write(to: bad)
        #expect(throws: DocumentError(path: bad.path, line: 3, message: "invalid UTF-8 at byte 4")) {
            try DocumentLoader.load(path: bad.path, id: "bad")
        }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data("  \n".utf8).write(to: empty)
        #expect(throws: DocumentError(path: empty.path, message: "empty file")) {
            try DocumentLoader.load(path: empty.path, id: "empty")
        }
    }

    @Test func identifiersAreUniqueInABatch() {
        #expect(DocumentLoader.identifiers(for: ["a/x.txt", "b/x.txt", "c/y.md", "d/x.md"]) == ["x", "x-2", "y", "x-3"])
    }
}
