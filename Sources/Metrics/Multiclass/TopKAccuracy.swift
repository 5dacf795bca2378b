/// Top-k accuracy: the fraction of samples whose true class is among the k classes with the highest scores.
///
/// scikit-learn's `top_k_accuracy_score(labels, scores, k=k, labels=range(classes))`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.top_k_accuracy_score.html),
/// for rows of any scores (logits or probabilities) with three or more columns.
/// Ties are broken as scikit-learn breaks them (a stable sort, reversed): among
/// equal scores the class with the larger index ranks higher, so class c is in
/// the top k when #{j : sⱼ > s_c} + #{j > c : sⱼ = s_c} < k. k = 1 is accuracy
/// of the argmax, except that a tie goes to the larger index here and to the
/// smaller one in `argmax`. Edge cases: k ≥ the number of classes gives 1
/// (scikit-learn warns that the score is then meaningless); k must be ≥ 1.
public func topKAccuracy(labels: [Int], scores: [[Double]], k: Int) -> Double {
    let function = "topKAccuracy(labels:scores:k:)"
    check(rowsProblem(function, labels: labels, rows: scores, rowsName: "scores")
          ?? (k >= 1 ? nil : "\(function): k must be at least 1, got \(k)"))
    let hits = labels.indices.filter { i in
        let row = scores[i], c = labels[i], s = row[c]
        let above = row.indices.filter { j in row[j] > s || (row[j] == s && j > c) }.count
        return above < k
    }.count
    return Double(hits) / Double(labels.count)
}
