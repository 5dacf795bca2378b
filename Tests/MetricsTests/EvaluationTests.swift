import Autodiff
import Foundation
import Testing
@testable import Metrics

/// Splits, bootstrap intervals, tables and the messages bad many-class input stops with.
@Suite struct EvaluationTests {
    @Test func splitsPartitionTheIndicesAndKeepClassProportions() {
        let split = DataSplit(count: 1000, train: 0.6, validation: 0.2, seed: 4)
        #expect((split.train + split.validation + split.test).sorted() == Array(0..<1000))
        let sizes: [Int] = [split.train.count, split.validation.count, split.test.count]
        #expect(sizes == [600, 200, 200])
        #expect(split == DataSplit(count: 1000, train: 0.6, validation: 0.2, seed: 4))
        #expect(split != DataSplit(count: 1000, train: 0.6, validation: 0.2, seed: 5))
        let labels = (0..<1000).map { $0 % 10 == 0 ? 1 : 0 }
        let stratified = DataSplit(stratifying: labels, train: 0.6, validation: 0.2, seed: 4)
        #expect(stratified.train.filter { labels[$0] == 1 }.count == 60)
        #expect(stratified.validation.filter { labels[$0] == 1 }.count == 20)
        #expect(stratified.test.filter { labels[$0] == 1 }.count == 20)
        #expect(DataSplit(count: 0, train: 0.5, validation: 0.5, seed: 1).train.isEmpty)
    }

    @Test func bootstrapIsDeterministicAndReportsNaNForUndefinedStatistics() {
        let labels: [Double] = [1, 0, 1, 0, 1, 0], scores = [0.9, 0.2, 0.6, 0.4, 0.3, 0.7]
        let a = bootstrap(labels: labels, scores: scores, resamples: 100, seed: 1) { rocAUC(labels: $0, scores: $1) }
        #expect(a.lower.isNaN && a.upper.isNaN && a.values.contains(where: \.isNaN))
        let f1 = bootstrap(labels: labels, scores: scores, resamples: 100, seed: 1) { f1Score(labels: $0, scores: $1) }
        #expect(f1 == bootstrap(labels: labels, scores: scores, resamples: 100, seed: 1) { f1Score(labels: $0, scores: $1) })
        #expect(f1.lower <= f1.estimate && f1.estimate <= f1.upper && f1.values.count == 100)
        #expect(quantile([1, 2, 3, 4], 0.5) == 2.5 && quantile([7], 0.975) == 7)
    }

    @Test func tablesShowTheCountsAndTheAverages() {
        let m = ConfusionMatrix(labels: [0, 0, 1, 2, 2], predictions: [0, 1, 1, 2, 0])
        #expect(m.table.rows.count == 3 && m.table.columns == ["true \\ predicted", "0", "1", "2"])
        #expect(m.report.rows.count == 6 && m.report.rows[3][0] == .text("macro average"))
        let curve = reliabilityCurve(labels: [0, 1, 1, 0], probabilities: [0.1, 0.8, 0.6, 0.3], bins: 5)
        #expect(curve.table.rows.map { $0[0] } == [.text("[0, 0.2]"), .text("(0.2, 0.4]"), .text("(0.4, 0.6]"), .text("(0.6, 0.8]")])
        #expect(curve.plot.series.count == 2)
    }

    @Test func manyClassMessagesNameTheFunctionAndTheProblem() {
        let f = "crossEntropy(labels:logits:)"
        #expect(rowsProblem(f, labels: [0, 1], rows: [[1, 2]], rowsName: "logits") == "\(f): labels has 2 elements but logits has 1")
        #expect(rowsProblem(f, labels: [0, 3], rows: [[1, 2, 3], [0, 0, 0]], rowsName: "logits")
                == "\(f): labels must be class indices below 3, the number of classes, found 3 at index 1")
        #expect(rowsProblem(f, labels: [0, 1], rows: [[1, 2, 3], [0, 0]], rowsName: "logits")
                == "\(f): logits row 1 has 2 numbers but row 0 has 3")
        #expect(rowsProblem(f, labels: [0], rows: [[1, .nan]], rowsName: "logits") == "\(f): logits has NaN in row 0, column 1")
        // Target distributions, checked in this order.
        #expect(targetRowsProblem(labels: [[1, 0]], logits: [[1, 2], [3, 4]]) == "\(f): labels has 1 elements but logits has 2")
        #expect(targetRowsProblem(labels: [[1, 0, 0]], logits: [[1, 2]]) == "\(f): labels rows have 3 classes but logits rows have 2")
        #expect(targetRowsProblem(labels: [[0.5, 0.5], [1.5, 0]], logits: [[1, .nan], [0, 0]])
                == "\(f): labels must be probabilities in [0, 1], found 1.5 in row 1, column 0")
        #expect(targetRowsProblem(labels: [[0.5, 0.5], [1, 0]], logits: [[1, 2], [0, .nan]]) == "\(f): logits has NaN in row 1, column 1")
        #expect(targetRowsProblem(labels: [[0.5, 0.5]], logits: [[1, 2]]) == nil)
        #expect(probabilityRowsProblem("logLoss(labels:probabilities:)", labels: [0], probabilities: [[1.2, 0]])
                == "logLoss(labels:probabilities:): probabilities must lie in [0, 1], found 1.2 in row 0, column 0")
        #expect(classPredictionProblem("f1Score(labels:predictions:average:classes:)", labels: [0, -1], predictions: [0, 0], classes: nil)
                == "f1Score(labels:predictions:average:classes:): labels must be class indices 0, 1, 2, …, found -1 at index 1")
        #expect(classPredictionProblem("g", labels: [0], predictions: [4], classes: 3)
                == "g: predictions must be class indices below 3, the number of classes, found 4 at index 0")
        #expect(classPredictionProblem("g", labels: [], predictions: [], classes: nil) == "g: labels and predictions are empty")
        #expect(binsProblem("reliabilityCurve(labels:probabilities:bins:)", 0)
                == "reliabilityCurve(labels:probabilities:bins:): bins must be at least 1, got 0")
    }
}
