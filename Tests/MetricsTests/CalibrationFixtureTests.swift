import Autodiff
import Testing
import Metrics

/// scikit-learn's `calibration_curve` and `brier_score_loss`, and temperatures found by SciPy's brentq on
/// PyTorch's derivative, from Fixtures/calibration.json (scripts/reference_multiclass.py).
struct CalibrationFixture: Decodable {
    struct Curve: Decodable { let bins, counts: [Int]; let observed, mean: [Double]; let ece: Double }
    struct Binary: Decodable {
        let name: String
        let labels, probabilities: [Double]
        let brier: Double
        let curves: [String: Curve]
    }
    struct Temperature<Label: Decodable, Logits: Decodable>: Decodable {
        let name: String
        let labels: Label
        let logits: Logits
        let temperature, lossBefore, lossAfter: Double
    }
    let binary: [Binary]
    let temperature: [Temperature<[Int], [[Double]]>]
    let binaryTemperature: [Temperature<[Double], [Double]>]
}

@Suite struct CalibrationFixtureTests {
    let fixture: CalibrationFixture
    init() throws { fixture = try loadFixture("calibration") }

    @Test func reliabilityCurveMatchesScikitLearnBinEdgesIncluded() {
        #expect(fixture.binary.count == 7)
        var deviation = Deviation()
        for c in fixture.binary {
            for (bins, e) in c.curves {
                let curve = reliabilityCurve(labels: c.labels, probabilities: c.probabilities, bins: Int(bins)!)
                #expect(curve.bins == e.bins && curve.counts == e.counts, "\(c.name), \(bins) bins: \(curve.bins) \(curve.counts)")
                #expect(curve.binCount == Int(bins)!)
                deviation.record(curve.observedFrequencies, e.observed)
                deviation.record(curve.meanProbabilities, e.mean)
            }
        }
        let summary = deviation.report("reliabilityCurve (calibration_curve)")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func expectedCalibrationErrorIsTheWeightedGapOnThoseBins() {
        var deviation = Deviation()
        for c in fixture.binary {
            for (bins, e) in c.curves {
                deviation.record(expectedCalibrationError(labels: c.labels, probabilities: c.probabilities, bins: Int(bins)!), e.ece)
            }
        }
        let summary = deviation.report("expectedCalibrationError (binary)")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func brierScoreMatchesScikitLearnAndItsGradientIsTwiceTheError() {
        var deviation = Deviation()
        for c in fixture.binary {
            deviation.record(brierScore(labels: c.labels, probabilities: c.probabilities), c.brier)
            let (value, g) = valueWithGradient(at: c.probabilities) { (p: VarVector) in brierScore(labels: c.labels, probabilities: p) }
            deviation.record(value, c.brier)
            let n = Double(c.labels.count)
            deviation.record(g, c.probabilities.indices.map { 2 * (c.probabilities[$0] - c.labels[$0]) / n })
        }
        let summary = deviation.report("brierScore")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func temperatureScalingFindsTheMinimumOfTheNegativeLogLikelihood() {
        var deviation = Deviation()
        for c in fixture.temperature {
            let fit = temperatureScaling(labels: c.labels, logits: c.logits)
            deviation.record(fit.temperature, c.temperature)
            deviation.record([fit.lossBefore, fit.lossAfter], [c.lossBefore, c.lossAfter])
            #expect(fit.steps < 60, "\(c.name): \(fit.steps) steps")
            // Dividing by T never changes the predicted class.
            #expect(ConfusionMatrix(labels: c.labels, probabilities: fit.probabilities(logits: c.logits))
                    == ConfusionMatrix(labels: c.labels, probabilities: softmax(c.logits)))
        }
        for c in fixture.binaryTemperature {
            let fit = temperatureScaling(labels: c.labels, logits: c.logits)
            deviation.record(fit.temperature, c.temperature)
            deviation.record([fit.lossBefore, fit.lossAfter], [c.lossBefore, c.lossAfter])
            let scaled: Double = sigmoid(c.logits[0] / fit.temperature)
            #expect(isClose(fit.probabilities(logits: c.logits)[0], scaled))
        }
        let summary = deviation.report("temperatureScaling")
        #expect(deviation.worst <= 1e-11, "\(summary)")
    }
}
