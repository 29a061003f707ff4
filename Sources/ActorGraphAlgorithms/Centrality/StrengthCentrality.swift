import ActorGraphCore

extension CompactGraph {
    /// Strength (weighted degree) of every actor: the sum of the weights of its edges, weight read as
    /// tie strength (in + out when directed; NetworkX's `G.degree(weight="weight")`).
    ///
    /// A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani, "The architecture of complex
    /// weighted networks", PNAS 101(11), 2004, 3747–3752, doi:10.1073/pnas.0400087101.
    /// - Complexity: O(n + m).
    public func strengthCentrality() -> NodeScores {
        NodeScores(nodes: nodes, values: (0..<nodeCount).map { strength(of: Int32($0)) })
    }

    /// Sum of the weights of in-edges (all edges when undirected).
    public func inStrengthCentrality() -> NodeScores {
        NodeScores(nodes: nodes, values: (0..<nodeCount).map { inStrength(of: Int32($0)) })
    }

    /// Sum of the weights of out-edges (all edges when undirected).
    public func outStrengthCentrality() -> NodeScores {
        NodeScores(nodes: nodes, values: (0..<nodeCount).map { outStrength(of: Int32($0)) })
    }
}
