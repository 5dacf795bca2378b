extension SeededRandom {
    /// A standard Gumbel number −ln(−ln U), U uniform in (0, 1): the noise of the Gumbel-max trick.
    ///
    /// U is `uniform()`, drawn again while it is 0; both logarithms are the
    /// generator's own (as in `normal()`), so the draws are the same bits on
    /// every platform. Its mean is the Euler–Mascheroni constant 0.5772…, its
    /// variance π²/6.
    public mutating func gumbel() -> Double {
        var u = uniform()
        while u == 0 { u = uniform() }
        return -naturalLog(-naturalLog(u))
    }
}

/// A class drawn from softmax(logits) by the Gumbel-max trick: argmax over i of logitᵢ + gᵢ, g standard Gumbel noise.
///
/// Gumbel (1954); Maddison, Tarlow & Minka, "A* Sampling" (NeurIPS 2014).
/// P(result = i) = softmax(logits)ᵢ exactly. One `gumbel()` per logit, in
/// order. A hard choice: its derivative with respect to the logits is 0
/// almost everywhere, which is what ``gumbelSoftmax(logits:temperature:hard:using:)-(VarVector,_,_,_)`` relaxes.
public func gumbelMax(logits: [Double], using random: inout SeededRandom) -> Int {
    check(logitsProblem("gumbelMax(logits:using:)", logits))
    return argmax(logits.map { $0 + random.gumbel() })
}

/// Logits for a sampler: at least one, none NaN (−∞ is fine: that class is never drawn).
func logitsProblem(_ function: String, _ logits: [Double]) -> String? {
    if logits.isEmpty { return "\(function): logits is empty" }
    return logits.firstIndex(where: \.isNaN).map { "\(function): logits has NaN at index \($0)" }
}
