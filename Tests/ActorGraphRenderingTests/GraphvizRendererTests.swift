import Foundation
import ActorGraphRendering
import Testing

@Suite(.serialized) struct GraphvizRendererTests {
    let triangle = "graph g { a -- b; b -- c; c -- a; a [label=\"Alpha\"]; }"

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutAndRendersSVG(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer.render(dot: triangle, format: .svg, layout: engine)
        let check = try SVGCheck(String(decoding: svg, as: UTF8.self))
        #expect(check.nodeCount == 3)
        #expect(check.edgeCount == 3)
        #expect(check.texts.contains("Alpha"))
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let png = try GraphvizRenderer.render(dot: triangle, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try GraphvizRenderer.render(dot: triangle, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func pdfBytesDoNotDependOnTheClock() throws {
        let first = try GraphvizRenderer.render(dot: triangle, format: .pdf)
        Thread.sleep(forTimeInterval: 1.1)
        let second = try GraphvizRenderer.render(dot: triangle, format: .pdf)
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
    }

    @Test func plainFormatGivesPositions() throws {
        let plain = String(decoding: try GraphvizRenderer.render(dot: triangle, format: .plain, layout: .neato), as: UTF8.self)
        #expect(plain.hasPrefix("graph "))
        #expect(plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count == 3)
    }

    @Test func malformedDOTThrowsGraphvizsMessageWithTheLine() {
        let broken = "graph g {\n  a -- b;\n  b -- ;\n}\n"
        #expect {
            try GraphvizRenderer.render(dot: broken, format: .svg)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.line == 3 && error.message.contains("syntax error")
        }
    }

    @Test func lineNumbersRestartForEveryText() {
        let broken = "graph g {\n  a -- b;\n  b -- ;\n}\n"
        for _ in 0..<3 {
            #expect(throws: GraphvizError(message: "syntax error near ';'", line: 3)) {
                try GraphvizRenderer.render(dot: broken, format: .svg)
            }
        }
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(dot: "", format: .svg) }
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.parse(dot: "this is not dot") }
    }

    @Test func errorsDoNotLeakIntoTheNextCall() throws {
        _ = try? GraphvizRenderer.render(dot: "graph {", format: .svg)
        let svg = try GraphvizRenderer.render(dot: triangle, format: .svg)
        #expect(!svg.isEmpty)
    }

    @Test func parseReadsNodesEdgesAndAttributes() throws {
        let document = try GraphvizRenderer.parse(dot: "digraph { a -> b [weight=3]; b -> c; a [kind=country]; }")
        #expect(document.isDirected)
        #expect(document.nodes.map(\.name) == ["a", "b", "c"])
        #expect(document.nodes[0].attributes["kind"] == "country")
        #expect(document.edges.map { "\($0.tail)>\($0.head)" } == ["a>b", "b>c"])
        #expect(document.edges[0].attributes["weight"] == "3")
    }

    @Test func concurrentCallsAreSerialisedSafely() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try GraphvizRenderer.render(dot: triangle, format: .svg, layout: .neato).count }
            }
            var sizes = Set<Int>()
            for try await size in group { sizes.insert(size) }
            #expect(sizes.count == 1)
        }
    }
}
