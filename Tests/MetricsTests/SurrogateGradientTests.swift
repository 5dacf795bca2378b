import Autodiff
import Foundation
import Testing
import Metrics

/// Hand-derived gradients against the autodiff, and every surrogate against central differences.
@Suite struct SurrogateGradientTests {
    let p: [Double] = [0.9, 0.2, 0.6, 0.4, 0.7]
    let y: [Double] = [1, 0, 1, 0, 0]

    @Test func workedExampleFromTheNotes() {
        #expect(isClose(softPrecision(labels: y, probabilities: p), 1.5 / 2.8))   // 0.535714…
        #expect(isClose(softF1(labels: y, probabilities: p), 0.625))
        #expect(isClose(softRecall(labels: y, probabilities: p), 0.75))
    }

    @Test func softPrecisionGradientIsLabelMinusValueOverTotal() {
        let value = softPrecision(labels: y, probabilities: p), total = p.reduce(0, +)
        let expected = y.map { ($0 - value) / total }
        #expect(isClose(gradient(at: p) { q in softPrecision(labels: y, probabilities: q) }, expected))
    }

    @Test func softF1GradientIsTwiceLabelMinusHalfF1OverTotals() {
        let value = softF1(labels: y, probabilities: p), totals = p.reduce(0, +) + y.reduce(0, +)
        let expected = y.map { 2 * ($0 - value / 2) / totals }
        #expect(isClose(gradient(at: p) { q in softF1(labels: y, probabilities: q) }, expected))
    }

    @Test func softRecallGradientIsLabelOverPositives() {
        #expect(isClose(gradient(at: p) { q in softRecall(labels: y, probabilities: q) }, y.map { $0 / 2 }))
    }

    @Test func softFBetaGradient() {
        let beta = 2.0, value = softFBeta(labels: y, probabilities: p, beta: beta)
        let denominator = beta * beta * y.reduce(0, +) + p.reduce(0, +)
        let expected = y.map { ((1 + beta * beta) * $0 - value) / denominator }
        #expect(isClose(gradient(at: p) { q in softFBeta(labels: y, probabilities: q, beta: beta) }, expected))
    }

    @Test func softJaccardGradient() {
        let tp = zip(p, y).map(*).reduce(0, +)
        let d = p.reduce(0, +) + y.reduce(0, +) - tp
        let expected = y.map { ($0 * d - tp * (1 - $0)) / (d * d) }
        #expect(isClose(gradient(at: p) { q in softJaccard(labels: y, probabilities: q) }, expected))
    }

    @Test func binaryCrossEntropyGradient() {
        let expected = zip(p, y).map { pi, yi in (pi - yi) / (Double(p.count) * pi * (1 - pi)) }
        #expect(isClose(gradient(at: p) { q in binaryCrossEntropy(labels: y, probabilities: q) }, expected))
    }

    @Test func sigmoidThresholdDerivativeIsSigmoidSlopeOverTemperature() {
        let t = 0.5, tau = 0.1
        let g = gradient(at: p) { q in sigmoidThreshold(q, threshold: t, temperature: tau).sum() }
        let expected = p.map { s in
            let sigma = 1 / (1 + exp(-(s - t) / tau))
            return sigma * (1 - sigma) / tau
        }
        #expect(isClose(g, expected))
        #expect(isClose(sigmoidThreshold(p, temperature: tau), sigmoidThreshold(VarVector(p), temperature: tau).value))
    }

    @Test func straightThroughIsHardForwardAndIdentityBackward() {
        #expect(straightThrough(p) == [1, 0, 1, 0, 1])
        #expect(straightThrough(VarVector(p)).value == [1, 0, 1, 0, 1])
        let weights: [Double] = [3, -1, 2, 5, 0.5]
        #expect(gradient(at: p) { q in straightThrough(q).dot(weights) } == weights)
        // Through a soft metric the straight-through value is the hard metric.
        let (value, g) = valueWithGradient(at: p) { q in softPrecision(labels: y, probabilities: straightThrough(q)) }
        #expect(value == precision(labels: y, scores: p, threshold: 0.5))
        #expect(g.contains { $0 != 0 })
    }

    /// Central differences of the plain version against the autodiff of the vector version.
    func expectMatchesDifferences(_ name: String, at x: [Double], tolerance: Double = 1e-7,
                                  plain: ([Double]) -> Double, node: (VarVector) -> Var) {
        let automatic = gradient(at: x, of: node)
        let numerical = numericalGradient(at: x, of: plain)
        #expect(isClose(automatic, numerical, relative: tolerance), "\(name): \(automatic) vs \(numerical)")
    }

