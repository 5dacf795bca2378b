// Choosing what the axes show: the ranges, and tick labels that are round,
// readable and fit the width.

extension Plot {
    /// The x range drawn: the author's, else the data's, widened when it is a single value.
    func resolvedXRange() -> (Double, Double) {
        if let xRange, xRange.lowerBound.isFinite, xRange.upperBound.isFinite,
            xRange.upperBound > xRange.lowerBound
        {
            return (xRange.lowerBound, xRange.upperBound)
        }
        let xs = series.flatMap(\.finitePoints).map(\.x)
        return widened(xs.min() ?? 0, xs.max() ?? 1)
    }

    /// The y ticks: within the author's range, or at round values around the data shown.
    func chooseYTicks(rows: Int, xLower: Double, xUpper: Double) -> Ticks {
        let lower: Double
        let upper: Double
        let loose: Bool
        if let yRange, yRange.lowerBound.isFinite, yRange.upperBound.isFinite,
            yRange.upperBound > yRange.lowerBound
        {
            (lower, upper, loose) = (yRange.lowerBound, yRange.upperBound, false)
        } else {
            let ys = series.flatMap(\.finitePoints).filter { $0.x >= xLower && $0.x <= xUpper }.map(\.y)
            (lower, upper) = widened(ys.min() ?? 0, ys.max() ?? 1)
            loose = true
        }
        // At least two and a quarter rows between labels keeps them readable.
        let candidates = Ticks.candidates(lower, upper, loose: loose)
        let readable = candidates.first { ticks in
            ticks.values.count >= 2 && Double(rows - 1) * ticks.step / (ticks.upper - ticks.lower) >= 2.25
        }
        // Too few rows for that: the fewest intervals, on the tightest range.
        let fewest = candidates.filter { $0.values.count >= 2 }.min { $0.values.count < $1.values.count }
        return readable ?? fewest ?? candidates.last
            ?? Ticks(lower: lower, upper: upper, values: [], labels: [], step: 0)
    }

    /// The finest x ticks whose labels fit, and the columns of the drawing area.
    ///
    /// A few columns may stay free on the right so that the last label centres
    /// under its tick; the x axis runs on through them.
    func chooseXTicks(
        _ xLower: Double, _ xUpper: Double, yTicks: Ticks, left: Int, width: Int, rows: Int, style: Style
    ) -> (Ticks, Int) {
        let candidates = Ticks.candidates(xLower, xUpper, loose: false)
        let longestLabel = candidates.flatMap(\.labels).map(\.columns).max() ?? 0
        var best: (ticks: Ticks, columns: Int)?
        for strict in [true, false] where best == nil {
            for reserve in 0...max(3, longestLabel / 2) {
                let columns = width - left - reserve
                guard columns >= 4 else { continue }
                let canvas = Canvas(
                    columns: columns, rows: rows, style: style, x: xLower...xUpper, y: yTicks.lower...yTicks.upper)
                let fitting = candidates.first { ticks in
                    xLabelsFit(ticks, canvas: canvas, left: left, width: width, strict: strict)
                }
                if let fitting, best.map({ fitting.step < $0.ticks.step }) ?? true {
                    best = (fitting, columns)
                }
            }
        }
        return (
            best?.ticks ?? Ticks(lower: xLower, upper: xUpper, values: [], labels: [], step: 0),
            best?.columns ?? max(1, width - left)
        )
    }

    /// Whether the x labels fit in `width` without touching; strictly, also
    /// at least two ticks at least eight columns apart.
    private func xLabelsFit(_ ticks: Ticks, canvas: Canvas, left: Int, width: Int, strict: Bool) -> Bool {
        guard ticks.values.count >= (strict ? 2 : 1) else { return false }
        var previous: (column: Int, end: Int)?
        for (value, label) in zip(ticks.values, ticks.labels) {
            guard let column = canvas.column(of: value) else { return false }
            let start = labelStart(label, column: column, left: left, width: width)
            let end = start + label.columns
            guard start >= 0, end <= width else { return false }
            if let previous {
                if start < previous.end + 2 { return false }
                if strict && column - previous.column < 8 { return false }
            }
            previous = (column, end)
        }
        return true
    }

    /// Where a tick label starts: centred under its tick.
    func labelStart(_ label: String, column: Int, left: Int, width: Int) -> Int {
        left + column - (label.columns - 1) / 2
    }
}

/// A range that is not a single value: a lone value `v` becomes `v ± 10^⌊log₁₀|v|⌋` (or ±1 at 0).
func widened(_ lower: Double, _ upper: Double) -> (Double, Double) {
    let scale = max(lower.magnitude, upper.magnitude)
    if upper - lower > 1e-12 * scale { return (lower, upper) }
    let middle = (lower + upper) / 2
    let unit = middle == 0 ? 1 : powerOfTen(DecimalDigits(magnitude: middle.magnitude).exponent - 1)
    return (middle - unit, middle + unit)
}
