/// A bootstrap percentile confidence interval: how much a statistic could move had we drawn another sample of the same size.
public struct BootstrapInterval: Sendable, Equatable {
    /// The statistic on the data as given.
    public let estimate: Double
    /// The lower end: the (1 − confidence)/2 quantile of the resampled statistics.
    public let lower: Double
    /// The upper end: the (1 + confidence)/2 quantile of the resampled statistics.
    public let upper: Double
    /// The confidence level, e.g. 0.95.
    public let confidence: Double
    /// The statistic on each resample, in the order drawn.
    public let values: [Double]
}

/// The bootstrap percentile interval of a statistic of labels and scores (F1 at a threshold, average precision, …), from resamples drawn with `SeededRandom(seed:)`.
///
/// Efron & Tibshirani, "An Introduction to the Bootstrap" (1993), ch. 13.
/// Each of `resamples` resamples draws n sample indices with replacement,
/// `integer(below: n)` n times from one generator started at `seed`, and keeps
/// labels and scores of a sample together. The interval's ends are the
/// (1 − c)/2 and (1 + c)/2 quantiles of the resampled statistics, interpolated
/// linearly between order statistics as NumPy's `percentile` does
/// (position q·(B − 1) in the sorted values). Edge cases: a resample may hold
/// one class only, and the statistic sees it as it is (F1 and precision then
/// follow their zero-division rule); a NaN statistic (ROC AUC of one class)
/// makes both ends NaN. resamples must be ≥ 1 and confidence in (0, 1).
public func bootstrap(labels: [Double], scores: [Double], resamples: Int, confidence: Double = 0.95, seed: UInt64,
                      statistic: ([Double], [Double]) -> Double) -> BootstrapInterval {
    let function = "bootstrap(labels:scores:resamples:confidence:seed:statistic:)"
    check(rankingProblem(function, labels: labels, scores: scores) ?? bootstrapProblem(function, resamples, confidence))
    return resampled(count: labels.count, resamples: resamples, confidence: confidence, seed: seed) { indices in
        statistic(indices.map { labels[$0] }, indices.map { scores[$0] })
    }
}

/// The bootstrap percentile interval of a statistic of any samples (pairs of class indices, rows, …), drawn as for the labelled form.
public func bootstrap<Sample>(_ samples: [Sample], resamples: Int, confidence: Double = 0.95, seed: UInt64,
                              statistic: ([Sample]) -> Double) -> BootstrapInterval {
    let function = "bootstrap(_:resamples:confidence:seed:statistic:)"
    check((samples.isEmpty ? "\(function): samples is empty" : nil) ?? bootstrapProblem(function, resamples, confidence))
    return resampled(count: samples.count, resamples: resamples, confidence: confidence, seed: seed) { indices in
        statistic(indices.map { samples[$0] })
    }
}

private func bootstrapProblem(_ function: String, _ resamples: Int, _ confidence: Double) -> String? {
    if resamples < 1 { return "\(function): resamples must be at least 1, got \(resamples)" }
    if !(confidence > 0 && confidence < 1) { return "\(function): confidence must lie in (0, 1), got \(confidence)" }
    return nil
}

private func resampled(count n: Int, resamples: Int, confidence: Double, seed: UInt64,
                       statistic: ([Int]) -> Double) -> BootstrapInterval {
    var random = SeededRandom(seed: seed)
    let values = (0..<resamples).map { _ in statistic((0..<n).map { _ in random.integer(below: n) }) }
    let estimate = statistic(Array(0..<n))
    guard !values.contains(where: \.isNaN) else {
        return BootstrapInterval(estimate: estimate, lower: .nan, upper: .nan, confidence: confidence, values: values)
    }
    let sorted = values.sorted()
    return BootstrapInterval(estimate: estimate, lower: quantile(sorted, (1 - confidence) / 2),
                             upper: quantile(sorted, (1 + confidence) / 2), confidence: confidence, values: values)
}

/// NumPy's `percentile(…, method="linear")` of sorted values, q in [0, 1].
func quantile(_ sorted: [Double], _ q: Double) -> Double {
    let position = q * Double(sorted.count - 1)
    let below = Int(position.rounded(.down)), fraction = position - Double(below)
    guard below + 1 < sorted.count else { return sorted[sorted.count - 1] }
    return sorted[below] + fraction * (sorted[below + 1] - sorted[below])
}
