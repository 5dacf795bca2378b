import Autodiff

// Each surrogate is the hard metric's own formula (CountFormulas.swift) on
// soft counts: probabilities pᵢ ∈ [0, 1] in place of 0/1 predictions (seed of
// the course: soft TP = Σ pᵢyᵢ, soft FP = Σ pᵢ(1 − yᵢ)). On plain numbers you
// get the value; on a `VarVector` you get a `Var` to call `backward()` on.
// A denominator that is exactly 0 gives 0, as for the hard metrics; the
// sources add no epsilon, and neither do we.

/// Soft precision Σpᵢyᵢ / Σpᵢ: precision on soft counts, soft TP / (soft TP + soft FP).
///
/// ∂/∂pᵢ = (yᵢ − softP) / Σp. Alone it is gamed by shrinking every p but the surest
/// positive's; pair it with recall. 0 (gradient 0) when every p is 0.
public func softPrecision(_ probabilities: [Double], _ labels: [Double]) -> Double {
    precision(softCounts("softPrecision(_:_:)", probabilities, labels))
}

/// Soft precision Σpᵢyᵢ / Σpᵢ: precision on soft counts, soft TP / (soft TP + soft FP), differentiable.
public func softPrecision(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    precision(softCounts("softPrecision(_:_:)", probabilities, labels))
}

/// Soft recall Σpᵢyᵢ / Σyᵢ: recall on soft counts, soft TP / (soft TP + soft FN).
///
/// ∂/∂pᵢ = yᵢ / Σy: it only ever pushes positives up. 0 when no label is positive.
public func softRecall(_ probabilities: [Double], _ labels: [Double]) -> Double {
    recall(softCounts("softRecall(_:_:)", probabilities, labels))
}

/// Soft recall Σpᵢyᵢ / Σyᵢ: recall on soft counts, soft TP / (soft TP + soft FN), differentiable.
public func softRecall(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    recall(softCounts("softRecall(_:_:)", probabilities, labels))
}

/// Soft F1 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ): F1 on soft counts.
///
/// ∂/∂pᵢ = 2(yᵢ − softF1/2) / (Σp + Σy), so pᵢ rises when yᵢ > F1/2, Lipton et al.'s
/// optimal threshold. Equal to soft Dice with a linear denominator; as a loss,
/// 1 − softF1 (sigmoidF1, Bénédict et al. 2021, puts σ(β(u + η)) into these counts).
public func softF1(_ probabilities: [Double], _ labels: [Double]) -> Double {
    f1Score(softCounts("softF1(_:_:)", probabilities, labels))
}

/// Soft F1 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ): F1 on soft counts, differentiable.
public func softF1(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    f1Score(softCounts("softF1(_:_:)", probabilities, labels))
}

/// Soft Jaccard (soft IoU) Σpᵢyᵢ / (Σpᵢ + Σyᵢ − Σpᵢyᵢ): Jaccard on soft counts.
///
/// Rahman & Wang (2016). 0 (gradient 0) when every p and every label is 0.
public func softJaccard(_ probabilities: [Double], _ labels: [Double]) -> Double {
    jaccard(softCounts("softJaccard(_:_:)", probabilities, labels))
}

/// Soft Jaccard (soft IoU) Σpᵢyᵢ / (Σpᵢ + Σyᵢ − Σpᵢyᵢ): Jaccard on soft counts, differentiable.
public func softJaccard(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    jaccard(softCounts("softJaccard(_:_:)", probabilities, labels))
}

/// Soft F-beta (1 + β²)Σpᵢyᵢ / (β²Σyᵢ + Σpᵢ): F-beta on soft counts.
///
/// β > 1 weighs recall more, β < 1 precision; β = 1 is ``softF1(_:_:)-([Double],_)``.
public func softFBeta(_ probabilities: [Double], _ labels: [Double], beta: Double) -> Double {
    let function = "softFBeta(_:_:beta:)"
    check(betaProblem(function, beta: beta))
    return fBeta(softCounts(function, probabilities, labels), beta: beta)
}

/// Soft F-beta (1 + β²)Σpᵢyᵢ / (β²Σyᵢ + Σpᵢ), differentiable.
public func softFBeta(_ probabilities: VarVector, _ labels: [Double], beta: Double) -> Var {
    let function = "softFBeta(_:_:beta:)"
    check(betaProblem(function, beta: beta))
    return fBeta(softCounts(function, probabilities, labels), beta: beta)
}

/// Soft Dice 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ), or with `squaredDenominator` V-Net's 2Σpᵢyᵢ / (Σpᵢ² + Σyᵢ²).
///
/// The linear form is Dice's formula on soft counts and equals soft F1; the
/// squared form is Milletari, Navab & Ahmadi (V-Net, 3DV 2016).
public func softDice(_ probabilities: [Double], _ labels: [Double], squaredDenominator: Bool = false) -> Double {
    let function = "softDice(_:_:squaredDenominator:)"
    let counts = softCounts(function, probabilities, labels)
    guard squaredDenominator else { return dice(counts) }
    let squares = compensatedSum(probabilities.lazy.map { $0 * $0 }) + labels.reduce(0, +)
    return divideOrZero(2 * counts.tp, squares)
}

/// Soft Dice, differentiable; `squaredDenominator` selects V-Net's Σpᵢ² + Σyᵢ².
public func softDice(_ probabilities: VarVector, _ labels: [Double], squaredDenominator: Bool = false) -> Var {
    let function = "softDice(_:_:squaredDenominator:)"
    let counts = softCounts(function, probabilities, labels)
    guard squaredDenominator else { return dice(counts) }
    return divideOrZero(2 * counts.tp, probabilities.dot(probabilities) + labels.reduce(0, +))
}
