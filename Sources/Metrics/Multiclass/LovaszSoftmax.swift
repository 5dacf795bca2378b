import Autodiff

/// Lovász-softmax: the Lovász extension of each present class's Jaccard loss 1 − IoU, applied to the errors |1[yᵢ = c] − pᵢ,c|, averaged over the classes present in the labels.
///
/// Berman, Rannen Triki & Blaschko, "The Lovász-Softmax loss" (CVPR 2018),
/// as the authors' `lovasz_softmax_flat(probas, labels, classes='present')`
/// computes it (github.com/bermanmaxim/LovaszSoftmax, `pytorch/lovasz_losses.py`).
/// For each class c that occurs in the labels, the errors mᵢ = |1[yᵢ = c] − pᵢ,c|
/// are sorted in decreasing order π and weighted by the Jaccard-loss increments,
/// Σₖ m_πₖ (Δ_c(π₁…πₖ) − Δ_c(π₁…πₖ₋₁)); see ``lovaszHinge(labels:logits:)-([Double],[Double])``.
/// At one-hot probabilities it is the mean over present classes of 1 − IoU,
/// a surrogate for mean IoU (`jaccard_score(…, average="macro")` over those classes).
/// Lower is better. Edge cases: classes absent from the labels are skipped even
/// when predicted; probabilities are used as given (rows need not sum to 1).
public func lovaszSoftmax(labels: [Int], probabilities: [[Double]]) -> Double {
    check(probabilityRowsProblem("lovaszSoftmax(labels:probabilities:)", labels: labels, probabilities: probabilities))
    let losses = presentClasses(labels).map { c in
        let foreground = labels.map { $0 == c ? 1.0 : 0.0 }
        let errors = labels.indices.map { Swift.abs(foreground[$0] - probabilities[$0][c]) }
        let weights = lovaszWeights(errors: errors, labels: foreground)
        return compensatedSum(errors.indices.lazy.map { errors[$0] * weights[$0] })
    }
    return compensatedSum(losses) / Double(losses.count)
}

/// Lovász-softmax, differentiable in the probabilities: ∂/∂pᵢ,c = ∓(sample i's Jaccard increment for class c) / (number of present classes).
///
/// The sign is − for the true class and + for the others while the error is
/// non-zero, and the gradient is 0 at an error of exactly 0 (|x|′(0) = 0, as
/// in PyTorch); the sort order carries no gradient.
public func lovaszSoftmax(labels: [Int], probabilities: VarMatrix) -> Var {
    check(probabilityRowsProblem("lovaszSoftmax(labels:probabilities:)", labels: labels, probabilities: probabilities.valueRows))
    let k = probabilities.columns
    let losses = presentClasses(labels).map { c in
        let foreground = labels.map { $0 == c ? 1.0 : 0.0 }
        let column = probabilities.entries.gathered(at: labels.indices.map { $0 * k + c })
        let errors = (foreground - column).abs()
        return errors.dot(lovaszWeights(errors: errors.value, labels: foreground))
    }
    return mean(losses)
}

/// The classes that occur in the labels, in increasing order.
private func presentClasses(_ labels: [Int]) -> [Int] { Array(Set(labels)).sorted() }
