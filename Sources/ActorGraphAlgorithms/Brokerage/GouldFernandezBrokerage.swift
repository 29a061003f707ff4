import ActorGraphCore

/// A Gould–Fernandez brokerage role: what the broker `b` does on an open two-path `a → b → c`
/// (`a ≠ c`, no tie `a → c`), decided by the groups of the three actors.
///
/// | role | groups | sna column |
/// | --- | --- | --- |
/// | coordinator | g(a) = g(b) = g(c) | `w_I` |
/// | itinerant (consultant) | g(a) = g(c) ≠ g(b) | `w_O` |
/// | representative | g(a) = g(b) ≠ g(c) | `b_IO` |
/// | gatekeeper | g(b) = g(c) ≠ g(a) | `b_OI` |
/// | liaison | all three differ | `b_O` |
///
/// R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in transaction
/// networks", Sociological Methodology 19, 1989, 89–126, doi:10.2307/270949.
public enum BrokerageRole: String, Sendable, CaseIterable, Hashable {
    case coordinator
    case itinerant
    case representative
    case gatekeeper
    case liaison

    /// The role for a two-path whose source, broker and target are in these groups (whether or not
    /// the path is open: that is the caller's to check). The tests run in the order of sna's
    /// `brokerage_R`, which settles every case.
    public init<Group: Equatable>(sourceGroup: Group, brokerGroup: Group, targetGroup: Group) {
        if brokerGroup == sourceGroup {
            self = brokerGroup == targetGroup ? .coordinator : .representative
        } else if brokerGroup == targetGroup {
            self = .gatekeeper
        } else if sourceGroup == targetGroup {
            self = .itinerant
        } else {
            self = .liaison
        }
    }

    /// The column name in R's `sna::brokerage` output.
    public var snaName: String {
        switch self {
        case .coordinator: return "w_I"
        case .itinerant: return "w_O"
        case .representative: return "b_IO"
        case .gatekeeper: return "b_OI"
        case .liaison: return "b_O"
        }
    }

    /// The role seen from the other direction, `c → b → a`: representative and gatekeeper swap, the
    /// others stay (in an undirected graph both directions are counted).
    public var reversed: BrokerageRole {
        switch self {
        case .representative: return .gatekeeper
        case .gatekeeper: return .representative
        default: return self
        }
    }
}

/// One value per Gould–Fernandez role plus a total (a row of sna's `raw.nli`, `exp.nli`, … matrices,
/// whose columns are `w_I w_O b_IO b_OI b_O t`).
public struct BrokerageRoleValues<Value: Sendable & Equatable>: Sendable, Equatable {
    public var coordinator: Value
    public var itinerant: Value
    public var representative: Value
    public var gatekeeper: Value
    public var liaison: Value
    /// For counts and expected values the sum of the five; for standard deviations and z-scores sna's
    /// own total column (variances do not add).
    public var total: Value

    public init(coordinator: Value, itinerant: Value, representative: Value, gatekeeper: Value,
                liaison: Value, total: Value) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = total
    }

    public subscript(role: BrokerageRole) -> Value {
        switch role {
        case .coordinator: return coordinator
        case .itinerant: return itinerant
        case .representative: return representative
        case .gatekeeper: return gatekeeper
        case .liaison: return liaison
        }
    }

    /// The six values in sna's column order `w_I w_O b_IO b_OI b_O t`.
    public var snaColumns: [Value] { [coordinator, itinerant, representative, gatekeeper, liaison, total] }

    init(columns c: [Value]) {
        self.init(coordinator: c[0], itinerant: c[1], representative: c[2], gatekeeper: c[3], liaison: c[4],
                  total: c[5])
    }

    func map<T>(_ transform: (Value) -> T) -> BrokerageRoleValues<T> {
        BrokerageRoleValues<T>(columns: snaColumns.map(transform))
    }
}

