import ActorGraphExtraction
import ArgumentParser
import Dispatch
import Foundation

/// `actorgraph-bench extraction`: event-extraction throughput over a generated corpus.
///
/// Generates `--megabytes` of articles (`CorpusGenerator`, seeded), then times
/// `Extractor.extract(_ document:)` on every article — tokenising, dictionary matching, actor
/// resolution, sentence splitting, event patterns and dates — first on one thread, then with the
/// documents split across `--threads` threads (document i on thread i mod t). Throughput is MB
/// (10^6 bytes of UTF-8) per second; per core is the total divided by the threads. The cross-document
/// meeting merge of `extract(_ documents:)` is left out: it is a sequential step after extraction.
/// Two parts are timed on one thread as well: dictionary matching alone (`resolvedMentions(in:)`),
/// and dictionary matching plus event patterns (`patternEvents(in:)`: sentences split and prepared,
/// patterns run, but no `Event` values, evidence quotes, dates or places built).
struct ExtractionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Time event extraction over a generated corpus; print a JSON line.")

    @Option(help: "Size of the generated corpus in MB.")
    var megabytes: Double = 50

    @Option(help: "Threads for the parallel run (default: every core).")
    var threads: Int?

    @Option(name: .customLong("repeat"), help: "Runs of each configuration; the fastest is reported.")
    var repeatCount: Int = 1

    @Option(help: "Seed of the corpus generator.")
    var seed: UInt64 = 2018

    @Option(help: "Write the generated corpus here (one file per article) to inspect it.")
    var dumpTo: String?

    @Option(help: "Time these articles (.txt/.md under a folder, read again in turn until --megabytes) instead of a generated corpus.")
    var corpus: String?

    func run() throws {
        let threadCount = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let dictionary = try ActorDictionary.bundled()
        let extractor = Extractor(dictionary: dictionary)
        let clock = ContinuousClock()
        let generationStart = clock.now
        let documents: [Document]
        if let corpus {
            documents = Self.repeated(try Self.articles(in: corpus), bytes: Int(megabytes * 1_000_000))
        } else {
            var generator = CorpusGenerator(dictionary: dictionary, seed: seed)
            documents = generator.corpus(bytes: Int(megabytes * 1_000_000))
        }
        let generation = clock.now - generationStart
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let mb = Double(bytes) / 1_000_000
        note("\(corpus == nil ? "generated" : "read") \(documents.count) articles, \(String(format: "%.1f", mb)) MB in \(generation)")
        if let dumpTo {
            try FileManager.default.createDirectory(atPath: dumpTo, withIntermediateDirectories: true)
            for document in documents.prefix(200) {
                try document.text.write(toFile: "\(dumpTo)/\(document.id).txt", atomically: true, encoding: .utf8)
            }
        }

        // Dictionary matching alone (tokens, gazetteer, resolution), one thread.
        var matching = Timing()
        let mentions = matching.measure(repeat: repeatCount) {
            documents.reduce(0) { $0 + extractor.resolvedMentions(in: $1).count }
        }
        // Matching + event patterns (the patterns' findings counted; no events, evidence, dates or
        // merge built), one thread.
        var patterns = Timing()
        let patternEvents = patterns.measure(repeat: repeatCount) {
            documents.reduce(0) { $0 + extractor.patternEvents(in: $1) }
        }
        // Matching + event patterns + dates, one thread.
        var single = Timing()
        let events = single.measure(repeat: repeatCount) {
            documents.reduce(0) { $0 + extractor.extract($1).count }
        }
        // The same, documents split across threads.
        var parallel = Timing()
        let parallelEvents = parallel.measure(repeat: repeatCount) {
            Self.extractInParallel(documents, extractor: extractor, threads: threadCount)
        }
        precondition(parallelEvents == events, "parallel extraction found \(parallelEvents) events, serial \(events)")

        var line = JSONLine()
        line.add("measure", "extraction")
        line.add("corpus", corpus ?? "generated")
        line.add("megabytes", mb)
        line.add("documents", documents.count)
        line.add("mentions", mentions)
        line.add("events", events)
        line.add("pattern_events", patternEvents)
        line.add("seconds_matching_1t", matching.best)
        line.add("mb_per_s_matching_1t", mb / matching.best)
        line.add("seconds_patterns_1t", patterns.best)
        line.add("mb_per_s_patterns_1t", mb / patterns.best)
        line.add("seconds_1t", single.best)
        line.add("mb_per_s_1t", mb / single.best)
        line.add("threads", threadCount)
        line.add("seconds_all", parallel.best)
        line.add("mb_per_s_all", mb / parallel.best)
        line.add("mb_per_s_per_core_all", mb / parallel.best / Double(threadCount))
        line.add("peak_rss_mib", peakResidentMiB())
        print(line.text)
    }

    /// The articles under `folder` (every .txt/.md but READMEs), in path order.
    static func articles(in folder: String) throws -> [Document] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw ValidationError("cannot read the folder \(folder)")
        }
        let paths = walker.compactMap { $0 as? String }.filter { path in
            let name = (path as NSString).lastPathComponent.lowercased()
            return DocumentLoader.textExtensions.contains((name as NSString).pathExtension) && name != "readme.md"
        }.sorted()
        guard !paths.isEmpty else { throw ValidationError("no articles under \(folder)") }
        return try paths.map { try DocumentLoader.load(path: "\(folder)/\($0)", id: $0) }
    }

    /// `articles` read again in turn (with new IDs) until their text reaches `bytes` UTF-8 bytes.
    static func repeated(_ articles: [Document], bytes: Int) -> [Document] {
        var documents: [Document] = []
        var total = 0
        while total < bytes {
            var document = articles[documents.count % articles.count]
            document.id += "#\(documents.count / articles.count)"
            total += document.text.utf8.count
            documents.append(document)
        }
        return documents
    }

    /// Extracts every document, thread `t` taking documents t, t + threads, …; returns the event count.
    static func extractInParallel(_ documents: [Document], extractor: Extractor, threads: Int) -> Int {
        let counts = EventCounts(threads)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var total = 0
            var i = thread
            while i < documents.count {
                total += extractor.extract(documents[i]).count
                i += threads
            }
            counts.set(thread, total)
        }
        return counts.total
    }
}

/// Per-thread event counts, written once by each thread.
private final class EventCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]

    init(_ threads: Int) { counts = [Int](repeating: 0, count: threads) }

    func set(_ thread: Int, _ value: Int) {
        lock.lock()
        counts[thread] = value
        lock.unlock()
    }

    var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return counts.reduce(0, +)
    }
}
