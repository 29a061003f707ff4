import ActorGraphCore

/// The symmetric view Burt's measures read (NetworkX's `mutual_weight` over `all_neighbors`): every
/// node's neighbours in either direction, sorted by index, each with the mutual weight
/// a_uv = w(u → v) + w(v → u) (a missing arc adds 0; an undirected edge counts in both directions, so
/// a_uv = 2w). Unweighted, every arc weighs 1. Also the sum and the maximum of every node's mutual
/// weights, the two normalisations NetworkX uses.
struct MutualWeights {
    let offsets: [Int]
    let neighbours: [Int32]
    let weights: [Double]
    let sums: [Double]
    let maxima: [Double]

    /// - Throws: `.invalidParameter` when `weighted` and a weight is zero, negative or not finite
    ///   (tie strengths must be positive for the proportions to mean anything).
    init(_ graph: CompactGraph, weighted: Bool, measure: String) throws {
        if weighted, let bad = graph.edgeWeights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw GraphAlgorithmError.invalidParameter(
                "\(measure) reads weights as tie strengths, which must be positive and finite: edge '"
                    + "\(graph.nodes[Int(graph.edgeSources[bad])])' – '\(graph.nodes[Int(graph.edgeTargets[bad])])' "
                    + "has weight \(graph.edgeWeights[bad]) (fix the weight, or compute it unweighted)")
        }
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int32] = []
        var weights: [Double] = []
        var sums = [Double](repeating: 0, count: n)
        var maxima = [Double](repeating: 0, count: n)
        neighbours.reserveCapacity(graph.targets.count + graph.inSources.count)
        weights.reserveCapacity(graph.targets.count + graph.inSources.count)
        for u in 0..<n {
            // Merge the sorted out- and in-lists.
            var i = graph.offsets[u], iEnd = graph.offsets[u + 1]
            var j = graph.inOffsets[u], jEnd = graph.inOffsets[u + 1]
            while i < iEnd || j < jEnd {
                let out = i < iEnd ? graph.targets[i] : Int32.max
                let inn = j < jEnd ? graph.inSources[j] : Int32.max
                let v = min(out, inn)
                var a = 0.0
                if out == v {
                    a += weighted ? graph.weights[i] : 1
                    i += 1
                }
                if inn == v {
                    a += weighted ? graph.inWeights[j] : 1
                    j += 1
                }
                neighbours.append(v)
                weights.append(a)
                sums[u] += a
                maxima[u] = max(maxima[u], a)
            }
            offsets[u + 1] = neighbours.count
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.sums = sums
        self.maxima = maxima
    }

    @inline(__always)
    func range(_ u: Int) -> Range<Int> { offsets[u] ..< offsets[u + 1] }
}

/// Per-thread scratch for ego-network sums: `share[v]` holds p_uv for the neighbours v of the current
/// ego (NaN elsewhere, meaning "not a neighbour"), `accumulator[v]` a running sum.
final class EgoScratch {
    var share: [Double]
    var accumulator: [Double]

    init(nodeCount: Int) {
        share = [Double](repeating: .nan, count: nodeCount)
        accumulator = [Double](repeating: 0, count: nodeCount)
    }

    /// Marks the neighbours of `u` with p_uv = a_uv / Σ_w a_uw.
    func mark(_ u: Int, in mutual: MutualWeights) {
        let total = mutual.sums[u]
        for slot in mutual.range(u) { share[Int(mutual.neighbours[slot])] = mutual.weights[slot] / total }
    }

    func clear(_ u: Int, in mutual: MutualWeights) {
        for slot in mutual.range(u) {
            let v = Int(mutual.neighbours[slot])
            share[v] = .nan
            accumulator[v] = 0
        }
    }
}
