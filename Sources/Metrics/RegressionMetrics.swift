import Autodiff

/// Mean squared error mean (yᵢ − ŷᵢ)² of predictions ŷ against targets y.
///
/// scikit-learn's `mean_squared_error`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.mean_squared_error.html).
/// Edge cases: 0 for identical vectors; empty, unequal lengths or NaN stop.
public func meanSquaredError(targets: [Double], predictions: [Double]) -> Double {
    check(valuesProblem("meanSquaredError(targets:predictions:)", ("targets", targets), ("predictions", predictions)))
    return squaredErrorMean(targets, predictions)
}

/// Mean squared error, differentiable: ∂/∂ŷᵢ = 2(ŷᵢ − yᵢ)/n.
public func meanSquaredError(targets: [Double], predictions: VarVector) -> Var {
    check(valuesProblem("meanSquaredError(targets:predictions:)", ("targets", targets), ("predictions", predictions.value)))
    let errors: VarVector = predictions - targets
    return errors.dot(errors) / Double(targets.count)
}

/// Mean absolute error mean |yᵢ − ŷᵢ| of predictions ŷ against targets y.
///
/// scikit-learn's `mean_absolute_error`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.mean_absolute_error.html).
/// Edge cases: 0 for identical vectors; empty, unequal lengths or NaN stop.
public func meanAbsoluteError(targets: [Double], predictions: [Double]) -> Double {
    check(valuesProblem("meanAbsoluteError(targets:predictions:)", ("targets", targets), ("predictions", predictions)))
    return compensatedMean(targets.indices.lazy.map { abs(targets[$0] - predictions[$0]) })
}

/// Mean absolute error, differentiable: ∂/∂ŷᵢ = sign(ŷᵢ − yᵢ)/n, a subgradient.
///
/// |x| has no derivative at 0; where ŷᵢ = yᵢ this takes 0, the convention
/// |x|′(0) = 0 of `Var.abs()` and of PyTorch's `L1Loss` (sign(0) = 0, the
/// subgradient of smallest norm).
public func meanAbsoluteError(targets: [Double], predictions: VarVector) -> Var {
    check(valuesProblem("meanAbsoluteError(targets:predictions:)", ("targets", targets), ("predictions", predictions.value)))
    return (predictions - targets).abs().mean()
}

/// mean (yᵢ − ŷᵢ)² of already checked vectors.
func squaredErrorMean(_ targets: [Double], _ predictions: [Double]) -> Double {
    compensatedMean(targets.indices.lazy.map { (targets[$0] - predictions[$0]) * (targets[$0] - predictions[$0]) })
}
