// Hard classification metrics: scikit-learn's definitions (binary, positive
// label 1). Each one counts, then applies the formula in CountFormulas.swift.
// Undefined ratios give 0, scikit-learn's default zero_division (which also
// warns). A score predicts positive when it is strictly greater than the threshold.

/// Accuracy of scores thresholded at `threshold` (positive when score > threshold): the fraction of samples predicted correctly.
public func accuracy(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    accuracy(hardCounts("accuracy(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Accuracy of predicted 0/1 labels: the fraction of samples predicted correctly.
public func accuracy(_ predictions: [Double], _ labels: [Double]) -> Double {
    accuracy(hardCounts("accuracy(_:_:)", predictions, labels))
}

/// Precision of scores thresholded at `threshold` (positive when score > threshold): TP / (TP + FP); 0 when nothing is predicted positive, scikit-learn's zero_division default.
public func precision(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    precision(hardCounts("precision(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Precision of predicted 0/1 labels: TP / (TP + FP); 0 when nothing is predicted positive, scikit-learn's zero_division default.
public func precision(_ predictions: [Double], _ labels: [Double]) -> Double {
    precision(hardCounts("precision(_:_:)", predictions, labels))
}

/// Recall of scores thresholded at `threshold` (positive when score > threshold): TP / (TP + FN); 0 when no label is positive, scikit-learn's zero_division default.
public func recall(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    recall(hardCounts("recall(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Recall of predicted 0/1 labels: TP / (TP + FN); 0 when no label is positive, scikit-learn's zero_division default.
public func recall(_ predictions: [Double], _ labels: [Double]) -> Double {
    recall(hardCounts("recall(_:_:)", predictions, labels))
}

/// F1 of scores thresholded at `threshold` (positive when score > threshold): 2TP / (2TP + FP + FN); 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func f1Score(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    f1Score(hardCounts("f1Score(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// F1 of predicted 0/1 labels: 2TP / (2TP + FP + FN); 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func f1Score(_ predictions: [Double], _ labels: [Double]) -> Double {
    f1Score(hardCounts("f1Score(_:_:)", predictions, labels))
}

/// Jaccard index (IoU) of scores thresholded at `threshold` (positive when score > threshold): TP / (TP + FP + FN); 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func jaccard(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    jaccard(hardCounts("jaccard(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Jaccard index (IoU) of predicted 0/1 labels: TP / (TP + FP + FN); 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func jaccard(_ predictions: [Double], _ labels: [Double]) -> Double {
    jaccard(hardCounts("jaccard(_:_:)", predictions, labels))
}

/// Dice coefficient of scores thresholded at `threshold` (positive when score > threshold): 2TP / (2TP + FP + FN), equal to F1; 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func dice(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    dice(hardCounts("dice(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Dice coefficient of predicted 0/1 labels: 2TP / (2TP + FP + FN), equal to F1; 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func dice(_ predictions: [Double], _ labels: [Double]) -> Double {
    dice(hardCounts("dice(_:_:)", predictions, labels))
}

/// Matthews correlation of scores thresholded at `threshold` (positive when score > threshold): in [−1, 1]; 0 when a row or column of the confusion matrix is empty, as scikit-learn returns.
public func matthewsCorrelation(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    matthewsCorrelation(hardCounts("matthewsCorrelation(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Matthews correlation of predicted 0/1 labels: in [−1, 1]; 0 when a row or column of the confusion matrix is empty, as scikit-learn returns.
public func matthewsCorrelation(_ predictions: [Double], _ labels: [Double]) -> Double {
    matthewsCorrelation(hardCounts("matthewsCorrelation(_:_:)", predictions, labels))
}

/// Balanced accuracy of scores thresholded at `threshold` (positive when score > threshold): the mean recall over the classes present in the labels.
public func balancedAccuracy(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    balancedAccuracy(hardCounts("balancedAccuracy(_:_:threshold:)", scores, labels, threshold: threshold))
}

/// Balanced accuracy of predicted 0/1 labels: the mean recall over the classes present in the labels.
public func balancedAccuracy(_ predictions: [Double], _ labels: [Double]) -> Double {
    balancedAccuracy(hardCounts("balancedAccuracy(_:_:)", predictions, labels))
}

/// F-beta of scores thresholded at `threshold`: (1 + β²)TP / (β²(TP + FN) + TP + FP); 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func fBeta(_ scores: [Double], _ labels: [Double], beta: Double, threshold: Double) -> Double {
    let function = "fBeta(_:_:beta:threshold:)"
    check(betaProblem(function, beta: beta))
    return fBeta(hardCounts(function, scores, labels, threshold: threshold), beta: beta)
}

/// F-beta of predicted 0/1 labels: (1 + β²)TP / (β²(TP + FN) + TP + FP); 0 when TP + FP + FN = 0, scikit-learn's zero_division default.
public func fBeta(_ predictions: [Double], _ labels: [Double], beta: Double) -> Double {
    let function = "fBeta(_:_:beta:)"
    check(betaProblem(function, beta: beta))
    return fBeta(hardCounts(function, predictions, labels), beta: beta)
}
