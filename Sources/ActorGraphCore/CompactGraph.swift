/// A graph in compressed sparse row (CSR) form: dense `Int32` node indices, contiguous adjacency arrays,
/// `Double` weights. The form every algorithm runs on.
///
/// Node `i` is `nodes[i]`; its out-neighbours are `targets[offsets[i] ..< offsets[i + 1]]`, sorted by
/// index, with the matching `weights` (tie strength) and `edgeIDs` (the index of the edge in
/// `edgeSources`/`edgeTargets`/`edgeWeights`). An undirected graph stores each edge in both directions
/// (so `targets.count == 2 * edgeCount`) and its in-adjacency is its out-adjacency; a directed graph also
/// keeps the reverse (in-) adjacency in `inOffsets`/`inSources`/`inWeights`/`inEdgeIDs`.
///
/// Parallel edges in the input are merged into one edge whose weight is the sum of theirs; self-loops
/// are dropped (an actor does not relate to itself). Weight is tie strength; `distances(_:)` turns it
/// into path lengths under a `DistanceRule`.
public struct CompactGraph: Sendable {
    /// Dense index → stable actor ID.
    public let nodes: [ActorID]
    public let isDirected: Bool

    /// CSR out-adjacency: `offsets` has `nodeCount + 1` entries.
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]
    /// For every out-slot, the edge it belongs to (both slots of an undirected edge share one ID).
    public let edgeIDs: [Int32]

    /// CSR in-adjacency (for undirected graphs, identical to the out-adjacency).
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]
    public let inEdgeIDs: [Int32]

    /// The merged edge list, sorted by (source, target); undirected edges have `source < target`.
    public let edgeSources: [Int32]
    public let edgeTargets: [Int32]
    public let edgeWeights: [Double]

    private let indexByID: [ActorID: Int32]

    /// Builds the CSR arrays.
    ///
    /// - Parameters:
    ///   - nodes: the actors, in the order that defines their dense indices; IDs must be unique.
    ///   - edges: edges between dense indices (`0 ..< nodes.count`); parallel edges are summed
    ///     (weights add), self-loops dropped. For undirected graphs (a, b) and (b, a) are the same edge.
    ///   - directed: whether edges have a direction.
    /// - Complexity: O(n + m log m).
    public init(nodes: [ActorID], edges: [(source: Int32, target: Int32, weight: Double)], directed: Bool) {
        let n = nodes.count
        precondition(n < Int(Int32.max), "too many nodes for Int32 indices")
        var indexByID: [ActorID: Int32] = [:]
        indexByID.reserveCapacity(n)
        for (i, id) in nodes.enumerated() {
            let previous = indexByID.updateValue(Int32(i), forKey: id)
            precondition(previous == nil, "duplicate node ID '\(id)' in CompactGraph")
        }

        // Canonical, sorted, merged edge list.
        var raw: [(Int32, Int32, Double)] = []
        raw.reserveCapacity(edges.count)
        for e in edges {
            precondition(e.source >= 0 && Int(e.source) < n && e.target >= 0 && Int(e.target) < n,
                         "edge endpoint out of range")
            if e.source == e.target { continue }
            if !directed && e.target < e.source {
                raw.append((e.target, e.source, e.weight))
            } else {
                raw.append((e.source, e.target, e.weight))
            }
        }
        raw.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var sources: [Int32] = []
        var targetsList: [Int32] = []
        var weightList: [Double] = []
        sources.reserveCapacity(raw.count)
        targetsList.reserveCapacity(raw.count)
        weightList.reserveCapacity(raw.count)
        for (s, t, w) in raw {
            if let last = sources.indices.last, sources[last] == s, targetsList[last] == t {
                weightList[last] += w
            } else {
                sources.append(s)
                targetsList.append(t)
                weightList.append(w)
            }
        }
        let m = sources.count
        precondition(2 * m < Int(Int32.max), "too many edges for Int32 edge IDs")

        // Out-adjacency (both directions for undirected graphs). Filling in sorted edge order keeps
        // every neighbour list sorted: see the comment in `fill`.
        var outDegree = [Int](repeating: 0, count: n)
        var inDegree = [Int](repeating: 0, count: n)
        for i in 0..<m {
            outDegree[Int(sources[i])] += 1
            if directed { inDegree[Int(targetsList[i])] += 1 } else { outDegree[Int(targetsList[i])] += 1 }
        }
        func prefix(_ degree: [Int]) -> [Int] {
            var offsets = [Int](repeating: 0, count: n + 1)
            for i in 0..<n { offsets[i + 1] = offsets[i] + degree[i] }
            return offsets
        }
        let outOffsets = prefix(outDegree)
        let slots = outOffsets[n]
        var outTargets = [Int32](repeating: 0, count: slots)
        var outWeights = [Double](repeating: 0, count: slots)
        var outEdgeIDs = [Int32](repeating: 0, count: slots)
        var cursor = Array(outOffsets[0..<n])
        // Edges are sorted by (source, target) with source < target when undirected. For node x the
        // entries where x is the larger end, (a, x) with a < x, all come before those where x is the
        // smaller end, (x, b), and each group arrives in increasing order: the list ends up sorted.
        for i in 0..<m {
            let s = Int(sources[i]), t = Int(targetsList[i])
            outTargets[cursor[s]] = Int32(t)
            outWeights[cursor[s]] = weightList[i]
            outEdgeIDs[cursor[s]] = Int32(i)
            cursor[s] += 1
            if !directed {
                outTargets[cursor[t]] = Int32(s)
                outWeights[cursor[t]] = weightList[i]
                outEdgeIDs[cursor[t]] = Int32(i)
                cursor[t] += 1
            }
        }

        if directed {
            let inOffsets = prefix(inDegree)
            var inSources = [Int32](repeating: 0, count: m)
            var inWeights = [Double](repeating: 0, count: m)
            var inEdgeIDs = [Int32](repeating: 0, count: m)
            var inCursor = Array(inOffsets[0..<n])
            for i in 0..<m {  // sources arrive in increasing order for each target
                let t = Int(targetsList[i])
                inSources[inCursor[t]] = sources[i]
                inWeights[inCursor[t]] = weightList[i]
                inEdgeIDs[inCursor[t]] = Int32(i)
                inCursor[t] += 1
            }
            self.inOffsets = inOffsets
            self.inSources = inSources
            self.inWeights = inWeights
            self.inEdgeIDs = inEdgeIDs
        } else {
            self.inOffsets = outOffsets
            self.inSources = outTargets
            self.inWeights = outWeights
            self.inEdgeIDs = outEdgeIDs
        }
        self.nodes = nodes
        self.isDirected = directed
        self.offsets = outOffsets
        self.targets = outTargets
        self.weights = outWeights
        self.edgeIDs = outEdgeIDs
        self.edgeSources = sources
        self.edgeTargets = targetsList
        self.edgeWeights = weightList
        self.indexByID = indexByID
    }

    /// Builds a graph from edges named by actor ID. Node order: `nodes` first, then every other actor in
    /// order of first appearance in `edges` (source before target).
    public init(edges: [(source: ActorID, target: ActorID, weight: Double)], nodes: [ActorID] = [],
                directed: Bool) {
        var order = nodes
        var index: [ActorID: Int32] = [:]
        for (i, id) in nodes.enumerated() { index[id] = Int32(i) }
        var indexed: [(source: Int32, target: Int32, weight: Double)] = []
        indexed.reserveCapacity(edges.count)
        func lookup(_ id: ActorID) -> Int32 {
            if let i = index[id] { return i }
            let i = Int32(order.count)
            order.append(id)
            index[id] = i
            return i
        }
        for e in edges {
            let s = lookup(e.source)
            let t = lookup(e.target)
            indexed.append((s, t, e.weight))
        }
        self.init(nodes: order, edges: indexed, directed: directed)
    }

    /// The dense index of an actor, or nil when it is not in the graph.
    public func index(of id: ActorID) -> Int32? { indexByID[id] }

    public var nodeCount: Int { nodes.count }
    /// Number of (merged) edges: unordered pairs for undirected graphs, arcs for directed ones.
    public var edgeCount: Int { edgeSources.count }
}
