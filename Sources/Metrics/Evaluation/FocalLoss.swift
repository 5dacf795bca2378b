import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Focal loss mean[α_t (1 − p_t)^γ · CE(z, y)] of logits: cross-entropy down-weighted on samples the model already gets right.
///
/// Lin, Goyal, Girshick, He & Dollár, "Focal Loss for Dense Object Detection"
/// (ICCV 2017), as torchvision's `ops.sigmoid_focal_loss(logits, labels, alpha, gamma, reduction="mean")`
/// computes it: p = σ(z), CE = softplus(z) − y·z (binary cross-entropy with
/// logits, no overflow), p_t = p·y + (1 − p)(1 − y) and α_t = α·y + (1 − α)(1 − y).
/// γ = 0 with no α is binary cross-entropy; γ = 2, α = 0.25 are the paper's and
/// torchvision's defaults, kept here. Note that α = 0.25 weights the positives
/// less, not more: in the paper γ already shifts attention to the rare class.
/// Edge cases: `alpha: nil` applies no α (torchvision's α = −1); α must lie in
/// [0, 1] and γ be ≥ 0.
public func focalLoss(labels: [Double], logits: [Double], alpha: Double? = 0.25, gamma: Double = 2) -> Double {
    check(focalProblem(labels: labels, logits: logits, alpha: alpha, gamma: gamma))
    return compensatedMean(labels.indices.lazy.map { i in
        let z = logits[i], y = labels[i], p = sigmoid(z)
        let pt = p * y + (1 - p) * (1 - y)
        let weight = alpha.map { $0 * y + (1 - $0) * (1 - y) } ?? 1
        return weight * (softplus(z) - y * z) * pow(1 - pt, gamma)
    })
}

/// Focal loss, differentiable in the logits (the graph of the formula: sigmoid, softplus, power).
public func focalLoss(labels: [Double], logits: VarVector, alpha: Double? = 0.25, gamma: Double = 2) -> Var {
    check(focalProblem(labels: labels, logits: logits.value, alpha: alpha, gamma: gamma))
    let p = logits.sigmoid()
    let pt = p * labels + (1 - p) * labels.map { 1 - $0 }
    let crossEntropy = logits.softplus() - logits * labels
    let weights = labels.map { y in alpha.map { $0 * y + (1 - $0) * (1 - y) } ?? 1 }
    return (crossEntropy * (1 - pt).pow(gamma) * weights).mean()
}

private func focalProblem(labels: [Double], logits: [Double], alpha: Double?, gamma: Double) -> String? {
    let function = "focalLoss(labels:logits:alpha:gamma:)"
    if let problem = rankingProblem(function, labels: labels, scores: logits, scoresName: "logits") { return problem }
    if let alpha, !(0...1).contains(alpha) { return "\(function): alpha must lie in [0, 1] (or be nil), got \(alpha)" }
    if !(gamma >= 0 && gamma.isFinite) { return "\(function): gamma must be ≥ 0 and finite, got \(gamma)" }
    return nil
}
