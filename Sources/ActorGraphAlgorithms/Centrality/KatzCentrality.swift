import ActorGraphCore

extension CompactGraph {
    /// Katz centrality of every actor: walks of every length reaching it, a walk of length k weighted αᵏ.
    ///
    /// Power iteration as NetworkX's `katz_centrality`: x₀ = 0, x ← α Aᵀ x + β, until
    /// Σ|x − x_prev| < n · tolerance, then (if `normalized`) divided by its L2 norm. Converges only for
    /// α < 1/λ_max (λ_max the spectral radius of A). Directed graphs collect over in-neighbours.
    ///
    /// Formula: x_v = α Σ_u a_uv x_u + β. L. Katz, "A new status index derived from sociometric analysis",
    /// Psychometrika 18(1), 1953, 39–43, doi:10.1007/BF02289026.
    ///
    /// - Parameters:
    ///   - alpha: attenuation factor (0.1, NetworkX's default).
    ///   - beta: weight of the immediate neighbourhood (1).
    ///   - weighted: a_uv = w (tie strength) or 1.
    ///   - normalized: L2-normalise the result (NetworkX's default).
    ///   - maxIterations, tolerance: NetworkX's defaults (1000, 1e-6).
    /// - Throws: `GraphAlgorithmError.noConvergence` (α too large).
    /// - Complexity: O(iterations · (n + m)).
    public func katzCentrality(alpha: Double = 0.1, beta: Double = 1, weighted: Bool = true,
                               normalized: Bool = true, maxIterations: Int = 1000,
                               tolerance: Double = 1e-6) throws -> NodeScores {
        let n = nodeCount
        guard n > 0 else { return NodeScores(nodes: [], values: []) }
        var x = [Double](repeating: 0, count: n)
        var next = x
        for _ in 0..<maxIterations {
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for slot in inOffsets[v] ..< inOffsets[v + 1] {
                    sum += x[Int(inSources[slot])] * (weighted ? inWeights[slot] : 1)
                }
                next[v] = alpha * sum + beta
                change += Swift.abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                if normalized {
                    var squares = 0.0
                    for v in 0..<n { squares += x[v] * x[v] }
                    let norm = squares.squareRoot()
                    if norm != 0 { for v in 0..<n { x[v] *= 1 / norm } }
                }
                return NodeScores(nodes: nodes, values: x)
            }
        }
        throw GraphAlgorithmError.noConvergence(algorithm: "Katz centrality", iterations: maxIterations)
    }
}
