import ActorGraphCore

/// Why an algorithm could not give a result.
public enum GraphAlgorithmError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The measure needs every node to reach every other (eccentricity, diameter).
    case disconnected(measure: String)
    /// A power iteration did not reach its tolerance.
    case noConvergence(algorithm: String, iterations: Int)
    /// A node index outside `0 ..< nodeCount`.
    case nodeOutOfRange(Int32)
    /// A parameter outside its domain.
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .disconnected(let measure):
            return "\(measure) is undefined: the graph is not connected (some pairs have no path); "
                + "compute it per component"
        case .noConvergence(let algorithm, let iterations):
            return "\(algorithm) did not converge in \(iterations) iterations"
        case .nodeOutOfRange(let index):
            return "node index \(index) is not in the graph"
        case .invalidParameter(let message):
            return message
        }
    }
}

extension CompactGraph {
    func check(_ node: Int32) throws {
        guard node >= 0, Int(node) < nodeCount else { throw GraphAlgorithmError.nodeOutOfRange(node) }
    }
}
