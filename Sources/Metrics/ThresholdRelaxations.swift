import Autodiff

// A hard threshold 1[s > t] has derivative 0 wherever it is defined, so no
// gradient reaches the scores through hard counts. These replace it with
// something that lets a gradient through; feed their output to a soft metric:
// softF1(labels: labels, probabilities: sigmoidThreshold(scores, temperature: 0.05)).
// The threshold is 0.5 unless given, as everywhere; the temperature has no
// default, since its right value depends on the spread of the scores.

/// σ((s − t)/τ) for every score: a smooth step that tends to 1[s > t] as τ → 0.
///
/// Its slope σ(1 − σ)/τ peaks at 1/(4τ) at the threshold and vanishes away
/// from it, so a small τ gives gradients that explode near t and vanish
/// elsewhere. sigmoidF1 (Bénédict et al., TMLR 2022) uses this with β = 1/τ.
/// Edge cases: σ(0) = ½ at s = t; τ ≤ 0, NaN scores or an empty vector stop.
public func sigmoidThreshold(_ scores: [Double], threshold: Double = 0.5, temperature: Double) -> [Double] {
    checkRelaxation("sigmoidThreshold(_:threshold:temperature:)", scores, threshold: threshold, temperature: temperature)
    return scores.map { sigmoid(($0 - threshold) / temperature) }
}

/// σ((s − t)/τ) for every score, differentiable: d/ds = σ(1 − σ)/τ.
public func sigmoidThreshold(_ scores: VarVector, threshold: Double = 0.5, temperature: Double) -> VarVector {
    checkRelaxation("sigmoidThreshold(_:threshold:temperature:)", scores.value, threshold: threshold, temperature: temperature)
    return ((scores - threshold) / temperature).sigmoid()
}

/// The straight-through estimator: forward the hard predictions 1[s > t], backward as if they were s.
///
/// Bengio, Léonard & Courville (arXiv 1308.3432, 2013): ŷ = s + sg(1[s > t] − s),
/// so ∂ŷ/∂s := 1. On plain numbers there is no backward pass and this is the
/// hard step. Edge cases: a score equal to the threshold gives 0 (strictly greater).
public func straightThrough(_ scores: [Double], threshold: Double = 0.5) -> [Double] {
    checkRelaxation("straightThrough(_:threshold:)", scores, threshold: threshold, temperature: 1)
    return scores.map { $0 > threshold ? 1 : 0 }
}

/// The straight-through estimator on a vector node: values 1[s > t], gradient passed through unchanged.
public func straightThrough(_ scores: VarVector, threshold: Double = 0.5) -> VarVector {
    checkRelaxation("straightThrough(_:threshold:)", scores.value, threshold: threshold, temperature: 1)
    return scores.straightThrough(threshold: threshold)
}

private func checkRelaxation(_ function: String, _ scores: [Double], threshold: Double, temperature: Double) {
    let problem = (scores.isEmpty ? "scores is empty" : nil)
        ?? nanProblem("scores", scores)
        ?? (threshold.isNaN ? "threshold is NaN" : nil)
    check(problem.map { "\(function): \($0)" } ?? temperatureProblem(function, temperature: temperature))
}
