import ActorGraphCore

/// How an actor graph is drawn: the conventions every diagram of the tool shares.
///
/// Shape and colour by actor kind, node size by a score (degree unless a centrality is given), pen
/// width by tie strength, one colour and dash pattern per relation kind (mediation stands out),
/// officials drawn with their country (a cluster for dot and fdp, an invisible spring for neato and
/// sfdp), and a fixed layout seed so the same graph always gives the same picture.
public struct DOTStyle: Sendable {
    /// The engine the DOT text is meant for; sets engine-specific graph attributes. neato is the
    /// default because it is deterministic; Graphviz 2.42's fdp seeds cluster layouts from the clock.
    public var layout: LayoutEngine = .neato
    /// Node size scores (any non-negative scale; normalised by the largest). Nil: neighbour count.
    public var sizes: [ActorID: Double]? = nil
    /// Draw each country with its officials (and affiliated organisations) as one cluster.
    public var clusterByAffiliation = true
    /// A title drawn above the diagram.
    public var title: String? = nil
    /// Events by ID, used to put evidence (dates and quotes) into edge tooltips.
    public var events: [String: Event] = [:]
    /// At most this many quotes per edge tooltip.
    public var quotesPerTooltip = 3
    /// Seed for the force-directed engines' initial placement (`start`).
    public var seed = 42
    /// A line at the bottom saying what shapes, colours and widths mean.
    public var legend = true

    public init() {}

    static func shape(_ kind: ActorKind) -> String {
        switch kind {
        case .country: "box"
        case .official: "ellipse"
        case .organization: "hexagon"
        case .meeting: "diamond"
        }
    }

    static func fill(_ kind: ActorKind) -> String {
        switch kind {
        case .country: "#dbe9f6"
        case .official: "#fdf1d6"
        case .organization: "#e4f2df"
        case .meeting: "#eeeeee"
        }
    }

    /// The colour of a relation kind in words, for the legend.
    static func colourName(_ kind: RelationKind) -> String {
        switch kind {
        case .cooccurrence: "grey"
        case .meeting: "blue"
        case .mediation: "red"
        case .communication: "green"
        case .affiliation: "light grey"
        case .participation: "dark grey"
        }
    }

    /// Colour and dash style of a relation kind.
    static func stroke(_ kind: RelationKind) -> (color: String, style: String) {
        switch kind {
        case .cooccurrence: ("#9a9a9a", "solid")
        case .meeting: ("#1f4e9c", "solid")
        case .mediation: ("#c0392b", "dashed")
        case .communication: ("#2e8b57", "dotted")
        case .affiliation: ("#bbbbbb", "dotted")
        case .participation: ("#7f7f7f", "solid")
        }
    }
}
