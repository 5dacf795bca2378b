import Autodiff

// Perturbed optimizers (Berthet, Blondel, Teboul, Cuturi, Vert & Bach,
// "Learning with Differentiable Perturbed Optimizers", NeurIPS 2020): a
// discrete solver y*(θ) (argmax, ranks) is smoothed by averaging it over
// Gaussian perturbations, y_σ(θ) = E[y*(θ + σZ)], Z ~ N(0, I). Its Jacobian is
// again an expectation, J = E[y*(θ + σZ) Zᵀ] / σ (their Proposition 3.1 with
// ν(z) = ‖z‖²/2), so both are estimated from the same M samples. The noise is
// `normal()` from the caller's generator, M·n draws, sample after sample.

/// The perturbed argmax y_σ(θ): the mean over M Gaussian perturbations of the one-hot vector of argmax(θ + σZ), an estimate of each element's chance to be largest.
///
/// As σ → 0 it tends to the one-hot argmax; larger σ spreads it. Edge cases:
/// σ must be positive and finite and samples ≥ 1; NaN stops.
public func perturbedArgmax(_ values: [Double], sigma: Double, samples: Int, using random: inout SeededRandom) -> [Double] {
    perturbed("perturbedArgmax(_:sigma:samples:using:)", values, sigma, samples, &random, solver: oneHotArgmax).mean
}

/// The perturbed argmax, differentiable: its gradient is the Monte Carlo Jacobian E[y*(θ + σZ) Zᵀ]/σ of the same samples.
public func perturbedArgmax(_ values: VarVector, sigma: Double, samples: Int, using random: inout SeededRandom) -> VarVector {
    let estimate = perturbed("perturbedArgmax(_:sigma:samples:using:)", values.value, sigma, samples, &random, solver: oneHotArgmax)
    return estimate.node(values)
}

/// Perturbed ranks y_σ(θ): the mean over M Gaussian perturbations of the ranks of θ + σZ (1 = smallest when ascending, largest when descending).
///
/// Berthet et al. (2020), section 5 (ranking). The ranks of a perturbed
/// vector have no ties (almost surely). As σ → 0 they tend to the hard ranks.
public func perturbedRanks(_ values: [Double], sigma: Double, samples: Int, direction: RankDirection,
                           using random: inout SeededRandom) -> [Double] {
    perturbed("perturbedRanks(_:sigma:samples:direction:using:)", values, sigma, samples, &random) {
        ranks($0, direction: direction)
    }.mean
}

/// Perturbed ranks, differentiable through the Monte Carlo Jacobian of the same samples.
public func perturbedRanks(_ values: VarVector, sigma: Double, samples: Int, direction: RankDirection,
                           using random: inout SeededRandom) -> VarVector {
    perturbed("perturbedRanks(_:sigma:samples:direction:using:)", values.value, sigma, samples, &random) {
        ranks($0, direction: direction)
    }.node(values)
}

/// The mean of a solver over perturbations, and the Monte Carlo Jacobian of that mean.
private struct PerturbedEstimate {
    let mean: [Double]
    /// jacobian[i][j] ≈ ∂mean[i]/∂θ[j].
    let jacobian: [[Double]]

    /// A node whose value is `mean` and whose gradient is Jᵀg: mean + J·(θ − θ), the second term exactly 0.
    func node(_ values: VarVector) -> VarVector {
        VarVector(constant: mean) + VarMatrix(constant: jacobian).matmul(values - VarVector(constant: values.value))
    }
}

private func perturbed(_ function: String, _ theta: [Double], _ sigma: Double, _ samples: Int, _ random: inout SeededRandom,
                       solver: ([Double]) -> [Double]) -> PerturbedEstimate {
    check((theta.isEmpty ? "\(function): values is empty" : nil)
          ?? theta.firstIndex(where: \.isNaN).map { "\(function): values has NaN at index \($0)" }
          ?? (sigma > 0 && sigma.isFinite ? nil : "\(function): sigma must be positive and finite, got \(sigma)")
          ?? (samples >= 1 ? nil : "\(function): samples must be at least 1, got \(samples)"))
    let n = theta.count
    var mean = [Double](repeating: 0, count: n)
    var jacobian = [[Double]](repeating: mean, count: n)
    for _ in 0..<samples {
        let z = theta.map { _ in random.normal() }
        let y = solver(theta.indices.map { theta[$0] + sigma * z[$0] })
        for i in 0..<n where y[i] != 0 {
            mean[i] += y[i]
            for j in 0..<n { jacobian[i][j] += y[i] * z[j] }
        }
    }
    let m = Double(samples)
    return PerturbedEstimate(mean: mean.map { $0 / m }, jacobian: jacobian.map { $0.map { $0 / (m * sigma) } })
}

/// The one-hot vector of the largest element (the first on a tie).
private func oneHotArgmax(_ values: [Double]) -> [Double] {
    var y = [Double](repeating: 0, count: values.count)
    y[argmax(values)] = 1
    return y
}
