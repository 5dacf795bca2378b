// Each metric is one formula over confusion counts, generic over the scalar.
// Hard counts give scikit-learn's metric (the sklearn.metrics functions named
// in ClassificationMetrics.swift); soft counts give its surrogate; with `Var`
// counts the autodiff gives the surrogate's gradient. Where a denominator is 0
// the value is 0 (scikit-learn's default zero_division), with gradient 0.

/// Accuracy (TP + TN) / (TP + FP + FN + TN), scikit-learn's `accuracy_score`; 0 for no samples.
public func accuracy<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    divideOrZero(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn)
}

/// Precision TP / (TP + FP), scikit-learn's `precision_score`; 0 when nothing is predicted positive.
public func precision<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    divideOrZero(c.tp, c.tp + c.fp)
}

/// Recall (sensitivity, true-positive rate) TP / (TP + FN), scikit-learn's `recall_score`; 0 when there are no positives.
public func recall<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    divideOrZero(c.tp, c.tp + c.fn)
}

/// F1 = 2TP / (2TP + FP + FN), the harmonic mean of precision and recall, scikit-learn's `f1_score`; 0 when TP + FP + FN = 0.
public func f1Score<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    divideOrZero(2 * c.tp, (c.tp + c.fn) + (c.tp + c.fp))
}

/// F-beta = (1 + β²)TP / (β²(TP + FN) + TP + FP), scikit-learn's `fbeta_score`; β = 0 is precision, β = ∞ is recall, β < 0 stops.
public func fBeta<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>, beta: Double) -> Scalar {
    check(betaProblem("fBeta(_:beta:)", beta: beta))
    if beta == .infinity { return recall(c) }
    return divideOrZero((1 + beta * beta) * c.tp, beta * beta * (c.tp + c.fn) + (c.tp + c.fp))
}

/// Jaccard index (IoU) TP / (TP + FP + FN), scikit-learn's `jaccard_score`; 0 when TP + FP + FN = 0.
public func jaccard<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    divideOrZero(c.tp, c.tp + c.fp + c.fn)
}

/// Dice coefficient 2TP / (2TP + FP + FN) (Dice, Ecology 1945): on binary labels the same number as F1; 0 when TP + FP + FN = 0.
public func dice<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    divideOrZero(2 * c.tp, 2 * c.tp + c.fp + c.fn)
}

/// Matthews correlation (TP·TN − FP·FN) / √((TP+FP)(TP+FN)(TN+FP)(TN+FN)), scikit-learn's `matthews_corrcoef`; 0 when the root is 0.
public func matthewsCorrelation<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    let product = (c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn)
    if product.plainValue == 0 { return Scalar(0) }
    return (c.tp * c.tn - c.fp * c.fn) / product.squareRoot()
}

/// Balanced accuracy: the mean recall over the classes present in the labels, scikit-learn's `balanced_accuracy_score`.
///
/// With both classes present it is (TP/(TP+FN) + TN/(TN+FP)) / 2; with one
/// class it is that class's recall, as scikit-learn drops absent classes.
public func balancedAccuracy<Scalar: CountScalar>(_ c: ConfusionCounts<Scalar>) -> Scalar {
    let positives = c.tp + c.fn, negatives = c.tn + c.fp
    switch (positives.plainValue > 0, negatives.plainValue > 0) {
    case (true, true): return (c.tp / positives + c.tn / negatives) / 2
    case (true, false): return c.tp / positives
    case (false, true): return c.tn / negatives
    case (false, false): return Scalar(0)
    }
}
