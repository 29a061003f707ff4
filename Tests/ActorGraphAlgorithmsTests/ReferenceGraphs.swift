import ActorGraphAlgorithms
import ActorGraphCore
import Foundation
import Testing

/// The reference graphs under `Graphs/reference/` and the NetworkX fixtures generated from them by
/// `scripts/gen-fixtures` (tests never run Python).
enum Reference {
    static let undirected = ["florentine", "karate", "davis-women", "lesmis", "weighted-random"]
    static let all = undirected + ["weighted-random-directed"]

    /// The package root: the nearest folder above this file holding Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            let parent = url.deletingLastPathComponent()
            precondition(parent.path != url.path, "Package.swift not found above \(#filePath)")
            url = parent
        }
        return url
    }()

    /// Reads `Graphs/reference/<name>.csv` (header `source,target,weight`; nodes in order of first
    /// appearance, as `scripts/gen-fixtures` reads it back).
    static func graph(_ name: String) throws -> CompactGraph {
        let url = packageRoot.appendingPathComponent("Graphs/reference/\(name).csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.removeFirst() == "source,target,weight")
        let edges = lines.map { line -> (source: ActorID, target: ActorID, weight: Double) in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return (ActorID(rawValue: String(fields[0])), ActorID(rawValue: String(fields[1])), Double(fields[2])!)
        }
        return CompactGraph(edges: edges, directed: name.hasSuffix("-directed"))
    }

    /// The NetworkX fixture of a graph, from the test bundle.
    static func fixture(_ name: String) throws -> Fixture {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json",
                                                 subdirectory: "Fixtures"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return Fixture(json: try #require(object as? [String: Any]))
    }
}

/// A fixture as loose JSON with typed accessors.
struct Fixture {
    let json: [String: Any]

    subscript(key: String) -> Any? { json[key] }

    func object(_ path: String...) -> [String: Any]? {
        var current: Any? = json
        for key in path { current = (current as? [String: Any])?[key] }
        return current as? [String: Any]
    }

    func value(_ path: String...) -> Any? {
        var current: Any? = json
        for key in path { current = (current as? [String: Any])?[key] }
        return current
    }

    var nodes: [String] { json["nodes"] as! [String] }

    /// A `{node: number}` map as a vector in dense-index order of `graph`.
    func scores(_ map: [String: Any]?, in graph: CompactGraph) -> [Double]? {
        guard let map else { return nil }
        var result = [Double](repeating: .nan, count: graph.nodeCount)
        for (name, value) in map {
            result[Int(graph.index(of: ActorID(rawValue: name))!)] = (value as! NSNumber).doubleValue
        }
        return result
    }
}

/// Relative-or-absolute closeness: |a − b| ≤ tolerance · max(1, |b|).
func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// Expects two score vectors to agree node by node, naming the first node that does not.
func expectScores(_ actual: [Double], _ expected: [Double]?, _ tolerance: Double, _ what: String,
                  nodes: [ActorID], sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else {
        Issue.record("missing expected values for \(what)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual.count == expected.count, "\(what): count", sourceLocation: sourceLocation)
    for i in 0..<min(actual.count, expected.count) where !close(actual[i], expected[i], tolerance) {
        Issue.record("\(what): node \(nodes[i]) is \(actual[i]), NetworkX says \(expected[i])",
                     sourceLocation: sourceLocation)
        return
    }
}

/// Node indices of a list of names.
func indices(_ names: [String], in graph: CompactGraph) -> [Int32] {
    names.map { graph.index(of: ActorID(rawValue: $0))! }
}
