import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite struct GraphFileTests {
    @Test func detectsByExtensionAndFirstLine() throws {
        #expect(try GraphFileFormat.detect(path: "a/b.GraphML") == .graphml)
        #expect(try GraphFileFormat.detect(path: "x.gexf") == .gexf)
        #expect(try GraphFileFormat.detect(path: "x.json") == .json)
        #expect(try GraphFileFormat.detect(path: "x.csv", contents: bytes("source,target\na,b\n")) == .csv)
        #expect(try GraphFileFormat.detect(path: "x.tsv", contents: bytes("source\ttarget\n")) == .tsv)
        #expect(try GraphFileFormat.detect(path: "e.csv", contents: bytes("\u{FEFF}\"Date\",Source,Target,Kind\n")) == .eventTable)
        #expect(try GraphFileFormat.detect(path: "20180531.export.CSV", contents: bytes(GDELTRow().line(version: 1))) == .gdelt)
        #expect(try GraphFileFormat.detect(path: "20180531000000.export.CSV", contents: bytes(GDELTRow().line(version: 2))) == .gdelt)
        #expect(failure { try GraphFileFormat.detect(path: "graph.xyz") }
            == #"graph.xyz: unknown graph file extension ".xyz" (expected .csv, .tsv, .graphml, .gexf or .json)"#)
        #expect(failure { try GraphFileFormat.detect(path: "README") } == #"README: unknown graph file extension "" (expected .csv, .tsv, .graphml, .gexf or .json)"#)
        #expect(failure { try GraphFileFormat.detect(path: "g.dot") } == #"g.dot: unknown graph file extension ".dot" (DOT files are read by ActorGraphRendering)"#)
    }

    @Test func readsEveryFormatThroughTheDispatcher() throws {
        let graph = sampleGraph()
        for format in [GraphFileFormat.graphml, .gexf, .json] {
            let back = try GraphFileReader.read(data: GraphFileWriter.data(graph, format: format), name: "g.\(format.rawValue)")
            #expect(GraphSnapshot(back) == GraphSnapshot(graph))
        }
        let csv = try GraphFileReader.read(data: GraphFileWriter.data(graph, format: .csv), name: "g.csv", options: .init(directed: true))
        #expect(csv.isDirected && csv.relations.count == graph.relations.count)
        let events = "date,source,target,kind\n2017-12-08,Russia,North Korea,mediation\n2019-04-25,Putin,Kim,meeting\n"
        let windowed = try GraphFileReader.read(data: bytes(events), name: "e.csv",
                                                options: .init(window: TimeWindow(from: Day("2019-01-01"))))
        #expect(windowed.sortedRelations.map(\.kind) == [.meeting])
        let gdelt = try GraphFileReader.read(data: bytes(GDELTRow().line()), name: "1.export.CSV")
        #expect(gdelt.sortedRelations.map(\.kind) == [.mediation])
        #expect(failure { try GraphFileReader.readEventTable(data: bytes("source,target\na,b\n"), name: "x.csv") }
            == "x.csv: not an event table: a .csv/.tsv with a date,source,target,kind header or a GDELT export was expected")
    }

    @Test func writingIsDeterministic() throws {
        // The same graph built in two insertion orders writes the same bytes, twice over.
        let graph = sampleGraph()
        var reversed = ActorGraph()
        for actor in graph.sortedActors.reversed() { reversed.add(actor) }
        for relation in graph.sortedRelations.reversed() { reversed.add(relation) }
        for format in GraphFileFormat.allCases where format.isWritable {
            let once = try GraphFileWriter.write(graph, format: format)
            #expect(try GraphFileWriter.write(graph, format: format) == once)
            #expect(try GraphFileWriter.write(reversed, format: format) == once)
        }
        #expect(failure { try GraphFileWriter.write(graph, format: .gdelt) } == "(output): cannot write gdelt: it is an input format only")
    }

    @Test func writesFilesAtomicallyAndReadsThemBack() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-formats-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = sampleGraph()
        for ext in ["graphml", "gexf", "json"] {
            let path = directory.appendingPathComponent("out.\(ext)").path
            try GraphFileWriter.write(graph, to: path)
            #expect(GraphSnapshot(try GraphFileReader.read(path: path)) == GraphSnapshot(graph))
            #expect(GraphSnapshot(try GraphFileReader.read(url: URL(fileURLWithPath: path))) == GraphSnapshot(graph))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["out.gexf", "out.graphml", "out.json"])
        let missing = directory.appendingPathComponent("nope.csv").path
        #expect(failure { try GraphFileReader.read(path: missing) } == "\(missing): no such file")
        #expect(failure { try GraphFileWriter.write(graph, to: directory.appendingPathComponent("x.svg").path) }?
            .hasSuffix(#"x.svg: unknown graph file extension ".svg" (expected .csv, .tsv, .graphml, .gexf or .json)"#) == true)
    }

    @Test func errorDescriptionIsOneLine() {
        let error = FormatError(file: "a.csv", line: 3, column: 7, "bad\nthing")
        #expect(error.description == "a.csv:3:7: bad thing")
        #expect(FormatError(file: "a.csv", "empty file").description == "a.csv: empty file")
        #expect(quoted("a\"b\nc") == #""a\"b\nc""#)
        #expect(quoted(String(repeating: "x", count: 100)).count == 63)
    }

    @Test func numberFormatting() {
        #expect(NumberText.format(2) == "2")
        #expect(NumberText.format(0) == "0")
        #expect(NumberText.format(-0.0) == "0")
        #expect(NumberText.format(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberText.format(1e20) == "1e+20")
        #expect(NumberText.format(1e-5) == "1e-05")
    }
}
