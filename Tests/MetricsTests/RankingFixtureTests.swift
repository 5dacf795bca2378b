import Testing
import Metrics

/// scikit-learn's average precision and ROC AUC, from Fixtures/ranking.json.
struct RankingFixture: Decodable {
    struct Expected: Decodable { let averagePrecision, rocAUC: Double }
    struct Case: Decodable {
        let name: String
        let scores: [Double]
        let labels: [Double]
        let expected: Expected
    }
    struct Large: Decodable { let lcg: GeneratedCase; let expected: Expected }
    let cases: [Case]
    let large: Large
}

@Suite struct RankingFixtureTests {
    let fixture: RankingFixture
    init() throws { fixture = try loadFixture("ranking") }

    @Test func averagePrecisionMatchesScikitLearn() {
        #expect(fixture.cases.count == 12)
        for c in fixture.cases {
            let actual = averagePrecision(labels: c.labels, scores: c.scores)
            #expect(isClose(actual, c.expected.averagePrecision), "\(c.name): \(actual) vs \(c.expected.averagePrecision)")
        }
    }

    @Test func rocAUCMatchesScikitLearn() {
        for c in fixture.cases {
            let actual = rocAUC(labels: c.labels, scores: c.scores)
            #expect(isClose(actual, c.expected.rocAUC), "\(c.name): \(actual) vs \(c.expected.rocAUC)")
        }
    }

    @Test func tenThousandTiedSamplesMatchScikitLearn() throws {
        let (scores, labels) = try fixture.large.lcg.data()
        #expect(isClose(averagePrecision(labels: labels, scores: scores), fixture.large.expected.averagePrecision))
        #expect(isClose(rocAUC(labels: labels, scores: scores), fixture.large.expected.rocAUC))
    }

    @Test func averagePrecisionIsTheStepSumNotTheTrapezoid() {
        // scikit-learn's doc example: 0.8333 as a step sum, 0.7917 as a trapezoid.
        let ap = averagePrecision(labels: [0, 0, 1, 1], scores: [0.1, 0.4, 0.35, 0.8])
        #expect(isClose(ap, 5.0 / 6.0))
    }

    @Test func tiesDoNotDependOnOrder() {
        let scores = [0.5, 0.2, 0.5, 0.5, 0.9, 0.2], labels: [Double] = [1, 0, 0, 1, 1, 1]
        let order = [3, 5, 0, 4, 2, 1]
        let permutedScores = order.map { scores[$0] }, permutedLabels = order.map { labels[$0] }
        #expect(averagePrecision(labels: labels, scores: scores) == averagePrecision(labels: permutedLabels, scores: permutedScores))
        #expect(rocAUC(labels: labels, scores: scores) == rocAUC(labels: permutedLabels, scores: permutedScores))
    }

    @Test func rocAUCIsTheMannWhitneyStatisticWithHalfCreditForTies() {
        let scores = [0.3, 0.7, 0.7, 0.1, 0.7, 0.3, 0.9], labels: [Double] = [1, 1, 0, 0, 0, 1, 0]
        var credit = 0.0, pairs = 0.0
        for i in scores.indices where labels[i] == 1 {
            for j in scores.indices where labels[j] == 0 {
                credit += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0
                pairs += 1
            }
        }
        #expect(rocAUC(labels: labels, scores: scores) == credit / pairs)
    }
}
