import Autodiff
import Foundation
import Testing
import Metrics

/// Every new differentiable loss against central differences, and softmax cross-entropy's
/// hand-derived gradient p − onehot against the autodiff to 1e-12.
@Suite struct NewLossGradientTests {
    let labels = [0, 2, 1, 2, 0]
    let logits: [[Double]] = [[2.0, 1.0, 0.1], [0.5, 0.2, 3.0], [-1.0, 0.0, 1.0], [0.3, 0.3, -0.2], [1.2, -0.7, 0.4]]

    /// Autodiff's gradient of `f` over the rows flattened, against central differences, to 1e-6 of its size.
    func expectFiniteDifferences(_ name: String, at x: [Double], columns: Int, _ f: (VarMatrix) -> Var, plain: ([[Double]]) -> Double) {
        let rows = { (flat: [Double]) in (0..<(flat.count / columns)).map { Array(flat[($0 * columns)..<($0 * columns + columns)]) } }
        let (value, g) = valueWithGradient(at: x) { (v: VarVector) in f(VarMatrix(rows: x.count / columns, columns: columns, entries: v)) }
        let numeric = numericalGradient(at: x) { plain(rows($0)) }
        #expect(isClose(value, plain(rows(x)), relative: 1e-12), "\(name): value")
        #expect(isClose(g, numeric, relative: 1e-6), "\(name): autodiff \(g) vs differences \(numeric)")
    }

    @Test func crossEntropyGradientIsSoftmaxMinusOneHotOverN() {
        let z = VarMatrix(logits)
        crossEntropy(labels: labels, logits: z).backward()
        let p = softmax(logits), n = Double(labels.count)
        let expected = labels.indices.map { i in p[i].indices.map { j in (p[i][j] - (j == labels[i] ? 1 : 0)) / n } }
        let worst = zip(z.gradRows.flatMap { $0 }, expected.flatMap { $0 }).map { abs($0 - $1) }.max()!
        #expect(worst <= 1e-12, "largest difference \(worst)")
    }

    @Test func crossEntropyAgainstTargetsGradientIsSoftmaxMinusTargetOverN() {
        let targets: [[Double]] = [[0.7, 0.2, 0.1], [0, 0, 1], [0.2, 0.5, 0.3], [1, 0, 0], [0.1, 0.1, 0.8]]
        let z = VarMatrix(logits)
        crossEntropy(labels: targets, logits: z).backward()
        let p = softmax(logits), n = Double(targets.count)
        let expected = targets.indices.map { i in p[i].indices.map { j in (p[i][j] - targets[i][j]) / n } }
        let worst = zip(z.gradRows.flatMap { $0 }, expected.flatMap { $0 }).map { abs($0 - $1) }.max()!
        #expect(worst <= 1e-12, "largest difference \(worst)")
        // One-hot targets give the class-index loss.
        let oneHot = labels.map { y in (0..<3).map { $0 == y ? 1.0 : 0.0 } }
        #expect(isClose(crossEntropy(labels: oneHot, logits: logits), crossEntropy(labels: labels, logits: logits)))
    }

    @Test func twoColumnCrossEntropyIsBinaryCrossEntropyOfTheLogitDifference() {
        let z: [[Double]] = [[0.2, 1.1], [0.4, -0.3], [2.0, 2.5]], y = [1, 0, 1]
        let p = z.map { sigmoid($0[1] - $0[0]) as Double }
        #expect(isClose(crossEntropy(labels: y, logits: z), binaryCrossEntropy(labels: y.map(Double.init), probabilities: p)))
    }

