import ActorGraphCore
import ActorGraphFormats
import ActorGraphRendering
import ArgumentParser
import Foundation

/// `actorgraph graph`: build the actor graph of the inputs and write it as DOT, SVG, PNG or PDF.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the relationship graph of the inputs: drawn (.dot .svg .png .pdf) or as data (.graphml .gexf .json .csv), by extension.")

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (.dot .gv .svg .png .pdf, or .json .graphml .gexf .csv for other tools).", valueName: "file"))
    var output: String

    @Option(help: "Graphviz layout engine (neato is deterministic; fdp draws country clusters but varies run to run).")
    var layout: LayoutEngine = .neato

    @Flag(help: "Also draw actors that have no tie.")
    var isolates = false

    @Option(help: "Title drawn above the diagram.")
    var title: String?

    func validate() throws {
        let ext = URL(fileURLWithPath: output).pathExtension
        guard (RenderFormat(fileExtension: ext) != nil && ext != "plain" && ext != "txt") || GraphFileFormat(fileExtension: ext) != nil else {
            throw ValidationError("\(output): cannot tell the format from '.\(ext)'; use .dot, .gv, .svg, .png, .pdf, .json, .graphml, .gexf or .csv")
        }
    }

    func run() throws {
        let inputs = try Inputs.load(input)
        var graph = inputs.graph(window: input.window, kinds: try graphOptions.kinds(), projection: graphOptions.level)
        if !isolates { graph = graph.removingIsolates() }
        if let fileFormat = GraphFileFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) {
            do {
                try AtomicFile.write(try GraphFileWriter.write(graph, format: fileFormat), to: output)
            } catch let error as FormatError {
                throw CLIError(error.description)
            }
            Terminal.note("wrote \(output): \(graph.actors.count) actors, \(graph.relations.count) relations")
            if !inputs.skipped.isEmpty { throw ExitCode(1) }
            return
        }
        var style = DOTStyle()
        style.layout = layout
        style.title = title
        style.events = Dictionary((inputs.extraction?.events ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let dot = DOTWriter.write(graph, style: style)
        let format = RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)!
        if format == .dot {
            try AtomicFile.write(dot, to: output)
        } else {
            do {
                try AtomicFile.write(try GraphvizRenderer.render(dot: dot, format: format, layout: layout), to: output)
            } catch let error as GraphvizError {
                throw CLIError("\(output): Graphviz: \(error)")
            }
        }
        Terminal.note("wrote \(output): \(graph.actors.count) actors, \(graph.relations.count) relations")
        if !inputs.skipped.isEmpty { throw ExitCode(1) }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
