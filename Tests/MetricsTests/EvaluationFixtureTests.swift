import Autodiff
import Testing
import Metrics

/// torchvision's focal loss, PyTorch's weighted BCE, scikit-learn's balanced weights, and bootstrap and
/// split draws replayed with the SeededRandom algorithms, from Fixtures/evaluation.json.
struct EvaluationFixture: Decodable {
    struct Focal: Decodable {
        let name: String
        let labels, logits: [Double]
        let alpha: Double?
        let gamma, value: Double
        let gradient: [Double]
    }
    struct Weighted: Decodable {
        let name: String
        let labels, probabilities, weights: [Double]
        let positiveWeight: Double?
        let value: Double
        let gradient: [Double]
    }
    struct Balanced: Decodable { let labels, weights: [Double] }
    struct Bootstrap: Decodable {
        let name: String
        let seed: UInt64
        let resamples: Int
        let confidence: Double
        let labels, scores: [Double]
        let estimate, lower, upper: Double
        let values: [Double]
    }
    struct Split: Decodable { let count: Int; let train, validation: Double; let seed: UInt64; let expected: [[Int]] }
    struct Stratified: Decodable { let labels: [Int]; let train, validation: Double; let seed: UInt64; let expected: [[Int]] }
    let focal: [Focal]
    let weightedCrossEntropy: [Weighted]
    let balancedWeights: [Balanced]
    let bootstrap: [Bootstrap]
    let splits: [Split]
    let stratifiedSplits: [Stratified]
}

@Suite struct EvaluationFixtureTests {
    let fixture: EvaluationFixture
    init() throws { fixture = try loadFixture("evaluation") }

    @Test func focalLossMatchesTorchvisionValueAndGradient() {
        #expect(fixture.focal.count == 24)
        var deviation = Deviation()
        for c in fixture.focal {
            deviation.record(focalLoss(labels: c.labels, logits: c.logits, alpha: c.alpha, gamma: c.gamma), c.value)
            let (value, g) = valueWithGradient(at: c.logits) { (z: VarVector) in
                focalLoss(labels: c.labels, logits: z, alpha: c.alpha, gamma: c.gamma)
            }
            deviation.record(value, c.value)
            deviation.record(g, c.gradient)
        }
        let summary = deviation.report("focalLoss value and gradient")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func focalLossWithoutAlphaAndGammaZeroIsBinaryCrossEntropy() {
        let c = fixture.focal[0]
        let p = c.logits.map { sigmoid($0) as Double }
        #expect(isClose(focalLoss(labels: c.labels, logits: c.logits, alpha: nil, gamma: 0),
                        binaryCrossEntropy(labels: c.labels, probabilities: p)))
    }

    @Test func weightedBinaryCrossEntropyMatchesPyTorch() {
        var deviation = Deviation()
        for c in fixture.weightedCrossEntropy {
            let (value, g): (Double, [Double])
            if let w = c.positiveWeight {
                deviation.record(binaryCrossEntropy(labels: c.labels, probabilities: c.probabilities, positiveWeight: w), c.value)
                (value, g) = valueWithGradient(at: c.probabilities) { (p: VarVector) in
                    binaryCrossEntropy(labels: c.labels, probabilities: p, positiveWeight: w)
                }
            } else {
                deviation.record(binaryCrossEntropy(labels: c.labels, probabilities: c.probabilities, weights: c.weights), c.value)
                (value, g) = valueWithGradient(at: c.probabilities) { (p: VarVector) in
                    binaryCrossEntropy(labels: c.labels, probabilities: p, weights: c.weights)
                }
            }
            deviation.record(value, c.value)
            // Where the log is floored PyTorch's gradient is the formula's, ours 0 (the floor is flat); compare elsewhere.
            let inside = c.probabilities.indices.filter { c.probabilities[$0] > 0 && c.probabilities[$0] < 1 }
            deviation.record(inside.map { g[$0] }, inside.map { c.gradient[$0] })
        }
        let summary = deviation.report("weighted binaryCrossEntropy")
        #expect(deviation.worst <= 1e-14, "\(summary)")
    }

    @Test func balancedWeightsMatchScikitLearn() {
        var deviation = Deviation()
        for c in fixture.balancedWeights { deviation.record(balancedWeights(labels: c.labels), c.weights) }
        let summary = deviation.report("balancedWeights")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func bootstrapReplaysTheResamplesAndNumPyPercentiles() {
        var deviation = Deviation()
        for c in fixture.bootstrap {
            let interval = bootstrap(labels: c.labels, scores: c.scores, resamples: c.resamples, confidence: c.confidence,
                                     seed: c.seed) { f1Score(labels: $0, scores: $1, threshold: 0.5) }
            deviation.record(interval.values, c.values)
            deviation.record([interval.estimate, interval.lower, interval.upper], [c.estimate, c.lower, c.upper])
            #expect(interval.confidence == c.confidence)
            // The generic form draws the same resamples.
            let pairs = bootstrap(Array(zip(c.labels, c.scores)), resamples: c.resamples, confidence: c.confidence,
                                  seed: c.seed) { f1Score(labels: $0.map(\.0), scores: $0.map(\.1), threshold: 0.5) }
            #expect(pairs == interval)
        }
        let summary = deviation.report("bootstrap")
        #expect(deviation.worst <= 1e-15, "\(summary)")
    }

    @Test func splitsReplayTheShuffles() {
        for c in fixture.splits {
            let split = DataSplit(count: c.count, train: c.train, validation: c.validation, seed: c.seed)
            #expect([split.train, split.validation, split.test] == c.expected, "count \(c.count)")
        }
        for c in fixture.stratifiedSplits {
            let split = DataSplit(stratifying: c.labels, train: c.train, validation: c.validation, seed: c.seed)
            #expect([split.train, split.validation, split.test] == c.expected, "\(c.labels)")
        }
    }
}
