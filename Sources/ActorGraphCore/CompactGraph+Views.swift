/// Neighbour, degree and strength views of a `CompactGraph`.
extension CompactGraph {
    /// Out-neighbours of `v` (all neighbours when undirected), sorted by index.
    @inlinable
    public func outNeighbours(of v: Int32) -> ArraySlice<Int32> {
        targets[offsets[Int(v)] ..< offsets[Int(v) + 1]]
    }

    /// In-neighbours of `v` (all neighbours when undirected), sorted by index.
    @inlinable
    public func inNeighbours(of v: Int32) -> ArraySlice<Int32> {
        inSources[inOffsets[Int(v)] ..< inOffsets[Int(v) + 1]]
    }

    @inlinable
    public func outDegree(of v: Int32) -> Int { offsets[Int(v) + 1] - offsets[Int(v)] }

    @inlinable
    public func inDegree(of v: Int32) -> Int { inOffsets[Int(v) + 1] - inOffsets[Int(v)] }

    /// Number of incident edges: the neighbour count when undirected, in + out when directed
    /// (NetworkX's `G.degree`).
    @inlinable
    public func degree(of v: Int32) -> Int {
        isDirected ? outDegree(of: v) + inDegree(of: v) : outDegree(of: v)
    }

    /// Sum of the weights of the out-edges of `v` (all edges when undirected).
    public func outStrength(of v: Int32) -> Double {
        var total = 0.0
        for slot in offsets[Int(v)] ..< offsets[Int(v) + 1] { total += weights[slot] }
        return total
    }

    /// Sum of the weights of the in-edges of `v` (all edges when undirected).
    public func inStrength(of v: Int32) -> Double {
        var total = 0.0
        for slot in inOffsets[Int(v)] ..< inOffsets[Int(v) + 1] { total += inWeights[slot] }
        return total
    }

    /// Weighted degree: the sum of the weights of incident edges, in + out when directed
    /// (NetworkX's `G.degree(weight="weight")`).
    public func strength(of v: Int32) -> Double {
        isDirected ? outStrength(of: v) + inStrength(of: v) : outStrength(of: v)
    }

    /// The out-slot of the edge `u → v` (either direction when undirected), or nil.
    public func slot(from u: Int32, to v: Int32) -> Int? {
        var low = offsets[Int(u)], high = offsets[Int(u) + 1]
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low < offsets[Int(u) + 1] && targets[low] == v ? low : nil
    }

    /// The weight of the edge `u → v`, or nil when there is none.
    public func weight(from u: Int32, to v: Int32) -> Double? {
        slot(from: u, to: v).map { weights[$0] }
    }

    /// The source of every out-slot (the row of the CSR matrix), for code that walks slots.
    public func slotSources() -> [Int32] {
        var result = [Int32](repeating: 0, count: targets.count)
        for v in 0..<nodeCount {
            for slot in offsets[v] ..< offsets[v + 1] { result[slot] = Int32(v) }
        }
        return result
    }
}
