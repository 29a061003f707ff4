import Foundation
import Testing

@Suite(.serialized) struct MediatorsCommandTests {
    @Test(.enabled(if: CLIRunner.hasSeeds, "needs ../shared/seeds"), arguments: ["actor", "country"])
    func russiaMediatesBetweenTheUnitedStatesAndNorthKoreaInTheSeeds(level: String) throws {
        let result = try CLIRunner.run(["mediators"] + CLIRunner.seedFiles + ["United States", "North Korea", "--level", level, "--format", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result.stdout)
        #expect(json["between"] as? [String] == ["United States", "North Korea"])
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.first?["actor"] as? String == "Russia")
        let explicit = try #require(json["explicit"] as? [[String: Any]])
        let russian = explicit.filter { ["Russia", "Sergey Lavrov"].contains($0["mediator"] as? String) }
        #expect(russian.count >= 2)
        #expect(russian.allSatisfy { ($0["quote"] as? String)?.isEmpty == false && $0["date"] is String })
        #expect(russian.contains { ($0["quote"] as! String).contains("mediate") })
        #expect(json["structural"] is [Any])
    }

    @Test(.enabled(if: CLIRunner.hasSeeds, "needs ../shared/seeds"))
    func aliasesNameTheSamePairAndTheTableReadsLikeAnAnswer() throws {
        let result = try CLIRunner.run(["mediators"] + CLIRunner.seedFiles + ["US", "Pyongyang", "--format", "table", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Who mediated between United States and North Korea"))
        #expect(result.stdout.contains("Russia"))
    }

    @Test func unknownNameSuggestsTheClosest() throws {
        let result = try CLIRunner.run(["mediators", "Examples/corpus", "United Sates", "North Korea", "--quiet"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("did you mean \"United States\""))
    }

    @Test func unconnectedPairIsSaidPlainly() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("islands.csv")
        try Data("source,target\nMalta,Iceland\nFiji,Tonga\n".utf8).write(to: csv)
        let result = try CLIRunner.run(["mediators", csv.path, "Malta", "Tonga", "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("not connected in this window"))
    }
}
