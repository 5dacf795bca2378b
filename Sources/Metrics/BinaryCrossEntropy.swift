import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Binary cross-entropy −mean[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], the Bernoulli negative log-likelihood.
///
/// Each log is kept ≥ −100, as PyTorch's `BCELoss` does (by taking the log of
/// max(p, e⁻¹⁰⁰)); where that floor applies the gradient is 0. scikit-learn's
/// ``logLoss(_:_:)`` instead clips p at the float64 epsilon, capping one
/// sample's loss at 36.04 rather than 100.
public func binaryCrossEntropy(_ probabilities: [Double], _ labels: [Double]) -> Double {
    check(probabilityProblem("binaryCrossEntropy(_:_:)", probabilities: probabilities, labels: labels))
    return compensatedMean(labels.indices.lazy.map { i in
        let p = probabilities[i], y = labels[i]
        return -(y * log(max(p, logFloor)) + (1 - y) * log(max(1 - p, logFloor)))
    })
}

/// Binary cross-entropy, differentiable: ∂/∂pᵢ = (pᵢ − yᵢ) / (n pᵢ(1 − pᵢ)) away from the floor.
public func binaryCrossEntropy(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    check(probabilityProblem("binaryCrossEntropy(_:_:)", probabilities: probabilities.value, labels: labels))
    let logP = max(probabilities, logFloor).log()
    let logQ = max(1 - probabilities, logFloor).log()
    return -(logP.dot(labels) + logQ.dot(labels.map { 1 - $0 })) / Double(labels.count)
}

/// e⁻¹⁰⁰: the smallest number whose log counts, so that each log is ≥ −100.
private let logFloor = exp(-100.0)
