import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Binary cross-entropy with weights: the simplest answer to class imbalance,
// making each positive (or each sample) count more in the mean. Each log is
// floored at −100 as in `binaryCrossEntropy(labels:probabilities:)`.

/// Weighted binary cross-entropy −(1/n) Σᵢ wᵢ[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], one weight per sample.
///
/// PyTorch's `BCELoss(weight=w)` with mean reduction: the weighted sum over n,
/// not over Σw (scikit-learn's `log_loss(sample_weight=w)` divides by Σw
/// instead). With `balancedWeights(labels:)` each class contributes equally.
/// Edge cases: weights must be ≥ 0 and as many as the labels.
public func binaryCrossEntropy(labels: [Double], probabilities: [Double], weights: [Double]) -> Double {
    let function = "binaryCrossEntropy(labels:probabilities:weights:)"
    check(probabilityProblem(function, labels: labels, probabilities: probabilities) ?? weightsProblem(function, labels, weights))
    return compensatedMean(labels.indices.lazy.map { i in
        let p = probabilities[i], y = labels[i]
        return -weights[i] * (y * log(max(p, logFloor)) + (1 - y) * log(max(1 - p, logFloor)))
    })
}

/// Weighted binary cross-entropy, differentiable: ∂/∂pᵢ = wᵢ(pᵢ − yᵢ) / (n pᵢ(1 − pᵢ)) away from the floor.
public func binaryCrossEntropy(labels: [Double], probabilities: VarVector, weights: [Double]) -> Var {
    let function = "binaryCrossEntropy(labels:probabilities:weights:)"
    check(probabilityProblem(function, labels: labels, probabilities: probabilities.value) ?? weightsProblem(function, labels, weights))
    let logP = max(probabilities, logFloor).log()
    let logQ = max(1 - probabilities, logFloor).log()
    return -(logP.dot(zip(weights, labels).map(*)) + logQ.dot(zip(weights, labels).map { $0 * (1 - $1) })) / Double(labels.count)
}

/// Binary cross-entropy with the positive class weighted: −(1/n) Σᵢ [w₊ yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)].
///
/// PyTorch's `BCEWithLogitsLoss(pos_weight=w₊)` on p = σ(z), mean reduction.
/// w₊ = (negatives / positives) makes the two classes weigh the same in total.
/// Edge cases: w₊ must be ≥ 0 and finite; w₊ = 1 is the plain loss.
public func binaryCrossEntropy(labels: [Double], probabilities: [Double], positiveWeight: Double) -> Double {
    let function = "binaryCrossEntropy(labels:probabilities:positiveWeight:)"
    check(probabilityProblem(function, labels: labels, probabilities: probabilities) ?? positiveWeightProblem(function, positiveWeight))
    return binaryCrossEntropy(labels: labels, probabilities: probabilities,
                              weights: labels.map { $0 == 1 ? positiveWeight : 1 })
}

/// Binary cross-entropy with the positive class weighted, differentiable.
public func binaryCrossEntropy(labels: [Double], probabilities: VarVector, positiveWeight: Double) -> Var {
    let function = "binaryCrossEntropy(labels:probabilities:positiveWeight:)"
    check(probabilityProblem(function, labels: labels, probabilities: probabilities.value) ?? positiveWeightProblem(function, positiveWeight))
    return binaryCrossEntropy(labels: labels, probabilities: probabilities,
                              weights: labels.map { $0 == 1 ? positiveWeight : 1 })
}

/// Per-sample weights n / (k · n_c) for a sample of class c, k the number of classes present: scikit-learn's `compute_sample_weight("balanced", labels)`.
///
/// https://scikit-learn.org/stable/modules/generated/sklearn.utils.class_weight.compute_sample_weight.html.
/// Each class's weights then sum to n/k, so every class counts as much as a
/// balanced data set's would. Edge cases: one class only gives weight 1 everywhere.
public func balancedWeights(labels: [Double]) -> [Double] {
    check(labels.isEmpty ? "balancedWeights(labels:): labels is empty" : labelProblem(labels).map { "balancedWeights(labels:): \($0)" })
    let positives = labels.reduce(0, +), n = Double(labels.count)
    let classes = positives == 0 || positives == n ? 1.0 : 2.0
    return labels.map { n / (classes * ($0 == 1 ? positives : n - positives)) }
}

private func weightsProblem(_ function: String, _ labels: [Double], _ weights: [Double]) -> String? {
    if weights.count != labels.count { return "\(function): labels has \(labels.count) elements but weights has \(weights.count)" }
    return weights.indices.first { !(weights[$0] >= 0 && weights[$0].isFinite) }.map {
        "\(function): weights must be ≥ 0 and finite, found \(weights[$0]) at index \($0)"
    }
}

private func positiveWeightProblem(_ function: String, _ weight: Double) -> String? {
    weight >= 0 && weight.isFinite ? nil : "\(function): positiveWeight must be ≥ 0 and finite, got \(weight)"
}
