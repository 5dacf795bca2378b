import Autodiff

extension Var: CountScalar {
    /// The value computed in the forward pass.
    public var plainValue: Double { value }
}

extension ConfusionCounts where Scalar == Var {
    /// Differentiable soft counts from a vector of probabilities: TP = Σ pᵢyᵢ, FP = Σ pᵢ − TP,
    /// FN = Σ yᵢ − TP, TN = n − Σ pᵢ − Σ yᵢ + TP.
    ///
    /// The probabilities can be any node: σ(scores), a sigmoid threshold, a
    /// straight-through step, or the hard step itself (whose counts are the
    /// hard counts, with gradient 0).
    public static func soft(probabilities: VarVector, labels: [Double]) -> ConfusionCounts<Var> {
        softCounts("ConfusionCounts.soft(probabilities:labels:)", probabilities, labels)
    }
}

/// Soft counts of a vector node, checked in the name of `function`: two reductions, however long the vector.
func softCounts(_ function: String, _ probabilities: VarVector, _ labels: [Double]) -> ConfusionCounts<Var> {
    check(probabilityProblem(function, probabilities: probabilities.value, labels: labels))
    return softCounts(tp: probabilities.dot(labels), predicted: probabilities.sum(),
                      positives: labels.reduce(0, +), count: Double(labels.count))
}
