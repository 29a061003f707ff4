import Foundation
import Testing

/// `centrality`, `path` and `communities` on the built binary, checked against the NetworkX fixtures
/// that `scripts/gen-fixtures` wrote for the algorithm tests.
@Suite(.serialized) struct AnalysisCommandTests {
    static func fixture(_ name: String) throws -> [String: Any] {
        let url = CLIRunner.root.appendingPathComponent("Tests/ActorGraphAlgorithmsTests/Fixtures/\(name).json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Scores by actor name from `centrality --format json`.
    static func scores(_ stdout: String, _ measure: String) throws -> [String: Double] {
        let nodes = try #require(try CLIRunner.json(stdout)["nodes"] as? [[String: Any]])
        var result: [String: Double] = [:]
        for node in nodes { result[node["name"] as! String] = (node[measure] as! NSNumber).doubleValue }
        return result
    }

    @Test func weightedCentralityMatchesNetworkXOnLesMiserables() throws {
        let result = try CLIRunner.run(["centrality", "Graphs/reference/lesmis.csv", "--measure", "betweenness,closeness,pagerank,strength",
                                        "--distance", "weight", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let fixture = try Self.fixture("lesmis")
        let rules = try #require(fixture["rules"] as? [String: Any])
        let weight = try #require(rules["weight"] as? [String: Any])
        let pagerank = try #require((fixture["pagerank"] as? [String: Any])?["weighted"] as? [String: Double])
        let expected: [(String, [String: Double], Double)] = [
            ("betweenness", try #require(weight["betweenness"] as? [String: Double]), 1e-9),
            ("closeness", try #require(weight["closeness"] as? [String: Double]), 1e-9),
            ("pagerank", pagerank, 1e-6),
        ]
        for (measure, reference, tolerance) in expected {
            let ours = try Self.scores(result.stdout, measure)
            #expect(ours.count == reference.count, "\(measure): \(ours.count) actors")
            for (name, value) in reference {
                #expect(abs((ours[name] ?? .nan) - value) <= tolerance, "\(measure) of \(name): \(ours[name] ?? .nan) vs NetworkX \(value)")
            }
        }
    }

    @Test func centralityIsSortedByTheFirstMeasureAndTopCuts() throws {
        let result = try CLIRunner.run(["centrality", "Graphs/reference/florentine.csv", "--measure", "betweenness,degree", "--top", "3", "--format", "json"])
        let nodes = try #require(try CLIRunner.json(result.stdout)["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["name"] as! String } == ["Medici", "Guadagni", "Albizzi"])
        #expect(nodes.allSatisfy { Set($0.keys) == ["id", "name", "kind", "betweenness", "degree"] })
    }

    @Test func pathFindsTheShortestAndKShortestRoutes() throws {
        // Florentine families, hops: Acciaiuoli–Medici–Albizzi–Guadagni–Lamberteschi has 4 hops (NetworkX fixture).
        let result = try CLIRunner.run(["path", "Graphs/reference/florentine.csv", "--from-actor", "acciaiuoli",
                                        "--to-actor", "Lamberteschi", "--distance", "hops", "--k", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let paths = try #require(try CLIRunner.json(result.stdout)["paths"] as? [[String: Any]])
        #expect(paths.count == 3)
        #expect((paths[0]["length"] as! NSNumber).doubleValue == 4)
        #expect(paths[0]["actors"] as? [String] == ["Acciaiuoli", "Medici", "Albizzi", "Guadagni", "Lamberteschi"])
        let lengths = paths.map { ($0["length"] as! NSNumber).doubleValue }
        #expect(lengths == lengths.sorted())
    }

    @Test func unknownActorSuggestsTheClosestNames() throws {
        let result = try CLIRunner.run(["path", "Graphs/reference/florentine.csv", "--from-actor", "Medicci", "--to-actor", "Strozzi"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no actor named \"Medicci\""))
        #expect(result.stderr.contains("\"Medici\""))
    }

    @Test func disconnectedPairGivesAnEmptyListNotACrash() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("two.csv")
        try Data("source,target\na,b\nc,d\n".utf8).write(to: csv)
        let result = try CLIRunner.run(["path", csv.path, "--from-actor", "a", "--to-actor", "d", "--format", "json"])
        #expect(result.status == 0)
        #expect((try CLIRunner.json(result.stdout)["paths"] as? [Any])?.isEmpty == true)
        #expect(result.stderr.contains("no path between a and d"))
    }

    @Test func zeroWeightIsRejectedForInverseDistances() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("zero.csv")
        try Data("source,target,weight\na,b,0\nb,c,1\n".utf8).write(to: csv)
        let result = try CLIRunner.run(["centrality", csv.path, "--measure", "betweenness"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("betweenness:"))
    }

    @Test func communitiesAreReproducibleWithASeed() throws {
        let a = try CLIRunner.run(["communities", "Graphs/reference/karate.csv", "--seed", "7", "--format", "json"])
        let b = try CLIRunner.run(["communities", "Graphs/reference/karate.csv", "--seed", "7", "--format", "json"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        let modularity = try #require(try CLIRunner.json(a.stdout)["modularity"] as? NSNumber).doubleValue
        #expect(modularity > 0.35)
    }

    @Test func malformedGraphFileNamesFileAndLine() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("bad.csv")
        try Data("source,target,weight\na,b,1\nb,c,heavy\n".utf8).write(to: csv)
        let result = try CLIRunner.run(["centrality", csv.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:3"))
    }
}
