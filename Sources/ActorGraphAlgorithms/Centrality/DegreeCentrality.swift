import ActorGraphCore

extension CompactGraph {
    /// Degree of every actor: its number of neighbours (in + out edges when directed).
    /// - Complexity: O(n).
    public func degrees() -> [Int] { (0..<nodeCount).map { degree(of: Int32($0)) } }

    /// Degree centrality: degree divided by n − 1, the largest possible degree in a simple graph
    /// (L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3),
    /// 1979, 215–239, doi:10.1016/0378-8733(78)90021-7). Directed graphs count in + out edges, so
    /// scores can exceed 1, as in NetworkX's `degree_centrality`. Weights are ignored.
    /// - Complexity: O(n).
    public func degreeCentrality() -> NodeScores {
        scaledDegrees { degree(of: $0) }
    }

    /// In-degree divided by n − 1 (NetworkX's `in_degree_centrality`).
    public func inDegreeCentrality() -> NodeScores { scaledDegrees { inDegree(of: $0) } }

    /// Out-degree divided by n − 1 (NetworkX's `out_degree_centrality`).
    public func outDegreeCentrality() -> NodeScores { scaledDegrees { outDegree(of: $0) } }

    private func scaledDegrees(_ degree: (Int32) -> Int) -> NodeScores {
        // NetworkX: s = 1/(n − 1), or 1 when n ≤ 1 (where every degree is 0 anyway).
        let scale = nodeCount > 1 ? 1.0 / Double(nodeCount - 1) : 1
        return NodeScores(nodes: nodes, values: (0..<nodeCount).map { Double(degree(Int32($0))) * scale })
    }
}
