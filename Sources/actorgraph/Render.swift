import ActorGraphCore
import ActorGraphExtraction
import ActorGraphRendering
import ArgumentParser
import Foundation

/// `actorgraph render`: lay out and render any DOT file through libgvc, in process.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lay out and render a DOT file with Graphviz's library: .svg .png .pdf .plain, chosen by extension.")

    @Argument(help: "The DOT file.")
    var dotFile: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (.svg .png .pdf .plain .dot).", valueName: "file"))
    var output: String

    @Option(help: "Graphviz layout engine.")
    var layout: LayoutEngine = .dot

    func validate() throws {
        let ext = URL(fileURLWithPath: output).pathExtension
        guard RenderFormat(fileExtension: ext) != nil else {
            throw ValidationError("\(output): cannot tell the format from '.\(ext)'; use .svg, .png, .pdf, .plain or .dot")
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: dotFile) else {
            throw CLIError("\(dotFile): cannot read the file")
        }
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw CLIError("\(dotFile): empty file")
        }
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let line = UTF8Validation.line(of: offset, in: bytes)
            throw CLIError("\(dotFile):\(line): invalid UTF-8 at byte \(offset)")
        }
        let format = RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)!
        let rendered: [UInt8]
        do {
            rendered = try GraphvizRenderer.render(dot: String(decoding: bytes, as: UTF8.self), format: format, layout: layout)
        } catch let error as GraphvizError {
            throw CLIError(error.line.map { "\(dotFile):\($0): \(error.message)" } ?? "\(dotFile): \(error.message)")
        }
        try AtomicFile.write(rendered, to: output)
        Terminal.note("wrote \(output)")
    }
}
