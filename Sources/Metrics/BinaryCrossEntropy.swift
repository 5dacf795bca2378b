import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Binary cross-entropy −mean[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], the Bernoulli negative log-likelihood.
///
/// PyTorch's `torch.nn.BCELoss` (https://pytorch.org/docs/stable/generated/torch.nn.BCELoss.html).
/// Edge cases: each log is kept ≥ −100, as `BCELoss` does (by taking the log
/// of max(p, e⁻¹⁰⁰)), so one confidently wrong sample costs 100;
/// ``logLoss(labels:probabilities:)-([Double],_)`` clips p at the float64
/// epsilon instead, capping it at 36.04.
public func binaryCrossEntropy(labels: [Double], probabilities: [Double]) -> Double {
    check(probabilityProblem("binaryCrossEntropy(labels:probabilities:)", labels: labels, probabilities: probabilities))
    return compensatedMean(labels.indices.lazy.map { i in
        let p = probabilities[i], y = labels[i]
        return -(y * log(max(p, logFloor)) + (1 - y) * log(max(1 - p, logFloor)))
    })
}

/// Binary cross-entropy, differentiable: ∂/∂pᵢ = (pᵢ − yᵢ) / (n pᵢ(1 − pᵢ)) away from the floor, 0 where the floor applies.
public func binaryCrossEntropy(labels: [Double], probabilities: VarVector) -> Var {
    check(probabilityProblem("binaryCrossEntropy(labels:probabilities:)", labels: labels, probabilities: probabilities.value))
    let logP = max(probabilities, logFloor).log()
    let logQ = max(1 - probabilities, logFloor).log()
    return -(logP.dot(labels) + logQ.dot(labels.map { 1 - $0 })) / Double(labels.count)
}

/// e⁻¹⁰⁰: the smallest number whose log counts, so that each log is ≥ −100.
let logFloor = exp(-100.0)
