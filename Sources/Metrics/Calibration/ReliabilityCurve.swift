import Figures

/// A reliability diagram in numbers: for each bin of predicted probabilities that holds a sample, the mean prediction and how often the event happened.
///
/// A calibrated model's points lie on the diagonal: of the samples given 0.8,
/// 80 % are positive. Built by ``reliabilityCurve(labels:probabilities:bins:)-([Double],_,_)``
/// (the positive class's probability) or ``reliabilityCurve(labels:probabilities:bins:)-([Int],_,_)``
/// (the top-label confidence of many classes, as Guo et al. 2017 draw it).
public struct ReliabilityCurve: Sendable, Equatable {
    /// The number of equal-width bins [0, 1/b], (1/b, 2/b], …, ((b − 1)/b, 1].
    public let binCount: Int
    /// The index (from 0) of each non-empty bin, in increasing order; empty bins are dropped, as scikit-learn does.
    public let bins: [Int]
    /// The mean predicted probability in each non-empty bin (scikit-learn's `prob_pred`).
    public let meanProbabilities: [Double]
    /// The fraction of positives (or of correct predictions) in each non-empty bin (scikit-learn's `prob_true`).
    public let observedFrequencies: [Double]
    /// The number of samples in each non-empty bin.
    public let counts: [Int]

    /// Groups `probabilities` into `binCount` equal-width bins and averages them and `outcomes` (0/1) within each.
    ///
    /// The bin edges are NumPy's `linspace(0, 1, b + 1)` and a probability goes
    /// to the bin whose upper edge is the first edge ≥ it (`searchsorted` on the
    /// inner edges), so a probability equal to an inner edge joins the bin below.
    init(outcomes: [Double], probabilities: [Double], binCount: Int) {
        let edges = (1..<binCount).map { Double($0) * (1 / Double(binCount)) }
        var sums = [Double](repeating: 0, count: binCount), hits = sums, counts = [Int](repeating: 0, count: binCount)
        for (p, y) in zip(probabilities, outcomes) {
            let b = edges.partitioningIndex { $0 >= p }
            sums[b] += p
            hits[b] += y
            counts[b] += 1
        }
        let bins = counts.indices.filter { counts[$0] > 0 }
        self.binCount = binCount
        self.bins = bins
        self.meanProbabilities = bins.map { sums[$0] / Double(counts[$0]) }
        self.observedFrequencies = bins.map { hits[$0] / Double(counts[$0]) }
        self.counts = bins.map { counts[$0] }
    }

    /// Expected calibration error Σ_b (n_b / n) |observed_b − mean_b| over the non-empty bins.
    public var expectedCalibrationError: Double {
        let n = Double(counts.reduce(0, +))
        return compensatedSum(bins.indices.lazy.map {
            Double(self.counts[$0]) / n * Swift.abs(self.observedFrequencies[$0] - self.meanProbabilities[$0])
        })
    }

    /// One row per non-empty bin: its range, count, mean probability, observed frequency and their gap.
    public var table: Table {
        Table(columns: ["bin", "samples", "mean probability", "observed frequency", "gap"],
              rows: bins.indices.map { i in
                  let b = bins[i], width = 1 / Double(binCount)
                  let opening = b == 0 ? "[" : "("
                  let low = formatNumber(Double(b) * width, significantDigits: 3)
                  let high = formatNumber(b == binCount - 1 ? 1 : Double(b + 1) * width, significantDigits: 3)
                  let range = opening + low + ", " + high + "]"
                  return [range, counts[i], meanProbabilities[i], observedFrequencies[i],
                          observedFrequencies[i] - meanProbabilities[i]]
              },
              caption: "reliability: \(binCount) equal-width bins, ECE = \(formatNumber(expectedCalibrationError))")
    }

    /// The reliability diagram: observed frequency against mean probability, beside the diagonal of perfect calibration.
    public var plot: Plot {
        var plot = Plot(title: "reliability diagram", xLabel: "mean predicted probability", yLabel: "observed frequency",
                        xRange: 0...1, yRange: 0...1)
        plot.line("perfect calibration", xs: [0, 1], ys: [0, 1], marker: ".")
        plot.line("model", xs: meanProbabilities, ys: observedFrequencies, marker: "o")
        return plot
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate that is false then true along the array (binary search); `count` when none does.
    fileprivate func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// The reliability curve of probabilities of the positive class: scikit-learn's `calibration_curve(labels, probabilities, n_bins=bins, strategy="uniform")`.
///
/// https://scikit-learn.org/stable/modules/generated/sklearn.calibration.calibration_curve.html.
/// Equal-width bins with edges `linspace(0, 1, bins + 1)`; a probability on an
/// inner edge joins the bin below it (`searchsorted`), 0 joins the first bin and
/// 1 the last; empty bins are dropped. Edge cases: bins must be ≥ 1;
/// probabilities outside [0, 1] stop.
public func reliabilityCurve(labels: [Double], probabilities: [Double], bins: Int) -> ReliabilityCurve {
    let function = "reliabilityCurve(labels:probabilities:bins:)"
    check(probabilityProblem(function, labels: labels, probabilities: probabilities) ?? binsProblem(function, bins))
    return ReliabilityCurve(outcomes: labels, probabilities: probabilities, binCount: bins)
}

/// The top-label reliability curve of many classes: per bin of confidence (the largest probability of each row), the mean confidence and the accuracy of the argmax.
///
/// Guo, Pleiss, Sun & Weinberger, "On Calibration of Modern Neural Networks"
/// (ICML 2017), section 2. The same equal-width bins and edge rule as the
/// binary form (their intervals ((m − 1)/M, m/M]). The prediction is the first
/// column of the largest probability.
public func reliabilityCurve(labels: [Int], probabilities: [[Double]], bins: Int) -> ReliabilityCurve {
    topLabelReliability("reliabilityCurve(labels:probabilities:bins:)", labels: labels, probabilities: probabilities, bins: bins)
}

/// The top-label curve, stopping with `function`'s name on bad input.
func topLabelReliability(_ function: String, labels: [Int], probabilities: [[Double]], bins: Int) -> ReliabilityCurve {
    check(probabilityRowsProblem(function, labels: labels, probabilities: probabilities) ?? binsProblem(function, bins))
    let predicted = probabilities.map(argmax)
    return ReliabilityCurve(outcomes: labels.indices.map { predicted[$0] == labels[$0] ? 1 : 0 },
                            probabilities: probabilities.indices.map { probabilities[$0][predicted[$0]] }, binCount: bins)
}

func binsProblem(_ function: String, _ bins: Int) -> String? {
    bins >= 1 ? nil : "\(function): bins must be at least 1, got \(bins)"
}
