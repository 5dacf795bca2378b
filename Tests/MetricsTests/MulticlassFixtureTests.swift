import Autodiff
import Foundation
import Testing
import Metrics

/// scikit-learn's many-class metrics, PyTorch's softmax cross-entropy and the authors' Lovász-softmax,
/// from Fixtures/multiclass.json (scripts/reference_multiclass.py).
struct MulticlassFixture: Decodable {
    struct Averages: Decodable { let macro, micro, weighted: Double }
    struct PerClass: Decodable { let precision, recall, f1: [Double]; let support: [Int] }
    struct Expected: Decodable {
        let classes: [Int]
        let confusion: [[Int]]
        let accuracy: Double
        let precision, recall, f1: Averages
        let perClass: PerClass
    }
    struct Predicted: Decodable { let name: String; let labels, predictions: [Int]; let classes: Int?; let expected: Expected }
    struct Binned: Decodable { let bins, counts: [Int]; let observed, mean: [Double]; let ece: Double }
    struct ProbabilityExpected: Decodable {
        let argmax: Expected
        let topK: [String: Double]
        let logLoss, brier, lovaszSoftmax: Double
        let lovaszSoftmaxGradient: [[Double]]
        let topLabel: [String: Binned]
    }
    struct Probabilities: Decodable { let name: String; let labels: [Int]; let probabilities: [[Double]]; let expected: ProbabilityExpected }
    enum Targets: Decodable {
        case classes([Int]), distributions([[Double]])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let classes = try? container.decode([Int].self) { self = .classes(classes) } else {
                self = .distributions(try container.decode([[Double]].self))
            }
        }
    }
    struct CrossEntropy: Decodable { let name: String; let labels: Targets; let logits: [[Double]]; let value: Double; let gradient: [[Double]] }
    struct Softmax: Decodable {
        let name: String
        let logits, cotangent, softmax, logSoftmax, softmaxVJP, logSoftmaxVJP: [Double]
    }
    let predicted: [Predicted]
    let probabilities: [Probabilities]
    let crossEntropy: [CrossEntropy]
    let softmax: [Softmax]
}

@Suite struct MulticlassFixtureTests {
    let fixture: MulticlassFixture
    init() throws { fixture = try loadFixture("multiclass") }

    func check(_ m: ConfusionMatrix, averaged: (Averaging) -> (Double, Double, Double), _ e: MulticlassFixture.Expected,
               _ deviation: inout Deviation, _ name: String) {
        #expect(m.classes == e.classes, "\(name)")
        #expect(m.counts == e.confusion, "\(name)")
        #expect(m.support == e.perClass.support, "\(name)")
        deviation.record(m.accuracy, e.accuracy)
        deviation.record(m.precisionPerClass, e.perClass.precision)
        deviation.record(m.recallPerClass, e.perClass.recall)
        deviation.record(m.f1PerClass, e.perClass.f1)
        for (average, p, r, f) in [(Averaging.macro, e.precision.macro, e.recall.macro, e.f1.macro),
                                   (.micro, e.precision.micro, e.recall.micro, e.f1.micro),
                                   (.weighted, e.precision.weighted, e.recall.weighted, e.f1.weighted)] {
            let (ap, ar, af) = averaged(average)
            deviation.record([ap, ar, af, m.precision(average: average), m.recall(average: average), m.f1Score(average: average)],
                             [p, r, f, p, r, f])
        }
    }

