// Many-class accuracy, precision, recall and F1 as scikit-learn defines them,
// through `ConfusionMatrix`. Labels and predictions are class indices (`Int`);
// probability rows predict their most probable class. Undefined per-class
// ratios are 0 (scikit-learn's default `zero_division`). `classes: k` counts
// the classes 0, 1, …, k − 1 even when some never occur, as scikit-learn's
// `labels=range(k)` does; without it, the classes are those that occur.

/// Accuracy: the fraction of predicted class indices equal to the true ones (scikit-learn's `accuracy_score`).
public func accuracy(labels: [Int], predictions: [Int]) -> Double {
    ConfusionMatrix(labels: labels, predictions: predictions, classes: nil, function: "accuracy(labels:predictions:)").accuracy
}

/// Accuracy of probability rows, each predicting its most probable class (the first on a tie).
public func accuracy(labels: [Int], probabilities: [[Double]]) -> Double {
    ConfusionMatrix(labels: labels, probabilities: probabilities, classes: nil, function: "accuracy(labels:probabilities:)").accuracy
}

/// Precision over many classes, averaged as `average` says: scikit-learn's `precision_score(labels, predictions, average=…)`.
///
/// https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_score.html.
/// Per class c, TP_c / (TP_c + FP_c), 0 when class c is never predicted.
/// Edge cases: with one class, every average is 1 when all predictions are right.
public func precision(labels: [Int], predictions: [Int], average: Averaging, classes: Int? = nil) -> Double {
    ConfusionMatrix(labels: labels, predictions: predictions, classes: classes,
                    function: "precision(labels:predictions:average:classes:)").precision(average: average)
}

/// Precision over many classes of probability rows (argmax), averaged as `average` says.
public func precision(labels: [Int], probabilities: [[Double]], average: Averaging, classes: Int? = nil) -> Double {
    ConfusionMatrix(labels: labels, probabilities: probabilities, classes: classes,
                    function: "precision(labels:probabilities:average:classes:)").precision(average: average)
}

/// Recall over many classes, averaged as `average` says: scikit-learn's `recall_score(labels, predictions, average=…)`.
///
/// Per class c, TP_c / (TP_c + FN_c), 0 when class c has no true sample (a
/// class that is predicted but absent from the labels lowers macro recall).
/// Weighted recall equals accuracy.
public func recall(labels: [Int], predictions: [Int], average: Averaging, classes: Int? = nil) -> Double {
    ConfusionMatrix(labels: labels, predictions: predictions, classes: classes,
                    function: "recall(labels:predictions:average:classes:)").recall(average: average)
}

/// Recall over many classes of probability rows (argmax), averaged as `average` says.
public func recall(labels: [Int], probabilities: [[Double]], average: Averaging, classes: Int? = nil) -> Double {
    ConfusionMatrix(labels: labels, probabilities: probabilities, classes: classes,
                    function: "recall(labels:probabilities:average:classes:)").recall(average: average)
}

/// F1 over many classes, averaged as `average` says: scikit-learn's `f1_score(labels, predictions, average=…)`.
///
/// Per class c, 2TP_c / (2TP_c + FP_c + FN_c), 0 when the class is neither
/// present nor predicted. Macro F1 is the mean of per-class F1s (not the
/// harmonic mean of macro precision and recall); micro F1 equals accuracy.
public func f1Score(labels: [Int], predictions: [Int], average: Averaging, classes: Int? = nil) -> Double {
    ConfusionMatrix(labels: labels, predictions: predictions, classes: classes,
                    function: "f1Score(labels:predictions:average:classes:)").f1Score(average: average)
}

/// F1 over many classes of probability rows (argmax), averaged as `average` says.
public func f1Score(labels: [Int], probabilities: [[Double]], average: Averaging, classes: Int? = nil) -> Double {
    ConfusionMatrix(labels: labels, probabilities: probabilities, classes: classes,
                    function: "f1Score(labels:probabilities:average:classes:)").f1Score(average: average)
}
