import Figures

/// The counts of a many-class classifier: how many samples of each true class were predicted as each class.
///
/// scikit-learn's `confusion_matrix(labels, predictions)`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.confusion_matrix.html):
/// rows are true classes, columns predicted classes, so the diagonal holds the
/// correct predictions. For class c, TP = counts[c][c], FP = column c's sum − TP,
/// FN = row c's sum − TP. The classes are those that occur in the labels or the
/// predictions, in increasing order (scikit-learn's default), or 0, 1, …, k − 1
/// when `classes: k` is given, which keeps classes that never occur (their
/// precision, recall and F1 are then 0 and pull macro averages down).
public struct ConfusionMatrix: Sendable, Equatable {
    /// The classes of the rows and columns, in order.
    public let classes: [Int]
    /// counts[i][j]: the samples of true class `classes[i]` predicted as `classes[j]`.
    public let counts: [[Int]]

    /// The confusion matrix of predicted class indices against true ones.
    public init(labels: [Int], predictions: [Int], classes: Int? = nil) {
        self.init(labels: labels, predictions: predictions, classes: classes,
                  function: "ConfusionMatrix(labels:predictions:classes:)")
    }

    /// The confusion matrix of probability rows (one column per class), each predicting its most probable class.
    ///
    /// The prediction is the column of the largest probability, the first one
    /// when several tie (NumPy's `argmax`), so this is
    /// `confusion_matrix(labels, probabilities.argmax(axis=1))`.
    public init(labels: [Int], probabilities: [[Double]], classes: Int? = nil) {
        self.init(labels: labels, probabilities: probabilities, classes: classes,
                  function: "ConfusionMatrix(labels:probabilities:classes:)")
    }

    init(labels: [Int], probabilities: [[Double]], classes: Int?, function: String) {
        check(probabilityRowsProblem(function, labels: labels, probabilities: probabilities)
              ?? classesProblem(classes).map { "\(function): \($0)" })
        self.init(labels: labels, predictions: probabilities.map(argmax), classes: classes, function: function)
    }

    init(labels: [Int], predictions: [Int], classes: Int?, function: String) {
        check(classPredictionProblem(function, labels: labels, predictions: predictions, classes: classes))
        let present = classes.map { Array(0..<$0) } ?? Array(Set(labels).union(predictions)).sorted()
        var place = [Int: Int]()
        for (i, c) in present.enumerated() { place[c] = i }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: present.count), count: present.count)
        for (y, p) in zip(labels, predictions) { counts[place[y]!][place[p]!] += 1 }
        self.classes = present
        self.counts = counts
    }

    /// Each class's support: its number of true samples (the row sums).
    public var support: [Int] { counts.map { $0.reduce(0, +) } }
    /// How often each class was predicted (the column sums).
    public var predictedCounts: [Int] { classes.indices.map { j in counts.reduce(0) { $0 + $1[j] } } }
    /// Each class's true positives (the diagonal).
    public var truePositives: [Int] { classes.indices.map { counts[$0][$0] } }
    /// The number of samples.
    public var total: Int { support.reduce(0, +) }

    /// Accuracy: the diagonal's sum over the number of samples, scikit-learn's `accuracy_score`.
    public var accuracy: Double { Double(truePositives.reduce(0, +)) / Double(total) }

    /// Each class's precision TP / (TP + FP), 0 for a class never predicted (scikit-learn's `zero_division`).
    public var precisionPerClass: [Double] { classes.indices.map { ratio(truePositives[$0], predictedCounts[$0]) } }
    /// Each class's recall TP / (TP + FN), 0 for a class with no true sample.
    public var recallPerClass: [Double] { classes.indices.map { ratio(truePositives[$0], support[$0]) } }
    /// Each class's F1 2TP / (2TP + FP + FN), 0 for a class neither present nor predicted.
    public var f1PerClass: [Double] {
        classes.indices.map { ratio(2 * truePositives[$0], support[$0] + predictedCounts[$0]) }
    }

    /// Precision averaged over classes as `average` says (scikit-learn's `precision_score(…, average=)`).
    public func precision(average: Averaging) -> Double {
        averaged(precisionPerClass, average) { tp, predicted, _ in ratio(tp, predicted) }
    }

    /// Recall averaged over classes as `average` says (scikit-learn's `recall_score(…, average=)`).
    public func recall(average: Averaging) -> Double {
        averaged(recallPerClass, average) { tp, _, support in ratio(tp, support) }
    }

    /// F1 averaged over classes as `average` says (scikit-learn's `f1_score(…, average=)`); macro F1 is the mean of per-class F1s, not the F1 of macro precision and recall.
    public func f1Score(average: Averaging) -> Double {
        averaged(f1PerClass, average) { tp, predicted, support in ratio(2 * tp, support + predicted) }
    }

    /// Macro: mean of the per-class values; weighted: their mean weighted by support;
    /// micro: `formula` on TP, predicted and support summed over classes.
    private func averaged(_ perClass: [Double], _ average: Averaging, micro formula: (Int, Int, Int) -> Double) -> Double {
        switch average {
        case .macro:
            return compensatedSum(perClass) / Double(perClass.count)
        case .weighted:
            let weights = support
            return ratio(compensatedSum(perClass.indices.lazy.map { perClass[$0] * Double(weights[$0]) }), Double(total))
        case .micro:
            return formula(truePositives.reduce(0, +), predictedCounts.reduce(0, +), total)
        }
    }

    /// The counts as a table: one row per true class, one column per predicted class.
    public var table: Table {
        Table(columns: ["true \\ predicted"] + classes.map { "\($0)" },
              rows: classes.indices.map { i in ["\(classes[i])"] + counts[i].map { $0 as any TableCellConvertible } },
              caption: "confusion matrix: \(total) samples, accuracy \(formatNumber(accuracy))")
    }

    /// Per-class precision, recall, F1 and support, then the macro, micro and weighted averages (scikit-learn's `classification_report`).
    public var report: Table {
        var table = Table(columns: ["class", "precision", "recall", "F1", "support"])
        let (p, r, f, s) = (precisionPerClass, recallPerClass, f1PerClass, support)
        for i in classes.indices { table.append(["\(classes[i])", p[i], r[i], f[i], s[i]]) }
        for average in Averaging.allCases {
            table.append(["\(average) average", precision(average: average), recall(average: average),
                          f1Score(average: average), total])
        }
        return table
    }
}

private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}

private func ratio(_ numerator: Double, _ denominator: Double) -> Double {
    denominator == 0 ? 0 : numerator / denominator
}
