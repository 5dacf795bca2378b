import Testing
@testable import Metrics

/// scikit-learn's binary classification metrics, from Fixtures/classification.json.
struct ClassificationFixture: Decodable {
    struct Expected: Decodable {
        struct FBeta: Decodable { let beta: Double; let value: Double }
        let accuracy, precision, recall, f1, jaccard, dice, matthewsCorrelation, balancedAccuracy: Double
        let fBeta: [FBeta]
    }
    struct Thresholded: Decodable {
        let name: String
        let scores: [Double]
        let labels: [Double]
        let threshold: Double
        let expected: Expected
    }
    struct Large: Decodable {
        let lcg: GeneratedCase
        let threshold: Double
        let expected: Expected
    }
    struct Predicted: Decodable {
        let name: String
        let predictions: [Double]
        let labels: [Double]
        let expected: Expected
    }
    let thresholded: [Thresholded]
    let large: Large
    let predicted: [Predicted]
}

@Suite struct ClassificationFixtureTests {
    let fixture: ClassificationFixture

    init() throws { fixture = try loadFixture("classification") }

    /// The ten metrics computed by `value`, one per fixture key.
    func check(_ expected: ClassificationFixture.Expected, _ name: String,
               value: (_ metric: String, _ beta: Double) -> Double) {
        let pairs: [(String, Double)] = [
            ("accuracy", expected.accuracy), ("precision", expected.precision), ("recall", expected.recall),
            ("f1", expected.f1), ("jaccard", expected.jaccard), ("dice", expected.dice),
            ("matthewsCorrelation", expected.matthewsCorrelation), ("balancedAccuracy", expected.balancedAccuracy),
        ]
        for (metric, reference) in pairs {
            let actual = value(metric, 0)
            #expect(isClose(actual, reference), "\(name): \(metric) \(actual) vs scikit-learn \(reference)")
        }
        for entry in expected.fBeta {
            let actual = value("fBeta", entry.beta)
            #expect(isClose(actual, entry.value), "\(name): fBeta(beta: \(entry.beta)) \(actual) vs \(entry.value)")
        }
    }

    func thresholdedValue(_ s: [Double], _ y: [Double], _ t: Double) -> (String, Double) -> Double {
        { metric, beta in
            switch metric {
            case "accuracy": accuracy(labels: y, scores: s, threshold: t)
            case "precision": precision(labels: y, scores: s, threshold: t)
            case "recall": recall(labels: y, scores: s, threshold: t)
            case "f1": f1Score(labels: y, scores: s, threshold: t)
            case "jaccard": jaccard(labels: y, scores: s, threshold: t)
            case "dice": dice(labels: y, scores: s, threshold: t)
            case "matthewsCorrelation": matthewsCorrelation(labels: y, scores: s, threshold: t)
            case "balancedAccuracy": balancedAccuracy(labels: y, scores: s, threshold: t)
            default: fBeta(labels: y, scores: s, beta: beta, threshold: t)
            }
        }
    }

    @Test func thresholdedScoresMatchScikitLearn() {
        #expect(fixture.thresholded.count >= 16)
        for c in fixture.thresholded {
            check(c.expected, c.name, value: thresholdedValue(c.scores, c.labels, c.threshold))
        }
    }

    @Test func tenThousandSamplesMatchScikitLearn() throws {
        let (scores, labels) = try fixture.large.lcg.data()
        check(fixture.large.expected, "lcg n = 10000", value: thresholdedValue(scores, labels, fixture.large.threshold))
    }

    @Test func predictedLabelsMatchScikitLearn() {
        for c in fixture.predicted {
            let p = c.predictions, y = c.labels
            check(c.expected, c.name) { metric, beta in
                switch metric {
                case "accuracy": accuracy(labels: y, predictions: p)
                case "precision": precision(labels: y, predictions: p)
                case "recall": recall(labels: y, predictions: p)
                case "f1": f1Score(labels: y, predictions: p)
                case "jaccard": jaccard(labels: y, predictions: p)
                case "dice": dice(labels: y, predictions: p)
                case "matthewsCorrelation": matthewsCorrelation(labels: y, predictions: p)
                case "balancedAccuracy": balancedAccuracy(labels: y, predictions: p)
                default: fBeta(labels: y, predictions: p, beta: beta)
                }
            }
        }
    }
}
