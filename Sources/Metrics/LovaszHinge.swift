import Autodiff

/// Lovász hinge: the Lovász extension of the Jaccard loss 1 − IoU, applied to hinge errors of logits.
///
/// Berman, Rannen Triki & Blaschko (CVPR 2018). With ỹ = 2y − 1 and hinge
/// errors mᵢ = 1 − zᵢỹᵢ sorted in decreasing order π, the loss is
/// Σₖ max(0, m_πₖ) (Δ(π₁…πₖ) − Δ(π₁…πₖ₋₁)), where Δ(S) is the Jaccard loss of
/// predicting the samples S wrongly. It is convex and piecewise linear in
/// the errors and equals 1 − IoU when every error is 0 or 1. Lower is better.
/// Edge cases: ties among errors may be ordered either way (the value is the
/// same); with no positive label every mistake costs the full loss 1.
public func lovaszHinge(labels: [Double], logits: [Double]) -> Double {
    check(rankingProblem("lovaszHinge(labels:logits:)", labels: labels, scores: logits, scoresName: "logits"))
    let errors = labels.indices.map { 1 - logits[$0] * (2 * labels[$0] - 1) }
    let weights = lovaszWeights(errors: errors, labels: labels)
    return compensatedSum(errors.indices.lazy.map { relu(errors[$0]) * weights[$0] })
}

/// Lovász hinge, differentiable; its gradient is a subgradient of the convex loss.
///
/// ∂/∂zᵢ = −ỹᵢ × (sample i's Jaccard increment) while its hinge error is
/// positive, 0 once it is ≤ 0 (relu′(0) = 0); the sort order carries no gradient.
public func lovaszHinge(labels: [Double], logits: VarVector) -> Var {
    check(rankingProblem("lovaszHinge(labels:logits:)", labels: labels, scores: logits.value, scoresName: "logits"))
    let errors = 1 - logits * labels.map { 2 * $0 - 1 }
    // The order is piecewise constant in the logits, so the weights carry no gradient.
    return errors.relu().dot(lovaszWeights(errors: errors.value, labels: labels))
}

/// Each sample's increment of the Jaccard loss, Δ(π₁…πₖ) − Δ(π₁…πₖ₋₁), at its place k in the decreasing order of errors.
func lovaszWeights(errors: [Double], labels: [Double]) -> [Double] {
    let order = descendingOrder(errors)
    let positives = labels.reduce(0, +)
    var weights = [Double](repeating: 0, count: errors.count)
    var positivesSoFar = 0.0, negativesSoFar = 0.0, previousLoss = 0.0
    for i in order {
        if labels[i] == 1 { positivesSoFar += 1 } else { negativesSoFar += 1 }
        // The first k samples are wrong: positives among them are missed, negatives are false alarms.
        let intersection = positives - positivesSoFar
        let union = positives + negativesSoFar
        let loss = 1 - intersection / union
        weights[i] = loss - previousLoss
        previousLoss = loss
    }
    return weights
}