    @Test func everySurrogateMatchesCentralDifferences() {
        let z: [Double] = [1.3, -0.4, 0.35, -1.1, 0.8, 0.05, -0.7]
        let labels: [Double] = [1, 0, 1, 0, 0, 1, 1]
        let q = z.map { 1 / (1 + exp(-$0)) }
        expectMatchesDifferences("softPrecision", at: q, plain: { softPrecision(labels: labels, probabilities: $0) }, node: { softPrecision(labels: labels, probabilities: $0) })
        expectMatchesDifferences("softRecall", at: q, plain: { softRecall(labels: labels, probabilities: $0) }, node: { softRecall(labels: labels, probabilities: $0) })
        expectMatchesDifferences("softF1", at: q, plain: { softF1(labels: labels, probabilities: $0) }, node: { softF1(labels: labels, probabilities: $0) })
        expectMatchesDifferences("softFBeta", at: q, plain: { softFBeta(labels: labels, probabilities: $0, beta: 0.5) },
                                 node: { softFBeta(labels: labels, probabilities: $0, beta: 0.5) })
        expectMatchesDifferences("softJaccard", at: q, plain: { softJaccard(labels: labels, probabilities: $0) }, node: { softJaccard(labels: labels, probabilities: $0) })
        expectMatchesDifferences("softDice V-Net", at: q, plain: { softDice(labels: labels, probabilities: $0, squaredDenominator: true) },
                                 node: { softDice(labels: labels, probabilities: $0, squaredDenominator: true) })
        expectMatchesDifferences("binaryCrossEntropy", at: q, plain: { binaryCrossEntropy(labels: labels, probabilities: $0) },
                                 node: { binaryCrossEntropy(labels: labels, probabilities: $0) })
        expectMatchesDifferences("smoothAP", at: q, plain: { smoothAP(labels: labels, scores: $0, temperature: 0.2) },
                                 node: { smoothAP(labels: labels, scores: $0, temperature: 0.2) })
        expectMatchesDifferences("pairwiseAUC sigmoid", at: z, plain: { pairwiseAUC(labels: labels, scores: $0, surrogate: .sigmoid(temperature: 0.1)) }, node: { pairwiseAUC(labels: labels, scores: $0, surrogate: .sigmoid(temperature: 0.1)) })
        expectMatchesDifferences("pairwiseAUC logistic", at: z, plain: { pairwiseAUC(labels: labels, scores: $0, surrogate: .logistic) },
                                 node: { pairwiseAUC(labels: labels, scores: $0, surrogate: .logistic) })
        // Piecewise linear: away from its kinks, differences are exact up to rounding.
        expectMatchesDifferences("pairwiseAUC hinge", at: z, plain: { pairwiseAUC(labels: labels, scores: $0, surrogate: .hinge) },
                                 node: { pairwiseAUC(labels: labels, scores: $0, surrogate: .hinge) })
        expectMatchesDifferences("lovaszHinge", at: z, plain: { lovaszHinge(labels: labels, logits: $0) }, node: { lovaszHinge(labels: labels, logits: $0) })
        expectMatchesDifferences("sigmoidThreshold → softF1", at: q,
                                 plain: { softF1(labels: labels, probabilities: sigmoidThreshold($0, temperature: 0.3)) },
                                 node: { softF1(labels: labels, probabilities: sigmoidThreshold($0, temperature: 0.3)) })
    }

    @Test func lovaszHingeEqualsJaccardLossAtVertices() {
        // Logits ±1 make every hinge error 0 (right) or 2 (wrong); halving gives the 0/1 vertex.
        let labels: [Double] = [1, 0, 1, 1, 0]
        let logits: [Double] = [1, 1, -1, 1, -1]   // one false positive, one false negative
        let jaccardLoss = 1 - jaccard(labels: labels, scores: logits, threshold: 0)
        #expect(isClose(lovaszHinge(labels: labels, logits: logits) / 2, jaccardLoss))
    }

    @Test func smoothAPTendsToAveragePrecisionAsTemperatureFalls() {
        let scores = [0.9, 0.1, 0.65, 0.4, 0.7, 0.2, 0.55], labels: [Double] = [1, 0, 1, 0, 0, 1, 1]
        #expect(abs(smoothAP(labels: labels, scores: scores, temperature: 1e-4) - averagePrecision(labels: labels, scores: scores)) < 1e-12)
        #expect(abs(smoothAP(labels: labels, scores: scores, temperature: 0.5) - averagePrecision(labels: labels, scores: scores)) > 0.01)
    }

    @Test func pairwiseSigmoidTendsToROCAUC() {
        let scores = [0.9, 0.1, 0.65, 0.4, 0.7, 0.2, 0.65], labels: [Double] = [1, 0, 1, 0, 0, 1, 0]
        #expect(abs(pairwiseAUC(labels: labels, scores: scores, surrogate: .sigmoid(temperature: 1e-5)) - rocAUC(labels: labels, scores: scores)) < 1e-12)
        #expect(pairwiseAUC(labels: labels, scores: scores, surrogate: .logistic) <= rocAUC(labels: labels, scores: scores))
        #expect(pairwiseAUC(labels: labels, scores: scores, surrogate: .hinge) <= rocAUC(labels: labels, scores: scores))
    }

    @Test func binaryCrossEntropyKeepsEachLogAboveMinusOneHundred() {
        #expect(isClose(binaryCrossEntropy(labels: [1, 0], probabilities: [0, 1]), 100))
        let g = gradient(at: [0, 1]) { q in binaryCrossEntropy(labels: [1, 0], probabilities: q) }
        #expect(g == [0, 0])
    }
}
