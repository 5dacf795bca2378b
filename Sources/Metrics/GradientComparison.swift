import Autodiff

/// Per sample, the gradient a hard metric gives (nothing) beside the gradient its surrogate gives.
public struct GradientComparison: Sendable, Equatable {
    /// One sample's row.
    public struct Row: Sendable, Equatable {
        /// The sample's score.
        public let score: Double
        /// The sample's label, 0 or 1.
        public let label: Double
        /// ∂hard/∂score by autodiff through the hard step: 0.
        public let hardAutodiff: Double
        /// ∂hard/∂score by central differences: 0, or a spike of (jump)/2h when the score sits at the threshold.
        public let hardFiniteDifference: Double
        /// ∂surrogate/∂score by autodiff.
        public let surrogate: Double
    }

    /// The hard metric's name.
    public let metric: String
    /// The surrogate's name.
    public let surrogateName: String
    /// The threshold the hard metric used; nil for ranking metrics, which use none.
    public let threshold: Double?
    /// The hard metric's value at these scores.
    public let hardValue: Double
    /// The surrogate's value at these scores.
    public let surrogateValue: Double
    /// One row per sample, in order.
    public let rows: [Row]
}

/// Compares, sample by sample, the hard metric's gradient (autodiff and finite differences) with its surrogate's.
///
/// ```swift
/// compareGradients(.precision, labels: [1, 0, 1, 0, 0], scores: [0.9, 0.2, 0.6, 0.4, 0.7])
/// ```
/// The hard column is 0 everywhere: a step has derivative 0 wherever it has
/// one. The differences column is (f(s + h) − f(s − h))/2h with
/// h = 10⁻⁵·max(1, |s|): 0, or a spike of jump/2h where a score sits within h
/// of the threshold (or, for ranking metrics, of another score). The
/// surrogate column is what gradient descent would follow. A score predicts
/// positive when it is > `threshold` (0.5 unless given; ranking metrics ignore it).
public func compareGradients(_ metric: Metric, labels: [Double], scores: [Double],
                             threshold: Double = 0.5) -> GradientComparison {
    check(probeProblem("compareGradients(_:labels:scores:threshold:)", metric, labels: labels, scores: scores, threshold: threshold))
    let hard = valueWithGradient(at: scores) { metric.hard(labels: labels, scores: $0, threshold: threshold) }
    let differences = numericalGradient(at: scores) { metric.value(labels: labels, scores: $0, threshold: threshold) }
    let surrogate = valueWithGradient(at: scores) { metric.surrogate(labels: labels, scores: $0, threshold: threshold) }
    return GradientComparison(
        metric: metric.name, surrogateName: metric.surrogateName, threshold: metric.usesThreshold ? threshold : nil,
        hardValue: metric.value(labels: labels, scores: scores, threshold: threshold), surrogateValue: surrogate.value,
        rows: scores.indices.map { i in
            GradientComparison.Row(score: scores[i], label: labels[i], hardAutodiff: hard.gradient[i],
                                   hardFiniteDifference: differences[i], surrogate: surrogate.gradient[i])
        })
}

/// Scores and labels a probe can use with `metric`, checked in the name of `function`.
func probeProblem(_ function: String, _ metric: Metric, labels: [Double], scores: [Double], threshold: Double) -> String? {
    if let problem = classificationProblem(function, labels: labels, scores: scores, threshold: threshold) { return problem }
    guard metric.needsProbabilities, let outside = scores.firstIndex(where: { !(0...1).contains($0) }) else { return nil }
    return "\(function): \(metric.surrogateName) reads scores as probabilities, found \(scores[outside]) at index \(outside)"
        + " (for other scores use .relaxed(.sigmoidThreshold(temperature:)))"
}
