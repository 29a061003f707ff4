import ActorGraphCore

/// One actor's score, for ranked output.
public struct RankedScore: Sendable, Equatable {
    public let index: Int32
    public let id: ActorID
    public let score: Double
}

/// A score for every node, indexed by dense node index, with the node IDs to map back.
public struct NodeScores: Sendable, Equatable {
    /// Dense index → actor ID (the graph's `nodes`).
    public let nodes: [ActorID]
    /// Score of node `i` at `values[i]`.
    public var values: [Double]

    public init(nodes: [ActorID], values: [Double]) {
        precondition(nodes.count == values.count)
        self.nodes = nodes
        self.values = values
    }

    public subscript(index: Int32) -> Double { values[Int(index)] }

    /// Scores keyed by actor ID.
    public var byID: [ActorID: Double] {
        Dictionary(uniqueKeysWithValues: zip(nodes, values))
    }

    /// Every node sorted by score (highest first), then by ID.
    public func ranked() -> [RankedScore] {
        values.indices
            .map { RankedScore(index: Int32($0), id: nodes[$0], score: values[$0]) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}

/// A score for every edge of the graph's merged edge list (`edgeSources`/`edgeTargets`).
public struct EdgeScores: Sendable, Equatable {
    public let nodes: [ActorID]
    public let isDirected: Bool
    public let sources: [Int32]
    public let targets: [Int32]
    /// Score of edge `e` (`sources[e]` → `targets[e]`) at `values[e]`.
    public var values: [Double]

    /// The score of the edge between `u` and `v` (`u → v` when directed), or nil when there is none.
    public func score(from u: Int32, to v: Int32) -> Double? {
        var (a, b) = (u, v)
        if !isDirected && b < a { swap(&a, &b) }
        var low = 0, high = sources.count
        while low < high {
            let mid = (low + high) / 2
            if (sources[mid], targets[mid]) < (a, b) { low = mid + 1 } else { high = mid }
        }
        return low < sources.count && sources[low] == a && targets[low] == b ? values[low] : nil
    }
}

/// A path as dense node indices, with its length under the distance rule that found it.
public struct GraphPath: Sendable, Equatable, Hashable {
    public let nodes: [Int32]
    public let length: Double

    public init(nodes: [Int32], length: Double) {
        self.nodes = nodes
        self.length = length
    }

    /// The path as actor IDs.
    public func ids(in graph: CompactGraph) -> [ActorID] { nodes.map { graph.nodes[Int($0)] } }
}
