import Autodiff

// The score-function estimator (REINFORCE; Williams, Machine Learning 1992):
// for choices a drawn from p_θ, ∇θ E[R(a)] = E[(R(a) − b) ∇θ log p_θ(a)] for
// any baseline b that does not depend on a. It needs no derivative of R, so R
// may be a hard metric; the price is variance, which a baseline reduces.

/// What the score-function estimator subtracts from each reward before weighting its score ∇ log p(a).
public enum ScoreFunctionBaseline: Sendable, Equatable {
    /// Nothing: the plain REINFORCE estimator.
    case none
    /// A fixed number b (e.g. a running mean kept by the caller); unbiased for any b.
    case constant(Double)
    /// For each sample, the mean reward of the other samples of the same call: unbiased, needs at least 2 samples (Kool, van Hoof & Welling, 2019).
    case leaveOneOut
}

/// A Monte Carlo estimate of ∇θ E[R]: the mean of per-sample estimates, with the samples behind it.
public struct ScoreFunctionEstimate: Sendable, Equatable {
    /// The estimate of ∇θ E[R], the mean of `sampleGradients`.
    public let gradient: [Double]
    /// Each sample's (R − b)·∇θ log p(a), in the order drawn.
    public let sampleGradients: [[Double]]
    /// Each sample's reward R(a).
    public let rewards: [Double]
    /// Per coordinate, the sample variance of `sampleGradients` (divided by S − 1; NaN for one sample); the estimate's own variance is this over S.
    public let variance: [Double]
}

/// The score-function estimate of ∇θ E[R(a)] for one class a drawn from softmax(θ) per sample, ∇θ log p(a) = onehot(a) − softmax(θ).
///
/// Each of `samples` samples draws a with ``gumbelMax(logits:using:)`` (one
/// `gumbel()` per logit), then `reward` is called on each drawn class in order.
/// The score is computed by our autodiff, as ∇ of `logSoftmax(θ)[a]`. Edge
/// cases: samples must be ≥ 1 (≥ 2 with `.leaveOneOut`).
public func scoreFunctionGradient(categoricalLogits logits: [Double], samples: Int, baseline: ScoreFunctionBaseline = .none,
                                  using random: inout SeededRandom, reward: (Int) -> Double) -> ScoreFunctionEstimate {
    let function = "scoreFunctionGradient(categoricalLogits:samples:baseline:using:reward:)"
    check(logitsProblem(function, logits) ?? samplesProblem(function, samples, baseline))
    let choices = (0..<samples).map { _ in gumbelMax(logits: logits, using: &random) }
    let scores = choices.map { a in gradient(at: logits) { (theta: VarVector) in theta.logSoftmax()[a] } }
    return estimate(scores: scores, rewards: choices.map(reward), baseline: baseline)
}

/// The score-function estimate of ∇θ E[R(b)] for independent decisions bᵢ ~ Bernoulli(σ(θᵢ)), ∇θ log p(b) = b − σ(θ).
///
/// The choice the course's thresholded metrics make: each sample draws a whole
/// vector of 0/1 predictions, bᵢ = 1 when `uniform()` < σ(θᵢ) (one draw per
/// element, in order), and `reward` scores it (F1 against the labels, say).
/// The score is computed by our autodiff, as ∇ of Σᵢ bᵢθᵢ − softplus(θᵢ).
/// Edge cases: samples must be ≥ 1 (≥ 2 with `.leaveOneOut`).
public func scoreFunctionGradient(bernoulliLogits logits: [Double], samples: Int, baseline: ScoreFunctionBaseline = .none,
                                  using random: inout SeededRandom, reward: ([Double]) -> Double) -> ScoreFunctionEstimate {
    let function = "scoreFunctionGradient(bernoulliLogits:samples:baseline:using:reward:)"
    check(logitsProblem(function, logits) ?? samplesProblem(function, samples, baseline))
    let probabilities = logits.map(sigmoid)
    let draws = (0..<samples).map { _ in probabilities.map { random.uniform() < $0 ? 1.0 : 0.0 } }
    let scores = draws.map { b in gradient(at: logits) { (theta: VarVector) in (theta.dot(b) - theta.softplus().sum()) } }
    return estimate(scores: scores, rewards: draws.map(reward), baseline: baseline)
}

private func samplesProblem(_ function: String, _ samples: Int, _ baseline: ScoreFunctionBaseline) -> String? {
    let needed = baseline == .leaveOneOut ? 2 : 1
    return samples >= needed ? nil : "\(function): samples must be at least \(needed), got \(samples)"
}

private func estimate(scores: [[Double]], rewards: [Double], baseline: ScoreFunctionBaseline) -> ScoreFunctionEstimate {
    let s = Double(rewards.count), total = rewards.reduce(0, +)
    let perSample = scores.indices.map { m in
        let b: Double
        switch baseline {
        case .none: b = 0
        case .constant(let c): b = c
        case .leaveOneOut: b = (total - rewards[m]) / (s - 1)
        }
        return scores[m].map { (rewards[m] - b) * $0 }
    }
    let dimensions = scores[0].indices
    let mean = dimensions.map { j in compensatedSum(perSample.lazy.map { $0[j] }) / s }
    let variance = dimensions.map { j in
        compensatedSum(perSample.lazy.map { ($0[j] - mean[j]) * ($0[j] - mean[j]) }) / (s - 1)
    }
    return ScoreFunctionEstimate(gradient: mean, sampleGradients: perSample, rewards: rewards,
                                 variance: rewards.count == 1 ? variance.map { _ in .nan } : variance)
}
