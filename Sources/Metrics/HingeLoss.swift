import Autodiff

/// Hinge loss mean max(0, 1 − ỹᵢdᵢ) of decision values dᵢ, with ỹ = 2y − 1 (labels 0 → −1, 1 → +1).
///
/// scikit-learn's binary `hinge_loss`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.hinge_loss.html),
/// except that the encoding is fixed: scikit-learn maps a lone class in
/// `y_true` to −1 even when it is 1. Edge cases: 0 once every margin ỹd is ≥ 1.
public func hingeLoss(labels: [Double], decisions: [Double]) -> Double {
    check(rankingProblem("hingeLoss(labels:decisions:)", labels: labels, scores: decisions, scoresName: "decisions"))
    return compensatedMean(labels.indices.lazy.map { i in
        max(0, 1 - (2 * labels[i] - 1) * decisions[i])
    })
}

/// Hinge loss mean max(0, 1 − ỹᵢdᵢ), differentiable: ∂/∂dᵢ = −ỹᵢ/n while the margin ỹᵢdᵢ < 1, else 0.
///
/// A subgradient at the kink: at a margin of exactly 1 the derivative is 0,
/// the convention relu′(0) = 0 (PyTorch's, and the subgradient of smallest norm).
public func hingeLoss(labels: [Double], decisions: VarVector) -> Var {
    check(rankingProblem("hingeLoss(labels:decisions:)", labels: labels, scores: decisions.value, scoresName: "decisions"))
    return (1 - decisions * labels.map { 2 * $0 - 1 }).relu().mean()
}
