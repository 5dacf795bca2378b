import Autodiff
import Testing
@testable import Metrics

/// Surrogates written out in NumPy from their papers, from Fixtures/surrogates.json.
struct SurrogateFixture: Decodable {
    struct Counts: Decodable { let tp, fp, fn, tn: Double }
    struct Case: Decodable {
        let name: String
        let probabilities, logits, labels: [Double]
        let softCounts: Counts
        let softPrecision, softRecall, softF1, softFBeta2, softJaccard, softDiceSquared: Double
        let binaryCrossEntropy, lovaszHinge, smoothAP001, smoothAP05: Double
        let pairwiseSigmoid, pairwiseLogistic, pairwiseHinge: Double

        enum CodingKeys: String, CodingKey {
            case name, probabilities, logits, labels, softCounts
            case softPrecision, softRecall, softF1, softFBeta2, softJaccard, softDiceSquared
            case binaryCrossEntropy, lovaszHinge
            case smoothAP001 = "smoothAP(0.01)", smoothAP05 = "smoothAP(0.5)"
            case pairwiseSigmoid = "pairwiseAUC sigmoid(0.1)", pairwiseLogistic = "pairwiseAUC logistic"
            case pairwiseHinge = "pairwiseAUC hinge"
        }
    }
    let cases: [Case]
}

@Suite struct SurrogateFixtureTests {
    let cases: [SurrogateFixture.Case]
    init() throws { cases = try loadFixture("surrogates", as: SurrogateFixture.self).cases }

    /// The value on plain numbers and on a vector node, against the reference.
    func expectBoth(_ c: SurrogateFixture.Case, _ name: String, _ expected: Double,
                    plain: ([Double]) -> Double, node: (VarVector) -> Var, input: [Double]) {
        let value = plain(input), nodeValue = node(VarVector(input)).value
        #expect(isClose(value, expected), "\(c.name): \(name) \(value) vs NumPy \(expected)")
        #expect(isClose(nodeValue, expected), "\(c.name): \(name) on VarVector \(nodeValue) vs NumPy \(expected)")
    }

    @Test func softCountsMatchNumPy() {
        #expect(cases.count == 3)
        for c in cases {
            let plain = ConfusionCounts.soft(labels: c.labels, probabilities: c.probabilities)
            let node = ConfusionCounts.soft(labels: c.labels, probabilities: VarVector(c.probabilities))
            for (actual, expected) in [(plain.tp, c.softCounts.tp), (plain.fp, c.softCounts.fp),
                                       (plain.fn, c.softCounts.fn), (plain.tn, c.softCounts.tn),
                                       (node.tp.value, c.softCounts.tp), (node.fp.value, c.softCounts.fp),
                                       (node.fn.value, c.softCounts.fn), (node.tn.value, c.softCounts.tn)] {
                #expect(isClose(actual, expected), "\(c.name): \(actual) vs \(expected)")
            }
        }
    }

    @Test func softMetricsMatchNumPy() {
        for c in cases {
            let y = c.labels, p = c.probabilities
            expectBoth(c, "softPrecision", c.softPrecision, plain: { softPrecision(labels: y, probabilities: $0) }, node: { softPrecision(labels: y, probabilities: $0) }, input: p)
            expectBoth(c, "softRecall", c.softRecall, plain: { softRecall(labels: y, probabilities: $0) }, node: { softRecall(labels: y, probabilities: $0) }, input: p)
            expectBoth(c, "softF1", c.softF1, plain: { softF1(labels: y, probabilities: $0) }, node: { softF1(labels: y, probabilities: $0) }, input: p)
            expectBoth(c, "softFBeta(2)", c.softFBeta2, plain: { softFBeta(labels: y, probabilities: $0, beta: 2) },
                       node: { softFBeta(labels: y, probabilities: $0, beta: 2) }, input: p)
            expectBoth(c, "softJaccard", c.softJaccard, plain: { softJaccard(labels: y, probabilities: $0) }, node: { softJaccard(labels: y, probabilities: $0) }, input: p)
            expectBoth(c, "softDice squared", c.softDiceSquared, plain: { softDice(labels: y, probabilities: $0, squaredDenominator: true) },
                       node: { softDice(labels: y, probabilities: $0, squaredDenominator: true) }, input: p)
            expectBoth(c, "softDice", c.softF1, plain: { softDice(labels: y, probabilities: $0) }, node: { softDice(labels: y, probabilities: $0) }, input: p)
            expectBoth(c, "binaryCrossEntropy", c.binaryCrossEntropy, plain: { binaryCrossEntropy(labels: y, probabilities: $0) },
                       node: { binaryCrossEntropy(labels: y, probabilities: $0) }, input: p)
        }
    }

    @Test func rankingSurrogatesMatchNumPy() {
        for c in cases {
            let y = c.labels, z = c.logits, p = c.probabilities
            expectBoth(c, "lovaszHinge", c.lovaszHinge, plain: { lovaszHinge(labels: y, logits: $0) }, node: { lovaszHinge(labels: y, logits: $0) }, input: z)
            expectBoth(c, "smoothAP(0.01)", c.smoothAP001, plain: { smoothAP(labels: y, scores: $0, temperature: 0.01) }, node: { smoothAP(labels: y, scores: $0, temperature: 0.01) }, input: p)
            expectBoth(c, "smoothAP(0.5)", c.smoothAP05, plain: { smoothAP(labels: y, scores: $0, temperature: 0.5) },
                       node: { smoothAP(labels: y, scores: $0, temperature: 0.5) }, input: p)
            expectBoth(c, "pairwiseAUC sigmoid", c.pairwiseSigmoid, plain: { pairwiseAUC(labels: y, scores: $0, surrogate: .sigmoid(temperature: 0.1)) },
                       node: { pairwiseAUC(labels: y, scores: $0, surrogate: .sigmoid(temperature: 0.1)) }, input: z)
            expectBoth(c, "pairwiseAUC logistic", c.pairwiseLogistic, plain: { pairwiseAUC(labels: y, scores: $0, surrogate: .logistic) },
                       node: { pairwiseAUC(labels: y, scores: $0, surrogate: .logistic) }, input: z)
            expectBoth(c, "pairwiseAUC hinge", c.pairwiseHinge, plain: { pairwiseAUC(labels: y, scores: $0, surrogate: .hinge) },
                       node: { pairwiseAUC(labels: y, scores: $0, surrogate: .hinge) }, input: z)
        }
    }
}