    @Test func classIndexMetricsMatchScikitLearn() {
        #expect(fixture.predicted.count == 12)
        var deviation = Deviation()
        for c in fixture.predicted {
            let m = ConfusionMatrix(labels: c.labels, predictions: c.predictions, classes: c.classes)
            check(m, averaged: { a in
                (precision(labels: c.labels, predictions: c.predictions, average: a, classes: c.classes),
                 recall(labels: c.labels, predictions: c.predictions, average: a, classes: c.classes),
                 f1Score(labels: c.labels, predictions: c.predictions, average: a, classes: c.classes))
            }, c.expected, &deviation, c.name)
            if c.classes == nil {
                deviation.record(accuracy(labels: c.labels, predictions: c.predictions), c.expected.accuracy)
            }
        }
        let summary = deviation.report("precision/recall/F1 (class indices)")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func probabilityRowsMatchScikitLearnOnTheirArgmax() {
        var deviation = Deviation()
        for c in fixture.probabilities {
            let m = ConfusionMatrix(labels: c.labels, probabilities: c.probabilities)
            check(m, averaged: { a in
                (precision(labels: c.labels, probabilities: c.probabilities, average: a),
                 recall(labels: c.labels, probabilities: c.probabilities, average: a),
                 f1Score(labels: c.labels, probabilities: c.probabilities, average: a))
            }, c.expected.argmax, &deviation, c.name)
            deviation.record(accuracy(labels: c.labels, probabilities: c.probabilities), c.expected.argmax.accuracy)
        }
        let summary = deviation.report("precision/recall/F1 (probability rows)")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func topKAccuracyMatchesScikitLearnTiesIncluded() {
        var deviation = Deviation()
        for c in fixture.probabilities {
            for (k, expected) in c.expected.topK {
                deviation.record(topKAccuracy(labels: c.labels, scores: c.probabilities, k: Int(k)!), expected)
            }
        }
        #expect(deviation.comparisons == 27)
        let summary = deviation.report("topKAccuracy")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func logLossAndBrierMatchScikitLearn() {
        var deviation = Deviation()
        for c in fixture.probabilities {
            deviation.record(logLoss(labels: c.labels, probabilities: c.probabilities), c.expected.logLoss)
            deviation.record(brierScore(labels: c.labels, probabilities: c.probabilities), c.expected.brier)
        }
        let summary = deviation.report("logLoss/brierScore (rows)")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func lovaszSoftmaxMatchesTheAuthorsCode() {
        var deviation = Deviation()
        for c in fixture.probabilities {
            deviation.record(lovaszSoftmax(labels: c.labels, probabilities: c.probabilities), c.expected.lovaszSoftmax)
            let p = VarMatrix(c.probabilities)
            let loss = lovaszSoftmax(labels: c.labels, probabilities: p)
            loss.backward()
            deviation.record(loss.value, c.expected.lovaszSoftmax)
            deviation.record(p.gradRows, c.expected.lovaszSoftmaxGradient)
        }
        let summary = deviation.report("lovaszSoftmax value and gradient")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func topLabelCalibrationMatchesTheFormulaOnScikitLearnBins() {
        var deviation = Deviation()
        for c in fixture.probabilities {
            for (bins, e) in c.expected.topLabel {
                let curve = reliabilityCurve(labels: c.labels, probabilities: c.probabilities, bins: Int(bins)!)
                #expect(curve.bins == e.bins && curve.counts == e.counts, "\(c.name), \(bins) bins")
                deviation.record(curve.observedFrequencies, e.observed)
                deviation.record(curve.meanProbabilities, e.mean)
                deviation.record(expectedCalibrationError(labels: c.labels, probabilities: c.probabilities, bins: Int(bins)!), e.ece)
            }
        }
        let summary = deviation.report("top-label reliability and ECE")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func crossEntropyValueAndGradientMatchPyTorch() {
        var deviation = Deviation()
        for c in fixture.crossEntropy {
            let z = VarMatrix(c.logits)
            let loss: Var
            switch c.labels {
            case .classes(let y):
                deviation.record(crossEntropy(labels: y, logits: c.logits), c.value)
                loss = crossEntropy(labels: y, logits: z)
            case .distributions(let t):
                deviation.record(crossEntropy(labels: t, logits: c.logits), c.value)
                loss = crossEntropy(labels: t, logits: z)
            }
            loss.backward()
            deviation.record(loss.value, c.value)
            deviation.record(z.gradRows, c.gradient)
        }
        let summary = deviation.report("crossEntropy value and gradient")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func softmaxAndLogSoftmaxMatchPyTorch() {
        var deviation = Deviation()
        for c in fixture.softmax {
            deviation.record(softmax(c.logits), c.softmax)
            deviation.record(logSoftmax(c.logits), c.logSoftmax)
            let z = VarVector(c.logits)
            let p = softmax(z)
            p.dot(c.cotangent).backward()
            deviation.record(p.value, c.softmax)
            deviation.record(z.grad, c.softmaxVJP)
            let w = VarVector(c.logits)
            let logP = logSoftmax(w)
            logP.dot(c.cotangent).backward()  // the value may be −∞; the gradient is the VJP all the same
            deviation.record(logP.value, c.logSoftmax)
            deviation.record(w.grad, c.logSoftmaxVJP)
        }
        let summary = deviation.report("softmax/logSoftmax values and VJPs")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }
}
