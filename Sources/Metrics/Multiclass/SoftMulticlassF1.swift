import Autodiff

/// Soft F1 over many classes: per class c, 2Σᵢ pᵢ,c 1[yᵢ = c] / (Σᵢ pᵢ,c + n_c) on probability rows, averaged as `average` says.
///
/// ``softF1(labels:probabilities:)-([Double],[Double])`` one class at a time,
/// with column c as the probabilities and 1[y = c] as the labels: the soft
/// counts of the many-class confusion matrix. Macro averages over all columns
/// (a class with no sample and no probability mass scores 0), weighted by
/// support; micro pools the counts, 2ΣTP/(Σp + n), which is the expected
/// accuracy when rows sum to 1. As a loss, 1 − softF1 (soft macro-F1 is the
/// usual surrogate for macro F1). Edge cases: probabilities must lie in [0, 1].
public func softF1(labels: [Int], probabilities: [[Double]], average: Averaging) -> Double {
    check(probabilityRowsProblem("softF1(labels:probabilities:average:)", labels: labels, probabilities: probabilities))
    return softF1(labels: labels, columns: (0..<probabilities[0].count).map { c in probabilities.map { $0[c] } },
                  average: average)
}

/// Soft F1 over many classes, differentiable in the probability rows.
public func softF1(labels: [Int], probabilities: VarMatrix, average: Averaging) -> Var {
    check(probabilityRowsProblem("softF1(labels:probabilities:average:)", labels: labels, probabilities: probabilities.valueRows))
    let k = probabilities.columns
    return softF1(labels: labels, columns: (0..<k).map { c in
        probabilities.entries.gathered(at: labels.indices.map { $0 * k + c })
    }, average: average)
}

/// The formula on one column of soft predictions per class, over plain numbers or a graph.
private func softF1<Column>(labels: [Int], columns: [Column], average: Averaging) -> Column.Scalar where Column: SoftColumn {
    let n = Double(labels.count)
    let support = columns.indices.map { c in Double(labels.filter { $0 == c }.count) }
    let truePositives = columns.indices.map { c in columns[c].dot(labels.map { $0 == c ? 1.0 : 0.0 }) }
    let predicted = columns.map { $0.total }
    switch average {
    case .macro, .weighted:
        var total = Column.Scalar(0)
        for c in columns.indices {
            let f1 = divideOrZero(2 * truePositives[c], predicted[c] + Column.Scalar(support[c]))
            total = total + (average == .macro ? f1 : support[c] * f1)
        }
        return total / (average == .macro ? Double(columns.count) : n)
    case .micro:
        let tp = truePositives.dropFirst().reduce(truePositives[0], +)
        let p = predicted.dropFirst().reduce(predicted[0], +)
        return divideOrZero(2 * tp, p + Column.Scalar(n))
    }
}

/// A column of soft predictions: plain numbers or a vector node.
private protocol SoftColumn {
    associatedtype Scalar: CountScalar
    func dot(_ data: [Double]) -> Scalar
    var total: Scalar { get }
}

extension Array: SoftColumn where Element == Double {
    func dot(_ data: [Double]) -> Double { compensatedSum(indices.lazy.map { self[$0] * data[$0] }) }
    var total: Double { compensatedSum(self) }
}

extension VarVector: SoftColumn {
    var total: Var { sum() }
}
