import Autodiff
import Foundation
import Testing
import Metrics

/// What the estimators promise on average: Gumbel-max samples softmax, perturbed argmax is a
/// normal probability, the score-function estimate is unbiased and a baseline lowers its variance.
@Suite struct DiscreteChoiceTests {
    @Test func gumbelNoiseHasItsMeanAndGumbelMaxSamplesSoftmax() {
        var random = SeededRandom(seed: 2024)
        let draws = 40_000
        let mean = (0..<draws).map { _ in random.gumbel() }.reduce(0, +) / Double(draws)
        #expect(abs(mean - 0.5772156649) < 4 * (Double.pi / 6.0.squareRoot()) / Double(draws).squareRoot())
        let logits = [0.5, 1.5, -0.3]
        var counts = [0, 0, 0]
        for _ in 0..<draws { counts[gumbelMax(logits: logits, using: &random)] += 1 }
        for (count, p) in zip(counts, softmax(logits)) {
            let sd = (p * (1 - p) / Double(draws)).squareRoot()
            #expect(abs(Double(count) / Double(draws) - p) < 4 * sd, "\(counts) vs \(softmax(logits))")
        }
    }

    @Test func hardGumbelSoftmaxIsOneHotAndSoftTendsToItAsTheTemperatureFalls() {
        var random = SeededRandom(seed: 5), same = SeededRandom(seed: 5)
        let z = VarVector([0.2, 1.0, -0.5])
        let hard = gumbelSoftmax(logits: z, temperature: 0.5, hard: true, using: &random)
        let soft = gumbelSoftmax(logits: [0.2, 1.0, -0.5], temperature: 0.5, using: &same)
        #expect(hard.value.reduce(0, +) == 1 && hard.value.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(hard.value.firstIndex(of: 1) == soft.indices.max { soft[$0] < soft[$1] })
        let noise = [0.1, -0.2, 0.3]
        let cold = gumbelSoftmax(logits: VarVector([0.2, 1.0, -0.5]), noise: noise, temperature: 0.01).value
        #expect(abs(cold[1] - 1) < 1e-12)
    }

    @Test func perturbedArgmaxOfTwoValuesIsANormalProbabilityWithItsDerivative() {
        // P(θ₀ + σZ₀ > θ₁ + σZ₁) = Φ(d / (σ√2)), d = θ₀ − θ₁; its derivative in θ₀ is φ(d/(σ√2))/(σ√2).
        let theta = [0.3, 0.0], sigma = 0.5, samples = 40_000
        var random = SeededRandom(seed: 8)
        let x = VarVector(theta)
        let y = perturbedArgmax(x, sigma: sigma, samples: samples, using: &random)
        y[0].backward()
        let s = sigma * 2.0.squareRoot(), d = theta[0] - theta[1]
        let probability = 0.5 * erfc(-d / s / 2.0.squareRoot())
        let density = exp(-d * d / (2 * s * s)) / (s * (2 * Double.pi).squareRoot())
        #expect(abs(y.value[0] - probability) < 4 * (probability * (1 - probability) / Double(samples)).squareRoot())
        #expect(abs(x.grad[0] - density) < 0.03, "estimate \(x.grad[0]) vs \(density)")
        #expect(abs(x.grad[1] + density) < 0.03)
    }

    @Test func perturbedRanksTendToTheHardRanksAsSigmaFalls() {
        var random = SeededRandom(seed: 9)
        let r = perturbedRanks([0.3, -0.2, 0.9, 0.1], sigma: 1e-4, samples: 10, direction: .descending, using: &random)
        #expect(r == [2, 4, 1, 3])
    }

    @Test func scoreFunctionEstimateIsUnbiasedAndTheBaselineLowersItsVariance() {
        // Rewards sharing a large offset: the case a baseline is for. (With rewards [1, 3, −2] at these
        // logits, the mean-reward baseline raises the variance: it is not the variance-optimal baseline.)
        let theta = [0.2, -0.5, 1.0], rewards = [10.0, 12.0, 9.0]
        // The exact gradient of Σₐ softmax(θ)ₐ R(a), by our autodiff.
        let exact = gradient(at: theta) { (v: VarVector) in softmax(v).dot(rewards) }
        var random = SeededRandom(seed: 77), again = SeededRandom(seed: 77)
        let plain = scoreFunctionGradient(categoricalLogits: theta, samples: 20_000, using: &random) { rewards[$0] }
        let baselined = scoreFunctionGradient(categoricalLogits: theta, samples: 20_000, baseline: .leaveOneOut,
                                              using: &again) { rewards[$0] }
        for j in theta.indices {
            let sd = (plain.variance[j] / 20_000).squareRoot()
            #expect(abs(plain.gradient[j] - exact[j]) < 4 * sd, "coordinate \(j): \(plain.gradient[j]) vs \(exact[j])")
            #expect(baselined.variance[j] < plain.variance[j])
        }
        var one = SeededRandom(seed: 1)
        let single = scoreFunctionGradient(categoricalLogits: theta, samples: 1, using: &one) { rewards[$0] }
        #expect(single.variance.allSatisfy { $0.isNaN })
    }

    @Test func bernoulliScoreFunctionIsUnbiasedForF1() {
        // Exact ∇ E[F1] by enumerating the 2⁴ prediction vectors.
        let labels: [Double] = [1, 0, 1, 0], theta = [0.4, -0.2, 1.5, -1.0]
        let p = theta.map { sigmoid($0) as Double }
        var exact = [0.0, 0, 0, 0]
        for code in 0..<16 {
            let b = (0..<4).map { Double((code >> $0) & 1) }
            let probability = (0..<4).map { b[$0] == 1 ? p[$0] : 1 - p[$0] }.reduce(1, *)
            let f1 = f1Score(labels: labels, predictions: b)
            for j in 0..<4 { exact[j] += probability * f1 * (b[j] - p[j]) }
        }
        var random = SeededRandom(seed: 3)
        let estimate = scoreFunctionGradient(bernoulliLogits: theta, samples: 20_000, baseline: .leaveOneOut, using: &random) {
            f1Score(labels: labels, predictions: $0)
        }
        for j in 0..<4 {
            #expect(abs(estimate.gradient[j] - exact[j]) < 4 * (estimate.variance[j] / 20_000).squareRoot(), "coordinate \(j)")
        }
    }
}
