import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temperature T fitted to held-out logits: dividing logits by T changes how confident the model is, never which class it predicts.
///
/// Made by ``temperatureScaling(labels:logits:)-([Int],_)`` (many classes, softmax)
/// or ``temperatureScaling(labels:logits:)-([Double],_)`` (two classes, sigmoid).
public struct TemperatureFit: Sendable, Equatable {
    /// The fitted temperature T > 0: above 1 the model was overconfident, below 1 underconfident.
    public let temperature: Double
    /// The mean negative log-likelihood at T = 1 (the logits as given).
    public let lossBefore: Double
    /// The mean negative log-likelihood at the fitted T.
    public let lossAfter: Double
    /// How many derivatives the search evaluated.
    public let steps: Int

    /// Softmax of each row of logits divided by T.
    public func probabilities(logits: [[Double]]) -> [[Double]] {
        logits.map { row in softmax(row.map { $0 / temperature }) }
    }

    /// σ(z / T) for each logit.
    public func probabilities(logits: [Double]) -> [Double] { logits.map { sigmoid($0 / temperature) } }
}

/// Temperature scaling: the T > 0 that minimises the softmax cross-entropy of logits / T on the given (validation) samples.
///
/// Guo, Pleiss, Sun & Weinberger, "On Calibration of Modern Neural Networks"
/// (ICML 2017), section 4.2. The loss is convex in β = 1/T, so its derivative
/// with respect to u = log T changes sign once. We evaluate that derivative
/// with our autodiff and bisect on its sign over T ∈ [10⁻³, 10³] until the
/// interval in u is shorter than 10⁻¹² (about 45 steps), with no step size to
/// tune and the same result on every run. Edge cases: when the loss still falls
/// at an end of the interval (data the logits separate perfectly want T → 0,
/// logits that point the wrong way want T → ∞) that end is returned.
public func temperatureScaling(labels: [Int], logits: [[Double]]) -> TemperatureFit {
    check(rowsProblem("temperatureScaling(labels:logits:)", labels: labels, rows: logits, rowsName: "logits"))
    let flat = logits.flatMap { $0 }, k = logits[0].count
    return fitTemperature { inverse in
        let scaled = VarMatrix(rows: logits.count, columns: k, entries: VarVector(constant: flat) * inverse)
        return crossEntropy(labels: labels, logits: scaled)
    }
}

/// Temperature scaling for two classes: the T > 0 that minimises the binary cross-entropy of σ(z / T), fitted as for many classes.
///
/// The loss is mean[softplus(z/T) − y·z/T], the negative log-likelihood of
/// the labels under p = σ(z/T), computed without overflow.
public func temperatureScaling(labels: [Double], logits: [Double]) -> TemperatureFit {
    check(rankingProblem("temperatureScaling(labels:logits:)", labels: labels, scores: logits, scoresName: "logits"))
    return fitTemperature { inverse in
        let scaled = VarVector(constant: logits) * inverse
        return (scaled.softplus() - scaled * labels).mean()
    }
}

/// Bisection on the sign of d loss / d log T, the loss given as a function of 1/T.
private func fitTemperature(_ loss: (Var) -> Var) -> TemperatureFit {
    // d loss/du for u = log T, and the loss, at u.
    func evaluate(_ u: Double) -> (loss: Double, slope: Double) {
        let logT = Var(u)
        let value = loss(exp(-logT))
        value.backward()
        return (value.value, logT.grad)
    }
    var steps = 2
    var low = log(1e-3), high = log(1e3)
    let lowSlope = evaluate(low).slope, highSlope = evaluate(high).slope
    if lowSlope >= 0 { high = low } else if highSlope <= 0 { low = high }
    while high - low > 1e-12 {
        let middle = (low + high) / 2
        steps += 1
        let slope = evaluate(middle).slope
        if slope == 0 { (low, high) = (middle, middle) } else if slope > 0 { high = middle } else { low = middle }
    }
    let u = (low + high) / 2
    return TemperatureFit(temperature: exp(u), lossBefore: evaluate(0).loss, lossAfter: evaluate(u).loss, steps: steps)
}
