import Autodiff

/// How ``pairwiseAUC(labels:scores:surrogate:)-(_,[Double],_)`` softens AUC's indicator 1[sᵢ > sⱼ] of a positive i above a negative j, d = sᵢ − sⱼ.
public enum PairwiseSurrogate: Sendable, Equatable {
    /// σ(d/τ): tends to the indicator (½ at ties) as τ → 0.
    case sigmoid(temperature: Double)
    /// 1 − log₂(1 + e⁻ᵈ): one minus the logistic pairwise loss (RankNet); a lower bound of the indicator.
    case logistic
    /// 1 − max(0, 1 − d) = min(1, d): one minus the pairwise hinge loss (RankSVM); a lower bound of the indicator.
    case hinge
}

/// Pairwise AUC: the Wilcoxon–Mann–Whitney form of ROC AUC, mean over (positive i, negative j) pairs of a soft 1[sᵢ > sⱼ].
///
/// The classic pairwise losses are 1 minus this: logistic log₂(1 + e⁻ᵈ)
/// (base 2 so that it bounds the 0/1 loss) and hinge max(0, 1 − d) (as in
/// `tensorflow/models` global_objectives `roc_auc_loss`), and the sigmoid
/// form is the smooth approximation of AUC itself (Yan, Dodier, Mozer &
/// Wolniewicz, ICML 2003). The surrogate has no default. O(|P|·|N|) pairs.
/// Edge cases: NaN with one class, like ``rocAUC(labels:scores:)``.
public func pairwiseAUC(labels: [Double], scores: [Double], surrogate: PairwiseSurrogate) -> Double {
    let function = "pairwiseAUC(labels:scores:surrogate:)"
    check(rankingProblem(function, labels: labels, scores: scores) ?? surrogate.problem(function))
    let (positives, negatives) = classes(labels)
    if positives.isEmpty || negatives.isEmpty { return .nan }
    var total = 0.0
    for i in positives {
        total += compensatedSum(negatives.lazy.map { surrogate.indicator(scores[i] - scores[$0]) })
    }
    return total / Double(positives.count * negatives.count)
}

/// Pairwise AUC, differentiable; the hinge form's kink at d = 1 takes derivative 0 (relu′(0) = 0).
public func pairwiseAUC(labels: [Double], scores: VarVector, surrogate: PairwiseSurrogate) -> Var {
    let function = "pairwiseAUC(labels:scores:surrogate:)"
    check(rankingProblem(function, labels: labels, scores: scores.value) ?? surrogate.problem(function))
    let (positives, negatives) = classes(labels)
    if positives.isEmpty || negatives.isEmpty { return Var(.nan) }
    let d = scores.gathered(at: positives.flatMap { Array(repeating: $0, count: negatives.count) })
        - scores.gathered(at: positives.flatMap { _ in negatives })
    return surrogate.indicator(d).mean()
}

extension PairwiseSurrogate: CustomStringConvertible {
    /// The soft indicator as a formula: "σ(d/0.1)", "1 − log₂(1 + e⁻ᵈ)", "min(1, d)".
    public var description: String {
        switch self {
        case .sigmoid(let temperature): "σ(d/\(temperature))"
        case .logistic: "1 − log₂(1 + e⁻ᵈ)"
        case .hinge: "min(1, d)"
        }
    }

    /// The soft indicator of d > 0 on a plain number.
    func indicator(_ d: Double) -> Double {
        switch self {
        case .sigmoid(let temperature): Autodiff.sigmoid(d / temperature)
        case .logistic: 1 - softplus(-d) / ln2
        case .hinge: 1 - relu(1 - d)
        }
    }

    /// The soft indicator of d > 0 on every element.
    func indicator(_ d: VarVector) -> VarVector {
        switch self {
        case .sigmoid(let temperature): (d / temperature).sigmoid()
        case .logistic: 1 - (-d).softplus() / ln2
        case .hinge: 1 - (1 - d).relu()
        }
    }

    func problem(_ function: String) -> String? {
        if case .sigmoid(let temperature) = self { return temperatureProblem(function, temperature: temperature) }
        return nil
    }
}

/// ln 2: log₂ x = ln x / ln 2.
private let ln2 = 0.693147180559945309417232121458176568

/// Indices of the positive and of the negative labels.
func classes(_ labels: [Double]) -> (positives: [Int], negatives: [Int]) {
    (labels.indices.filter { labels[$0] == 1 }, labels.indices.filter { labels[$0] == 0 })
}
