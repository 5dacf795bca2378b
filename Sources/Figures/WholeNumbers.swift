// Rounding done with integer conversion alone. `Double.rounded()` calls the C
// library's `round`, `floor` and `ceil`, which a lesson program that imports
// neither Foundation nor Glibc does not link; these need nothing.
// All take values well inside Int's range (callers clamp or check first).

/// The nearest whole number, halves away from zero (as `rounded()` does).
func nearestWhole(_ x: Double) -> Int {
    let truncated = Int(x)
    let rest = x - Double(truncated)
    if rest >= 0.5 { return truncated + 1 }
    if rest <= -0.5 { return truncated - 1 }
    return truncated
}

/// The largest whole number not above `x`.
func wholeBelow(_ x: Double) -> Int {
    let truncated = Int(x)
    return Double(truncated) > x ? truncated - 1 : truncated
}

/// The smallest whole number not below `x`.
func wholeAbove(_ x: Double) -> Int {
    let truncated = Int(x)
    return Double(truncated) < x ? truncated + 1 : truncated
}
