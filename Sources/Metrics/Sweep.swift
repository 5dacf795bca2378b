import Autodiff

/// The hard metric and its surrogate, value and derivative, as one sample's score moves.
public struct Sweep: Sendable, Equatable {
    /// The hard metric's name.
    public let metric: String
    /// The surrogate's name.
    public let surrogateName: String
    /// The index of the sample that moves.
    public let sample: Int
    /// The sample's label.
    public let label: Double
    /// The threshold the hard metric used; nil for ranking metrics, which use none.
    public let threshold: Double?
    /// The scores the sample takes, in increasing order.
    public let scores: [Double]
    /// The hard metric at each score.
    public let hardValues: [Double]
    /// ∂hard/∂score by autodiff at each score: 0.
    public let hardDerivatives: [Double]
    /// The surrogate at each score.
    public let surrogateValues: [Double]
    /// ∂surrogate/∂score by autodiff at each score.
    public let surrogateDerivatives: [Double]
}

/// Moves sample `sample`'s score over `range` (`points` evenly spaced values, both ends included),
/// the others fixed, and records the hard metric and its surrogate with their derivatives.
///
/// ```swift
/// sweep(.precision, labels: labels, scores: scores, sample: 2, over: 0...1)
/// ```
/// The hard metric is a staircase with derivative 0; the surrogate is smooth.
/// `points` is 201 unless given, as for `Plot.line(_:over:points:marker:_:)`;
/// a score predicts positive when it is > `threshold` (0.5 unless given).
public func sweep(_ metric: Metric, labels: [Double], scores: [Double], sample: Int, over range: ClosedRange<Double>,
                  points: Int = 201, threshold: Double = 0.5) -> Sweep {
    let function = "sweep(_:labels:scores:sample:over:points:threshold:)"
    check(sweepProblem(function, sample: sample, count: scores.count, range: range, points: points))
    var moved = scores
    for end in [range.lowerBound, range.upperBound] {
        moved[sample] = end
        check(probeProblem(function, metric, labels: labels, scores: moved, threshold: threshold))
    }
    let xs = evenlySpaced(range, points)
    var hardValues: [Double] = [], hardDerivatives: [Double] = []
    var surrogateValues: [Double] = [], surrogateDerivatives: [Double] = []
    for x in xs {
        moved[sample] = x
        let hard = valueWithGradient(at: moved) { metric.hard(labels: labels, scores: $0, threshold: threshold) }
        let surrogate = valueWithGradient(at: moved) { metric.surrogate(labels: labels, scores: $0, threshold: threshold) }
        hardValues.append(metric.value(labels: labels, scores: moved, threshold: threshold))
        hardDerivatives.append(hard.gradient[sample])
        surrogateValues.append(surrogate.value)
        surrogateDerivatives.append(surrogate.gradient[sample])
    }
    return Sweep(metric: metric.name, surrogateName: metric.surrogateName, sample: sample, label: labels[sample],
                 threshold: metric.usesThreshold ? threshold : nil, scores: xs, hardValues: hardValues, hardDerivatives: hardDerivatives,
                 surrogateValues: surrogateValues, surrogateDerivatives: surrogateDerivatives)
}

func sweepProblem(_ function: String, sample: Int, count: Int, range: ClosedRange<Double>, points: Int) -> String? {
    let problem: String? = if !(0..<count).contains(sample) {
        "sample \(sample) is not an index of the \(count) scores"
    } else if !range.lowerBound.isFinite || !range.upperBound.isFinite {
        "the range \(range) must be finite"
    } else if points < 2 {
        "points must be at least 2, got \(points)"
    } else {
        nil
    }
    return problem.map { "\(function): \($0)" }
}

/// `count` evenly spaced values from the lower to the upper bound, both included.
func evenlySpaced(_ range: ClosedRange<Double>, _ count: Int) -> [Double] {
    let span = range.upperBound - range.lowerBound
    return (0..<count).map { i in
        i == count - 1 ? range.upperBound : range.lowerBound + span * Double(i) / Double(count - 1)
    }
}
