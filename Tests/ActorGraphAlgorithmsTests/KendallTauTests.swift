import ActorGraphAlgorithms
import Foundation
import Testing

@Suite struct KendallTauTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var name: String
            var x: [Double]
            var y: [Double]
            var tau: Double?
        }
        var cases: [Case]
    }

    /// `Fixtures/kendall.json`, written by `scripts/gen-kendall-fixtures` with scipy.stats.kendalltau.
    static func fixture() throws -> Fixture {
        let url = try #require(Bundle.module.url(forResource: "kendall", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test func agreesWithSciPy() throws {
        let cases = try Self.fixture().cases
        #expect(cases.count >= 10)
        for c in cases {
            let tau = KendallTau.tauB(c.x, c.y).value
            if let expected = c.tau {
                #expect(abs(tau - expected) <= 1e-12, "\(c.name): \(tau) vs SciPy \(expected)")
            } else {
                #expect(tau.isNaN, "\(c.name): SciPy gives NaN, got \(tau)")
            }
        }
    }

    @Test func handCalculationWithoutTies() {
        // x = 1 2 3 4 5, y = 3 1 2 5 4. Of the 10 pairs, (1,2) (1,3) (4,5) are discordant (y falls where
        // x rises); the other 7 concordant. τ = (7 − 3) / 10 = 0.4.
        let result = KendallTau.tauB([1, 2, 3, 4, 5], [3, 1, 2, 5, 4])
        #expect(result.discordantPairs == 3)
        #expect(result.concordantPairs == 7)
        #expect(abs(result.value - 0.4) < 1e-15)
    }

    @Test func handCalculationWithTies() {
        // x = 1 1 2, y = 1 2 2. Pairs: (1,2) tied in x, (2,3) tied in y, (1,3) concordant.
        // n₀ = 3, n₁ = 1, n₂ = 1: τ_b = (1 − 0) / √((3 − 1)(3 − 1)) = 0.5.
        let result = KendallTau.tauB([1, 1, 2], [1, 2, 2])
        #expect(result.xTiedPairs == 1 && result.yTiedPairs == 1 && result.jointlyTiedPairs == 0)
        #expect(result.concordantPairs == 1 && result.discordantPairs == 0)
        #expect(abs(result.value - 0.5) < 1e-15)
    }

    @Test func undefinedCasesAreNaN() {
        #expect(KendallTau.tauB([], []).value.isNaN)
        #expect(KendallTau.tauB([1], [2]).value.isNaN)
        #expect(KendallTau.tauB([1, 1, 1], [1, 2, 3]).value.isNaN)  // constant x: denominator 0
        #expect(KendallTau.tauB([1, .nan, 3], [1, 2, 3]).value.isNaN)
    }

    @Test func knightAgreesWithThePairwiseDefinition() {
        // The O(n log n) merge-sort count against the O(n²) definition, on tie-heavy data.
        var rng = SystemRandomNumberGenerator()
        for n in [2, 3, 7, 31, 100] {
            let x = (0..<n).map { _ in Double(Int.random(in: 0...4, using: &rng)) }
            let y = (0..<n).map { _ in Double(Int.random(in: 0...6, using: &rng)) }
            var concordant = 0, discordant = 0, xTies = 0, yTies = 0
            for i in 0..<n {
                for j in (i + 1)..<max(n, i + 1) {
                    let dx = x[i] - x[j], dy = y[i] - y[j]
                    if dx == 0 { xTies += 1 }
                    if dy == 0 { yTies += 1 }
                    if dx * dy > 0 { concordant += 1 }
                    if dx * dy < 0 { discordant += 1 }
                }
            }
            let pairs = n * (n - 1) / 2
            let expected = Double(concordant - discordant) / (Double(pairs - xTies) * Double(pairs - yTies)).squareRoot()
            let result = KendallTau.tauB(x, y)
            #expect(result.discordantPairs == discordant && result.concordantPairs == concordant)
            if expected.isFinite { #expect(abs(result.value - expected) < 1e-12) } else { #expect(result.value.isNaN) }
        }
    }
}
