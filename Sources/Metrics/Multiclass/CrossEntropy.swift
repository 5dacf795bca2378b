import Autodiff

// Softmax cross-entropy: the negative log-likelihood of a categorical model
// whose logits are one row per sample. The differentiable forms take the
// logits as a `VarMatrix` (rows = samples, columns = classes), the shape a
// linear layer `X.matmul(W) + b` produces.

/// Softmax cross-entropy −(1/n) Σᵢ log softmax(zᵢ)[yᵢ] of logit rows zᵢ against class indices yᵢ.
///
/// PyTorch's `torch.nn.functional.cross_entropy(logits, labels)` (mean
/// reduction; https://pytorch.org/docs/stable/generated/torch.nn.functional.cross_entropy.html),
/// computed through log-softmax so that no logit overflows:
/// −log softmax(z)[y] = log Σⱼ e^zⱼ − z_y. Its gradient is (softmax(zᵢ) − onehot(yᵢ))/n.
/// With two columns it is binary cross-entropy of σ(z₁ − z₀). Edge cases:
/// labels must be class indices below the number of columns; never infinite
/// for finite logits.
public func crossEntropy(labels: [Int], logits: [[Double]]) -> Double {
    check(rowsProblem("crossEntropy(labels:logits:)", labels: labels, rows: logits, rowsName: "logits"))
    return compensatedMean(labels.indices.lazy.map { -logSoftmax(logits[$0])[labels[$0]] })
}

/// Softmax cross-entropy, differentiable: ∂/∂zᵢⱼ = (softmax(zᵢ)ⱼ − 1[j = yᵢ]) / n.
public func crossEntropy(labels: [Int], logits: VarMatrix) -> Var {
    check(rowsProblem("crossEntropy(labels:logits:)", labels: labels, rows: logits.valueRows, rowsName: "logits"))
    let k = logits.columns
    return -logits.logSoftmax().entries.gathered(at: labels.indices.map { $0 * k + labels[$0] }).mean()
}

/// Softmax cross-entropy −(1/n) Σᵢ Σⱼ tᵢⱼ log softmax(zᵢ)ⱼ against target distributions tᵢ (one row of class probabilities per sample).
///
/// PyTorch's `cross_entropy` with probability targets (soft labels, label
/// smoothing, distillation). With one-hot rows it equals the class-index form.
/// Edge cases: each target row must lie in [0, 1]; rows that do not sum to 1
/// are used as given, as PyTorch does.
public func crossEntropy(labels: [[Double]], logits: [[Double]]) -> Double {
    check(targetRowsProblem(labels: labels, logits: logits))
    return compensatedMean(labels.indices.lazy.map { i in
        let logP = logSoftmax(logits[i])
        return -compensatedSum(labels[i].indices.lazy.map { labels[i][$0] == 0 ? 0 : labels[i][$0] * logP[$0] })
    })
}

/// Softmax cross-entropy against target distributions, differentiable: ∂/∂zᵢⱼ = (softmax(zᵢ)ⱼ Σₖ tᵢₖ − tᵢⱼ) / n.
public func crossEntropy(labels: [[Double]], logits: VarMatrix) -> Var {
    check(targetRowsProblem(labels: labels, logits: logits.valueRows))
    return -logits.logSoftmax().entries.dot(labels.flatMap { $0 }) / Double(labels.count)
}

/// Target rows of probabilities in [0, 1] with the logits' shape, no NaN logit.
func targetRowsProblem(labels: [[Double]], logits: [[Double]]) -> String? {
    // Statements, not one `??` chain: the chain with its closures took the
    // type checker half a minute, most of the runtime's compile time.
    func problem() -> String? {
        if let problem = countProblem(labels.count, logits.count, "logits") ?? shapeProblem(labels, "labels")
            ?? shapeProblem(logits, "logits") {
            return problem
        }
        if logits[0].count != labels[0].count {
            return "labels rows have \(labels[0].count) classes but logits rows have \(logits[0].count)"
        }
        for (i, row) in labels.enumerated() {
            if let j = row.firstIndex(where: { !(0...1).contains($0) }) {
                return "labels must be probabilities in [0, 1], found \(row[j]) in row \(i), column \(j)"
            }
        }
        for (i, row) in logits.enumerated() {
            if let j = row.firstIndex(where: \.isNaN) { return "logits has NaN in row \(i), column \(j)" }
        }
        return nil
    }
    return problem().map { "crossEntropy(labels:logits:): \($0)" }
}
