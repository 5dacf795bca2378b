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
            let actual = logLoss(c.probabilities, c.labels)
            #expect(isClose(actual, c.expected), "\(c.name): \(actual) vs \(c.expected)")
        }
    }

    @Test func logLossClipsAtFloat64Epsilon() {
        #expect(isClose(logLoss([1], [0]), -log(2.220446049250313e-16)))
        #expect(isClose(logLoss([1], [0]), 36.04365338911715))
    }

    @Test func hingeLossMatchesScikitLearn() {
        #expect(fixture.hingeLoss.count == 6)
        for c in fixture.hingeLoss {
            let actual = hingeLoss(c.decisions, c.labels)
            #expect(isClose(actual, c.expected), "\(c.name): \(actual) vs \(c.expected)")
        }
    }

    @Test func regressionErrorsMatchScikitLearn() {
        for c in fixture.regression {
            #expect(isClose(meanSquaredError(c.truth, c.estimate), c.meanSquaredError), "\(c.name)")
            #expect(isClose(meanAbsoluteError(c.truth, c.estimate), c.meanAbsoluteError), "\(c.name)")
        }
    }

    @Test func tenThousandSamplesMatchScikitLearn() throws {
        let (scores, labels) = try fixture.large.lcg.data()
        #expect(isClose(logLoss(scores, labels), fixture.large.logLoss))
        #expect(isClose(hingeLoss(scores.map { 2 * $0 - 1 }, labels), fixture.large.hingeLoss))
        #expect(isClose(meanSquaredError(labels, scores), fixture.large.meanSquaredError))
        #expect(isClose(meanAbsoluteError(labels, scores), fixture.large.meanAbsoluteError))
    }
}
