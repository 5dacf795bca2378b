import Autodiff

// Gumbel-softmax (Jang, Gu & Poole, "Categorical Reparameterization with
// Gumbel-Softmax", ICLR 2017), also the Concrete distribution (Maddison, Mnih
// & Teh, ICLR 2017): the Gumbel-max sample with its argmax replaced by a
// softmax at temperature τ, so the sample is a differentiable function of the
// logits for fixed noise. As τ → 0 it approaches the one-hot sample; small τ
// means sharp samples and large-variance gradients.

/// A relaxed one-hot sample softmax((logits + g)/τ) with standard Gumbel noise g drawn from `random`; `hard` gives the straight-through one-hot.
///
/// PyTorch's `torch.nn.functional.gumbel_softmax(logits, tau, hard)`. With
/// `hard: true` the forward value is the one-hot vector of the sample's largest
/// entry and the gradient is the soft sample's (`straightThroughArgmax()`).
/// The noise is one `gumbel()` per logit, in order. Edge cases: τ must be
/// positive and finite; the temperature has no default.
public func gumbelSoftmax(logits: VarVector, temperature: Double, hard: Bool = false, using random: inout SeededRandom) -> VarVector {
    check(logitsProblem("gumbelSoftmax(logits:temperature:hard:using:)", logits.value))
    let noise = logits.value.map { _ in random.gumbel() }
    return relaxedSample(logits, noise: noise, temperature: temperature, hard: hard,
                         function: "gumbelSoftmax(logits:temperature:hard:using:)")
}

/// A relaxed sample on plain numbers: softmax((logits + g)/τ), or its one-hot when `hard`.
public func gumbelSoftmax(logits: [Double], temperature: Double, hard: Bool = false, using random: inout SeededRandom) -> [Double] {
    gumbelSoftmax(logits: VarVector(constant: logits), temperature: temperature, hard: hard, using: &random).value
}

/// The relaxed sample for given noise: softmax((logits + noise)/τ) (one-hot forward when `hard`), so one draw can be shown at several temperatures.
public func gumbelSoftmax(logits: VarVector, noise: [Double], temperature: Double, hard: Bool = false) -> VarVector {
    let function = "gumbelSoftmax(logits:noise:temperature:hard:)"
    check(logitsProblem(function, logits.value)
          ?? (noise.count == logits.count ? nil : "\(function): logits has \(logits.count) elements but noise has \(noise.count)"))
    return relaxedSample(logits, noise: noise, temperature: temperature, hard: hard, function: function)
}

private func relaxedSample(_ logits: VarVector, noise: [Double], temperature: Double, hard: Bool, function: String) -> VarVector {
    check(temperatureProblem(function, temperature: temperature))
    let soft = ((logits + noise) / temperature).softmax()
    return hard ? soft.straightThroughArgmax() : soft
}
