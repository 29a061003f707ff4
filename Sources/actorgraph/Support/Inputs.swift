import ActorGraphCore
import ActorGraphExtraction
import ActorGraphFormats
import ActorGraphRendering
import Foundation

/// What the inputs of a command held: articles (extracted) and graph files (read), plus the files
/// that had to be skipped.
struct Inputs {
    var extraction: Extraction?
    /// The dictionary the articles were read with (default plus --dictionary files); nil when the
    /// inputs held no articles.
    var dictionary: ActorDictionary?
    var graphs: [(path: String, graph: ActorGraph)] = []
    /// Event tables (simple CSV, GDELT) keep their dated events, so windows apply to them.
    var eventTables: [(path: String, table: EventTable)] = []
    var skipped: [String] = []

    /// Loads every input: folders are searched for articles (sorted, recursively), files are read by
    /// extension. A bad article is reported on stderr and skipped; the rest go on.
    /// - Parameter paths: the files to read when not all of `options.inputs` are files
    ///   (`mediators` takes two actor names after them).
    static func load(_ options: InputOptions, paths: [String]? = nil) throws -> Inputs {
        Terminal.quiet = options.quiet
        var inputs = Inputs()
        var articles: [String] = []
        for path in paths ?? options.inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let found = try articleFiles(in: path)
                if found.isEmpty { throw CLIError("\(path): the folder holds no articles (.txt, .md)") }
                articles += found
            } else {
                let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
                if DocumentLoader.textExtensions.contains(ext) {
                    articles.append(path)
                } else {
                    try inputs.readGraphFile(path, extension: ext)
                }
            }
        }
        if !articles.isEmpty {
            let fallback = options.date.flatMap(Day.init)
            var documents: [Document] = []
            for (path, id) in zip(articles, DocumentLoader.identifiers(for: articles)) {
                do {
                    documents.append(try DocumentLoader.load(path: path, id: id, fallbackDate: fallback))
                } catch let error as DocumentError {
                    Terminal.warn("\(error) — skipped")
                    inputs.skipped.append(path)
                }
            }
            for document in documents where document.date == nil {
                Terminal.note("\(document.path): no date in front matter or dateline; its events are undated (use --date)")
            }
            if documents.isEmpty && inputs.graphs.isEmpty && inputs.eventTables.isEmpty {
                throw CLIError("no readable article among \(articles.count) file(s)")
            }
            let dictionary = try loadDictionary(options.dictionary)
            inputs.dictionary = dictionary
            inputs.extraction = Extractor(dictionary: dictionary).extract(documents)
            Terminal.note("read \(documents.count) article(s): \(inputs.extraction!.events.count) events")
        }
        return inputs
    }

    static func loadDictionary(_ paths: [String]) throws -> ActorDictionary {
        var dictionary = try ActorDictionary.bundled()
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError("\(path): cannot read the dictionary (missing, or not UTF-8)")
            }
            dictionary = try ActorDictionary.load(yaml: text, path: path).layered(over: dictionary)
        }
        return dictionary
    }

    static func articleFiles(in folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw CLIError("\(folder): cannot list the folder")
        }
        var files: [String] = []
        for case let relative as String in walker {
            let ext = URL(fileURLWithPath: relative).pathExtension.lowercased()
            let name = URL(fileURLWithPath: relative).lastPathComponent
            if DocumentLoader.textExtensions.contains(ext), name.lowercased() != "readme.md" {
                files.append(URL(fileURLWithPath: folder).appendingPathComponent(relative).path)
            }
        }
        return files.sorted()
    }

    /// Reads a graph file: DOT through cgraph, the rest through ActorGraphFormats; event tables are
    /// kept as events.
    mutating func readGraphFile(_ path: String, extension ext: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read the file")
        }
        if ext == "dot" || ext == "gv" {
            if let offset = UTF8Validation.firstInvalidByte(in: [UInt8](data)) {
                let line = UTF8Validation.line(of: offset, in: [UInt8](data))
                throw CLIError("\(path):\(line): invalid UTF-8 at byte \(offset)")
            }
            do {
                graphs.append((path, try DOTReader.read(dot: String(decoding: data, as: UTF8.self))))
            } catch let error as GraphvizError {
                throw CLIError(error.line.map { "\(path):\($0): \(error.message)" } ?? "\(path): \(error.message)")
            }
            return
        }
        do {
            let format = try GraphFileFormat.detect(path: path, contents: data)
            switch format {
            case .eventTable, .gdelt:
                let table = try GraphFileReader.readEventTable(data: data, name: path, format: format)
                if table.skipped > 0 { Terminal.note("\(path): \(table.skipped) row(s) with fewer than two actors left out") }
                eventTables.append((path, table))
            default:
                graphs.append((path, try GraphFileReader.read(data: data, name: path, format: format)))
            }
        } catch let error as FormatError {
            throw CLIError(error.description)
        }
    }

    /// Every event the inputs hold: extracted from articles and read from event tables.
    var events: [Event] {
        (extraction?.events ?? []) + eventTables.flatMap(\.table.events)
    }

    /// Every actor the inputs know, from articles, event tables and graph files.
    var actors: [ActorID: Actor] {
        var result: [ActorID: Actor] = [:]
        for actor in (extraction?.actors ?? []) + eventTables.flatMap(\.table.actors) + graphs.flatMap(\.graph.sortedActors) where result[actor.id] == nil {
            result[actor.id] = actor
        }
        return result
    }

    /// The graph of all inputs in `window`: events aggregated, graph files merged in.
    func graph(window: TimeWindow, kinds: Set<RelationKind>?, projection: Projection) -> ActorGraph {
        var graph = extraction?.graph(window: window, kinds: kinds, projection: projection)
            ?? ActorGraph(directed: graphs.first?.graph.isDirected ?? false)
        let tableGraphs = eventTables.map { $0.table.graph(window: window, kinds: kinds) }
        for file in graphs.map(\.graph) + tableGraphs {
            for actor in file.sortedActors { graph.add(actor) }
            for relation in file.sortedRelations where kinds?.contains(relation.kind) ?? true { graph.add(relation) }
        }
        return graph
    }
}
