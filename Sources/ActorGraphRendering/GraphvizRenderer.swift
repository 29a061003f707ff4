import CGraphviz
import Foundation
import Synchronization

/// The bridge to Graphviz's C libraries (libgvc, libcgraph): the only file that calls them.
///
/// cgraph keeps global state (error buffer, string pool) and is not thread-safe, so every call goes
/// through one process-wide lock. Every `agmemread` is paired with `agclose`, every `gvLayout` with
/// `gvFreeLayout`, every render buffer with `gvFreeRenderData`. Graphviz's own error text is captured
/// through `agseterrf` and thrown as `GraphvizError`.
public enum GraphvizRenderer {
    /// Lays out DOT text with `engine` and renders it to `format`.
    ///
    /// - Throws: `GraphvizError` with Graphviz's message (and DOT line) when the text does not parse,
    ///   the layout fails, or the plugin for `engine`/`format` is missing.
    public static func render(dot: String, format: RenderFormat, layout engine: LayoutEngine = .dot) throws -> [UInt8] {
        try withGraph(dot) { context, graph in
            guard gvLayout(context, graph, engine.rawValue) == 0 else {
                throw missingPlugin(context, kind: "layout", name: engine.rawValue)
                    ?? capturedError(fallback: "layout with \(engine.rawValue) failed")
            }
            defer { gvFreeLayout(context, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph, format.device, &buffer, &length) == 0, let buffer else {
                throw missingPlugin(context, kind: "device", name: format.device)
                    ?? capturedError(fallback: "rendering \(format.rawValue) failed")
            }
            defer { gvFreeRenderData(buffer) }
            let bytes = buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return format == .pdf ? PDFTimestamp.normalize(bytes) : bytes
        }
    }

    /// Parses DOT text with cgraph and returns its nodes, edges and attributes, in file order.
    public static func parse(dot: String) throws -> DOTDocument {
        try withGraph(dot) { _, graph in
            var document = DOTDocument(isDirected: agisdirected(graph) != 0)
            let nodeKeys = attributeNames(graph, kind: AGNODE)
            let edgeKeys = attributeNames(graph, kind: AGEDGE)
            var node = agfstnode(graph)
            while let current = node {
                document.nodes.append(.init(name: String(cString: agnameof(UnsafeMutableRawPointer(current))),
                                            attributes: attributes(of: UnsafeMutableRawPointer(current), keys: nodeKeys)))
                node = agnxtnode(graph, current)
            }
            node = agfstnode(graph)
            while let current = node {
                var edge = agfstout(graph, current)
                while let e = edge {
                    document.edges.append(.init(
                        tail: String(cString: agnameof(UnsafeMutableRawPointer(actorgraph_agtail(e)))),
                        head: String(cString: agnameof(UnsafeMutableRawPointer(actorgraph_aghead(e)))),
                        attributes: attributes(of: UnsafeMutableRawPointer(e), keys: edgeKeys)))
                    edge = agnxtout(graph, e)
                }
                node = agnxtnode(graph, current)
            }
            return document
        }
    }

    // MARK: - Context, graph and error capture

    private static let lock = Mutex(())

    /// Runs `body` on a freshly read graph and context, under the process-wide lock; frees both.
    private static func withGraph<T>(_ dot: String, _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws -> T) throws -> T {
        try lock.withLock { _ in
            errorText = ""
            _ = agseterr(AGERR)
            _ = agseterrf(collectError)
            defer { _ = agseterrf(nil) }
            _ = agreseterrors()
            guard let context = gvContext() else {
                throw GraphvizError(message: "could not create a Graphviz context (out of memory?)")
            }
            defer { gvFreeContext(context) }
            // cgraph's lexer survives between reads: a syntax error leaves the rest of the previous text in
            // its buffer, and its line counter keeps counting. Start every text clean, at line 1.
            aglexbad()
            agreadline(1)
            guard let graph = dot.withCString({ agmemread($0) }) else {
                throw capturedError(fallback: "not a DOT graph")
            }
            defer { agclose(graph) }
            if agerrors() > 0 && errorText.contains("Error") {
                throw capturedError(fallback: "malformed DOT")
            }
            return try body(context, graph)
        }
    }

    /// Graphviz's error text since the last reset; written only under `lock`.
    nonisolated(unsafe) private static var errorText = ""

    private static let collectError: agusererrf = { message in
        if let message { GraphvizRenderer.errorText += String(cString: message) }
        return 0
    }

    private static func capturedError(fallback: String) -> GraphvizError {
        GraphvizError(graphvizText: errorText, fallback: fallback)
    }

    /// An actionable error when Graphviz knows no plugin of `kind` at all (its plugin configuration,
    /// `config6a`, is missing), or does not know `name`; nil when the plugin exists.
    private static func missingPlugin(_ context: OpaquePointer, kind: String, name: String) -> GraphvizError? {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else {
            return configurationMissing
        }
        defer {
            for i in 0..<Int(count) { free(list[i]) }
            free(list)
        }
        let known = (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
        if known.isEmpty { return configurationMissing }
        let base = name.split(separator: ":").first.map(String.init) ?? name
        if known.contains(where: { $0 == base || $0.hasPrefix(base + ":") }) { return nil }
        return GraphvizError(message: "Graphviz has no \(kind) plugin '\(name)'; available: \(known.joined(separator: ", "))")
    }

    private static let configurationMissing = GraphvizError(message:
        "Graphviz's plugin configuration is missing or empty, so it knows no layouts or output formats; "
        + "run `libgvc6-config-update -c` (or `dot -c`) as root, or reinstall libgvc6 (`apt-get install --reinstall libgvc6`)")

    // MARK: - Attributes

    private static func attributeNames(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [String] {
        var names: [String] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            names.append(String(cString: current.pointee.name))
            symbol = agnxtattr(graph, kind, current)
        }
        return names
    }

    private static func attributes(of object: UnsafeMutableRawPointer, keys: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for key in keys {
            guard let value = key.withCString({ agget(object, UnsafeMutablePointer(mutating: $0)) }) else { continue }
            let text = String(cString: value)
            if !text.isEmpty { result[key] = text }
        }
        return result
    }
}
