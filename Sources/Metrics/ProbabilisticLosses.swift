#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Log loss (binary cross-entropy as scikit-learn evaluates it): −mean[y log p + (1 − y) log(1 − p)].
///
/// scikit-learn's `log_loss`: p and 1 − p are each clipped to [ε, 1 − ε]
/// with ε = `Double.ulpOfOne` = 2.220446049250313e-16, the float64 machine
/// epsilon, so one confidently wrong sample costs at most −log ε ≈ 36.04.
public func logLoss(_ probabilities: [Double], _ labels: [Double]) -> Double {
    check(probabilityProblem("logLoss(_:_:)", probabilities: probabilities, labels: labels))
    let epsilon = Double.ulpOfOne
    func clipped(_ p: Double) -> Double { min(max(p, epsilon), 1 - epsilon) }
    return compensatedMean(labels.indices.lazy.map { i in
        labels[i] == 1 ? -log(clipped(probabilities[i])) : -log(clipped(1 - probabilities[i]))
    })
}

/// Hinge loss mean max(0, 1 − ỹ·d) of decision values d, with labels 0 → ỹ = −1 and 1 → ỹ = +1.
///
/// scikit-learn's binary `hinge_loss`, except that the encoding is fixed:
/// scikit-learn maps a lone class in `y_true` to −1 even when it is 1.
public func hingeLoss(_ decisions: [Double], _ labels: [Double]) -> Double {
    check(rankingProblem("hingeLoss(_:_:)", scores: decisions, labels: labels, scoresName: "decisions"))
    return compensatedMean(labels.indices.lazy.map { i in
        max(0, 1 - (2 * labels[i] - 1) * decisions[i])
    })
}
