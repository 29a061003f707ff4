/// Kendall's rank correlation τ-b of two paired samples, with its pair counts.
///
/// τ-b compares every pair of observations: concordant when x and y order them the same way,
/// discordant when they order them oppositely; pairs tied in x or in y are neither, and the
/// denominator discounts them so that τ-b reaches ±1 on tied data whose orders agree:
///
///     τ_b = (n_c − n_d) / √((n₀ − n₁)(n₀ − n₂))
///
/// with n₀ = n(n−1)/2 pairs, n₁ = Σ t(t−1)/2 over groups of tied x values, n₂ the same for y.
/// M. G. Kendall, "The treatment of ties in ranking problems", Biometrika 33(3), 1945, 239–251,
/// doi:10.1093/biomet/33.3.239.
///
/// Computed by Knight's algorithm: sort the observations by (x, y), count the discordant pairs as the
/// inversions of the y sequence during a merge sort, and the ties from runs of equal values.
/// W. R. Knight, "A computer method for calculating Kendall's tau with ungrouped data", Journal of the
/// American Statistical Association 61(314), 1966, 436–439, doi:10.1080/01621459.1966.10480879.
/// The arithmetic is that of `scipy.stats.kendalltau` (variant `b`): n_c − n_d is obtained as
/// n₀ − n₁ − n₂ + n₃ − 2·n_d, n₃ counting pairs tied in both, and the result is clamped to [−1, 1].
/// As in SciPy, τ-b is NaN when fewer than two observations are given, when either sample is
/// constant (the denominator vanishes), or when a value is NaN. Only the statistic is computed, not
/// SciPy's p-value.
public struct KendallTau: Sendable, Equatable {
    /// τ-b, in [−1, 1], or NaN when undefined.
    public let value: Double
    /// Number of observations n.
    public let count: Int
    /// Discordant pairs n_d (tied pairs are not discordant).
    public let discordantPairs: Int
    /// Pairs tied in x (n₁), in y (n₂), and in both (n₃).
    public let xTiedPairs: Int
    public let yTiedPairs: Int
    public let jointlyTiedPairs: Int

    /// Concordant pairs n_c.
    public var concordantPairs: Int {
        count * (count - 1) / 2 - xTiedPairs - yTiedPairs + jointlyTiedPairs - discordantPairs
    }

    /// τ-b of the paired samples `x` and `y` (equal lengths).
    /// - Complexity: O(n log n) time, O(n) memory.
    public static func tauB(_ x: [Double], _ y: [Double]) -> KendallTau {
        precondition(x.count == y.count, "Kendall's tau needs paired samples of equal length")
        let n = x.count
        guard n >= 2, !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else {
            return KendallTau(value: .nan, count: n, discordantPairs: 0, xTiedPairs: 0, yTiedPairs: 0, jointlyTiedPairs: 0)
        }
        // Sort by (x, y): pairs tied in x are then in y order and never count as inversions.
        var order = Array(0..<n)
        order.sort { x[$0] != x[$1] ? x[$0] < x[$1] : y[$0] < y[$1] }
        var xTies = 0, jointTies = 0
        var runX = 1, runXY = 1
        for i in 1..<n {
            let a = order[i - 1], b = order[i]
            if x[a] == x[b] {
                runX += 1
                if y[a] == y[b] { runXY += 1 } else { jointTies += runXY * (runXY - 1) / 2; runXY = 1 }
            } else {
                xTies += runX * (runX - 1) / 2
                jointTies += runXY * (runXY - 1) / 2
                runX = 1
                runXY = 1
            }
        }
        xTies += runX * (runX - 1) / 2
        jointTies += runXY * (runXY - 1) / 2

        // Merge sort of the y sequence, counting strict inversions (discordant pairs).
        var values = order.map { y[$0] }
        var buffer = values
        var discordant = 0
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n), end = min(start + 2 * width, n)
                var i = start, j = middle, k = start
                while i < middle && j < end {
                    if values[j] < values[i] {
                        discordant += middle - i
                        buffer[k] = values[j]; j += 1
                    } else {
                        buffer[k] = values[i]; i += 1
                    }
                    k += 1
                }
                while i < middle { buffer[k] = values[i]; i += 1; k += 1 }
                while j < end { buffer[k] = values[j]; j += 1; k += 1 }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        var yTies = 0, runY = 1
        for i in 1..<n {
            if values[i] == values[i - 1] { runY += 1 } else { yTies += runY * (runY - 1) / 2; runY = 1 }
        }
        yTies += runY * (runY - 1) / 2

        let total = n * (n - 1) / 2
        let value: Double
        if xTies == total || yTies == total {
            value = .nan
        } else {
            let difference = Double(total - xTies - yTies + jointTies - 2 * discordant)
            // Divided in SciPy's order, so the last bit agrees too.
            let tau = difference / Double(total - xTies).squareRoot() / Double(total - yTies).squareRoot()
            value = min(1, max(-1, tau))
        }
        return KendallTau(value: value, count: n, discordantPairs: discordant, xTiedPairs: xTies,
                          yTiedPairs: yTies, jointlyTiedPairs: jointTies)
    }
}