    @Test func manyClassLossesMatchFiniteDifferences() {
        let flat = logits.flatMap { $0 }
        expectFiniteDifferences("crossEntropy", at: flat, columns: 3, { crossEntropy(labels: labels, logits: $0) },
                                plain: { crossEntropy(labels: labels, logits: $0) })
        let p = softmax(logits)
        for average in Averaging.allCases {
            expectFiniteDifferences("softF1 \(average)", at: p.flatMap { $0 }, columns: 3,
                                    { softF1(labels: labels, probabilities: $0, average: average) },
                                    plain: { softF1(labels: labels, probabilities: $0, average: average) })
        }
        // Lovász-softmax is piecewise linear: check at probabilities whose errors are distinct and non-zero.
        expectFiniteDifferences("lovaszSoftmax", at: p.flatMap { $0 }, columns: 3, { lovaszSoftmax(labels: labels, probabilities: $0) },
                                plain: { lovaszSoftmax(labels: labels, probabilities: $0) })
    }

    @Test func binaryLossesMatchFiniteDifferences() {
        let y: [Double] = [1, 0, 1, 0, 0, 1], z = [2.0, -1.0, 0.3, 0.8, -3.0, -0.4]
        let p = z.map { sigmoid($0) as Double }
        func check(_ name: String, at x: [Double], _ f: (VarVector) -> Var, plain: ([Double]) -> Double) {
            let (value, g) = valueWithGradient(at: x, of: f)
            #expect(isClose(value, plain(x)), "\(name): value")
            #expect(isClose(g, numericalGradient(at: x, of: plain), relative: 1e-6), "\(name)")
        }
        for (alpha, gamma) in [(0.25, 2.0), (nil, 0.0), (0.6, 1.5)] as [(Double?, Double)] {
            check("focalLoss α \(String(describing: alpha)) γ \(gamma)", at: z, { focalLoss(labels: y, logits: $0, alpha: alpha, gamma: gamma) },
                  plain: { focalLoss(labels: y, logits: $0, alpha: alpha, gamma: gamma) })
        }
        let w = balancedWeights(labels: y)
        check("weighted BCE", at: p, { binaryCrossEntropy(labels: y, probabilities: $0, weights: w) },
              plain: { binaryCrossEntropy(labels: y, probabilities: $0, weights: w) })
        check("positive-weighted BCE", at: p, { binaryCrossEntropy(labels: y, probabilities: $0, positiveWeight: 3) },
              plain: { binaryCrossEntropy(labels: y, probabilities: $0, positiveWeight: 3) })
        check("brierScore", at: p, { brierScore(labels: y, probabilities: $0) }, plain: { brierScore(labels: y, probabilities: $0) })
        var random = SeededRandom(seed: 1)
        let noise = (0..<3).map { _ in random.gumbel() }, c = [1.0, -2.0, 0.5]
        check("gumbelSoftmax τ = 0.5", at: [0.3, -0.1, 1.0], { gumbelSoftmax(logits: $0, noise: noise, temperature: 0.5).dot(c) },
              plain: { x in zip(softmax(x.indices.map { (x[$0] + noise[$0]) / 0.5 }), c).map(*).reduce(0, +) })
    }

    @Test func positiveWeightOneAndUnitWeightsAreThePlainLoss() {
        let y: [Double] = [1, 0, 1], p = [0.8, 0.3, 0.4]
        let plain = binaryCrossEntropy(labels: y, probabilities: p)
        #expect(binaryCrossEntropy(labels: y, probabilities: p, positiveWeight: 1) == plain)
        #expect(binaryCrossEntropy(labels: y, probabilities: p, weights: [1, 1, 1]) == plain)
        let third: Double = 2.0 / 3
        #expect(balancedWeights(labels: [1, 0, 0, 0]) == [2, third, third, third])
    }

    @Test func temperatureScalingStopsWhereTheSlopeInLogTIsZero() {
        let fit = temperatureScaling(labels: labels, logits: logits)
        let slope = numericalDerivative(at: log(fit.temperature)) { u in
            crossEntropy(labels: labels, logits: logits.map { $0.map { $0 / exp(u) } })
        }
        #expect(abs(slope) <= 1e-9, "slope \(slope) at T = \(fit.temperature)")
        #expect(fit.lossAfter <= fit.lossBefore)
    }
}
