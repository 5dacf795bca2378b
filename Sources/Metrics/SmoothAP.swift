import Autodiff

/// Smooth-AP: average precision with each rank's indicator 1[sⱼ > sᵢ] replaced by σ((sⱼ − sᵢ)/τ).
///
/// Brown, Xie, Kalogeiton & Zisserman (ECCV 2020): for each positive i,
/// (1 + Σⱼ∈P∖i G(sⱼ − sᵢ)) / (1 + Σⱼ∈P∖i G(sⱼ − sᵢ) + Σⱼ∈N G(sⱼ − sᵢ)), averaged
/// over the positives, with G(x) = σ(x/τ); the paper uses τ = 0.01 and the
/// loss 1 − smoothAP. As τ → 0 it tends to AP on untied scores; the
/// temperature has no default, as its right value depends on the spread of
/// the scores. O(n·|P|) pairs. Edge cases: with no positive label it is 0,
/// like ``averagePrecision(labels:scores:)``; τ ≤ 0 stops.
public func smoothAP(labels: [Double], scores: [Double], temperature: Double) -> Double {
    let function = "smoothAP(labels:scores:temperature:)"
    check(rankingProblem(function, labels: labels, scores: scores) ?? temperatureProblem(function, temperature: temperature))
    let positives = labels.indices.filter { labels[$0] == 1 }
    if positives.isEmpty { return 0 }
    let precisions = positives.map { i in
        var abovePositive = 1.0, aboveNegative = 0.0
        for j in scores.indices where j != i {
            let g = sigmoid((scores[j] - scores[i]) / temperature)
            if labels[j] == 1 { abovePositive += g } else { aboveNegative += g }
        }
        return abovePositive / (abovePositive + aboveNegative)
    }
    return compensatedMean(precisions)
}

/// Smooth-AP, differentiable; each pair's slope is at most 1/(4τ).
public func smoothAP(labels: [Double], scores: VarVector, temperature: Double) -> Var {
    let function = "smoothAP(labels:scores:temperature:)"
    check(rankingProblem(function, labels: labels, scores: scores.value) ?? temperatureProblem(function, temperature: temperature))
    let positives = labels.indices.filter { labels[$0] == 1 }
    if positives.isEmpty { return Var(0) }
    let n = labels.count
    // One row per positive i, one column per sample j: G(sⱼ − sᵢ), j ≠ i.
    let rows = positives.flatMap { Array(repeating: $0, count: n) }
    let columns = positives.flatMap { _ in Array(0..<n) }
    let g = ((scores.gathered(at: columns) - scores.gathered(at: rows)) / temperature).sigmoid()
    let positiveMask = zip(rows, columns).map { i, j in j != i && labels[j] == 1 ? 1.0 : 0 }
    let negativeMask = columns.map { labels[$0] == 0 ? 1.0 : 0 }
    let abovePositive = 1 + rowSums(g * positiveMask, columns: n)
    let aboveAll = abovePositive + rowSums(g * negativeMask, columns: n)
    return (abovePositive / aboveAll).mean()
}

/// Sums of each run of `columns` consecutive elements.
func rowSums(_ entries: VarVector, columns: Int) -> VarVector {
    VarMatrix(rows: entries.count / columns, columns: columns, entries: entries).rowSums()
}
