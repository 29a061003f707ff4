import Foundation
import Testing

@Suite(.serialized) struct BrokersCommandTests {
    @Test func medicisAreTheFlorentineBrokers() throws {
        let result = try CLIRunner.run(["brokers", "Graphs/reference/florentine.csv", "--format", "json", "--top", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = try #require(try CLIRunner.json(result.stdout)["nodes"] as? [[String: Any]])
        #expect(nodes.first?["name"] as? String == "Medici")
        let roles = try #require(nodes.first?["brokerage"] as? [String: [String: Any]])
        #expect(Set(roles.keys) == ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"])
    }

    @Test func groupsFileWithABadLineNamesIt() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let groups = folder.appendingPathComponent("groups.csv")
        try Data("actor,group\nMedici,a\nStrozzi\n".utf8).write(to: groups)
        let result = try CLIRunner.run(["brokers", "Graphs/reference/florentine.csv", "--groups", groups.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("groups.csv:3"))
    }
}