/// Gould–Fernandez brokerage of every node: observed role counts and their expectation, standard
/// deviation and z-score under a random graph of the same density, as R's `sna::brokerage` reports
/// them (`raw.nli`, `exp.nli`, `sd.nli`, `z.nli`; graph level `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`;
/// by broker group `exp.grp`, `sd.grp`).
public struct GouldFernandezBrokerage: Sendable {
    /// Dense index → actor ID (the graph's `nodes`).
    public let nodes: [ActorID]
    /// The group number of every node: groups are numbered in order of first appearance in the label
    /// list (sna's `unique(cl)`).
    public let groupIndices: [Int]
    /// Size of every group, by group number (sna's `n`).
    public let groupSizes: [Int]
    /// Density of the graph as sna computes it, d = m / (N(N − 1)) with m the number of arcs (an
    /// undirected edge is two arcs).
    public let density: Double

    /// Observed role counts of every node (`raw.nli`).
    public let counts: [BrokerageRoleValues<Int>]
    /// Expected counts under the null (`exp.nli`): depends only on the node's group.
    public let expected: [BrokerageRoleValues<Double>]
    /// Standard deviations under the null (`sd.nli`).
    public let standardDeviations: [BrokerageRoleValues<Double>]
    /// (observed − expected) / sd (`z.nli`); NaN for 0/0 and ±infinity for x/0, as R gives.
    public let zScores: [BrokerageRoleValues<Double>]

    /// Expected counts and standard deviations for a broker of each group (`exp.grp`, `sd.grp`).
    public let expectedByGroup: [BrokerageRoleValues<Double>]
    public let standardDeviationsByGroup: [BrokerageRoleValues<Double>]

    /// Role counts summed over all nodes (`raw.gli`), and their expectation, standard deviation and
    /// z-score (`exp.gli`, `sd.gli`, `z.gli`).
    public let graphCounts: BrokerageRoleValues<Int>
    public let graphExpected: BrokerageRoleValues<Double>
    public let graphStandardDeviations: BrokerageRoleValues<Double>
    public let graphZScores: BrokerageRoleValues<Double>

    /// Total brokerage (open two-paths through the node) as a share of the (N − 1)(N − 2) ordered
    /// pairs of other nodes it could broker, in [0, 1]; does not depend on the groups.
    public var totalShares: NodeScores {
        let n = Double(nodes.count)
        let pairs = (n - 1) * (n - 2)
        return NodeScores(nodes: nodes, values: counts.map { pairs > 0 ? Double($0.total) / pairs : 0 })
    }
}

