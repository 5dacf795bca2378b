// Tick marks at round numbers: multiples of 1, 2, 2.5 or 5 times a power of
// ten. Values are built from integers (k × mantissa ÷ 10ⁿ), so 0.3 is the
// double nearest 0.3, never 0.30000000000000004, and labels are exact.

/// The tick marks of one axis: the axis range, round values and their labels.
struct Ticks: Equatable {
    /// The axis runs from `lower` to `upper` (lower < upper).
    var lower: Double
    var upper: Double
    /// Round values within the range, increasing.
    var values: [Double]
    /// One label per value, all with the same number of decimals.
    var labels: [String]
    /// The distance between ticks (0 when there are fewer than two).
    var step: Double

    /// Every round spacing for `lower...upper`, finest first.
    ///
    /// With `loose`, the range widens to the ticks just outside the data so
    /// both ends are labelled; otherwise it stays and only ticks inside count.
    static func candidates(_ lower: Double, _ upper: Double, loose: Bool) -> [Ticks] {
        TickStep.candidates(span: upper - lower).compactMap { step in
            make(lower, upper, step: step, loose: loose)
        }
    }

    /// The ticks at multiples of `step`, or `nil` if there would be fewer than one or too many.
    static func make(_ lower: Double, _ upper: Double, step: TickStep, loose: Bool) -> Ticks? {
        let low = lower / step.value
        let high = upper / step.value
        guard low.magnitude < 1e15, high.magnitude < 1e15 else { return nil }
        let slack = 1e-9
        let first = loose ? wholeBelow(low + slack) : wholeAbove(low - slack)
        let last = loose ? wholeAbove(high - slack) : wholeBelow(high + slack)
        guard last >= first, last - first <= 60 else { return nil }
        if loose && last == first { return nil }
        let values = (first...last).map(step.tick)
        let labels = tickLabels(values, step: step)
        guard Set(labels).count == labels.count else { return nil }
        return Ticks(
            lower: loose ? values[0] : lower, upper: loose ? values[values.count - 1] : upper,
            values: values, labels: labels, step: step.value)
    }

    /// Labels with the decimals the step needs (`0.25` → two), or significant
    /// digits in scientific form when numbers are very large or small.
    private static func tickLabels(_ values: [Double], step: TickStep) -> [String] {
        let decimals = max(0, -step.power)
        let largest = values.map(\.magnitude).max() ?? 0
        if decimals <= 5 && largest < 1e7 {
            return values.map { formatNumber($0, decimals: decimals) }
        }
        let largestPower = largest > 0 ? DecimalDigits(magnitude: largest).exponent - 1 : 0
        let digits = max(1, largestPower - step.power + 1)
        return values.map { formatNumber($0, significantDigits: digits) }
    }
}

/// A round spacing between ticks: `mantissa × 10^power`, mantissa 1, 2, 25 (2.5 × 10) or 5.
struct TickStep: Equatable {
    var mantissa: Int
    var power: Int

    var value: Double { Double(mantissa) * powerOfTen(power) }

    /// The `k`th multiple of this step, the double nearest the exact decimal.
    func tick(_ k: Int) -> Double {
        let units = Double(k * mantissa)
        return power >= 0 ? units * powerOfTen(power) : units / powerOfTen(-power)
    }

    /// Round steps from a hundredth of `span` to about `span`, increasing.
    static func candidates(span: Double) -> [TickStep] {
        guard span.isFinite, span > 0 else { return [] }
        let top = DecimalDigits(magnitude: span).exponent - 1
        return (top - 2...top + 1).flatMap { power in
            [
                TickStep(mantissa: 1, power: power), TickStep(mantissa: 2, power: power),
                TickStep(mantissa: 25, power: power - 1), TickStep(mantissa: 5, power: power),
            ]
        }
    }
}

/// 10^n for whole n, exact up to 10^22 (the range Double holds exactly).
func powerOfTen(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<n.magnitude { result *= 10 }
    return n >= 0 ? result : 1 / result
}
