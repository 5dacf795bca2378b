import Autodiff

extension Var: CountScalar {
    /// The value computed in the forward pass.
    public var plainValue: Double { value }
}

extension ConfusionCounts where Scalar == Var {
    /// Differentiable soft counts of a vector of probabilities: TP = Σ pᵢyᵢ, FP = Σ pᵢ − TP,
    /// FN = Σ yᵢ − TP, TN = n − Σ pᵢ − Σ yᵢ + TP.
    ///
    /// The probabilities can be any node: σ(scores), a sigmoid threshold, a
    /// straight-through step, or the hard step itself (whose counts are the
    /// hard counts, with gradient 0). ∂TP/∂pᵢ = yᵢ, ∂FP/∂pᵢ = 1 − yᵢ.
    public static func soft(labels: [Double], probabilities: VarVector) -> ConfusionCounts<Var> {
        softCounts("ConfusionCounts.soft(labels:probabilities:)", labels, probabilities: probabilities)
    }
}

/// Soft counts of a vector node, checked in the name of `function`: two reductions, however long the vector.
func softCounts(_ function: String, _ labels: [Double], probabilities: VarVector) -> ConfusionCounts<Var> {
    check(probabilityProblem(function, labels: labels, probabilities: probabilities.value))
    return softCounts(tp: probabilities.dot(labels), predicted: probabilities.sum(),
                      positives: labels.reduce(0, +), count: Double(labels.count))
}