extension CompactGraph {
    /// Gould–Fernandez brokerage roles of every actor, with sna's expected values and z-scores.
    ///
    /// For every ordered two-path `a → b → c` with `a ≠ c` and no arc `a → c` (an arc `c → a` does not
    /// close it), `b` brokers, in the role given by the groups of a, b and c (see `BrokerageRole`).
    /// An undirected graph counts each edge in both directions, as sna does with a symmetric graph: each
    /// open pair {a, c} counts twice, once as a → c and once as c → a, so representative and
    /// gatekeeper counts are equal. Weights are ignored: a tie is present or absent.
    ///
    /// Counts follow sna's C routine `brokerage_R` (src/gli.c); expected values and variances are those
    /// of R's `sna::brokerage` (C. T. Butts, sna 2.x), Gould & Fernandez's moments under a Bernoulli graph of
    /// density d = m/(N(N − 1)). With D = d²(1 − d) (the chance that a given a → b → c is an open
    /// two-path), T = d³(1 − d)³, a broker in group i of size nᵢ, O = N − nᵢ and C(x, 2) = x(x − 1)/2:
    ///
    ///     E[coordinator]    = D (nᵢ − 1)(nᵢ − 2)
    ///     E[itinerant]      = D Σ_{j≠i} nⱼ(nⱼ − 1)
    ///     E[representative] = E[gatekeeper] = D O (nᵢ − 1)
    ///     E[liaison]        = D Σ_{j≠i, k≠i, j≠k} nⱼ nₖ
    ///     E[total]          = D (N − 1)(N − 2)            (= the sum of the five)
    ///     Var[coordinator]    = E[coordinator](1 − D) + 2(nᵢ − 1)(nᵢ − 2)(nᵢ − 3) T
    ///     Var[itinerant]      = E[itinerant](1 − D) + 2 Σ_{j≠i} nⱼ(nⱼ − 1)(nⱼ − 2) T
    ///     Var[representative] = E[representative](1 − D) + 2((nᵢ − 1) C(O, 2) + O C(nᵢ − 1, 2)) T
    ///                         = Var[gatekeeper]
    ///     Var[liaison]        = E[liaison](1 − D) + 4 Σ_{j≠i} nⱼ C(N − nⱼ − nᵢ, 2) T
    ///     Var[total]          = E[total](1 − D) + 2(N − 1)(N − 2)(N − 3) T
    ///
    /// and z = (observed − expected)/√Var; a zero variance gives NaN (0/0) or ±infinity, as in R. The
    /// graph-level moments are sna's `exp.gli`/`sd.gli`, transcribed term by term.
    ///
    /// R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in
    /// transaction networks", Sociological Methodology 19, 1989, 89–126, doi:10.2307/270949.
    ///
    /// - Parameters:
    ///   - groups: a group label for every node, by dense index (e.g. the affiliation country).
    ///   - threads: worker threads for the counting; nil uses every core.
    /// - Throws: `.invalidParameter` when `groups.count != nodeCount`.
    /// - Complexity: O(Σ_b in(b)·out(b)·log Δ) time for the counts, O(n + g³) for the moments (g groups).
    public func gouldFernandezBrokerage<Group: Hashable>(groups: [Group], threads: Int? = nil) throws
        -> GouldFernandezBrokerage
    {
        let n = nodeCount
        guard groups.count == n else {
            throw GraphAlgorithmError.invalidParameter(
                "brokerage needs one group label per node (got \(groups.count) labels for \(n) nodes)")
        }
        var groupNumber: [Group: Int] = [:]
        var groupIndices = [Int](repeating: 0, count: n)
        var sizes: [Int] = []
        for (v, label) in groups.enumerated() {
            let g: Int
            if let known = groupNumber[label] {
                g = known
            } else {
                g = sizes.count
                groupNumber[label] = g
                sizes.append(0)
            }
            groupIndices[v] = g
            sizes[g] += 1
        }

        // Counts, broker by broker (disjoint outputs: any schedule gives the same result).
        var raw = [Int](repeating: 0, count: 5 * n)
        let group = groupIndices.map { Int32($0) }
        raw.withUnsafeMutableBufferPointer { raw in
            parallelForEach(itemCount: n, threads: threads, makeWorker: { () }) { _, b in
                let gb = group[b]
                var tally = (0, 0, 0, 0, 0)
                for a in inNeighbours(of: Int32(b)) {
                    let ga = group[Int(a)]
                    for c in outNeighbours(of: Int32(b)) where c != a {
                        if slot(from: a, to: c) != nil { continue }
                        let gc = group[Int(c)]
                        switch BrokerageRole(sourceGroup: ga, brokerGroup: gb, targetGroup: gc) {
                        case .coordinator: tally.0 += 1
                        case .itinerant: tally.1 += 1
                        case .representative: tally.2 += 1
                        case .gatekeeper: tally.3 += 1
                        case .liaison: tally.4 += 1
                        }
                    }
                }
                raw[5 * b] = tally.0
                raw[5 * b + 1] = tally.1
                raw[5 * b + 2] = tally.2
                raw[5 * b + 3] = tally.3
                raw[5 * b + 4] = tally.4
            }
        }
        let counts = (0..<n).map { v -> BrokerageRoleValues<Int> in
            let r = Array(raw[5 * v ..< 5 * v + 5])
            return BrokerageRoleValues(columns: r + [r.reduce(0, +)])
        }

        // Moments (sna's R code, in doubles as sna coerces them).
        let arcs = Double(isDirected ? edgeCount : 2 * edgeCount)
        let bigN = Double(n)
        let d = n > 1 ? arcs / (bigN * (bigN - 1)) : .nan
        let moments = BrokerageMoments(density: d, groupSizes: sizes.map(Double.init))
        let expected = groupIndices.map { moments.expectedByGroup[$0] }
        let sds = groupIndices.map { moments.standardDeviationsByGroup[$0] }
        let z = (0..<n).map { v in
            zip3(counts[v].snaColumns.map(Double.init), expected[v].snaColumns, sds[v].snaColumns)
        }
        var graphColumns = [Int](repeating: 0, count: 6)
        for c in counts { for (i, x) in c.snaColumns.enumerated() { graphColumns[i] += x } }
        let graphCounts = BrokerageRoleValues<Int>(columns: graphColumns)
        return GouldFernandezBrokerage(
            nodes: nodes, groupIndices: groupIndices, groupSizes: sizes, density: d, counts: counts,
            expected: expected, standardDeviations: sds, zScores: z,
            expectedByGroup: moments.expectedByGroup, standardDeviationsByGroup: moments.standardDeviationsByGroup,
            graphCounts: graphCounts, graphExpected: moments.graphExpected,
            graphStandardDeviations: moments.graphStandardDeviations,
            graphZScores: zip3(graphColumns.map(Double.init), moments.graphExpected.snaColumns,
                               moments.graphStandardDeviations.snaColumns))
    }

