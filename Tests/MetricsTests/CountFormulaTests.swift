import Autodiff
import Testing
import Metrics

/// One formula per metric: hard counts give the metric, soft counts its surrogate, `Var` counts its gradient.
@Suite struct CountFormulaTests {
    let scores: [Double] = [0.9, 0.2, 0.6, 0.4, 0.7]
    let labels: [Double] = [1, 0, 1, 0, 0]

    @Test func hardCountsOfTheWorkedExample() {
        let counts = ConfusionCounts.hard(labels: labels, scores: scores, threshold: 0.5)
        #expect(counts == ConfusionCounts(tp: 2, fp: 1, fn: 0, tn: 2))
        #expect(ConfusionCounts.hard(labels: labels, predictions: [1, 0, 1, 0, 1]) == counts)
        #expect(precision(counts) == precision(labels: labels, scores: scores, threshold: 0.5))
        #expect(isClose(precision(labels: labels, scores: scores, threshold: 0.5), 2.0 / 3.0))
    }

    @Test func softCountsOfHardPredictionsAreTheHardCounts() {
        let predictions: [Double] = [1, 0, 1, 0, 1]
        #expect(ConfusionCounts.soft(labels: labels, probabilities: predictions) == ConfusionCounts(tp: 2, fp: 1, fn: 0, tn: 2))
        #expect(softF1(labels: labels, probabilities: predictions) == f1Score(labels: labels, scores: scores, threshold: 0.5))
        #expect(softJaccard(labels: labels, probabilities: predictions) == jaccard(labels: labels, scores: scores, threshold: 0.5))
    }

    @Test func theHardMetricThroughAutodiffHasZeroGradient() {
        // Same formula, counts of the step 1[s > 0.5]: the value is the hard metric, the gradient is 0.
        let (value, gradient) = valueWithGradient(at: scores) { s in
            f1Score(ConfusionCounts.soft(labels: labels, probabilities: s.step(threshold: 0.5)))
        }
        #expect(value == f1Score(labels: labels, scores: scores, threshold: 0.5))
        #expect(gradient == [0, 0, 0, 0, 0])
    }

    @Test func theSurrogateThroughAutodiffHasAGradient() {
        let (value, gradient) = valueWithGradient(at: scores) { p in
            f1Score(ConfusionCounts.soft(labels: labels, probabilities: p))
        }
        #expect(value == softF1(labels: labels, probabilities: scores))
        #expect(gradient.allSatisfy { $0 != 0 })
    }

    @Test func fBetaSpansPrecisionToRecall() {
        let counts = ConfusionCounts<Double>(tp: 3, fp: 2, fn: 4, tn: 1)
        #expect(fBeta(counts, beta: 0) == precision(counts))
        #expect(fBeta(counts, beta: .infinity) == recall(counts))
        #expect(isClose(fBeta(counts, beta: 1), f1Score(counts)))
        #expect(dice(counts) == f1Score(counts))
        let f1 = f1Score(counts)
        #expect(isClose(jaccard(counts), f1 / (2 - f1)))
    }

    @Test func undefinedRatiosAreZero() {
        let nothingPredicted = ConfusionCounts<Double>(tp: 0, fp: 0, fn: 3, tn: 2)
        #expect(precision(nothingPredicted) == 0)
        #expect(f1Score(nothingPredicted) == 0)
        #expect(matthewsCorrelation(nothingPredicted) == 0)
        let empty = ConfusionCounts<Double>(tp: 0, fp: 0, fn: 0, tn: 4)
        #expect(recall(empty) == 0 && jaccard(empty) == 0 && f1Score(empty) == 0)
        #expect(divideOrZero(1.0, 0.0) == 0)
        #expect(softPrecision(labels: [1, 0, 1], probabilities: [0, 0, 0]) == 0)
        #expect(gradient(at: [0, 0, 0]) { p in softPrecision(labels: [1, 0, 1], probabilities: p) } == [0, 0, 0])
    }

    @Test func balancedAccuracyAveragesTheClassesPresent() {
        #expect(balancedAccuracy(ConfusionCounts<Double>(tp: 2, fp: 1, fn: 1, tn: 3)) == (2.0 / 3.0 + 3.0 / 4.0) / 2)
        #expect(balancedAccuracy(ConfusionCounts<Double>(tp: 2, fp: 0, fn: 1, tn: 0)) == 2.0 / 3.0)
        #expect(balancedAccuracy(ConfusionCounts<Double>(tp: 0, fp: 1, fn: 0, tn: 3)) == 0.75)
    }

    @Test func matthewsCorrelationOfScikitLearnsExample() {
        // scikit-learn's docstring: y_true [+1, +1, +1, −1], y_pred [+1, −1, +1, +1] gives −0.333…
        #expect(isClose(matthewsCorrelation(labels: [1, 1, 1, 0], predictions: [1, 0, 1, 1]), -1.0 / 3.0))
    }

    @Test func softCountsOnAVectorAreTheSumsOfTheirDefinition() {
        let p: [Double] = [0.9, 0.2, 0.6, 0.4, 0.7]
        let counts = ConfusionCounts.soft(labels: labels, probabilities: VarVector(p))
        #expect(isClose(counts.tp.value, 1.5) && isClose(counts.fp.value, 1.3))
        #expect(isClose(counts.fn.value, 0.5) && isClose(counts.tn.value, 1.7))
        #expect(counts.tp.plainValue == counts.tp.value)
    }
}
