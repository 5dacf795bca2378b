extension VarVector {
    /// Forward the one-hot vector of the largest element (the first one on a tie), backward the identity: the straight-through estimator of argmax.
    ///
    /// The many-class counterpart of `straightThrough(threshold:)`, and what
    /// hard (straight-through) Gumbel-softmax applies to its soft sample (Jang,
    /// Gu & Poole, ICLR 2017, section 2.2). PyTorch writes it
    /// `y_hard - y.detach() + y`, whose forward value can miss 1 by a rounding
    /// error; here it is exactly 0 or 1. Edge cases: needs at least one element.
    public func straightThroughArgmax() -> VarVector {
        require(count > 0, "straightThroughArgmax: needs at least one element, got an empty vector")
        var best = 0
        for i in value.indices where value[i] > value[best] { best = i }
        var oneHot = [Double](repeating: 0, count: count)
        oneHot[best] = 1
        return VarVector(oneHot, inputs: [self]) { g in
            g.withUnsafeBufferPointer { g in self.addToGrad { g[$0] } }
        }
    }
}
