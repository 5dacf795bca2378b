import Autodiff
import Testing
import Metrics

/// The authors' fast-soft-sort operators, SciPy's ranks, PyTorch's Gumbel-softmax, and score-function and
/// perturbed estimates replayed with the SeededRandom algorithms, from Fixtures/discrete.json.
struct DiscreteFixture: Decodable {
    struct Soft: Decodable {
        let name: String
        let values: [Double]
        let strength: Double
        let direction: String
        let cotangent, softRank, softRankVJP, softSort, softSortVJP: [Double]
    }
    struct HardRanks: Decodable { let values, ascending, descending: [Double] }
    struct Gumbel: Decodable { let seed: UInt64; let draws: [Double] }
    struct GumbelMax: Decodable { let seed: UInt64; let logits: [Double]; let draws: [Int] }
    struct Relaxed: Decodable {
        let name: String
        let logits, noise: [Double]
        let temperature: Double
        let hard: Bool
        let cotangent, value, vjp: [Double]
    }
    struct Categorical: Decodable {
        let seed: UInt64
        let logits, rewards: [Double]
        let samples: Int
        let baseline: String
        let constant: Double
        let draws: [Int]
        let gradient, variance, exact: [Double]
    }
    struct Bernoulli: Decodable {
        let seed: UInt64
        let logits, labels: [Double]
        let samples: Int
        let baseline: String
        let draws: [[Double]]
        let rewards, gradient, variance: [Double]
    }
    struct Perturbed: Decodable {
        let kind: String
        let values: [Double]
        let sigma: Double
        let samples: Int
        let seed: UInt64
        let mean, cotangent, vjp: [Double]
    }
    let soft: [Soft]
    let hardRanks: [HardRanks]
    let gumbel: [Gumbel]
    let gumbelMax: [GumbelMax]
    let gumbelSoftmax: [Relaxed]
    let categorical: [Categorical]
    let bernoulli: [Bernoulli]
    let perturbed: [Perturbed]
}

@Suite struct DiscreteGradientFixtureTests {
    let fixture: DiscreteFixture
    init() throws { fixture = try loadFixture("discrete") }

    @Test func softRankAndSoftSortMatchTheAuthorsOperators() {
        #expect(fixture.soft.count == 28)
        var deviation = Deviation()
        for c in fixture.soft {
            let direction: RankDirection = c.direction == "ascending" ? .ascending : .descending
            deviation.record(softRank(c.values, regularizationStrength: c.strength, direction: direction), c.softRank)
            deviation.record(softSort(c.values, regularizationStrength: c.strength, direction: direction), c.softSort)
            let x = VarVector(c.values)
            softRank(x, regularizationStrength: c.strength, direction: direction).dot(c.cotangent).backward()
            deviation.record(x.grad, c.softRankVJP)
            let y = VarVector(c.values)
            softSort(y, regularizationStrength: c.strength, direction: direction).dot(c.cotangent).backward()
            deviation.record(y.grad, c.softSortVJP)
        }
        let summary = deviation.report("softRank/softSort values and VJPs")
        #expect(deviation.worst <= 1e-12, "\(summary)")
    }

    @Test func hardRanksMatchSciPyRankdata() {
        for c in fixture.hardRanks {
            #expect(ranks(c.values, direction: .ascending) == c.ascending)
            #expect(ranks(c.values, direction: .descending) == c.descending)
        }
    }

    @Test func gumbelDrawsAreTheGeneratorsOwnBits() {
        for c in fixture.gumbel {
            var random = SeededRandom(seed: c.seed)
            #expect((0..<8).map { _ in random.gumbel() } == c.draws, "seed \(c.seed)")
        }
        for c in fixture.gumbelMax {
            var random = SeededRandom(seed: c.seed)
            #expect((0..<20).map { _ in gumbelMax(logits: c.logits, using: &random) } == c.draws, "seed \(c.seed)")
        }
    }

    @Test func gumbelSoftmaxMatchesPyTorchForGivenNoise() {
        var deviation = Deviation()
        for c in fixture.gumbelSoftmax {
            let z = VarVector(c.logits)
            let y = gumbelSoftmax(logits: z, noise: c.noise, temperature: c.temperature, hard: c.hard)
            y.dot(c.cotangent).backward()
            deviation.record(y.value, c.value)
            deviation.record(z.grad, c.vjp)
            if c.hard { #expect(y.value.filter { $0 == 1 }.count == 1 && y.value.filter { $0 == 0 }.count == 2) }
        }
        let summary = deviation.report("gumbelSoftmax")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func scoreFunctionEstimatesReplayTheDraws() {
        var deviation = Deviation()
        for c in fixture.categorical {
            var random = SeededRandom(seed: c.seed)
            let baseline: ScoreFunctionBaseline = switch c.baseline {
            case "constant": .constant(c.constant)
            case "leaveOneOut": .leaveOneOut
            default: .none
            }
            var seen: [Int] = []
            let estimate = scoreFunctionGradient(categoricalLogits: c.logits, samples: c.samples, baseline: baseline,
                                                 using: &random) { a in seen.append(a); return c.rewards[a] }
            #expect(seen == c.draws)
            deviation.record(estimate.gradient, c.gradient)
            deviation.record(estimate.variance, c.variance)
        }
        for c in fixture.bernoulli {
            var random = SeededRandom(seed: c.seed)
            var seen: [[Double]] = []
            let estimate = scoreFunctionGradient(bernoulliLogits: c.logits, samples: c.samples,
                                                 baseline: c.baseline == "none" ? .none : .leaveOneOut, using: &random) { b in
                seen.append(b)
                return f1Score(labels: c.labels, predictions: b)
            }
            #expect(seen == c.draws)
            deviation.record(estimate.rewards, c.rewards)
            deviation.record(estimate.gradient, c.gradient)
            deviation.record(estimate.variance, c.variance)
        }
        let summary = deviation.report("scoreFunctionGradient")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func perturbedEstimatesReplayTheNoise() {
        var deviation = Deviation()
        for c in fixture.perturbed {
            var random = SeededRandom(seed: c.seed), again = SeededRandom(seed: c.seed)
            let x = VarVector(c.values)
            let y: VarVector, plain: [Double]
            switch c.kind {
            case "argmax":
                y = perturbedArgmax(x, sigma: c.sigma, samples: c.samples, using: &random)
                plain = perturbedArgmax(c.values, sigma: c.sigma, samples: c.samples, using: &again)
            default:
                let direction: RankDirection = c.kind == "ranksAscending" ? .ascending : .descending
                y = perturbedRanks(x, sigma: c.sigma, samples: c.samples, direction: direction, using: &random)
                plain = perturbedRanks(c.values, sigma: c.sigma, samples: c.samples, direction: direction, using: &again)
            }
            #expect(y.value == plain)
            y.dot(c.cotangent).backward()
            deviation.record(y.value, c.mean)
            deviation.record(x.grad, c.vjp)
        }
        let summary = deviation.report("perturbedArgmax/perturbedRanks")
        #expect(deviation.worst <= 1e-13, "\(summary)")
    }
}
