import Autodiff
import Figures
import Testing
@testable import Metrics

/// The probes: hard gradients are 0, surrogate gradients are the surrogate's, and both display.
@Suite struct ProbeTests {
    let scores: [Double] = [0.9, 0.2, 0.6, 0.4, 0.7]
    let labels: [Double] = [1, 0, 1, 0, 0]

    @Test func comparePrecisionOnTheWorkedExample() {
        let comparison = compareGradients(.precision, labels: labels, scores: scores)
        #expect(isClose(comparison.hardValue, 2.0 / 3.0))
        #expect(isClose(comparison.surrogateValue, 1.5 / 2.8))
        #expect(comparison.rows.map(\.hardAutodiff) == [0, 0, 0, 0, 0])
        #expect(comparison.rows.map(\.hardFiniteDifference) == [0, 0, 0, 0, 0])
        #expect(isClose(comparison.rows.map(\.surrogate), labels.map { ($0 - 1.5 / 2.8) / 2.8 }))
        #expect(comparison.rows.map(\.score) == scores && comparison.rows.map(\.label) == labels)
    }

    @Test func finiteDifferencesSpikeAtTheThreshold() {
        // Sample 2 sits on the threshold: F1 jumps from 0.5 to 0.8 within ±h, h = 1e-5.
        let comparison = compareGradients(.f1, labels: labels, scores: [0.9, 0.2, 0.5, 0.4, 0.7])
        #expect(isClose(comparison.rows[2].hardFiniteDifference, 0.3 / 2e-5, relative: 1e-6))
        #expect(comparison.rows[2].hardAutodiff == 0)
    }

    @Test func relaxedMetricsDifferentiateTheirRelaxation() {
        let metric = Metric.f1.relaxed(.sigmoidThreshold(temperature: 0.1))
        let expected = gradient(at: scores) { s in softF1(labels: labels, probabilities: sigmoidThreshold(s, temperature: 0.1)) }
        #expect(isClose(compareGradients(metric, labels: labels, scores: scores).rows.map(\.surrogate), expected))
        #expect(metric.surrogateName == "F1 of σ((s − t)/0.1)")
        let straight = compareGradients(.precision.relaxed(.straightThrough), labels: labels, scores: scores)
        #expect(straight.surrogateValue == straight.hardValue)
        #expect(straight.rows.contains { $0.surrogate != 0 })
    }

    @Test(arguments: [Metric.precision, .recall, .f1, .fBeta(2), .accuracy, .jaccard, .dice,
                      .matthewsCorrelation, .balancedAccuracy, .averagePrecision(temperature: 0.01),
                      .rocAUC(surrogate: .sigmoid(temperature: 0.1))])
    func hardGraphIsTheHardMetricWithZeroGradient(metric: Metric) {
        let scores = [0.8, 0.3, 0.3, 0.55, 0.9, 0.1, 0.3, 0.62], labels: [Double] = [1, 0, 1, 1, 0, 0, 0, 1]
        let (value, hardGradient) = valueWithGradient(at: scores) { metric.hard(labels: labels, scores: $0, threshold: 0.5) }
        #expect(isClose(value, metric.value(labels: labels, scores: scores, threshold: 0.5)), "\(metric.name)")
        #expect(hardGradient.allSatisfy { $0 == 0 }, "\(metric.name)")
        let surrogate = gradient(at: scores) { metric.surrogate(labels: labels, scores: $0, threshold: 0.5) }
        #expect(surrogate.contains { $0 != 0 }, "\(metric.name)")
    }

    @Test func rankingPairsUseTheirSurrogates() {
        let ap = compareGradients(.averagePrecision(temperature: 0.3), labels: labels, scores: scores)
        #expect(isClose(ap.surrogateValue, smoothAP(labels: labels, scores: scores, temperature: 0.3)))
        #expect(isClose(ap.rows.map(\.surrogate), gradient(at: scores) { smoothAP(labels: labels, scores: $0, temperature: 0.3) }))
        #expect(ap.threshold == nil)
        let auc = compareGradients(.rocAUC(surrogate: .logistic), labels: labels, scores: scores)
        #expect(isClose(auc.hardValue, rocAUC(labels: labels, scores: scores)))
        #expect(isClose(auc.rows.map(\.surrogate), gradient(at: scores) { pairwiseAUC(labels: labels, scores: $0, surrogate: .logistic) }))
    }

