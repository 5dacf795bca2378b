import Autodiff

// The spellings before the truth-first convention, kept with their old
// meaning for one release so that existing cells still run (with a warning).
// Each forwards to its new spelling. The messages spell the new call out in
// full: a `renamed:` fix-it would keep the old argument order under the new
// labels and so swap truth and prediction.
//
// The probes and `Metric`, scores first; the old default temperatures and the old 101 sweep points.

extension Metric {
    /// Old spelling of `value(labels:scores:threshold:)`; same value.
    @available(*, deprecated, message: "the labels come first: metric.value(labels: labels, scores: scores)")
    public func value(_ scores: [Double], _ labels: [Double], threshold: Double = 0.5) -> Double {
        value(labels: labels, scores: scores, threshold: threshold)
    }

    /// Old spelling of `hard(labels:scores:threshold:)`; same graph.
    @available(*, deprecated, message: "the labels come first: metric.hard(labels: labels, scores: scores)")
    public func hard(_ scores: VarVector, _ labels: [Double], threshold: Double = 0.5) -> Var {
        hard(labels: labels, scores: scores, threshold: threshold)
    }

    /// Old spelling of `surrogate(labels:scores:threshold:)`; same graph.
    @available(*, deprecated, message: "the labels come first: metric.surrogate(labels: labels, scores: scores)")
    public func surrogate(_ scores: VarVector, _ labels: [Double], threshold: Double = 0.5) -> Var {
        surrogate(labels: labels, scores: scores, threshold: threshold)
    }

    /// Average precision with smooth-AP at τ = 0.01, the old default temperature.
    @available(*, deprecated, message: "give the temperature: .averagePrecision(temperature: 0.01)")
    public static var averagePrecision: Metric { averagePrecision(temperature: 0.01) }

    /// ROC AUC with pairwise σ(d/0.1), the old default surrogate.
    @available(*, deprecated, message: "give the surrogate: .rocAUC(surrogate: .sigmoid(temperature: 0.1))")
    public static var rocAUC: Metric { rocAUC(surrogate: .sigmoid(temperature: 0.1)) }
}

/// Old spelling of `compareGradients(_:labels:scores:threshold:)`; same comparison.
@available(*, deprecated, message: "the labels come first: compareGradients(metric, labels: labels, scores: scores)")
public func compareGradients(_ metric: Metric, scores: [Double], labels: [Double], threshold: Double = 0.5) -> GradientComparison {
    compareGradients(metric, labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `sweep(_:labels:scores:sample:over:points:threshold:)`, with its old default of 101 points; same sweep.
@available(*, deprecated, message: "data first: sweep(metric, labels: labels, scores: scores, sample: i, over: range) (201 points unless given)")
public func sweep(_ metric: Metric, sample: Int, over range: ClosedRange<Double>, points: Int = 101,
                  scores: [Double], labels: [Double], threshold: Double = 0.5) -> Sweep {
    sweep(metric, labels: labels, scores: scores, sample: sample, over: range, points: points, threshold: threshold)
}