    /// The Gould–Fernandez role `broker` plays for the ordered pair `source → target`, or nil when it
    /// plays none: when `source → broker → target` is not a two-path of the graph, when the endpoints
    /// coincide or include the broker, or when the arc `source → target` closes it. In an undirected
    /// graph the role for `target → source` is `reversed` (representative ↔ gatekeeper).
    ///
    /// This is the per-pair view of `gouldFernandezBrokerage(groups:)` (summing it over all ordered
    /// pairs gives the broker's counts). To classify a pair whose direct tie is present but weak, use
    /// `BrokerageRole(sourceGroup:brokerGroup:targetGroup:)` directly.
    ///
    /// - Parameter groups: a group label for every node, by dense index.
    /// - Throws: `.nodeOutOfRange`, or `.invalidParameter` when `groups.count != nodeCount`.
    /// - Complexity: O(log Δ).
    public func brokerageRole<Group: Equatable>(of broker: Int32, from source: Int32, to target: Int32,
                                                groups: [Group]) throws -> BrokerageRole? {
        try check(broker)
        try check(source)
        try check(target)
        guard groups.count == nodeCount else {
            throw GraphAlgorithmError.invalidParameter(
                "brokerage needs one group label per node (got \(groups.count) labels for \(nodeCount) nodes)")
        }
        guard source != target, broker != source, broker != target,
              slot(from: source, to: broker) != nil, slot(from: broker, to: target) != nil,
              slot(from: source, to: target) == nil
        else { return nil }
        return BrokerageRole(sourceGroup: groups[Int(source)], brokerGroup: groups[Int(broker)],
                             targetGroup: groups[Int(target)])
    }
}

/// (observed − expected) / sd, column by column.
private func zip3(_ observed: [Double], _ expected: [Double], _ sd: [Double]) -> BrokerageRoleValues<Double> {
    BrokerageRoleValues(columns: (0..<6).map { (observed[$0] - expected[$0]) / sd[$0] })
}

/// sna's expectations and variances of the brokerage counts (R function `brokerage`), per broker group
/// and for the whole graph.
struct BrokerageMoments {
    var expectedByGroup: [BrokerageRoleValues<Double>] = []
    var standardDeviationsByGroup: [BrokerageRoleValues<Double>] = []
    var graphExpected: BrokerageRoleValues<Double>
    var graphStandardDeviations: BrokerageRoleValues<Double>

