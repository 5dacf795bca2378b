import Autodiff
import Testing
@testable import Autodiff

@Suite("Soft sorting and ranking (Blondel et al., 2020) and the isotonic fit beneath them")
struct SoftSortingTests {
    @Test("Pool-adjacent-violators pools every increasing pair, equal values too")
    func isotonic() {
        #expect(IsotonicFit(decreasing: [1, 3, 2]).solution == [2, 2, 2])
        #expect(IsotonicFit(decreasing: [5, 1, 2, 0]).solution == [5, 1.5, 1.5, 0])
        #expect(IsotonicFit(decreasing: [3, 2, 1]).solution == [3, 2, 1])
        #expect(IsotonicFit(decreasing: [2, 2]).starts == [0])
        #expect(IsotonicFit(decreasing: []).solution == [])
        #expect(IsotonicFit(decreasing: [4, 1, 3]).blockMeans([1, 2, 6]) == [1, 4, 4])
    }

    @Test("Hard ranks average over ties, in either direction")
    func hardRanks() {
        #expect(ranks([0.5, 0.2, 0.5, 0.9], direction: .ascending) == [2.5, 1, 2.5, 4])
        #expect(ranks([0.5, 0.2, 0.5, 0.9], direction: .descending) == [2.5, 4, 2.5, 1])
        #expect(ranks([], direction: .ascending) == [])
    }

    @Test("Soft ranks: the hard ranks for small ε, the middle rank for large ε, always summing to n(n + 1)/2")
    func softRankLimits() {
        let x = [2.9, 0.1, 1.2, -0.4]
        #expect(softRank(x, regularizationStrength: 1e-3, direction: .ascending) == ranks(x, direction: .ascending))
        #expect(softRank(x, regularizationStrength: 1e-3, direction: .descending) == ranks(x, direction: .descending))
        #expect(softRank(x, regularizationStrength: 1e6, direction: .ascending).allSatisfy { Swift.abs($0 - 2.5) < 1e-5 })
        for strength in [0.1, 1, 10] {
            let total = softRank(x, regularizationStrength: strength, direction: .descending).reduce(0, +)
            #expect(Swift.abs(total - 10) <= 1e-12)
        }
        #expect(softRank([0.7], regularizationStrength: 1, direction: .ascending) == [1])
        let tied = softRank([0.3, 0.3, 0.8], regularizationStrength: 0.01, direction: .ascending)
        #expect(tied == [1.5, 1.5, 3])
    }

    @Test("Soft sort: sorted for small ε, the mean for large ε, always summing to Σθ")
    func softSortLimits() {
        let x = [2.9, 0.1, 1.2, -0.4]
        // w/ε − (w/ε − s) leaves rounding errors of the size of 1/ε's last digits.
        #expect(relativeError(softSort(x, regularizationStrength: 1e-3, direction: .ascending), [-0.4, 0.1, 1.2, 2.9]) <= 1e-12)
        #expect(relativeError(softSort(x, regularizationStrength: 1e-3, direction: .descending), [2.9, 1.2, 0.1, -0.4]) <= 1e-12)
        #expect(softSort(x, regularizationStrength: 1e6, direction: .ascending).allSatisfy { Swift.abs($0 - 0.95) < 1e-5 })
        let total = softSort(x, regularizationStrength: 1, direction: .ascending).reduce(0, +)
        #expect(Swift.abs(total - 3.8) <= 1e-12)
    }

    @Test("Gradients match finite differences away from the block boundaries")
    func gradients() {
        var numbers = SeededNumbers(seed: 9)
        let x = numbers.uniform(count: 8, -2, 2), c = numbers.uniform(count: 8, -1, 1)
        for strength in [0.05, 0.5, 5] {
            for direction in [RankDirection.ascending, .descending] {
                expectMatchesFiniteDifferences(
                    at: x, "softRank ε = \(strength) \(direction)",
                    autodiff: { softRank($0, regularizationStrength: strength, direction: direction).dot(c) },
                    plain: { weightedSum(c, softRank($0, regularizationStrength: strength, direction: direction)) })
                expectMatchesFiniteDifferences(
                    at: x, "softSort ε = \(strength) \(direction)",
                    autodiff: { softSort($0, regularizationStrength: strength, direction: direction).dot(c) },
                    plain: { weightedSum(c, softSort($0, regularizationStrength: strength, direction: direction)) })
            }
        }
    }

    @Test("A hundred thousand values cost one sort and one pass")
    func large() {
        var numbers = SeededNumbers(seed: 10)
        let x = numbers.uniform(count: 100_000, -1, 1)
        let input = VarVector(x)
        let r = softRank(input, regularizationStrength: 1e-4, direction: .ascending)
        r.sum().backward()
        let total: Double = r.value.reduce(0, +), expected: Double = 100_000 * 100_001 / 2
        #expect(Swift.abs(total - expected) <= 1e-3)
        // The ranks always sum to the same number, so that sum's gradient is 0.
        #expect(x.indices.allSatisfy { Swift.abs(input.grad[$0]) <= 1e-9 })
    }
}
