import ActorGraphCore
import HeapModule

extension CompactGraph {
    /// The `k` shortest simple paths (no repeated node) from `source` to `target`, shortest first.
    ///
    /// Yen's algorithm, structured as NetworkX's `shortest_simple_paths`: after accepting a path, for
    /// every prefix (root) of it, search a spur path from the root's last node to the target that avoids
    /// the root's other nodes and the next edge of every accepted path sharing that root; each
    /// root + spur is a candidate; the cheapest candidate (ties: first found) is accepted next.
    /// J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971,
    /// 712–716, doi:10.1287/mnsc.17.11.712.
    ///
    /// Lengths equal NetworkX's; among paths of equal length the order can differ, because spur searches
    /// break ties differently (NetworkX uses a bidirectional search).
    ///
    /// - Parameters:
    ///   - k: number of paths wanted (fewer are returned when fewer exist).
    ///   - distance: how an edge's weight becomes a path length.
    /// - Throws: `InvalidDistanceError`, `.nodeOutOfRange`, `.invalidParameter` when k < 1.
    /// - Complexity: O(k · n · (m + n log n)).
    public func kShortestPaths(from source: Int32, to target: Int32, k: Int,
                               distance: DistanceRule = .inverse) throws -> [GraphPath] {
        try check(source)
        try check(target)
        guard k >= 1 else { throw GraphAlgorithmError.invalidParameter("k must be at least 1 (got \(k))") }
        if source == target { return [GraphPath(nodes: [source], length: 0)] }
        let lengths = try distances(distance)
        let search = SpurSearch(graph: self, lengths: lengths)

        func length(of path: ArraySlice<Int32>) -> Double {
            var total = 0.0
            var previous = path.first!
            for v in path.dropFirst() {
                total += lengths[slot(from: previous, to: v)!]
                previous = v
            }
            return total
        }

        struct Candidate: Comparable {
            var cost: Double
            var counter: Int
            static func < (a: Candidate, b: Candidate) -> Bool {
                (a.cost, a.counter) < (b.cost, b.counter)
            }
        }
        var accepted: [[Int32]] = []
        var candidates = Heap<Candidate>()
        var candidatePaths: [[Int32]] = []
        var seen = Set<[Int32]>()
        func push(_ cost: Double, _ path: [Int32]) {
            guard seen.insert(path).inserted else { return }
            candidates.insert(Candidate(cost: cost, counter: candidatePaths.count))
            candidatePaths.append(path)
        }

        guard let first = search.run(from: source, to: target) else { return [] }
        push(first.length, first.nodes)
        var result: [GraphPath] = []
        while let next = candidates.popMin() {
            let path = candidatePaths[next.counter]
            accepted.append(path)
            result.append(GraphPath(nodes: path, length: length(of: path[...])))
            if result.count == k { break }
            search.clear()
            for i in 1..<path.count {
                let root = path[0..<i]
                let rootLength = length(of: root)
                for other in accepted where other.count > i && other[0..<i] == root {
                    search.banEdge(from: other[i - 1], to: other[i])
                }
                if let spur = search.run(from: root.last!, to: target) {
                    push(rootLength + spur.length, Array(root.dropLast()) + spur.nodes)
                }
                search.banNode(root.last!)
            }
        }
        return result
    }
}

/// Dijkstra from one node to another avoiding banned nodes and edges (Yen's spur search).
private final class SpurSearch {
    let graph: CompactGraph
    let lengths: [Double]
    var bannedNodes: [Bool]
    var bannedEdges: [Bool]
    var bannedList: (nodes: [Int32], edges: [Int32]) = ([], [])
    var distance: [Double]
    var parent: [Int32]
    var touched: [Int32] = []
    var heap = Heap<QueueEntry>()

    init(graph: CompactGraph, lengths: [Double]) {
        self.graph = graph
        self.lengths = lengths
        bannedNodes = [Bool](repeating: false, count: graph.nodeCount)
        bannedEdges = [Bool](repeating: false, count: graph.edgeCount)
        distance = [Double](repeating: .infinity, count: graph.nodeCount)
        parent = [Int32](repeating: -1, count: graph.nodeCount)
    }

    func clear() {
        for v in bannedList.nodes { bannedNodes[Int(v)] = false }
        for e in bannedList.edges { bannedEdges[Int(e)] = false }
        bannedList = ([], [])
    }

    func banNode(_ v: Int32) {
        bannedNodes[Int(v)] = true
        bannedList.nodes.append(v)
    }

    /// Bans the edge u → v (both directions when undirected: they are one edge).
    func banEdge(from u: Int32, to v: Int32) {
        guard let slot = graph.slot(from: u, to: v) else { return }
        let e = graph.edgeIDs[slot]
        bannedEdges[Int(e)] = true
        bannedList.edges.append(e)
    }

    func run(from source: Int32, to target: Int32) -> (nodes: [Int32], length: Double)? {
        for v in touched {
            distance[Int(v)] = .infinity
            parent[Int(v)] = -1
        }
        touched.removeAll(keepingCapacity: true)
        heap = Heap()
        if bannedNodes[Int(source)] || bannedNodes[Int(target)] { return nil }
        distance[Int(source)] = 0
        touched.append(source)
        heap.insert(QueueEntry(distance: 0, node: source))
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if entry.distance > distance[v] { continue }
            if v == Int(target) { break }
            for slot in graph.offsets[v] ..< graph.offsets[v + 1] {
                let w = Int(graph.targets[slot])
                if bannedNodes[w] || bannedEdges[Int(graph.edgeIDs[slot])] { continue }
                let candidate = entry.distance + lengths[slot]
                if candidate < distance[w] {
                    if distance[w] == .infinity { touched.append(Int32(w)) }
                    distance[w] = candidate
                    parent[w] = Int32(v)
                    heap.insert(QueueEntry(distance: candidate, node: Int32(w)))
                }
            }
        }
        guard distance[Int(target)].isFinite else { return nil }
        var nodes = [target]
        var current = target
        while current != source {
            current = parent[Int(current)]
            nodes.append(current)
        }
        return (nodes.reversed(), distance[Int(target)])
    }
}
