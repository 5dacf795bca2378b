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
/// compareGradients(.precision, scores: [0.9, 0.2, 0.6, 0.4, 0.7], labels: [1, 0, 1, 0, 0])
/// ```
/// The hard column is 0 everywhere: a step has derivative 0 wherever it has
/// one. The surrogate column is what gradient descent would follow.
public func compareGradients(_ metric: Metric, scores: [Double], labels: [Double],
                             threshold: Double = 0.5) -> GradientComparison {
    check(probeProblem("compareGradients(_:scores:labels:threshold:)", metric, scores: scores, labels: labels, threshold: threshold))
    let hard = valueWithGradient(at: scores) { metric.hard($0, labels, threshold: threshold) }
    let differences = numericalGradient(at: scores) { metric.value($0, labels, threshold: threshold) }
    let surrogate = valueWithGradient(at: scores) { metric.surrogate($0, labels, threshold: threshold) }
    return GradientComparison(
        metric: metric.name, surrogateName: metric.surrogateName, threshold: metric.usesThreshold ? threshold : nil,
        hardValue: metric.value(scores, labels, threshold: threshold), surrogateValue: surrogate.value,
        rows: scores.indices.map { i in
            GradientComparison.Row(score: scores[i], label: labels[i], hardAutodiff: hard.gradient[i],
                                   hardFiniteDifference: differences[i], surrogate: surrogate.gradient[i])
        })
}

/// Scores and labels a probe can use with `metric`, checked in the name of `function`.
func probeProblem(_ function: String, _ metric: Metric, scores: [Double], labels: [Double], threshold: Double) -> String? {
    if let problem = classificationProblem(function, scores: scores, labels: labels, threshold: threshold) { return problem }
    guard metric.needsProbabilities, let outside = scores.firstIndex(where: { !(0...1).contains($0) }) else { return nil }
    return "\(function): \(metric.surrogateName) reads scores as probabilities, found \(scores[outside]) at index \(outside)"
        + " (for other scores use .relaxed(.sigmoidThreshold(temperature:)))"
}
