// Checks for many-class input: class indices 0, 1, …, k − 1 as `Int`, and rows
// of logits, scores or probabilities, one row of k numbers per sample. As in
// InputProblems.swift, each check returns its message (or nil) so tests can
// read it, and the public functions stop with it.

/// Class indices (0 or more) and rows of numbers (no NaN), as many rows as labels, all rows of one length ≥ 1.
func rowsProblem(_ function: String, labels: [Int], rows: [[Double]], rowsName: String) -> String? {
    let problem = countProblem(labels.count, rows.count, rowsName)
        ?? shapeProblem(rows, rowsName)
        ?? rows.indices.lazy.compactMap { i in
            rows[i].firstIndex(where: \.isNaN).map { "\(rowsName) has NaN in row \(i), column \($0)" }
        }.first
        ?? classIndexProblem(labels, classes: rows[0].count, name: "labels")
    return problem.map { "\(function): \($0)" }
}

/// As `rowsProblem`, and every entry a probability in [0, 1].
func probabilityRowsProblem(_ function: String, labels: [Int], probabilities: [[Double]]) -> String? {
    rowsProblem(function, labels: labels, rows: probabilities, rowsName: "probabilities")
        ?? probabilities.indices.lazy.compactMap { i in
            probabilities[i].firstIndex { !(0...1).contains($0) }.map {
                "\(function): probabilities must lie in [0, 1], found \(probabilities[i][$0]) in row \(i), column \($0)"
            }
        }.first
}

/// Class indices and predicted class indices of the same non-zero length, all ≥ 0 (and below `classes` when given).
func classPredictionProblem(_ function: String, labels: [Int], predictions: [Int], classes: Int?) -> String? {
    let problem = countProblem(labels.count, predictions.count, "predictions")
        ?? classesProblem(classes)
        ?? classIndexProblem(labels, classes: classes, name: "labels")
        ?? classIndexProblem(predictions, classes: classes, name: "predictions")
    return problem.map { "\(function): \($0)" }
}

/// A number of classes that is at least 1, when one is given.
func classesProblem(_ classes: Int?) -> String? {
    guard let classes, classes < 1 else { return nil }
    return "classes must be at least 1, got \(classes)"
}

func countProblem(_ labels: Int, _ other: Int, _ otherName: String) -> String? {
    switch (labels == 0, other == 0) {
    case (true, true): return "labels and \(otherName) are empty"
    case (true, false): return "labels is empty"
    case (false, true): return "\(otherName) is empty"
    case (false, false):
        return labels == other ? nil : "labels has \(labels) elements but \(otherName) has \(other)"
    }
}

/// Rows all of the length of the first, which is at least 1.
func shapeProblem(_ rows: [[Double]], _ name: String) -> String? {
    guard let k = rows.first?.count else { return nil }
    if k == 0 { return "\(name) rows are empty: each needs one number per class" }
    return rows.indices.first { rows[$0].count != k }.map {
        "\(name) row \($0) has \(rows[$0].count) numbers but row 0 has \(k)"
    }
}

/// Indices that are ≥ 0 and, when `classes` is given, below it.
func classIndexProblem(_ indices: [Int], classes: Int?, name: String) -> String? {
    if let i = indices.firstIndex(where: { $0 < 0 }) {
        return "\(name) must be class indices 0, 1, 2, …, found \(indices[i]) at index \(i)"
    }
    if let classes, let i = indices.firstIndex(where: { $0 >= classes }) {
        return "\(name) must be class indices below \(classes), the number of classes, found \(indices[i]) at index \(i)"
    }
    return nil
}

/// The index of the largest entry, the first one when several tie (NumPy's `argmax`).
func argmax(_ row: [Double]) -> Int {
    var best = 0
    for j in row.indices where row[j] > row[best] { best = j }
    return best
}
