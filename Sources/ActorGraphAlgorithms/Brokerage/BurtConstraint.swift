import ActorGraphCore

extension CompactGraph {
    /// Burt's constraint on every actor: how much its ties are invested in contacts who are themselves
    /// tied to one another. Low constraint means the actor spans structural holes.
    ///
    /// c(u) = Σ_{v ∈ N(u)} ℓ(u, v), with the local constraint ℓ(u, v) = (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²,
    /// where N(u) are u's neighbours in either direction and p_uv = a_uv / Σ_w a_uw is the normalised
    /// mutual weight, a_uv = w(u → v) + w(v → u): exactly NetworkX's `constraint` and
    /// `local_constraint`. Unweighted, every arc weighs 1 (so a reciprocated directed tie weighs 2).
    /// A pendant node has constraint 1; small dense ego networks can exceed 1 (a triangle gives 1.125).
    ///
    /// Weight meaning: tie strength (NetworkX's `weight="weight"`), never a distance.
    ///
    /// R. S. Burt, "Structural holes and good ideas", American Journal of Sociology 110(2), 2004,
    /// 349–399, doi:10.1086/421787; R. S. Burt, "Structural Holes: The Social Structure of Competition",
    /// Harvard University Press, 1992.
    ///
    /// - Parameters:
    ///   - weighted: read the weight as tie strength; otherwise every arc weighs 1 (`weight=None`).
    ///   - threads: worker threads; nil uses every core.
    /// - Returns: a score per node; **NaN for a node without neighbours**, as NetworkX returns `nan`
    ///   (filter with `isNaN` before ranking).
    /// - Throws: `.invalidParameter` when `weighted` and a weight is zero, negative or not finite.
    /// - Complexity: O(Σ_u Σ_{w ∈ N(u)} deg(w)) time, O(n + m) memory per thread.
    public func burtConstraint(weighted: Bool = true, threads: Int? = nil) throws -> NodeScores {
        let mutual = try MutualWeights(self, weighted: weighted, measure: "Burt's constraint")
        let n = nodeCount
        var values = [Double](repeating: .nan, count: n)
        values.withUnsafeMutableBufferPointer { values in
            parallelForEach(itemCount: n, threads: threads, makeWorker: { EgoScratch(nodeCount: n) }) { scratch, u in
                guard mutual.sums[u] > 0 else { return }
                scratch.mark(u, in: mutual)
                for slot in mutual.range(u) {  // direct: p_uv
                    let v = Int(mutual.neighbours[slot])
                    scratch.accumulator[v] = scratch.share[v]
                }
                for slot in mutual.range(u) {  // indirect: p_uw · p_wv for v ∈ N(u)
                    let w = Int(mutual.neighbours[slot])
                    let puw = scratch.share[w]
                    let total = mutual.sums[w]
                    for inner in mutual.range(w) {
                        let v = Int(mutual.neighbours[inner])
                        if !scratch.share[v].isNaN { scratch.accumulator[v] += puw * mutual.weights[inner] / total }
                    }
                }
                var c = 0.0
                for slot in mutual.range(u) {
                    let x = scratch.accumulator[Int(mutual.neighbours[slot])]
                    c += x * x
                }
                values[u] = c
                scratch.clear(u, in: mutual)
            }
        }
        return NodeScores(nodes: nodes, values: values)
    }

    /// The local constraint ℓ(u, v) = (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)² on `u` from `v` (NetworkX's
    /// `local_constraint`): how much of u's network time and energy leads, directly or through a
    /// common contact, to v. Zero when v is neither a neighbour of u nor of any neighbour of u;
    /// 0 for an isolated u (NetworkX's `normalized_mutual_weight` returns 0 on a zero scale).
    ///
    /// - Parameters: as for `burtConstraint(weighted:threads:)`.
    /// - Throws: `.nodeOutOfRange`; `.invalidParameter` for a non-positive weight when `weighted`.
    /// - Complexity: O(n + m) (it builds the mutual-weight view).
    public func localConstraint(on u: Int32, from v: Int32, weighted: Bool = true) throws -> Double {
        try check(u)
        try check(v)
        let mutual = try MutualWeights(self, weighted: weighted, measure: "Burt's constraint")
        func p(_ x: Int, _ y: Int32) -> Double {
            guard mutual.sums[x] > 0 else { return 0 }
            for slot in mutual.range(x) where mutual.neighbours[slot] == y {
                return mutual.weights[slot] / mutual.sums[x]
            }
            return 0
        }
        var sum = p(Int(u), v)
        for slot in mutual.range(Int(u)) {
            let w = mutual.neighbours[slot]
            sum += mutual.weights[slot] / mutual.sums[Int(u)] * p(Int(w), v)
        }
        return sum * sum
    }
}
