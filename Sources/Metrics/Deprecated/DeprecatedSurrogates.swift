import Autodiff

// The spellings before the truth-first convention, kept with their old
// meaning for one release so that existing cells still run (with a warning).
// Each forwards to its new spelling. The messages spell the new call out in
// full: a `renamed:` fix-it would keep the old argument order under the new
// labels and so swap truth and prediction.
//
// Surrogates and ranking metrics, scores first; smooth-AP and pairwise AUC with their old defaults.

/// Old spelling of `softPrecision(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softPrecision(labels: labels, probabilities: probabilities)")
public func softPrecision(_ probabilities: [Double], _ labels: [Double]) -> Double {
    softPrecision(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softPrecision(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softPrecision(labels: labels, probabilities: probabilities)")
public func softPrecision(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    softPrecision(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softRecall(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softRecall(labels: labels, probabilities: probabilities)")
public func softRecall(_ probabilities: [Double], _ labels: [Double]) -> Double {
    softRecall(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softRecall(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softRecall(labels: labels, probabilities: probabilities)")
public func softRecall(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    softRecall(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softF1(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softF1(labels: labels, probabilities: probabilities)")
public func softF1(_ probabilities: [Double], _ labels: [Double]) -> Double {
    softF1(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softF1(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softF1(labels: labels, probabilities: probabilities)")
public func softF1(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    softF1(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softJaccard(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softJaccard(labels: labels, probabilities: probabilities)")
public func softJaccard(_ probabilities: [Double], _ labels: [Double]) -> Double {
    softJaccard(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softJaccard(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softJaccard(labels: labels, probabilities: probabilities)")
public func softJaccard(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    softJaccard(labels: labels, probabilities: probabilities)
}

/// Old spelling of `softFBeta(labels:probabilities:beta:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softFBeta(labels: labels, probabilities: probabilities, beta: beta)")
public func softFBeta(_ probabilities: [Double], _ labels: [Double], beta: Double) -> Double {
    softFBeta(labels: labels, probabilities: probabilities, beta: beta)
}

/// Old spelling of `softFBeta(labels:probabilities:beta:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softFBeta(labels: labels, probabilities: probabilities, beta: beta)")
public func softFBeta(_ probabilities: VarVector, _ labels: [Double], beta: Double) -> Var {
    softFBeta(labels: labels, probabilities: probabilities, beta: beta)
}

/// Old spelling of `softDice(labels:probabilities:squaredDenominator:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softDice(labels: labels, probabilities: probabilities, squaredDenominator: squaredDenominator)")
public func softDice(_ probabilities: [Double], _ labels: [Double], squaredDenominator: Bool = false) -> Double {
    softDice(labels: labels, probabilities: probabilities, squaredDenominator: squaredDenominator)
}

/// Old spelling of `softDice(labels:probabilities:squaredDenominator:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: softDice(labels: labels, probabilities: probabilities, squaredDenominator: squaredDenominator)")
public func softDice(_ probabilities: VarVector, _ labels: [Double], squaredDenominator: Bool = false) -> Var {
    softDice(labels: labels, probabilities: probabilities, squaredDenominator: squaredDenominator)
}

/// Old spelling of `lovaszHinge(labels:logits:)`, logits first; same value.
@available(*, deprecated, message: "the labels come first: lovaszHinge(labels: labels, logits: logits)")
public func lovaszHinge(_ logits: [Double], _ labels: [Double]) -> Double {
    lovaszHinge(labels: labels, logits: logits)
}

/// Old spelling of `lovaszHinge(labels:logits:)`, logits first; same value.
@available(*, deprecated, message: "the labels come first: lovaszHinge(labels: labels, logits: logits)")
public func lovaszHinge(_ logits: VarVector, _ labels: [Double]) -> Var {
    lovaszHinge(labels: labels, logits: logits)
}

/// Old spelling of `smoothAP(labels:scores:temperature:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: smoothAP(labels: labels, scores: scores, temperature: temperature)")
public func smoothAP(_ scores: [Double], _ labels: [Double], temperature: Double = 0.01) -> Double {
    smoothAP(labels: labels, scores: scores, temperature: temperature)
}

/// Old spelling of `smoothAP(labels:scores:temperature:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: smoothAP(labels: labels, scores: scores, temperature: temperature)")
public func smoothAP(_ scores: VarVector, _ labels: [Double], temperature: Double = 0.01) -> Var {
    smoothAP(labels: labels, scores: scores, temperature: temperature)
}

/// Old spelling of `pairwiseAUC(labels:scores:surrogate:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: pairwiseAUC(labels: labels, scores: scores, surrogate: surrogate)")
public func pairwiseAUC(_ scores: [Double], _ labels: [Double], surrogate: PairwiseSurrogate = .sigmoid(temperature: 0.1)) -> Double {
    pairwiseAUC(labels: labels, scores: scores, surrogate: surrogate)
}

/// Old spelling of `pairwiseAUC(labels:scores:surrogate:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: pairwiseAUC(labels: labels, scores: scores, surrogate: surrogate)")
public func pairwiseAUC(_ scores: VarVector, _ labels: [Double], surrogate: PairwiseSurrogate = .sigmoid(temperature: 0.1)) -> Var {
    pairwiseAUC(labels: labels, scores: scores, surrogate: surrogate)
}

/// Old spelling of `averagePrecision(labels:scores:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: averagePrecision(labels: labels, scores: scores)")
public func averagePrecision(_ scores: [Double], _ labels: [Double]) -> Double {
    averagePrecision(labels: labels, scores: scores)
}

/// Old spelling of `rocAUC(labels:scores:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: rocAUC(labels: labels, scores: scores)")
public func rocAUC(_ scores: [Double], _ labels: [Double]) -> Double {
    rocAUC(labels: labels, scores: scores)
}
