/// Expected calibration error Σ_b (n_b / n) |ȳ_b − p̄_b| of probabilities of the positive class in `bins` equal-width bins.
///
/// The gap between the reliability curve and the diagonal, weighted by how
/// many samples each bin holds (Naeini, Cooper & Hauskrecht, AAAI 2015), on the
/// bins of ``reliabilityCurve(labels:probabilities:bins:)-([Double],_,_)``: edges
/// `linspace(0, 1, bins + 1)`, a probability on an inner edge in the bin below.
/// This is the positive-class (reliability-diagram) form, as torchmetrics'
/// `BinaryCalibrationError(norm="l1")` computes it; the top-label form on two
/// columns [1 − p, p] bins max(p, 1 − p) instead and gives another number.
/// Not a proper scoring rule: it depends on the number of bins, and a model
/// that always predicts the base rate scores 0. Edge cases: bins must be ≥ 1.
public func expectedCalibrationError(labels: [Double], probabilities: [Double], bins: Int) -> Double {
    let function = "expectedCalibrationError(labels:probabilities:bins:)"
    check(probabilityProblem(function, labels: labels, probabilities: probabilities) ?? binsProblem(function, bins))
    return ReliabilityCurve(outcomes: labels, probabilities: probabilities, binCount: bins).expectedCalibrationError
}

/// Top-label expected calibration error Σ_b (n_b / n) |acc_b − conf_b| of probability rows (Guo et al., ICML 2017, eq. 3).
///
/// Each sample's confidence is its largest probability and it is correct when
/// that column (the first, on a tie) is its label; bins as for the binary form,
/// Guo et al.'s intervals ((m − 1)/M, m/M]. Guo et al. use M = 15 bins.
public func expectedCalibrationError(labels: [Int], probabilities: [[Double]], bins: Int) -> Double {
    topLabelReliability("expectedCalibrationError(labels:probabilities:bins:)", labels: labels,
                        probabilities: probabilities, bins: bins).expectedCalibrationError
}
