/// Mean squared error mean (tᵢ − eᵢ)², scikit-learn's `mean_squared_error`.
public func meanSquaredError(_ truth: [Double], _ estimate: [Double]) -> Double {
    check(valuesProblem("meanSquaredError(_:_:)", ("truth", truth), ("estimate", estimate)))
    return squaredErrorMean(truth, estimate)
}

/// Mean absolute error mean |tᵢ − eᵢ|, scikit-learn's `mean_absolute_error`.
public func meanAbsoluteError(_ truth: [Double], _ estimate: [Double]) -> Double {
    check(valuesProblem("meanAbsoluteError(_:_:)", ("truth", truth), ("estimate", estimate)))
    return compensatedMean(truth.indices.lazy.map { abs(truth[$0] - estimate[$0]) })
}

/// mean (tᵢ − eᵢ)² of already checked vectors.
func squaredErrorMean(_ truth: [Double], _ estimate: [Double]) -> Double {
    compensatedMean(truth.indices.lazy.map { (truth[$0] - estimate[$0]) * (truth[$0] - estimate[$0]) })
}
