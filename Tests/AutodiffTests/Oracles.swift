import Autodiff
import Testing

/// SplitMix64: a small seeded generator, so every test draws the same points.
struct SeededNumbers {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }

    /// `count` numbers uniform in [low, high).
    mutating func uniform(count: Int, _ low: Double, _ high: Double) -> [Double] {
        (0..<count).map { _ in uniform(low, high) }
    }

    /// Uniform in [low, high) but at least `gap` away from every kink.
    mutating func awayFrom(_ kinks: [Double], gap: Double = 1e-3, _ low: Double, _ high: Double) -> Double {
        while true {
            let x = uniform(low, high)
            if kinks.allSatisfy({ Swift.abs(x - $0) > gap }) { return x }
        }
    }

    /// 0/1 labels, each 1 with probability ½, with at least one of each.
    mutating func labels(count: Int) -> [Double] {
        var labels = (0..<count).map { _ in Double(next() & 1) }
        labels[0] = 1
        labels[count - 1] = 0
        return labels
    }
}

/// max |a − b| / max(max |a|, max |b|): the gradient check's relative error,
/// measured against the size of the gradient so small components do not
/// dominate (0 when both are exactly 0).
func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    let scale = Swift.max(a.map { Swift.abs($0) }.max() ?? 0, b.map { Swift.abs($0) }.max() ?? 0)
    let gap = zip(a, b).map { Swift.abs($0 - $1) }.max() ?? 0
    return scale == 0 ? gap : gap / scale
}

/// Expects autodiff's gradient of `f` at `x` to match central differences
/// of the same function on plain numbers to a relative error ≤ 1e-6.
func expectMatchesFiniteDifferences(
    at x: [Double],
    _ label: String,
    autodiff f: (VarVector) -> Var,
    plain g: ([Double]) -> Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let (value, gradient) = valueWithGradient(at: x, of: f)
    let numeric = numericalGradient(at: x, of: g)
    #expect(Swift.abs(value - g(x)) <= 1e-12 * Swift.max(1, Swift.abs(value)), "\(label): value", sourceLocation: sourceLocation)
    let error = relativeError(gradient, numeric)
    #expect(error <= 1e-6, "\(label): relative error \(error)\n autodiff \(gradient)\n numeric  \(numeric)",
            sourceLocation: sourceLocation)
}

/// Σ w[i]·x[i] on plain numbers.
func weightedSum(_ w: [Double], _ x: [Double]) -> Double {
    zip(w, x).reduce(0) { $0 + $1.0 * $1.1 }
}
