import Autodiff

/// Brier score (1/n) Σᵢ (pᵢ − yᵢ)²: the mean squared error of probabilities against 0/1 labels.
///
/// Brier, "Verification of forecasts expressed in terms of probability"
/// (Monthly Weather Review, 1950); scikit-learn's `brier_score_loss`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.brier_score_loss.html).
/// A proper scoring rule: its expectation is smallest when p is the true
/// probability. 0 is perfect, 0.25 is what p = 0.5 always scores. Edge cases:
/// probabilities outside [0, 1] stop.
public func brierScore(labels: [Double], probabilities: [Double]) -> Double {
    check(probabilityProblem("brierScore(labels:probabilities:)", labels: labels, probabilities: probabilities))
    return compensatedMean(labels.indices.lazy.map { (probabilities[$0] - labels[$0]) * (probabilities[$0] - labels[$0]) })
}

/// Brier score, differentiable: ∂/∂pᵢ = 2(pᵢ − yᵢ)/n.
public func brierScore(labels: [Double], probabilities: VarVector) -> Var {
    check(probabilityProblem("brierScore(labels:probabilities:)", labels: labels, probabilities: probabilities.value))
    return (probabilities - labels).pow(2).mean()
}

/// Multiclass Brier score (1/n) Σᵢ Σⱼ (pᵢⱼ − 1[yᵢ = j])² of probability rows against class indices, Brier's original sum over classes.
///
/// scikit-learn's `brier_score_loss(labels, probabilities, labels=range(k), scale_by_half=False)`.
/// It lies in [0, 2]. Caution: scikit-learn's default (`scale_by_half="auto"`)
/// halves it when there are fewer than three columns, so that two columns give
/// the binary score; this form never halves, so two columns give twice
/// ``brierScore(labels:probabilities:)-([Double],[Double])`` of the second column.
public func brierScore(labels: [Int], probabilities: [[Double]]) -> Double {
    check(probabilityRowsProblem("brierScore(labels:probabilities:)", labels: labels, probabilities: probabilities))
    return compensatedMean(labels.indices.lazy.map { i in
        compensatedSum(probabilities[i].indices.lazy.map { j in
            let e = probabilities[i][j] - (j == labels[i] ? 1 : 0)
            return e * e
        })
    })
}
