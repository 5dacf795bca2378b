import Foundation
import Testing
import Metrics

/// scikit-learn's log loss, hinge loss, MSE and MAE, from Fixtures/losses.json.
struct LossFixture: Decodable {
    struct LogCase: Decodable { let name: String; let probabilities: [Double]; let labels: [Double]; let expected: Double }
    struct HingeCase: Decodable { let name: String; let decisions: [Double]; let labels: [Double]; let expected: Double }
    struct RegressionCase: Decodable {
        let name: String
        let truth: [Double]
        let estimate: [Double]
        let meanSquaredError: Double
        let meanAbsoluteError: Double
    }
    struct Large: Decodable {
        let lcg: GeneratedCase
        let logLoss: Double
        let hingeLoss: Double
        let meanSquaredError: Double
        let meanAbsoluteError: Double
        enum CodingKeys: String, CodingKey {
            case lcg, logLoss, meanSquaredError, meanAbsoluteError
            case hingeLoss = "hingeLoss (decisions 2s - 1)"
        }
    }
    let logLoss: [LogCase]
    let hingeLoss: [HingeCase]
    let regression: [RegressionCase]
    let large: Large
}

@Suite struct LossFixtureTests {
    let fixture: LossFixture
    init() throws { fixture = try loadFixture("losses") }

    @Test func logLossMatchesScikitLearn() {
        #expect(fixture.logLoss.count == 8)
        for c in fixture.logLoss {
            let actual = logLoss(labels: c.labels, probabilities: c.probabilities)
            #expect(isClose(actual, c.expected), "\(c.name): \(actual) vs \(c.expected)")
        }
    }

    @Test func logLossClipsAtFloat64Epsilon() {
        #expect(isClose(logLoss(labels: [0], probabilities: [1]), -log(2.220446049250313e-16)))
        #expect(isClose(logLoss(labels: [0], probabilities: [1]), 36.04365338911715))
    }

    @Test func hingeLossMatchesScikitLearn() {
        #expect(fixture.hingeLoss.count == 6)
        for c in fixture.hingeLoss {
            let actual = hingeLoss(labels: c.labels, decisions: c.decisions)
            #expect(isClose(actual, c.expected), "\(c.name): \(actual) vs \(c.expected)")
        }
    }

    @Test func regressionErrorsMatchScikitLearn() {
        for c in fixture.regression {
            #expect(isClose(meanSquaredError(targets: c.truth, predictions: c.estimate), c.meanSquaredError), "\(c.name)")
            #expect(isClose(meanAbsoluteError(targets: c.truth, predictions: c.estimate), c.meanAbsoluteError), "\(c.name)")
        }
    }

    @Test func tenThousandSamplesMatchScikitLearn() throws {
        let (scores, labels) = try fixture.large.lcg.data()
        #expect(isClose(logLoss(labels: labels, probabilities: scores), fixture.large.logLoss))
        #expect(isClose(hingeLoss(labels: labels, decisions: scores.map { 2 * $0 - 1 }), fixture.large.hingeLoss))
        #expect(isClose(meanSquaredError(targets: labels, predictions: scores), fixture.large.meanSquaredError))
        #expect(isClose(meanAbsoluteError(targets: labels, predictions: scores), fixture.large.meanAbsoluteError))
    }
}
