import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite struct EdgeListFormatTests {
    @Test func readsHeaderedEdgeListWithWeightsAndKinds() throws {
        let csv = """
            Source,Target,Weight,kind,note
            Medici,Barbadori,2,meeting,ignored
            Medici,Ridolfi,,,
            Medici,Tornabuoni
            Ridolfi,Strozzi,0.5,friendship,unknown kind is ignored
            Barbadori,Medici,1,meeting,repeated edge adds
            """
        let graph = try EdgeListFormat.read(bytes(csv), name: "florentine.csv")
        #expect(graph.actors.count == 5)
        #expect(graph.actors["medici"] == Actor(name: "Medici", kind: .organization))
        #expect(!graph.isDirected)
        let relations = graph.sortedRelations
        #expect(relations.map { "\($0.source)-\($0.target):\($0.kind.rawValue):\($0.weight)" } == [
            "barbadori-medici:meeting:3.0",
            "medici-ridolfi:cooccurrence:1.0",
            "medici-tornabuoni:cooccurrence:1.0",
            "ridolfi-strozzi:cooccurrence:0.5",
        ])
    }

    @Test func rfc4180QuotingBOMAndCRLF() throws {
        let csv = "\u{FEFF}source,target,weight\r\n"
            + "\"Korea, North\",\"Say \"\"hi\"\"\",3\r\n"
            + "\"Line\nbreak\",\"  padded  \",1\r\n"
            + "\r\n"
            + "plain,\"Korea, North\",\"4.5\"\r\n"
        let graph = try EdgeListFormat.read(bytes(csv), name: "q.csv")
        #expect(Set(graph.actors.values.map(\.name)) == ["Korea, North", "Say \"hi\"", "Line\nbreak", "padded", "plain"])
        #expect(graph.relations.count == 3)
        #expect(graph.sortedRelations.first { $0.source == "korea-north" && $0.target == "plain" }?.weight == 4.5)
    }

    @Test func readsTSVAndDirected() throws {
        let tsv = "source\ttarget\tweight\nA, Inc.\tB\t2\nB\tA, Inc.\t1\n"
        let graph = try EdgeListFormat.read(bytes(tsv), name: "d.tsv", delimiter: "\t", directed: true)
        #expect(graph.isDirected)
        #expect(graph.sortedRelations.map(\.weight) == [2, 1])
        #expect(graph.actors["a-inc"]?.name == "A, Inc.")
    }

    @Test func zeroWeightIsAllowed() throws {
        let graph = try EdgeListFormat.read(bytes("source,target,weight\na,b,0\n"), name: "z.csv")
        #expect(graph.sortedRelations.first?.weight == 0)
    }

    @Test func roundTripKeepsNamesWeightsKindsAndDates() throws {
        let graph = sampleGraph()
        for (delimiter, name) in [(Character(","), "g.csv"), ("\t", "g.tsv")] {
            let text = EdgeListFormat.write(graph, delimiter: delimiter)
            let back = try EdgeListFormat.read(bytes(text), name: name, delimiter: delimiter)
            #expect(back.sortedRelations.map { [$0.source, $0.target] } == graph.sortedRelations.map { [$0.source, $0.target] })
            #expect(back.sortedRelations.map(\.kind) == graph.sortedRelations.map(\.kind))
            #expect(back.sortedRelations.map(\.weight) == graph.sortedRelations.map(\.weight))
            #expect(back.sortedRelations.map(\.first) == graph.sortedRelations.map(\.first))
            #expect(back.sortedRelations.map(\.last) == graph.sortedRelations.map(\.last))
            #expect(Set(back.actors.values.map(\.name)) == Set(graph.actors.values.map(\.name)))
            #expect(EdgeListFormat.write(back, delimiter: delimiter) == text)
        }
    }

    @Test func writesFixedFormatting() {
        var graph = ActorGraph()
        graph.add(Actor(name: "A", kind: .country))
        graph.add(Actor(name: "B, the second", kind: .country))
        graph.add(Relation(source: "a", target: "b-the-second", kind: .meeting, weight: 2, first: Day("2018-06-12"), last: Day("2018-06-12")))
        #expect(EdgeListFormat.write(graph) == """
            source,target,weight,kind,first,last
            A,"B, the second",2,meeting,2018-06-12,2018-06-12

            """)
    }

    // MARK: errors, each with file, line and (where it helps) column

    @Test func wrongFieldCount() {
        var csv = "source,target,weight\n"
        for i in 2..<14 { csv += "\(i),\(i + 1),1\n" }
        csv += "1,2,3,4,5\n"
        #expect(failure { try EdgeListFormat.read(bytes(csv), name: "karate.csv") } == "karate.csv:14: expected 2 or 3 fields, found 5")
        #expect(failure { try EdgeListFormat.read(bytes("source,target\na\n"), name: "e.csv") } == "e.csv:2: expected 2 fields, found 1")
        #expect(failure { try EdgeListFormat.read(bytes("source,target,weight,kind\na\n"), name: "e.csv") }
            == "e.csv:2: expected 2 to 4 fields, found 1")
    }

    @Test func missingHeader() {
        #expect(failure { try EdgeListFormat.read(bytes("1,2\n2,3\n"), name: "k.csv") }
            == #"k.csv:1: missing header: the first line must name the columns source and target, found "1,2""#)
    }

    @Test func badWeights() {
        #expect(failure { try EdgeListFormat.read(bytes("source,target,weight\na,b,1\na,c,heavy\n"), name: "w.csv") }
            == #"w.csv:3:5: weight "heavy" is not a number"#)
        #expect(failure { try EdgeListFormat.read(bytes("source,target,weight\na,b,nan\n"), name: "w.csv") }
            == #"w.csv:2:5: weight "nan" is not finite"#)
        #expect(failure { try EdgeListFormat.read(bytes("source,target,weight\na,b,inf\n"), name: "w.csv") }
            == #"w.csv:2:5: weight "inf" is not finite"#)
        #expect(failure { try EdgeListFormat.read(bytes("source,target,weight\nä,b,-2\n"), name: "w.csv") }
            == "w.csv:2:5: weight -2 is negative (weights are tie strengths, 0 or more)")
    }

    @Test func invalidUTF8NamesLineAndByte() {
        var data = Data("source,target\nok,fine\n".utf8)
        data.append(contentsOf: [0x61, 0x2C, 0xC3, 0x28, 0x0A])
        #expect(failure { try EdgeListFormat.read(data, name: "bad.csv") } == "bad.csv:3: invalid UTF-8 at byte 24 (0xC3)")
        // Offsets count the BOM: they are offsets into the file.
        var withBOM = Data([0xEF, 0xBB, 0xBF])
        withBOM.append(contentsOf: Array("source,target\n".utf8) + [0xFF])
        #expect(failure { try EdgeListFormat.read(withBOM, name: "bad.csv") } == "bad.csv:2: invalid UTF-8 at byte 17 (0xFF)")
        // Overlong encodings and surrogates are not UTF-8.
        #expect(UTF8Validation.firstInvalidByte(in: [0x41, 0xC0, 0xAF]) == 1)
        #expect(UTF8Validation.firstInvalidByte(in: [0xED, 0xA0, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidByte(in: [0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidByte(in: Array("Härstedt 🇸🇪".utf8)) == nil)
    }

    @Test func emptyFiles() {
        #expect(failure { try EdgeListFormat.read(Data(), name: "empty.csv") } == "empty.csv: empty file")
        #expect(failure { try EdgeListFormat.read(bytes("\u{FEFF}\r\n  \n"), name: "blank.csv") } == "blank.csv: empty file")
    }

    @Test func malformedQuotingAndNames() {
        #expect(failure { try EdgeListFormat.read(bytes("source,target\na,\"open\nb,c\n"), name: "q.csv") }
            == "q.csv:2:3: unterminated quoted field (the quote opened here is never closed)")
        #expect(failure { try EdgeListFormat.read(bytes("source,target\n\"a\"x,b\n"), name: "q.csv") }
            == #"q.csv:2:4: expected a delimiter after the closing quote, found "x""#)
        #expect(failure { try EdgeListFormat.read(bytes("source,target\na, \n"), name: "n.csv") } == "n.csv:2:3: empty target name")
        #expect(failure { try EdgeListFormat.read(bytes("source,target\n???,b\n"), name: "n.csv") }
            == #"n.csv:2:1: source name "???" has no letters or digits"#)
        #expect(failure { try EdgeListFormat.read(bytes("source,target,first\na,b,12/06/2018\n"), name: "d.csv") }
            == #"d.csv:2:5: first date "12/06/2018" is not a date (YYYY-MM-DD)"#)
        #expect(failure { try EdgeListFormat.read(bytes("source,target,Source\na,b,c\n"), name: "h.csv") }
            == #"h.csv:1:15: column "source" appears twice in the header"#)
    }

    @Test func lineNumbersCountEmbeddedNewlines() {
        let csv = "source,target,weight\n\"multi\nline\",b,1\nc,d,x\n"
        #expect(failure { try EdgeListFormat.read(bytes(csv), name: "m.csv") } == #"m.csv:4:5: weight "x" is not a number"#)
    }
}
