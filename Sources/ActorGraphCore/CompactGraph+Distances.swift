/// An edge weight that gives no valid path length under the chosen distance rule.
public struct InvalidDistanceError: Error, Sendable, Equatable, CustomStringConvertible {
    public let source: ActorID
    public let target: ActorID
    public let weight: Double
    public let rule: DistanceRule

    public var description: String {
        let length = rule.length(ofWeight: weight)
        return "edge '\(source)' – '\(target)' has weight \(weight), which gives distance \(length) under "
            + "--distance \(rule.rawValue); path lengths must be positive and finite "
            + "(fix the weight, or use --distance hops)"
    }
}

extension CompactGraph {
    /// Path length of every out-slot under `rule` (aligned with `targets`).
    ///
    /// - Throws: `InvalidDistanceError` naming both actors when a length is zero, negative, infinite or
    ///   NaN (for `.inverse` and `.weight`; `.hops` never throws).
    /// - Complexity: O(m).
    public func distances(_ rule: DistanceRule) throws -> [Double] {
        try checkedLengths(weights, rule) { slot in
            (edgeSources[Int(edgeIDs[slot])], edgeTargets[Int(edgeIDs[slot])])
        }
    }

    /// Path length of every in-slot under `rule` (aligned with `inSources`).
    public func inDistances(_ rule: DistanceRule) throws -> [Double] {
        try checkedLengths(inWeights, rule) { slot in
            (edgeSources[Int(inEdgeIDs[slot])], edgeTargets[Int(inEdgeIDs[slot])])
        }
    }

    /// Path length of every edge of the merged edge list (aligned with `edgeSources`).
    public func edgeDistances(_ rule: DistanceRule) throws -> [Double] {
        try checkedLengths(edgeWeights, rule) { edge in (edgeSources[edge], edgeTargets[edge]) }
    }

    private func checkedLengths(_ weights: [Double], _ rule: DistanceRule,
                                endpoints: (Int) -> (Int32, Int32)) throws -> [Double] {
        if rule == .hops { return [Double](repeating: 1, count: weights.count) }
        var result = [Double](repeating: 0, count: weights.count)
        for i in weights.indices {
            let length = rule.length(ofWeight: weights[i])
            guard length > 0, length.isFinite else {
                let (s, t) = endpoints(i)
                throw InvalidDistanceError(source: nodes[Int(s)], target: nodes[Int(t)], weight: weights[i],
                                           rule: rule)
            }
            result[i] = length
        }
        return result
    }
}
