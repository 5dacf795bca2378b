/// The four cells of a binary confusion matrix, over any ``CountScalar``.
///
/// Hard counts come from thresholded scores or 0/1 predictions and are whole
/// numbers; soft counts (seed of the course: soft TP = Σ pᵢyᵢ) come from
/// probabilities and are differentiable in them. The metric formulas in
/// `CountFormulas.swift` take either.
public struct ConfusionCounts<Scalar: CountScalar> {
    /// True positives: label 1, predicted 1 (soft: Σ pᵢyᵢ).
    public var tp: Scalar
    /// False positives: label 0, predicted 1 (soft: Σ pᵢ(1 − yᵢ)).
    public var fp: Scalar
    /// False negatives: label 1, predicted 0 (soft: Σ (1 − pᵢ)yᵢ).
    public var fn: Scalar
    /// True negatives: label 0, predicted 0 (soft: Σ (1 − pᵢ)(1 − yᵢ)).
    public var tn: Scalar

    /// Counts given cell by cell.
    public init(tp: Scalar, fp: Scalar, fn: Scalar, tn: Scalar) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
        self.tn = tn
    }
}

extension ConfusionCounts: Sendable where Scalar: Sendable {}
extension ConfusionCounts: Equatable where Scalar: Equatable {}

extension ConfusionCounts where Scalar == Double {
    /// Hard counts of scores: a score is a positive prediction when it is strictly greater than `threshold` (0.5 unless given).
    public static func hard(labels: [Double], scores: [Double], threshold: Double = 0.5) -> ConfusionCounts<Double> {
        hardCounts("ConfusionCounts.hard(labels:scores:threshold:)", labels, scores: scores, threshold: threshold)
    }

    /// Hard counts of predicted 0/1 labels.
    public static func hard(labels: [Double], predictions: [Double]) -> ConfusionCounts<Double> {
        hardCounts("ConfusionCounts.hard(labels:predictions:)", labels, predictions: predictions)
    }

    /// Soft counts of probabilities pᵢ ∈ [0, 1]: TP = Σ pᵢyᵢ, FP = Σ pᵢ(1 − yᵢ), FN = Σ (1 − pᵢ)yᵢ, TN = Σ (1 − pᵢ)(1 − yᵢ).
    ///
    /// The expected hard counts if each prediction were positive with probability pᵢ.
    /// Edge cases: equal to the hard counts when every pᵢ is 0 or 1.
    public static func soft(labels: [Double], probabilities: [Double]) -> ConfusionCounts<Double> {
        softCounts("ConfusionCounts.soft(labels:probabilities:)", labels, probabilities: probabilities)
    }
}

/// Soft counts of probabilities, checked in the name of `function`.
func softCounts(_ function: String, _ labels: [Double], probabilities: [Double]) -> ConfusionCounts<Double> {
    check(probabilityProblem(function, labels: labels, probabilities: probabilities))
    func sum(_ term: @escaping (Double, Double) -> Double) -> Double {
        compensatedSum(labels.indices.lazy.map { term(probabilities[$0], labels[$0]) })
    }
    return ConfusionCounts(tp: sum { p, y in p * y }, fp: sum { p, y in p * (1 - y) },
                           fn: sum { p, y in (1 - p) * y }, tn: sum { p, y in (1 - p) * (1 - y) })
}

/// Hard counts of thresholded scores, checked in the name of `function`.
func hardCounts(_ function: String, _ labels: [Double], scores: [Double], threshold: Double) -> ConfusionCounts<Double> {
    check(classificationProblem(function, labels: labels, scores: scores, threshold: threshold))
    return counting(labels) { scores[$0] > threshold }
}

/// Hard counts of 0/1 predictions, checked in the name of `function`.
func hardCounts(_ function: String, _ labels: [Double], predictions: [Double]) -> ConfusionCounts<Double> {
    check(predictionProblem(function, labels: labels, predictions: predictions))
    return counting(labels) { predictions[$0] == 1 }
}

private func counting(_ labels: [Double], predictsPositive: (Int) -> Bool) -> ConfusionCounts<Double> {
    var tp = 0, fp = 0, fn = 0, tn = 0
    for i in labels.indices {
        switch (predictsPositive(i), labels[i] == 1) {
        case (true, true): tp += 1
        case (true, false): fp += 1
        case (false, true): fn += 1
        case (false, false): tn += 1
        }
    }
    return ConfusionCounts(tp: Double(tp), fp: Double(fp), fn: Double(fn), tn: Double(tn))
}

/// The four soft counts from the three sums they need: Σpy, Σp and Σy (and n).
///
/// FP = Σp − TP, FN = Σy − TP, TN = n − Σp − Σy + TP: one pass over the data,
/// which keeps soft F1 on a million samples a matter of two dot products.
func softCounts<Scalar: CountScalar>(tp: Scalar, predicted: Scalar, positives: Double, count: Double) -> ConfusionCounts<Scalar> {
    ConfusionCounts(tp: tp,
                    fp: predicted - tp,
                    fn: positives - tp,
                    tn: (count - positives) - predicted + tp)
}
