import Autodiff

// Each surrogate is the hard metric's own formula (CountFormulas.swift) on
// soft counts: probabilities pᵢ ∈ [0, 1] in place of 0/1 predictions (soft
// TP = Σ pᵢyᵢ, soft FP = Σ pᵢ(1 − yᵢ)). On plain numbers you get the value;
// on a `VarVector` you get a `Var` to call `backward()` on. A denominator
// that is exactly 0 gives 0 (gradient 0), as for the hard metrics; the
// sources add no epsilon, and neither do we.

/// Soft precision Σpᵢyᵢ / Σpᵢ: precision on soft counts, soft TP / (soft TP + soft FP).
///
/// Soft counts are the expected confusion counts if each prediction were
/// positive with probability pᵢ, the counts sigmoidF1 (Bénédict et al., TMLR
/// 2022) and soft Dice (Milletari et al., 3DV 2016) are built on.
/// ∂/∂pᵢ = (yᵢ − softP) / Σp. Invariant to a common scale of the pᵢ, so alone
/// it is gamed by shrinking every p but the surest positive's; pair it with
/// recall. Edge cases: 0 (gradient 0) when every p is 0.
public func softPrecision(labels: [Double], probabilities: [Double]) -> Double {
    precision(softCounts("softPrecision(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft precision Σpᵢyᵢ / Σpᵢ, differentiable: ∂/∂pᵢ = (yᵢ − softP) / Σp.
public func softPrecision(labels: [Double], probabilities: VarVector) -> Var {
    precision(softCounts("softPrecision(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft recall Σpᵢyᵢ / Σyᵢ: recall on soft counts, soft TP / (soft TP + soft FN).
///
/// Soft counts as for ``softPrecision(labels:probabilities:)``. ∂/∂pᵢ = yᵢ / Σy: it only ever
/// pushes positives up, so alone it is gamed by raising every p. Edge cases: 0 (gradient 0) when no label is positive.
public func softRecall(labels: [Double], probabilities: [Double]) -> Double {
    recall(softCounts("softRecall(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft recall Σpᵢyᵢ / Σyᵢ, differentiable: ∂/∂pᵢ = yᵢ / Σy.
public func softRecall(labels: [Double], probabilities: VarVector) -> Var {
    recall(softCounts("softRecall(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft F1 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ): F1 on soft counts; as a loss, 1 − softF1.
///
/// ∂/∂pᵢ = 2(yᵢ − softF1/2) / (Σp + Σy): pᵢ rises when yᵢ exceeds half the
/// *current soft* F1, the analogue of Lipton, Elkan & Naryanaswamy's (ECML
/// 2014) F1-optimal threshold, half the optimal *hard* F1. Equal to soft Dice
/// with a linear denominator; sigmoidF1 (Bénédict et al., TMLR 2022) feeds
/// σ(β(u + η)) into these counts. Edge cases: 0 (gradient 0) when every p and every label is 0.
public func softF1(labels: [Double], probabilities: [Double]) -> Double {
    f1Score(softCounts("softF1(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft F1 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ), differentiable: ∂/∂pᵢ = 2(yᵢ − softF1/2) / (Σp + Σy).
public func softF1(labels: [Double], probabilities: VarVector) -> Var {
    f1Score(softCounts("softF1(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft Jaccard (soft IoU) Σpᵢyᵢ / (Σpᵢ + Σyᵢ − Σpᵢyᵢ): Jaccard on soft counts.
///
/// Rahman & Wang (ISVC 2016). Edge cases: 0 (gradient 0) when every p and every label is 0.
public func softJaccard(labels: [Double], probabilities: [Double]) -> Double {
    jaccard(softCounts("softJaccard(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft Jaccard (soft IoU) Σpᵢyᵢ / (Σpᵢ + Σyᵢ − Σpᵢyᵢ), differentiable.
public func softJaccard(labels: [Double], probabilities: VarVector) -> Var {
    jaccard(softCounts("softJaccard(labels:probabilities:)", labels, probabilities: probabilities))
}

/// Soft F-beta (1 + β²)Σpᵢyᵢ / (β²Σyᵢ + Σpᵢ): F-beta on soft counts.
///
/// F-beta is van Rijsbergen's (Information Retrieval, 1979), as scikit-learn's `fbeta_score`.
/// β > 1 weighs recall more, β < 1 precision; β = 1 is soft F1, β = 0 soft
/// precision, β = +∞ soft recall. Edge cases: β < 0 stops; 0 when the denominator is 0.
public func softFBeta(labels: [Double], probabilities: [Double], beta: Double) -> Double {
    let function = "softFBeta(labels:probabilities:beta:)"
    check(betaProblem(function, beta: beta))
    return fBeta(softCounts(function, labels, probabilities: probabilities), beta: beta)
}

/// Soft F-beta (1 + β²)Σpᵢyᵢ / (β²Σyᵢ + Σpᵢ), differentiable.
public func softFBeta(labels: [Double], probabilities: VarVector, beta: Double) -> Var {
    let function = "softFBeta(labels:probabilities:beta:)"
    check(betaProblem(function, beta: beta))
    return fBeta(softCounts(function, labels, probabilities: probabilities), beta: beta)
}

/// Soft Dice 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ), or with `squaredDenominator` V-Net's 2Σpᵢyᵢ / (Σpᵢ² + Σyᵢ²).
///
/// The linear form is Dice's formula on soft counts and equals soft F1; the
/// squared form is Milletari, Navab & Ahmadi (V-Net, 3DV 2016). The two agree
/// when every pᵢ is 0 or 1. Edge cases: 0 when the denominator is 0.
public func softDice(labels: [Double], probabilities: [Double], squaredDenominator: Bool = false) -> Double {
    let function = "softDice(labels:probabilities:squaredDenominator:)"
    let counts = softCounts(function, labels, probabilities: probabilities)
    guard squaredDenominator else { return dice(counts) }
    let squares = compensatedSum(probabilities.lazy.map { $0 * $0 }) + labels.reduce(0, +)
    return divideOrZero(2 * counts.tp, squares)
}

/// Soft Dice, differentiable; `squaredDenominator` selects V-Net's Σpᵢ² + Σyᵢ².
public func softDice(labels: [Double], probabilities: VarVector, squaredDenominator: Bool = false) -> Var {
    let function = "softDice(labels:probabilities:squaredDenominator:)"
    let counts = softCounts(function, labels, probabilities: probabilities)
    guard squaredDenominator else { return dice(counts) }
    return divideOrZero(2 * counts.tp, probabilities.dot(probabilities) + labels.reduce(0, +))
}
