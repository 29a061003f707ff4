import HeapModule

/// A Dijkstra queue entry ordered by tentative distance. Entries of equal distance may pop in any
/// (but always the same) order: nodes at equal distance are never each other's predecessors when
/// lengths are positive, so the result does not depend on it.
struct QueueEntry: Comparable {
    var distance: Double
    var node: Int32

    @inline(__always)
    static func < (a: QueueEntry, b: QueueEntry) -> Bool { a.distance < b.distance }

    @inline(__always)
    static func == (a: QueueEntry, b: QueueEntry) -> Bool { a.distance == b.distance }
}

/// The per-thread buffers of a single-source shortest-path search, allocated once and reused for every
/// source: after a search only the nodes it reached are reset, so a source costs O(reached + edges
/// scanned), never O(n) allocation.
///
/// Searches follow NetworkX's `_single_source_shortest_path_basic` (BFS) and
/// `_single_source_dijkstra_path_basic` (Dijkstra): `order` lists nodes as they are settled, `sigma`
/// counts shortest paths, and the predecessors of `w` are every `v` with `dist[v] + len(v, w) == dist[w]`
/// (exact floating-point equality, as NetworkX tests it), kept in discovery order.
final class SearchWorkspace {
    let adjacency: Adjacency
    let distance: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let delta: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int32>
    let predecessorCount: UnsafeMutableBufferPointer<Int32>
    /// Predecessor nodes of `w` at `predecessors[predecessorOffsets[w] ..< + predecessorCount[w]]`.
    let predecessors: UnsafeMutableBufferPointer<Int32>
    /// The edge ID of each predecessor link (same slots as `predecessors`).
    let predecessorEdges: UnsafeMutableBufferPointer<Int32>
    var reached = 0
    /// After a distance-only search (`recordsPredecessors == false`): the sum of the distances of the
    /// reached nodes, added in settle order, so it equals summing `distance[order[i]]` afterwards
    /// bit for bit, without a second pass of random reads (closeness spends ~10% of its time there).
    private(set) var distanceSum = 0.0
    var heap = Heap<QueueEntry>()
    let recordsPredecessors: Bool

