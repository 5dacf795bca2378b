// Hard classification metrics: scikit-learn's definitions (binary, positive
// label 1). Each one counts, then applies the formula in CountFormulas.swift.
// Undefined ratios give 0, scikit-learn's default zero_division (which also
// warns). The truth comes first, as in scikit-learn's (y_true, y_pred); the
// prediction is either scores with a threshold (a score s predicts positive
// when s > threshold, strictly; 0.5 unless given) or predicted 0/1 labels.

/// Accuracy (TP + TN) / n of scores thresholded at `threshold` (positive when score > threshold).
///
/// scikit-learn's `accuracy_score(labels, scores > threshold)`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.accuracy_score.html).
/// Edge cases: never undefined (n ≥ 1 is checked); a score equal to the threshold predicts negative.
public func accuracy(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    accuracy(hardCounts("accuracy(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Accuracy (TP + TN) / n of predicted 0/1 labels.
///
/// scikit-learn's `accuracy_score(labels, predictions)`. Edge cases: predictions must be 0 or 1.
public func accuracy(labels: [Double], predictions: [Double]) -> Double {
    accuracy(hardCounts("accuracy(labels:predictions:)", labels, predictions: predictions))
}

/// Precision TP / (TP + FP) of scores thresholded at `threshold` (positive when score > threshold).
///
/// scikit-learn's `precision_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_score.html).
/// Edge cases: 0 when nothing is predicted positive (TP + FP = 0), scikit-learn's default `zero_division`.
public func precision(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    precision(hardCounts("precision(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Precision TP / (TP + FP) of predicted 0/1 labels.
///
/// scikit-learn's `precision_score`. Edge cases: 0 when nothing is predicted positive.
public func precision(labels: [Double], predictions: [Double]) -> Double {
    precision(hardCounts("precision(labels:predictions:)", labels, predictions: predictions))
}

/// Recall TP / (TP + FN) of scores thresholded at `threshold` (positive when score > threshold).
///
/// scikit-learn's `recall_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.recall_score.html).
/// Edge cases: 0 when no label is positive (TP + FN = 0), scikit-learn's default `zero_division`.
public func recall(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    recall(hardCounts("recall(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Recall TP / (TP + FN) of predicted 0/1 labels.
///
/// scikit-learn's `recall_score`. Edge cases: 0 when no label is positive.
public func recall(labels: [Double], predictions: [Double]) -> Double {
    recall(hardCounts("recall(labels:predictions:)", labels, predictions: predictions))
}

/// F1 = 2TP / (2TP + FP + FN) of scores thresholded at `threshold` (positive when score > threshold).
///
/// scikit-learn's `f1_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.f1_score.html).
/// Edge cases: 0 when TP + FP + FN = 0 (only true negatives), scikit-learn's default `zero_division`.
public func f1Score(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    f1Score(hardCounts("f1Score(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// F1 = 2TP / (2TP + FP + FN) of predicted 0/1 labels.
///
/// scikit-learn's `f1_score`. Edge cases: 0 when TP + FP + FN = 0.
public func f1Score(labels: [Double], predictions: [Double]) -> Double {
    f1Score(hardCounts("f1Score(labels:predictions:)", labels, predictions: predictions))
}

/// F-beta = (1 + β²)TP / (β²(TP + FN) + TP + FP) of scores thresholded at `threshold`.
///
/// scikit-learn's `fbeta_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.fbeta_score.html).
/// Edge cases: β = 0 is precision, β = +∞ is recall, β < 0 stops; 0 when the denominator is 0.
public func fBeta(labels: [Double], scores: [Double], beta: Double, threshold: Double = 0.5) -> Double {
    let function = "fBeta(labels:scores:beta:threshold:)"
    check(betaProblem(function, beta: beta))
    return fBeta(hardCounts(function, labels, scores: scores, threshold: threshold), beta: beta)
}

/// F-beta = (1 + β²)TP / (β²(TP + FN) + TP + FP) of predicted 0/1 labels.
///
/// scikit-learn's `fbeta_score`. Edge cases: as for the thresholded form.
public func fBeta(labels: [Double], predictions: [Double], beta: Double) -> Double {
    let function = "fBeta(labels:predictions:beta:)"
    check(betaProblem(function, beta: beta))
    return fBeta(hardCounts(function, labels, predictions: predictions), beta: beta)
}

/// Jaccard index (IoU) TP / (TP + FP + FN) of scores thresholded at `threshold`.
///
/// scikit-learn's `jaccard_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.jaccard_score.html).
/// Edge cases: 0 when TP + FP + FN = 0, scikit-learn's default `zero_division`.
public func jaccard(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    jaccard(hardCounts("jaccard(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Jaccard index (IoU) TP / (TP + FP + FN) of predicted 0/1 labels.
///
/// scikit-learn's `jaccard_score`. Edge cases: 0 when TP + FP + FN = 0.
public func jaccard(labels: [Double], predictions: [Double]) -> Double {
    jaccard(hardCounts("jaccard(labels:predictions:)", labels, predictions: predictions))
}

/// Dice coefficient 2TP / (2TP + FP + FN) of scores thresholded at `threshold`: on binary labels the same number as F1.
///
/// Dice (1945); scikit-learn has no binary Dice score, so `f1_score` is the reference.
/// Edge cases: 0 when TP + FP + FN = 0.
public func dice(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    dice(hardCounts("dice(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Dice coefficient 2TP / (2TP + FP + FN) of predicted 0/1 labels, equal to F1.
///
/// Edge cases: 0 when TP + FP + FN = 0.
public func dice(labels: [Double], predictions: [Double]) -> Double {
    dice(hardCounts("dice(labels:predictions:)", labels, predictions: predictions))
}

/// Matthews correlation (TP·TN − FP·FN) / √((TP+FP)(TP+FN)(TN+FP)(TN+FN)) of scores thresholded at `threshold`, in [−1, 1].
///
/// scikit-learn's `matthews_corrcoef`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.matthews_corrcoef.html).
/// Edge cases: 0 when a row or column of the confusion matrix is empty (the root is 0), as scikit-learn returns.
public func matthewsCorrelation(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    matthewsCorrelation(hardCounts("matthewsCorrelation(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Matthews correlation of predicted 0/1 labels, in [−1, 1].
///
/// scikit-learn's `matthews_corrcoef`. Edge cases: 0 when the root is 0.
public func matthewsCorrelation(labels: [Double], predictions: [Double]) -> Double {
    matthewsCorrelation(hardCounts("matthewsCorrelation(labels:predictions:)", labels, predictions: predictions))
}

/// Balanced accuracy (TP/(TP+FN) + TN/(TN+FP)) / 2 of scores thresholded at `threshold`.
///
/// scikit-learn's `balanced_accuracy_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.balanced_accuracy_score.html);
/// Brodersen et al. (ICPR 2010). Edge cases: with one class in the labels it is that class's recall.
public func balancedAccuracy(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
    balancedAccuracy(hardCounts("balancedAccuracy(labels:scores:threshold:)", labels, scores: scores, threshold: threshold))
}

/// Balanced accuracy (TP/(TP+FN) + TN/(TN+FP)) / 2 of predicted 0/1 labels.
///
/// scikit-learn's `balanced_accuracy_score`. Edge cases: with one class it is that class's recall.
public func balancedAccuracy(labels: [Double], predictions: [Double]) -> Double {
    balancedAccuracy(hardCounts("balancedAccuracy(labels:predictions:)", labels, predictions: predictions))
}
