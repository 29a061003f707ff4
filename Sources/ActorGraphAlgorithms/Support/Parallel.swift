import Dispatch

/// A raw pointer handed to worker threads that write disjoint parts of it.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(capacity: Int, initialValue: Element) {
        base = .allocate(capacity: Swift.max(capacity, 1))
        base.initialize(repeating: initialValue, count: Swift.max(capacity, 1))
        count = capacity
    }

    func deallocate() { base.deallocate() }

    subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }
}

/// Runs `body(chunk, worker)` for every chunk in `0 ..< chunks`.
///
/// With `threads == nil` Dispatch spreads the chunks over every core (one worker per chunk); with
/// `threads == t` exactly `t` workers run, worker `w` taking chunks `w, w + t, …` (one worker per
/// thread); `t == 1` runs on the calling thread. Results must not depend on which worker ran a chunk.
func runChunks<Worker>(_ chunks: Int, threads: Int?, makeWorker: () -> Worker,
                       _ body: (Int, Worker) -> Void) {
    guard chunks > 0 else { return }
    let t = threads.map { Swift.max(1, Swift.min($0, chunks)) }
    if t == 1 {
        let worker = makeWorker()
        for chunk in 0..<chunks { body(chunk, worker) }
        return
    }
    // Dispatch wants @Sendable work; the closures here only touch per-worker state and disjoint
    // slices of shared output, which is what makes sharing them sound.
    withoutActuallyEscaping(makeWorker) { makeWorker in
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let makeWorker = makeWorker
            nonisolated(unsafe) let body = body
            if let t {
                DispatchQueue.concurrentPerform(iterations: t) { thread in
                    let worker = makeWorker()
                    var chunk = thread
                    while chunk < chunks {
                        body(chunk, worker)
                        chunk += t
                    }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    body(chunk, makeWorker())
                }
            }
        }
    }
}

/// Sums per-item contributions deterministically: items are split into `chunkCount` fixed chunks
/// (item i goes to chunk i mod chunkCount, so every chunk mixes cheap and costly items); each chunk
/// accumulates into its own zeroed buffer; buffers are then added in chunk order. The chunking does not
/// depend on the thread count, so the result is bit-identical whatever it is.
///
/// `process(worker, item, partial)` adds the item's contribution to `partial` (length `resultLength`).
func deterministicSum<Worker>(
    itemCount: Int, resultLength: Int, threads: Int?, chunkCount: Int = 16,
    makeWorker: () -> Worker,
    process: (Worker, Int, UnsafeMutableBufferPointer<Double>) -> Void
) -> [Double] {
    var total = [Double](repeating: 0, count: resultLength)
    guard itemCount > 0, resultLength > 0 else { return total }
    let chunks = Swift.min(chunkCount, itemCount)
    if threads == 1 {
        // Same additions in the same order as below, with one partial buffer reused.
        let worker = makeWorker()
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: resultLength)
        defer { partial.deallocate() }
        total.withUnsafeMutableBufferPointer { total in
            for chunk in 0..<chunks {
                partial.initialize(repeating: 0)
                var item = chunk
                while item < itemCount {
                    process(worker, item, partial)
                    item += chunks
                }
                for i in 0..<resultLength { total[i] += partial[i] }
            }
        }
        return total
    }
    let partials = SharedBuffer<Double>(capacity: chunks * resultLength, initialValue: 0)
    defer { partials.deallocate() }
    runChunks(chunks, threads: threads, makeWorker: makeWorker) { chunk, worker in
        let partial = UnsafeMutableBufferPointer(start: partials.base + chunk * resultLength,
                                                 count: resultLength)
        var item = chunk
        while item < itemCount {
            process(worker, item, partial)
            item += chunks
        }
    }
    total.withUnsafeMutableBufferPointer { total in
        for chunk in 0..<chunks {
            let partial = partials.base + chunk * resultLength
            for i in 0..<resultLength { total[i] += partial[i] }
        }
    }
    return total
}

/// Runs `process(worker, item)` for every item in `0 ..< itemCount`, for work whose items write
/// disjoint outputs (so any schedule gives the same result).
func parallelForEach<Worker>(
    itemCount: Int, threads: Int?, chunkCount: Int = 16, makeWorker: () -> Worker,
    process: (Worker, Int) -> Void
) {
    guard itemCount > 0 else { return }
    let chunks = Swift.min(chunkCount, itemCount)
    runChunks(chunks, threads: threads, makeWorker: makeWorker) { chunk, worker in
        var item = chunk
        while item < itemCount {
            process(worker, item)
            item += chunks
        }
    }
}
