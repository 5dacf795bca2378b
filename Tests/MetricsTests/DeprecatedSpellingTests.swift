import Autodiff
import Figures
import Testing
@testable import Metrics

/// The old scores-first spellings keep their old meaning: each gives exactly what the new,
/// truth-first spelling gives with the arguments put in their new places. None of them may
/// silently read the truth as the prediction.
@Suite struct DeprecatedSpellingTests {
    let scores: [Double] = [0.9, 0.2, 0.6, 0.4, 0.7, 0.5]
    let labels: [Double] = [1, 0, 1, 0, 0, 1]
    let predictions: [Double] = [1, 0, 0, 1, 1, 1]

    @available(*, deprecated)
    @Test func classificationMetrics() {
        let (s, y, p) = (scores, labels, predictions)
        #expect(accuracy(s, y, threshold: 0.5) == accuracy(labels: y, scores: s))
        #expect(precision(s, y, threshold: 0.3) == precision(labels: y, scores: s, threshold: 0.3))
        #expect(recall(s, y, threshold: 0.5) == recall(labels: y, scores: s))
        #expect(f1Score(s, y, threshold: 0.5) == f1Score(labels: y, scores: s))
        #expect(jaccard(s, y, threshold: 0.5) == jaccard(labels: y, scores: s))
        #expect(dice(s, y, threshold: 0.5) == dice(labels: y, scores: s))
        #expect(matthewsCorrelation(s, y, threshold: 0.5) == matthewsCorrelation(labels: y, scores: s))
        #expect(balancedAccuracy(s, y, threshold: 0.5) == balancedAccuracy(labels: y, scores: s))
        #expect(fBeta(s, y, beta: 2, threshold: 0.5) == fBeta(labels: y, scores: s, beta: 2))
        // Precision and recall swap when truth and prediction swap: the spellings must not.
        #expect(precision(p, y) == precision(labels: y, predictions: p))
        #expect(precision(p, y) != precision(labels: p, predictions: y))
        #expect(recall(p, y) == recall(labels: y, predictions: p))
        #expect(accuracy(p, y) == accuracy(labels: y, predictions: p))
        #expect(f1Score(p, y) == f1Score(labels: y, predictions: p))
        #expect(jaccard(p, y) == jaccard(labels: y, predictions: p))
        #expect(dice(p, y) == dice(labels: y, predictions: p))
        #expect(matthewsCorrelation(p, y) == matthewsCorrelation(labels: y, predictions: p))
        #expect(balancedAccuracy(p, y) == balancedAccuracy(labels: y, predictions: p))
        #expect(fBeta(p, y, beta: 0.5) == fBeta(labels: y, predictions: p, beta: 0.5))
        #expect(ConfusionCounts.hard(scores: s, labels: y, threshold: 0.5) == .hard(labels: y, scores: s))
        #expect(ConfusionCounts.hard(predictions: p, labels: y) == .hard(labels: y, predictions: p))
        #expect(ConfusionCounts.soft(probabilities: s, labels: y) == .soft(labels: y, probabilities: s))
        #expect(ConfusionCounts.soft(probabilities: VarVector(s), labels: y).tp.value
                == ConfusionCounts.soft(labels: y, probabilities: VarVector(s)).tp.value)
    }

    @available(*, deprecated)
    @Test func lossesAndSurrogates() {
        let (s, y) = (scores, labels)
        let v = VarVector(s)
        #expect(binaryCrossEntropy(s, y) == binaryCrossEntropy(labels: y, probabilities: s))
        #expect(binaryCrossEntropy(v, y).value == binaryCrossEntropy(labels: y, probabilities: v).value)
        #expect(logLoss(s, y) == logLoss(labels: y, probabilities: s))
        #expect(hingeLoss(s, y) == hingeLoss(labels: y, decisions: s))
        #expect(softPrecision(s, y) == softPrecision(labels: y, probabilities: s))
        #expect(softPrecision(v, y).value == softPrecision(labels: y, probabilities: v).value)
        #expect(softRecall(s, y) == softRecall(labels: y, probabilities: s))
        #expect(softRecall(v, y).value == softRecall(labels: y, probabilities: v).value)
        #expect(softF1(s, y) == softF1(labels: y, probabilities: s))
        #expect(softF1(v, y).value == softF1(labels: y, probabilities: v).value)
        #expect(softJaccard(s, y) == softJaccard(labels: y, probabilities: s))
        #expect(softJaccard(v, y).value == softJaccard(labels: y, probabilities: v).value)
        #expect(softFBeta(s, y, beta: 2) == softFBeta(labels: y, probabilities: s, beta: 2))
        #expect(softFBeta(v, y, beta: 2).value == softFBeta(labels: y, probabilities: v, beta: 2).value)
        #expect(softDice(s, y, squaredDenominator: true) == softDice(labels: y, probabilities: s, squaredDenominator: true))
        #expect(softDice(v, y).value == softDice(labels: y, probabilities: v).value)
        #expect(lovaszHinge(s, y) == lovaszHinge(labels: y, logits: s))
        #expect(lovaszHinge(v, y).value == lovaszHinge(labels: y, logits: v).value)
        // The old defaults: smooth-AP at τ = 0.01, pairwise AUC with σ(d/0.1).
        #expect(smoothAP(s, y) == smoothAP(labels: y, scores: s, temperature: 0.01))
        #expect(smoothAP(v, y).value == smoothAP(labels: y, scores: v, temperature: 0.01).value)
        #expect(pairwiseAUC(s, y) == pairwiseAUC(labels: y, scores: s, surrogate: .sigmoid(temperature: 0.1)))
        #expect(pairwiseAUC(v, y).value == pairwiseAUC(labels: y, scores: v, surrogate: .sigmoid(temperature: 0.1)).value)
        #expect(averagePrecision(s, y) == averagePrecision(labels: y, scores: s))
        #expect(rocAUC(s, y) == rocAUC(labels: y, scores: s))
        #expect(meanSquaredError(y, s) == meanSquaredError(targets: y, predictions: s))
        #expect(meanAbsoluteError(y, s) == meanAbsoluteError(targets: y, predictions: s))
    }

    @available(*, deprecated)
    @Test func imageMetrics() {
        let x = Image(width: 8, height: 7, pixels: (0..<56).map { Double($0 % 9) / 8 })
        let y = Image(width: 8, height: 7, pixels: x.pixels.enumerated().map { k, v in min(1, v + Double(k % 5) / 40) })
        #expect(psnr(x.pixels, y.pixels, dataRange: 1) == psnr(reference: x, estimate: y, dataRange: 1))
        #expect(psnr(x, y, dataRange: 1) == psnr(reference: x, estimate: y, dataRange: 1))
        #expect(ssim(x, y, dataRange: 1) == ssim(reference: x, estimate: y, dataRange: 1))
        #expect(ssim(x.rows, y.rows, dataRange: 1) == ssim(reference: x, estimate: y, dataRange: 1))
        #expect(ssim(x, VarVector(y.pixels), dataRange: 1).value == ssim(reference: x, estimate: y, dataRange: 1))
        #expect(ssimGradient(x, y, dataRange: 1) == ssimGradient(reference: x, estimate: y, dataRange: 1))
    }

    @available(*, deprecated)
    @Test func probesKeepTheirOldDefaults() {
        let (s, y) = (scores, labels)
        #expect(Metric.f1.value(s, y) == Metric.f1.value(labels: y, scores: s))
        #expect(Metric.f1.hard(VarVector(s), y).value == Metric.f1.hard(labels: y, scores: VarVector(s)).value)
        #expect(Metric.f1.surrogate(VarVector(s), y).value == Metric.f1.surrogate(labels: y, scores: VarVector(s)).value)
        #expect(Metric.averagePrecision.surrogateName == Metric.averagePrecision(temperature: 0.01).surrogateName)
        #expect(Metric.rocAUC.surrogateName == Metric.rocAUC(surrogate: .sigmoid(temperature: 0.1)).surrogateName)
        #expect(compareGradients(.precision, scores: s, labels: y) == compareGradients(.precision, labels: y, scores: s))
        // The old sweep sampled 101 points unless told otherwise.
        let old = sweep(.f1, sample: 1, over: 0...1, scores: s, labels: y)
        #expect(old.scores.count == 101)
        #expect(old == sweep(.f1, labels: y, scores: s, sample: 1, over: 0...1, points: 101))
        var plot = Plot()
        plot.line("old", over: 0...1, samples: 11) { $0 }
        #expect(plot.series[0].xs.count == 11)
    }
}
