import ActorGraphCore

/// Read-only CSR arrays copied into raw memory, shared by the worker threads of one algorithm run.
///
/// `forward` walks out-edges (what a single-source search from `s` follows); `reverse` walks in-edges
/// (a search on the transposed graph, for measures of incoming distance). `predecessorOffsets` are the
/// slot ranges of the opposite direction: a node's shortest-path predecessors are among its
/// neighbours in that direction, so their count never exceeds that range.
final class Adjacency: @unchecked Sendable {
    let nodeCount: Int
    let offsets: UnsafeMutableBufferPointer<Int>
    let targets: UnsafeMutableBufferPointer<Int32>
    let lengths: UnsafeMutableBufferPointer<Double>
    let edgeIDs: UnsafeMutableBufferPointer<Int32>
    let predecessorOffsets: UnsafeMutableBufferPointer<Int>
    /// True when every length is 1 (breadth-first search suffices).
    let unitLengths: Bool

    private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: Swift.max(array.count, 1))
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// - Parameter reverse: walk in-edges instead of out-edges.
    init(_ graph: CompactGraph, distance: DistanceRule, reverse: Bool = false) throws {
        nodeCount = graph.nodeCount
        unitLengths = distance == .hops
        if reverse {
            offsets = Self.copy(graph.inOffsets)
            targets = Self.copy(graph.inSources)
            lengths = Self.copy(try graph.inDistances(distance))
            edgeIDs = Self.copy(graph.inEdgeIDs)
            predecessorOffsets = Self.copy(graph.offsets)
        } else {
            offsets = Self.copy(graph.offsets)
            targets = Self.copy(graph.targets)
            lengths = Self.copy(try graph.distances(distance))
            edgeIDs = Self.copy(graph.edgeIDs)
            predecessorOffsets = Self.copy(graph.inOffsets)
        }
    }

    /// Strength (weight) view: `lengths` hold the raw weights.
    init(strengthsOf graph: CompactGraph, reverse: Bool) {
        nodeCount = graph.nodeCount
        unitLengths = false
        offsets = Self.copy(reverse ? graph.inOffsets : graph.offsets)
        targets = Self.copy(reverse ? graph.inSources : graph.targets)
        lengths = Self.copy(reverse ? graph.inWeights : graph.weights)
        edgeIDs = Self.copy(reverse ? graph.inEdgeIDs : graph.edgeIDs)
        predecessorOffsets = Self.copy(reverse ? graph.offsets : graph.inOffsets)
    }

    deinit {
        offsets.deallocate()
        targets.deallocate()
        lengths.deallocate()
        edgeIDs.deallocate()
        predecessorOffsets.deallocate()
    }
}
