import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite(.serialized) struct CompareCommandTests {
    static let byYear = ["compare", "Examples/corpus", "--window", "2017", "--window", "2018", "--window", "2019", "--quiet"]

    static func pairs(_ list: Any?) -> [(String, String, String)] {
        ((list as? [[String: Any]]) ?? []).map { ($0["source"] as? String ?? "", $0["target"] as? String ?? "", $0["kind"] as? String ?? "") }
    }

    @Test func byYearTheSummitsAndTheUSNorthKoreaTiesArrive() throws {
        let result = try CLIRunner.run(Self.byYear + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result.stdout)
        let windows = try #require(json["windows"] as? [[String: Any]])
        #expect(windows.map { $0["label"] as? String } == ["2017", "2018", "2019"])
        #expect(windows.map { $0["from"] as? String } == ["2017-01-01", "2018-01-01", "2019-01-01"])
        for window in windows {
            for key in ["nodes", "edges", "density", "components"] { #expect(window[key] is NSNumber, "\(key)") }
            #expect(window["empty"] as? Bool == false)
        }
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 2)
        #expect(steps[0]["from"] as? String == "2017" && steps[0]["to"] as? String == "2018")
        for key in ["nodes_added", "nodes_removed", "edges_added", "edges_removed", "edges_reweighted", "rank_changes"] {
            #expect(steps[0][key] is [Any], "\(key) is a list")
        }
        #expect(steps[0]["jaccard_edges"] is NSNumber && steps[0]["rank_correlation"] is NSNumber)

        // 2018: the leaders of the United States and North Korea meet (Singapore), and Kim Jong-un
        // gets a direct tie to the United States; Singapore enters the graph.
        let added2018 = Self.pairs(steps[0]["edges_added"])
        #expect(added2018.contains { $0 == ("donald-trump", "kim-jong-un", "meeting") })
        #expect(added2018.contains { $0.0 == "kim-jong-un" && $0.1 == "united-states" })
        let arrived2018 = (steps[0]["nodes_added"] as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String }
        #expect(arrived2018.contains("singapore") && arrived2018.contains("kim-jong-un"))
        // 2019: a North Korea–United States meeting tie (Stockholm) appears; Vietnam (Hanoi) enters.
        let added2019 = Self.pairs(steps[1]["edges_added"])
        #expect(added2019.contains { $0 == ("north-korea", "united-states", "meeting") })
        let arrived2019 = (steps[1]["nodes_added"] as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String }
        #expect(arrived2019.contains("vietnam"))

        // The meetings held in each window, by their own dates.
        func meetings(_ window: [String: Any]) -> [String] {
            (window["meetings"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        #expect(meetings(windows[1]).contains { $0.contains("Donald Trump – Kim Jong-un") && $0.contains("Singapore") && $0.contains("2018-06-12") })
        #expect(!meetings(windows[0]).contains { $0.contains("Singapore") })
        #expect(meetings(windows[2]).contains { $0.contains("Donald Trump – Kim Jong-un") && $0.contains("Hanoi") })

        // Rank changes carry the measure and both ranks.
        let change = try #require((steps[0]["rank_changes"] as? [[String: Any]])?.first)
        #expect(change["measure"] as? String == "degree")
        #expect(change["rank_before"] is NSNumber && change["rank_after"] is NSNumber)
    }

    @Test func tableReadsLikeAnAnswer() throws {
        let result = try CLIRunner.run(Self.byYear + ["--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.contains("2017 → 2018:"))
        #expect(text.contains("2018 → 2019:"))
        #expect(text.contains("+Donald Trump–Kim Jong-un (cooccurrence"))
        #expect(text.contains("Singapore, 2018-06-12"))
        #expect(text.contains("Hanoi"))
        #expect(text.contains("Kendall τ-b"))
    }

    @Test func drawsTheDiffAndThePanelsAsWellFormedSVG() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let diff = folder.appendingPathComponent("diff.svg").path, panels = folder.appendingPathComponent("panels.svg").path
        let result = try CLIRunner.run(Self.byYear + ["--format", "json", "-o", diff, "--panels", panels])
        #expect(result.status == 0, "\(result.stderr)")
        for path in [diff, panels] {
            let data = try #require(FileManager.default.contents(atPath: path))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
            let titles = try NodeTitles(svg: String(decoding: data, as: UTF8.self))
            #expect(titles.nodes.contains("united-states") && titles.nodes.contains("north-korea"))
        }
        let panelText = try String(contentsOfFile: panels, encoding: .utf8)
        #expect(panelText.components(separatedBy: "<g class=\"panel\"").count - 1 == 3)
        let diffText = try String(contentsOfFile: diff, encoding: .utf8)
        #expect(diffText.components(separatedBy: "<g class=\"panel\"").count - 1 == 2)  // 2017 → 2018, 2018 → 2019
        #expect(diffText.contains("Kim Jong&#45;un (new)"))  // Graphviz writes '-' as &#45;
        #expect(diffText.contains("▲") && diffText.contains("(gone)"))

        // Two windows: the diff in any Graphviz format.
        let png = folder.appendingPathComponent("diff.png").path
        let two = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2018", "--window", "2019", "--quiet", "--format", "json", "-o", png])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(Array((FileManager.default.contents(atPath: png) ?? Data()).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func anEmptyWindowIsReportedNotAnError() throws {
        let result = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2016", "--window", "2017", "--quiet", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let windows = try #require(try CLIRunner.json(result.stdout)["windows"] as? [[String: Any]])
        #expect(windows[0]["empty"] as? Bool == true)
        #expect(windows[0]["nodes"] as? Int == 0)
        #expect(windows[1]["empty"] as? Bool == false)
        let table = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2016", "--window", "2017", "--quiet", "--format", "table"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("empty"))
    }

    @Test func overlappingReversedAndMalformedWindowsAreRefused() throws {
        let overlap = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2018", "--window", "2018-Q2", "--quiet"])
        #expect(overlap.status != 0)
        #expect(overlap.stderr.contains("2018 and 2018-Q2 overlap"))
        let reversed = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2018-06-30..2018-03-01", "--window", "2019", "--quiet"])
        #expect(reversed.status != 0)
        #expect(reversed.stderr.contains("2018-06-30..2018-03-01 is reversed"))
        let malformed = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2018-13", "--window", "2019", "--quiet"])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("'2018-13' is not a window"))
        let one = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2018", "--quiet"])
        #expect(one.status != 0)
        #expect(one.stderr.contains("at least two windows"))
    }

    @Test func everyCutsTheCorpusIntoCalendarWindows() throws {
        let years = try CLIRunner.run(["compare", "Examples/corpus", "--every", "1y", "--quiet", "--format", "json"])
        #expect(years.status == 0, "\(years.stderr)")
        let labels = (try CLIRunner.json(years.stdout)["windows"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(labels == ["2017", "2018", "2019"])
        let quarters = try CLIRunner.run(["compare", "Examples/corpus", "--window", "2018", "--every", "3m", "--quiet", "--format", "json"])
        #expect(quarters.status == 0, "\(quarters.stderr)")
        let q = (try CLIRunner.json(quarters.stdout)["windows"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(q == ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4"])
    }

    @Test func otherCommandsTakeOneWindow() throws {
        let report = try CLIRunner.run(["report", "Examples/corpus", "--window", "2018-Q2", "--quiet"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("2018-Q2"))
        let both = try CLIRunner.run(["report", "Examples/corpus", "--window", "2018", "--from", "2018-01-01", "--quiet"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--window and --from/--to"))
        let two = try CLIRunner.run(["report", "Examples/corpus", "--window", "2017", "--window", "2018", "--quiet"])
        #expect(two.status == 64)
        #expect(two.stderr.contains("compare"))
    }
}
