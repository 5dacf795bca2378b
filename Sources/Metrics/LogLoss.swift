import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Log loss −mean[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], binary cross-entropy as scikit-learn evaluates it.
///
/// scikit-learn's `log_loss`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.log_loss.html).
/// Edge cases: p and 1 − p are each clipped to [ε, 1 − ε] with ε = `Double.ulpOfOne`
/// = 2.220446049250313e-16, the float64 machine epsilon, so one confidently
/// wrong sample costs at most −log ε ≈ 36.04 (``binaryCrossEntropy(labels:probabilities:)-([Double],_)``
/// caps it at 100 instead, as PyTorch does).
public func logLoss(labels: [Double], probabilities: [Double]) -> Double {
    check(probabilityProblem("logLoss(labels:probabilities:)", labels: labels, probabilities: probabilities))
    return compensatedMean(labels.indices.lazy.map { i in
        labels[i] == 1 ? -log(clippedToEpsilon(probabilities[i])) : -log(clippedToEpsilon(1 - probabilities[i]))
    })
}

/// Log loss, differentiable: ∂/∂pᵢ = (pᵢ − yᵢ) / (n pᵢ(1 − pᵢ)) inside the clip.
///
/// The same clipping as the plain form; where p or 1 − p is clipped the
/// gradient is 0 (the clip is flat there), as in scikit-learn's formula.
public func logLoss(labels: [Double], probabilities: VarVector) -> Var {
    check(probabilityProblem("logLoss(labels:probabilities:)", labels: labels, probabilities: probabilities.value))
    let range = Double.ulpOfOne...(1 - Double.ulpOfOne)
    let logP = probabilities.clamped(to: range).log()
    let logQ = (1 - probabilities).clamped(to: range).log()
    return -(logP.dot(labels) + logQ.dot(labels.map { 1 - $0 })) / Double(labels.count)
}

/// p clipped to [ε, 1 − ε], ε the float64 machine epsilon, as scikit-learn's `log_loss` clips.
private func clippedToEpsilon(_ p: Double) -> Double {
    min(max(p, Double.ulpOfOne), 1 - Double.ulpOfOne)
}
