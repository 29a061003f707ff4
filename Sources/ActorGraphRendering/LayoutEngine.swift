/// A Graphviz layout engine (`-K`).
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical layers; good for directed flows.
    case dot
    /// Spring model (stress majorisation); the default for actor graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold), with clusters.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root.
    case twopi
}

/// An output format (`-T`).
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
    /// Graphviz's plain text layout: node positions and sizes, one line each.
    case plain
    /// DOT with layout attributes (`pos`, `bb`) added.
    case dot

    /// The format for a file name's extension, if any.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "plain", "txt": self = .plain
        case "gv", "dot": self = .dot
        default: return nil
        }
    }

    /// The device name passed to `gvRenderData`: bitmap and PDF through cairo, the rest from the core plugin.
    var device: String {
        switch self {
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .svg: "svg"
        case .plain: "plain"
        case .dot: "dot"
        }
    }
}
