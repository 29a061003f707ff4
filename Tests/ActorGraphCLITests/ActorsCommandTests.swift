import Foundation
import Testing

@Suite(.serialized) struct ActorsCommandTests {
    @Test func unknownNamesAreListedWithCountsAndAnExample() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            date: 2017-09-29
            ---
            Choe Son-hui held talks in Moscow with Oleg Burmistrov, an ambassador-at-large.
            Mr Burmistrov said later that Oleg Burmistrov would report to Sergey Lavrov.
            The Nuclear Affairs Bureau declined to comment.
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("a.md"))
        let result = try CLIRunner.run(["actors", folder.path, "--unknown", "--format", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let unknown = try #require(try CLIRunner.json(result.stdout)["unknown"] as? [[String: Any]])
        let names = unknown.map { $0["name"] as! String }
        #expect(names.first == "Oleg Burmistrov")
        #expect(unknown.first?["count"] as? Int == 2)
        #expect((unknown.first?["sentence"] as? String)?.contains("ambassador-at-large") == true)
        #expect(names.contains("Burmistrov"), "a surname after Mr is a name")
        #expect(unknown.contains { $0["name"] as? String == "Nuclear Affairs Bureau" && $0["kind"] as? String == "organization" })
        #expect(!names.contains("Choe Son-hui") && !names.contains("Sergey Lavrov") && !names.contains("Moscow"))
    }

    @Test func yamlOutputLoadsBackAsADictionary() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("date: 2018-01-01\n---\nOleg Burmistrov met Choe Son-hui in Moscow.\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let yaml = try CLIRunner.run(["actors", folder.path, "--unknown", "--format", "yaml", "--quiet"])
        #expect(yaml.status == 0)
        let dictionary = folder.appendingPathComponent("user.yaml")
        try Data(yaml.stdout.utf8).write(to: dictionary)
        let rerun = try CLIRunner.run(["actors", folder.path, "--dictionary", dictionary.path, "--format", "json", "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let actors = try #require(try CLIRunner.json(rerun.stdout)["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["name"] as? String == "Oleg Burmistrov" })
    }
}
