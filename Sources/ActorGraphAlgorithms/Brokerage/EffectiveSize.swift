import ActorGraphCore

extension CompactGraph {
    /// Burt's effective size of every actor's ego network: its number of contacts minus their
    /// redundancy, the non-redundant part of its ties. High effective size means the actor spans
    /// structural holes.
    ///
    /// e(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw m_vw), where N(u) are u's neighbours in either
    /// direction, p_uw = a_uw / Σ_x a_ux and m_vw = a_vw / max_x a_vx, with the mutual weight
    /// a_uv = w(u → v) + w(v → u), exactly as NetworkX's `effective_size`. For an unweighted undirected
    /// graph this equals Borgatti's simplification e(u) = n − 2t/n (n = deg(u), t = ties among u's
    /// neighbours), which is the formula used then, as NetworkX's per-node code path does (S. P.
    /// Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections 20(1), 1997,
    /// 35–38). Efficiency is e(u)/deg(u).
    ///
    /// NetworkX check: equal to `effective_size(G, nodes=list(G), weight=…)`, the per-node code path
    /// that implements the formula above. NetworkX 3.6's all-nodes sparse-matrix path divides m_vw by
    /// the largest mutual weight of w instead of v (a 1-D row maximum broadcast over columns; networkx
    /// PR #8906), so for weighted or directed graphs `effective_size(G, weight="weight")` without
    /// `nodes` gives different, wrong values; unweighted undirected graphs are unaffected.
    ///
    /// Weight meaning: tie strength (NetworkX's `weight="weight"`), never a distance.
    ///
    /// R. S. Burt, "Structural Holes: The Social Structure of Competition", Harvard University Press,
    /// 1992.
    ///
    /// - Parameters:
    ///   - weighted: read the weight as tie strength; otherwise every arc weighs 1 (`weight=None`).
    ///   - threads: worker threads; nil uses every core.
    /// - Returns: a score per node; **NaN for a node without neighbours**, as NetworkX returns `nan`
    ///   (filter with `isNaN` before ranking).
    /// - Throws: `.invalidParameter` when `weighted` and a weight is zero, negative or not finite.
    /// - Complexity: O(Σ_u Σ_{v ∈ N(u)} deg(v)) time, O(n + m) memory per thread.
    public func effectiveSize(weighted: Bool = true, threads: Int? = nil) throws -> NodeScores {
        let mutual = try MutualWeights(self, weighted: weighted, measure: "effective size")
        let n = nodeCount
        let borgatti = !weighted && !isDirected
        var values = [Double](repeating: .nan, count: n)
        values.withUnsafeMutableBufferPointer { values in
            parallelForEach(itemCount: n, threads: threads, makeWorker: { EgoScratch(nodeCount: n) }) { scratch, u in
                guard mutual.sums[u] > 0 else { return }
                scratch.mark(u, in: mutual)
                if borgatti {
                    // Σ_{v ∈ N(u)} |N(v) ∩ N(u)| counts every tie among the neighbours twice: 2t.
                    var twiceTies = 0
                    for slot in mutual.range(u) {
                        for inner in mutual.range(Int(mutual.neighbours[slot]))
                        where !scratch.share[Int(mutual.neighbours[inner])].isNaN {
                            twiceTies += 1
                        }
                    }
                    let size = Double(mutual.range(u).count)
                    values[u] = size - Double(twiceTies) / size
                } else {
                    var e = 0.0
                    for slot in mutual.range(u) {
                        let v = Int(mutual.neighbours[slot])
                        let largest = mutual.maxima[v]
                        var redundancy = 0.0
                        for inner in mutual.range(v) {
                            let puw = scratch.share[Int(mutual.neighbours[inner])]
                            if !puw.isNaN { redundancy += puw * mutual.weights[inner] / largest }
                        }
                        e += 1 - redundancy
                    }
                    values[u] = e
                }
                scratch.clear(u, in: mutual)
            }
        }
        return NodeScores(nodes: nodes, values: values)
    }
}
