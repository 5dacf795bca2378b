import Autodiff

extension Metric {
    /// Average precision; surrogate smooth-AP at the given temperature (Brown et al., ECCV 2020, use τ = 0.01).
    public static func averagePrecision(temperature: Double) -> Metric {
        check(temperatureProblem("Metric.averagePrecision(temperature:)", temperature: temperature))
        return Metric(
            name: "average precision", surrogateName: "smooth-AP (τ = \(temperature))", needsProbabilities: false, usesThreshold: false,
            hardValue: { y, s, _ in Metrics.averagePrecision(labels: y, scores: s) },
            hardGraph: { y, s, _ in averagePrecisionGraph(y, s) },
            surrogateGraph: { y, s, _ in smoothAP(labels: y, scores: s, temperature: temperature) },
            formula: nil)
    }

    /// ROC AUC; surrogate pairwise AUC of the given form.
    public static func rocAUC(surrogate: PairwiseSurrogate) -> Metric {
        check(surrogate.problem("Metric.rocAUC(surrogate:)"))
        return Metric(
            name: "ROC AUC", surrogateName: "pairwise AUC of \(surrogate)", needsProbabilities: false, usesThreshold: false,
            hardValue: { y, s, _ in Metrics.rocAUC(labels: y, scores: s) },
            hardGraph: { y, s, _ in rocAUCGraph(y, s) },
            surrogateGraph: { y, s, _ in pairwiseAUC(labels: y, scores: s, surrogate: surrogate) },
            formula: nil)
    }
}

/// AP as a graph of hard steps: the mean over positives i of #{positives j: sⱼ ≥ sᵢ} / #{j: sⱼ ≥ sᵢ}.
///
/// That is scikit-learn's step sum regrouped by positive (tied scores share
/// one threshold); 1[sⱼ ≥ sᵢ] = 1 − step(sᵢ − sⱼ) has derivative 0.
func averagePrecisionGraph(_ labels: [Double], _ scores: VarVector) -> Var {
    check(rankingProblem("Metric.averagePrecision", labels: labels, scores: scores.value))
    let positives = classes(labels).positives
    if positives.isEmpty { return Var(0) }
    let n = labels.count
    let rows = positives.flatMap { Array(repeating: $0, count: n) }
    let columns = positives.flatMap { _ in Array(0..<n) }
    let atLeast = 1 - (scores.gathered(at: rows) - scores.gathered(at: columns)).step(threshold: 0)
    let positiveAtLeast = rowSums(atLeast * columns.map { labels[$0] }, columns: n)
    return (positiveAtLeast / rowSums(atLeast, columns: n)).mean()
}

/// ROC AUC as a graph of hard steps: the mean over (positive, negative) pairs of ½(1[d > 0] + 1[d ≥ 0]).
func rocAUCGraph(_ labels: [Double], _ scores: VarVector) -> Var {
    check(rankingProblem("Metric.rocAUC", labels: labels, scores: scores.value))
    let (positives, negatives) = classes(labels)
    if positives.isEmpty || negatives.isEmpty { return Var(.nan) }
    let d = scores.gathered(at: positives.flatMap { Array(repeating: $0, count: negatives.count) })
        - scores.gathered(at: positives.flatMap { _ in negatives })
    return ((d.step(threshold: 0) + (1 - (-d).step(threshold: 0))) / 2).mean()
}