    @Test func sweepRecordsValuesAndDerivatives() {
        let result = sweep(.precision, labels: labels, scores: scores, sample: 2, over: 0...1, points: 11)
        #expect(result.scores.count == 11 && result.scores.first == 0 && result.scores.last == 1)
        #expect(result.hardDerivatives.allSatisfy { $0 == 0 })
        for (k, x) in result.scores.enumerated() {
            var moved = scores
            moved[2] = x
            #expect(result.hardValues[k] == precision(labels: labels, scores: moved, threshold: 0.5))
            #expect(isClose(result.surrogateValues[k], softPrecision(labels: labels, probabilities: moved)))
            let total = moved.reduce(0, +)
            #expect(isClose(result.surrogateDerivatives[k], (1 - softPrecision(labels: labels, probabilities: moved)) / total))
        }
        // Crossing the threshold moves sample 2 from a false negative to a true positive.
        #expect(result.hardValues[5] == 0.5 && result.hardValues[6] == 2.0 / 3.0)
    }

    @Test func comparisonShowsAsATable() {
        let table = compareGradients(.precision, labels: labels, scores: scores).table
        #expect(table.columns == ["sample", "score", "label", "hard ∂ (autodiff)", "hard ∂ (differences)", "soft precision ∂"])
        #expect(table.caption == "precision = 0.666667 (threshold 0.5), soft precision = 0.535714")
        #expect(Array(table.rows[1].prefix(5)) == [.integer(1), .number(0.2), .integer(0), .number(0), .number(0)])
        guard case .number(let surrogate) = table.rows[1][5] else { Issue.record("not a number"); return }
        #expect(isClose(surrogate, (0 - 1.5 / 2.8) / 2.8))
        #expect(table.rows.count == 5)
        let comparison = compareGradients(.precision, labels: labels, scores: scores)
        #expect(comparison.description == table.text())
        #expect(comparison.plot.series.map(\.name) == ["hard precision (autodiff)", "soft precision"])
    }

    @Test func sweepShowsAsTwoPanelsAndATable() {
        let result = sweep(.f1, labels: labels, scores: scores, sample: 0, over: 0...1, points: 5)
        let figure = result.figure
        #expect(figure.arrangement == .sideBySide && figure.panels.count == 2)
        #expect(figure.panels[0].series.map(\.kind) == [.step, .line])
        #expect(figure.panels[1].series[0].ys == [0, 0, 0, 0, 0])
        #expect(figure.caption == "F1 and soft F1 as sample 0 (label 1) moves (threshold 0.5)")
        #expect(result.table.columns == ["score", "F1", "∂F1", "soft F1", "∂soft F1"])
        #expect(result.table.rows.count == 5)
        #expect(result.description == figure.text())
    }

    @Test func probeMessages() {
        #expect(probeProblem("compareGradients(_:labels:scores:threshold:)", .precision, labels: [1, 0], scores: [2.5, 0.1], threshold: 0)
                == "compareGradients(_:labels:scores:threshold:): soft precision reads scores as probabilities, found 2.5 at index 0"
                + " (for other scores use .relaxed(.sigmoidThreshold(temperature:)))")
        #expect(probeProblem("f", .precision.relaxed(.sigmoidThreshold(temperature: 1)), labels: [1, 0], scores: [2.5, 0.1], threshold: 0) == nil)
        #expect(sweepProblem("sweep", sample: 5, count: 5, range: 0...1, points: 11) == "sweep: sample 5 is not an index of the 5 scores")
        #expect(sweepProblem("sweep", sample: 0, count: 5, range: 0...1, points: 1) == "sweep: points must be at least 2, got 1")
    }

    @Test func relaxingARankingMetricStops() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Metric.rocAUC(surrogate: .logistic).relaxed(.probabilities)
        }
        expectMessage(result, "Metric.relaxed(_:): ROC AUC is not a formula over confusion counts")
    }
}