    init(density d: Double, groupSizes n: [Double]) {
        let N = n.reduce(0, +)
        let D = d * d * (1 - d)          // d^2 (1-d): probability of an open two-path
        let E3 = pow3(d) * pow3(1 - d)   // d^3 (1-d)^3
        let E4 = d * pow3(d) * (1 - d) * (1 - d)  // d^4 (1-d)^2
        let E5 = d * d * pow3(d) * (1 - d)        // d^5 (1-d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }

        for i in n.indices {
            let ni = n[i]
            let others = n.indices.filter { $0 != i }.map { n[$0] }
            let O = N - ni
            var e = [Double](repeating: 0, count: 6)
            var v = [Double](repeating: 0, count: 6)
            e[0] = D * (ni - 1) * (ni - 2)
            v[0] = e[0] * (1 - D) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * E3
            e[1] = D * others.reduce(0) { $0 + $1 * ($1 - 1) }
            v[1] = e[1] * (1 - D) + 2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * E3
            e[2] = D * O * (ni - 1)
            v[2] = e[2] * (1 - D) + 2 * ((ni - 1) * choose2(O) + O * choose2(ni - 1)) * E3
            e[3] = e[2]
            v[3] = v[2]
            let sumOthers = others.reduce(0, +)
            e[4] = D * (sumOthers * sumOthers - others.reduce(0) { $0 + $1 * $1 })
            v[4] = e[4] * (1 - D) + 4 * others.reduce(0) { $0 + $1 * choose2(N - $1 - ni) * E3 }
            e[5] = D * (N - 1) * (N - 2)
            v[5] = e[5] * (1 - D) + 2 * (N - 1) * (N - 2) * (N - 3) * E3
            expectedByGroup.append(BrokerageRoleValues(columns: e))
            standardDeviationsByGroup.append(BrokerageRoleValues(columns: v.map { $0.squareRoot() }))
        }

        var e = [Double](repeating: 0, count: 6)
        var v = [Double](repeating: 0, count: 6)
        // Coordinator.
        e[0] = D * n.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) }
        v[0] = e[0] * (1 - D) + n.reduce(0) { s, x in
            s + x * (x - 1) * (x - 2) * ((4 * x - 10) * E3 - 4 * (x - 3) * E4 + (x - 3) * E5)
        }
        // Itinerant: sum(outer(n, n, f)) − sum(diagonal of f), i.e. over ordered pairs of groups x ≠ y.
        e[1] = D * n.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
        var itinerant = 0.0
        for i in n.indices {
            for j in n.indices where j != i {
                let x = n[i], y = n[j]
                itinerant += x * y * (x - 1) * ((2 * x + 2 * y - 6) * E3 + (N - x - 1) * E5)
            }
        }
        v[1] = e[1] * (1 - D) + itinerant
        // Representative and gatekeeper.
        e[2] = D * n.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
        v[2] = e[2] * (1 - D) + n.reduce(0) { s, x in
            s + x * (N - x) * (x - 1) * ((N - 3) * E3 + (x - 2) * E5)
        }
        e[3] = e[2]
        v[3] = v[2]
        // Liaison: sum(outer(n, n, x·y·(N − x − y))) − sum(n·n·(N − 2n)), i.e. over ordered pairs x ≠ y.
        var liaison = 0.0
        for i in n.indices {
            for j in n.indices where j != i { liaison += n[i] * n[j] * (N - n[i] - n[j]) }
        }
        e[4] = D * liaison
        var liaisonVariance = e[4] * (1 - D)
        for i in n.indices {
            for j in n.indices where j != i {
                for k in n.indices where k != i && k != j {
                    let (a, b, c) = (n[i], n[j], n[k])
                    liaisonVariance += a * b * c * ((4 * (N - b) - 2 * (a + c + 1)) * E3
                        - (4 * (N - c) - 2 * (a + b + 1)) * E4 + (N - (a + c + 1)) * E5)
                }
            }
        }
        v[4] = liaisonVariance
        // Total.
        e[5] = D * N * (N - 1) * (N - 2)
        v[5] = e[5] * (1 - D) + N * (N - 1) * (N - 2) * ((4 * N - 10) * E3 - 4 * (N - 3) * E4 + (N - 3) * E5)
        graphExpected = BrokerageRoleValues(columns: e)
        graphStandardDeviations = BrokerageRoleValues(columns: v.map { $0.squareRoot() })
    }
}

@inline(__always)
private func pow3(_ x: Double) -> Double { x * x * x }
