import Foundation
import Testing

@Suite(.serialized) struct ExtractAndRenderTests {
    @Test func extractPrintsTheDocumentedJSONShape() throws {
        let result = try CLIRunner.run(["extract", "Examples/corpus", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result.stdout)
        let documents = try #require(json["documents"] as? [[String: Any]])
        let actors = try #require(json["actors"] as? [[String: Any]])
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(documents.count >= 12)
        for document in documents {
            for key in ["id", "path", "title", "date", "source"] { #expect(document.keys.contains(key), "document lacks \(key)") }
            #expect(document["date"] is String, "every example article is dated")
        }
        for actor in actors {
            for key in ["id", "name", "kind", "affiliation"] { #expect(actor.keys.contains(key)) }
        }
        #expect(!events.isEmpty)
        for event in events {
            for key in ["id", "kind", "date", "place", "document", "sentence", "quote", "actors"] { #expect(event.keys.contains(key)) }
            let quote = try #require(event["quote"] as? String)
            #expect(!quote.isEmpty)
            let roles = try #require(event["actors"] as? [[String: Any]])
            #expect(roles.count >= 2)
        }
    }

    @Test func extractOutputIsByteIdentical() throws {
        let first = try CLIRunner.run(["extract", "Examples/corpus", "--quiet"])
        let second = try CLIRunner.run(["extract", "Examples/corpus", "--quiet"])
        #expect(first.stdout == second.stdout)
    }

    @Test func badArticleIsReportedWithLineAndTheRestGoesOn() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("date: 2018-05-31\n---\nLavrov met Kim Jong-un in Pyongyang.\n".utf8).write(to: folder.appendingPathComponent("good.md"))
        try Data([0x4F, 0x4B, 0x0A, 0x0A, 0xC3, 0x28]).write(to: folder.appendingPathComponent("bad.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let result = try CLIRunner.run(["extract", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.txt:3: invalid UTF-8 at byte 4"))
        #expect(result.stderr.contains("empty.txt: empty file"))
        let json = try CLIRunner.json(result.stdout)
        #expect((json["documents"] as? [Any])?.count == 1)
    }

    @Test func badFrontMatterDateNamesFileAndLine() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: x\ndate: someday\n---\nText.\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let result = try CLIRunner.run(["extract", folder.appendingPathComponent("a.md").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("a.md:2: date 'someday' does not parse"))
    }

    @Test func renderMalformedDOTFailsWithLineAndWritesNothing() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("broken.dot")
        try Data("graph g {\n  a -- b;\n  b -- -- c;\n}\n".utf8).write(to: dot)
        let out = folder.appendingPathComponent("out.svg").path
        let result = try CLIRunner.run(["render", dot.path, "-o", out])
        #expect(result.status != 0)
        #expect(result.stderr.contains("broken.dot:3:"))
        #expect(result.stderr.split(separator: "\n").count == 1, "one-line error: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.dot"])
    }

    @Test func renderKeepsAnExistingOutputOnFailure() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.svg")
        try Data("previous".utf8).write(to: out)
        try Data("graph {".utf8).write(to: folder.appendingPathComponent("bad.gv"))
        let result = try CLIRunner.run(["render", folder.appendingPathComponent("bad.gv").path, "-o", out.path])
        #expect(result.status != 0)
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous")
    }

    @Test func renderDrawsAnyDOTFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("g.dot")
        try Data("digraph { \"<script>\" -> \"b&c\" }\n".utf8).write(to: dot)
        for ext in ["svg", "png", "pdf", "plain"] {
            let result = try CLIRunner.run(["render", dot.path, "-o", folder.appendingPathComponent("g.\(ext)").path, "--layout", "circo"])
            #expect(result.status == 0, "\(ext): \(result.stderr)")
        }
        let svg = try String(contentsOf: folder.appendingPathComponent("g.svg"), encoding: .utf8)
        #expect(svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("<script>"))
    }

    @Test func missingPluginConfigurationGivesAnActionableMessage() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("g.dot")
        try Data("graph { a -- b }".utf8).write(to: dot)
        // GVBINDIR tells Graphviz where its plugins and their configuration are: an empty folder has neither.
        let result = try CLIRunner.run(["render", dot.path, "-o", folder.appendingPathComponent("g.svg").path],
                                       environment: ["GVBINDIR": folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("plugin configuration is missing"))
        #expect(result.stderr.contains("libgvc6-config-update"))
    }

    @Test func aFolderWithoutArticlesIsNamed() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["extract", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(folder.path): the folder holds no articles"))
    }

    @Test func missingInputIsNamed() throws {
        let result = try CLIRunner.run(["extract", "no/such/file.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no/such/file.txt: no such file or folder"))
    }
}