    init(_ adjacency: Adjacency, recordsPredecessors: Bool = true) {
        self.adjacency = adjacency
        self.recordsPredecessors = recordsPredecessors
        let n = Swift.max(adjacency.nodeCount, 1)
        distance = .allocate(capacity: n)
        distance.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0)
        delta = .allocate(capacity: n)
        delta.initialize(repeating: 0)
        order = .allocate(capacity: n)
        order.initialize(repeating: 0)
        predecessorCount = .allocate(capacity: n)
        predecessorCount.initialize(repeating: 0)
        let slots = recordsPredecessors ? Swift.max(adjacency.predecessorOffsets[adjacency.nodeCount], 1) : 1
        predecessors = .allocate(capacity: slots)
        predecessors.initialize(repeating: 0)
        predecessorEdges = .allocate(capacity: slots)
        predecessorEdges.initialize(repeating: 0)
        heap.reserveCapacity(Swift.min(adjacency.nodeCount, 1 << 16))
    }

    deinit {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        predecessorCount.deallocate()
        predecessors.deallocate()
        predecessorEdges.deallocate()
    }

    /// Clears what the previous search touched.
    @inline(__always)
    func reset() {
        for i in 0..<reached {
            let v = Int(order[i])
            distance[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            predecessorCount[v] = 0
        }
        reached = 0
    }

    /// Single-source shortest paths from `source`: BFS for unit lengths, Dijkstra otherwise.
    func search(from source: Int32) {
        reset()
        switch (adjacency.unitLengths, recordsPredecessors) {
        case (true, true): breadthFirst(from: source)
        case (false, true): dijkstra(from: source)
        case (true, false): breadthFirstDistances(from: source)
        case (false, false): dijkstraDistances(from: source)
        }
    }

    /// BFS computing distances and the settle order only (closeness, harmonic, eccentricity).
    private func breadthFirstDistances(from source: Int32) {
        let offsets = adjacency.offsets, targets = adjacency.targets
        distance[Int(source)] = 0
        order[0] = source
        var head = 0
        var tail = 1
        var total = 0.0
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            for slot in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[slot])
                if distance[w] == .infinity {
                    distance[w] = next
                    total += next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
            }
        }
        reached = tail
        distanceSum = total
    }

    /// Dijkstra computing distances and the settle order only.
    private func dijkstraDistances(from source: Int32) {
        let offsets = adjacency.offsets, targets = adjacency.targets, lengths = adjacency.lengths
        var heap = Heap<QueueEntry>()
        swap(&heap, &self.heap)
        defer { swap(&heap, &self.heap) }
        distance[Int(source)] = 0
        heap.insert(QueueEntry(distance: 0, node: source))
        var settled = 0
        var total = 0.0
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            let dv = entry.distance
            if dv > distance[v] { continue }
            order[settled] = entry.node
            settled += 1
            total += dv
            for slot in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[slot])
                let candidate = dv + lengths[slot]
                if candidate < distance[w] {
                    distance[w] = candidate
                    heap.insert(QueueEntry(distance: candidate, node: Int32(truncatingIfNeeded: w)))
                }
            }
        }
        reached = settled
        distanceSum = total
    }

    @inline(__always)
    private func link(_ v: Int, to w: Int, slot: Int, _ predecessorOffsets: UnsafeMutableBufferPointer<Int>,
                      _ edgeIDs: UnsafeMutableBufferPointer<Int32>) {
        guard recordsPredecessors else { return }
        let position = predecessorOffsets[w] + Int(predecessorCount[w])
        predecessors[position] = Int32(truncatingIfNeeded: v)
        predecessorEdges[position] = edgeIDs[slot]
        predecessorCount[w] += 1
    }

    private func breadthFirst(from source: Int32) {
        // `order` doubles as the FIFO queue: BFS settles nodes in the order it enqueues them, and
        // Brandes' accumulation needs exactly that order afterwards.
        let offsets = adjacency.offsets, targets = adjacency.targets
        let predecessorOffsets = adjacency.predecessorOffsets, edgeIDs = adjacency.edgeIDs
        let s = Int(source)
        distance[s] = 0
        sigma[s] = 1
        order[0] = source
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            let sigmaV = sigma[v]
            for slot in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[slot])
                if distance[w] == .infinity {
                    distance[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                if distance[w] == next {
                    sigma[w] += sigmaV
                    link(v, to: w, slot: slot, predecessorOffsets, edgeIDs)
                }
            }
        }
        reached = tail
    }

    private func dijkstra(from source: Int32) {
        let offsets = adjacency.offsets, targets = adjacency.targets, lengths = adjacency.lengths
        let predecessorOffsets = adjacency.predecessorOffsets, edgeIDs = adjacency.edgeIDs
        let s = Int(source)
        distance[s] = 0
        sigma[s] = 1
        // A local heap (moved out of the object and back) avoids dynamic exclusivity checks on every
        // operation of a class property.
        var heap = Heap<QueueEntry>()
        swap(&heap, &self.heap)
        defer { swap(&heap, &self.heap) }
        heap.insert(QueueEntry(distance: 0, node: source))
        var settled = 0
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            let dv = entry.distance
            if dv > distance[v] { continue }  // stale entry: v was reached more cheaply
            order[settled] = entry.node
            settled += 1
            let sigmaV = sigma[v]
            for slot in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[slot])
                let candidate = dv + lengths[slot]
                let dw = distance[w]
                if candidate < dw {
                    distance[w] = candidate
                    sigma[w] = sigmaV
                    predecessorCount[w] = 0
                    link(v, to: w, slot: slot, predecessorOffsets, edgeIDs)
                    heap.insert(QueueEntry(distance: candidate, node: Int32(truncatingIfNeeded: w)))
                } else if candidate == dw {
                    sigma[w] += sigmaV
                    link(v, to: w, slot: slot, predecessorOffsets, edgeIDs)
                }
            }
        }
        reached = settled
    }
}
