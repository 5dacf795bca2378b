import Autodiff
import Foundation
import Testing
import Metrics

/// The `VarVector` forms of MSE, MAE, PSNR, log loss and hinge loss: the plain form's value, the
/// closed-form gradient, central differences away from kinks, and the stated convention at them.
@Suite struct DifferentiableLossTests {
    let targets: [Double] = [3, -0.5, 2, 7, 1.25]
    let predictions: [Double] = [2.5, 0, 2.75, 8, 1]

    @Test func meanSquaredErrorHasThePlainValueAndGradientTwiceTheErrorOverN() {
        let (value, g) = valueWithGradient(at: predictions) { meanSquaredError(targets: targets, predictions: $0) }
        #expect(isClose(value, meanSquaredError(targets: targets, predictions: predictions)))
        #expect(isClose(g, predictions.indices.map { 2 * (predictions[$0] - targets[$0]) / 5 }))
        let differences = numericalGradient(at: predictions) { meanSquaredError(targets: targets, predictions: $0) }
        #expect(isClose(g, differences, relative: 1e-8))
    }

    @Test func meanAbsoluteErrorHasSignOverNAndZeroWhereTheErrorIsZero() {
        var atKink = predictions
        atKink[2] = targets[2]
        let (value, g) = valueWithGradient(at: atKink) { meanAbsoluteError(targets: targets, predictions: $0) }
        #expect(isClose(value, meanAbsoluteError(targets: targets, predictions: atKink)))
        #expect(g == [-0.2, 0.2, 0, 0.2, -0.2])
        // Away from the kink the subgradient is the derivative.
        let differences = numericalGradient(at: predictions) { meanAbsoluteError(targets: targets, predictions: $0) }
        let away = gradient(at: predictions) { meanAbsoluteError(targets: targets, predictions: $0) }
        #expect(isClose(away, differences, relative: 1e-8))
    }

    @Test func psnrGradientIsMinusTwentyOverLnTenTimesErrorOverNTimesMSE() {
        let reference = Image(rows: [[0.1, 0.5, 0.9], [0.3, 0.6, 0.2]])
        let estimate: [Double] = [0.15, 0.45, 0.8, 0.3, 0.7, 0.25]
        let (value, g) = valueWithGradient(at: estimate) { psnr(reference: reference, estimate: $0, dataRange: 1) }
        let plain = psnr(reference: reference, estimate: Image(width: 3, height: 2, pixels: estimate), dataRange: 1)
        #expect(isClose(value, plain))
        let mse = meanSquaredError(targets: reference.pixels, predictions: estimate)
        let expected = estimate.indices.map { -20 / log(10.0) * (estimate[$0] - reference.pixels[$0]) / (6 * mse) }
        #expect(isClose(g, expected, relative: 1e-12))
        let rows = valueWithGradient(at: estimate) { psnr(reference: reference.rows, estimate: $0, dataRange: 1) }
        #expect(rows.value == value && rows.gradient == g)
    }

    @Test func psnrOfIdenticalImagesIsInfiniteWithANaNGradient() {
        let reference = Image(rows: [[0.1, 0.5], [0.3, 0.6]])
        let (value, g) = valueWithGradient(at: reference.pixels) { psnr(reference: reference, estimate: $0, dataRange: 1) }
        #expect(value == .infinity)
        #expect(g.allSatisfy { $0.isNaN })
    }

    @Test func logLossHasThePlainValueAndGradientInsideTheClip() {
        let labels: [Double] = [1, 0, 1, 0, 1]
        let p: [Double] = [0.9, 0.2, 0.6, 0.4, 0.35]
        let (value, g) = valueWithGradient(at: p) { logLoss(labels: labels, probabilities: $0) }
        #expect(isClose(value, logLoss(labels: labels, probabilities: p)))
        #expect(isClose(g, p.indices.map { (p[$0] - labels[$0]) / (5 * p[$0] * (1 - p[$0])) }))
    }

    @Test func logLossIsFlatWhereScikitLearnClips() {
        // p = 0 for a positive costs −log ε ≈ 36.04, and the clip passes no gradient.
        let (value, g) = valueWithGradient(at: [0, 0.5]) { logLoss(labels: [1, 1], probabilities: $0) }
        #expect(isClose(value, logLoss(labels: [1, 1], probabilities: [0, 0.5])))
        #expect(isClose(value, (36.04365338911715 + log(2.0)) / 2))
        #expect(g[0] == 0 && isClose(g[1], -1))
    }

    @Test func hingeLossHasMinusSignOverNInsideTheMarginAndZeroAtAndBeyondIt() {
        let labels: [Double] = [1, 0, 1, 0, 1]
        let decisions: [Double] = [0.3, -2, 1, 0.5, -1]   // margins 0.3, 2, 1 (on the kink), −0.5, −1
        let (value, g) = valueWithGradient(at: decisions) { hingeLoss(labels: labels, decisions: $0) }
        #expect(isClose(value, hingeLoss(labels: labels, decisions: decisions)))
        #expect(g == [-0.2, 0, 0, 0.2, -0.2])
    }
}
