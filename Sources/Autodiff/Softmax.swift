// Softmax and log-softmax: the categorical distribution from a vector of
// logits, the many-class counterpart of the sigmoid. Each call is one node
// whose backward pass is the analytic vector–Jacobian product, so a batch of
// logits costs a loop forward and a loop backward, not a graph of exps and sums.

/// The shift that keeps eᶻ⁻ˢʰⁱᶠᵗ from overflowing: the largest logit when it is finite, else 0
/// (so +∞ or NaN logits give NaN, as in PyTorch, and all −∞ gives 0/0 = NaN).
private func stableShift(_ z: UnsafeBufferPointer<Double>) -> Double {
    var top = -Double.infinity
    for x in z where x > top { top = x }
    return top.isFinite ? top : 0
}

/// Softmax and log-softmax of one row of logits, written into `p` and `logP`.
private func softmaxRow(_ z: UnsafeBufferPointer<Double>, _ p: UnsafeMutableBufferPointer<Double>,
                        _ logP: UnsafeMutableBufferPointer<Double>) {
    let shift = stableShift(z)
    var total = 0.0
    for i in z.indices {
        p[i] = Exp().value(z[i] - shift)
        total += p[i]
    }
    let logTotal = Log().value(total)
    for i in z.indices {
        p[i] /= total
        logP[i] = (z[i] - shift) - logTotal
    }
}

/// Softmax and log-softmax of each row of a `rows` × `columns` matrix, entries row after row.
private func softmaxRows(_ z: [Double], columns: Int) -> (p: [Double], logP: [Double]) {
    var logP = [Double](repeating: 0, count: z.count)
    let p = makeArray(count: z.count) { p in
        z.withUnsafeBufferPointer { z in
            logP.withUnsafeMutableBufferPointer { logP in
                var start = 0
                while start < z.count {
                    let row = start..<(start + columns)
                    softmaxRow(UnsafeBufferPointer(rebasing: z[row]), UnsafeMutableBufferPointer(rebasing: p[row]),
                               UnsafeMutableBufferPointer(rebasing: logP[row]))
                    start += columns
                }
            }
        }
    }
    return (p, logP)
}

/// softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ, computed as e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z) so that no exponential overflows.
///
/// The probabilities of a categorical distribution whose logits are z
/// (Bridle, 1990); adding a constant to every logit changes nothing. Edge
/// cases: needs at least one logit; a +∞ or NaN logit gives NaN, as in PyTorch.
public func softmax(_ logits: [Double]) -> [Double] {
    require(!logits.isEmpty, "softmax: needs at least one logit, got an empty vector")
    return softmaxRows(logits, columns: logits.count).p
}

/// log softmax(z)ᵢ = zᵢ − log Σⱼ e^zⱼ, computed as (zᵢ − max z) − log Σⱼ e^(zⱼ − max z): exact where softmax underflows to 0.
public func logSoftmax(_ logits: [Double]) -> [Double] {
    require(!logits.isEmpty, "logSoftmax: needs at least one logit, got an empty vector")
    return softmaxRows(logits, columns: logits.count).logP
}

/// Softmax of each row: `softmax(rows[i])` for every i.
public func softmax(_ logits: [[Double]]) -> [[Double]] { logits.map(softmax) }

/// Log-softmax of each row: `logSoftmax(rows[i])` for every i.
public func logSoftmax(_ logits: [[Double]]) -> [[Double]] { logits.map(logSoftmax) }

extension VarVector {
    /// Softmax, differentiable: with p = softmax(z), ∂/∂z = p ⊙ (g − ⟨g, p⟩) for an incoming gradient g.
    public func softmax() -> VarVector {
        require(count > 0, "softmax: needs at least one logit, got an empty vector")
        let p = softmaxRows(value, columns: count).p
        return VarVector(p, inputs: [self]) { g in
            let inner = innerProduct(g, p)
            withBuffers(p, g) { p, g in self.addToGrad { i in p[i] * (g[i] - inner) } }
        }
    }

    /// Log-softmax, differentiable: with p = softmax(z), ∂/∂z = g − p Σᵢ gᵢ for an incoming gradient g.
    public func logSoftmax() -> VarVector {
        require(count > 0, "logSoftmax: needs at least one logit, got an empty vector")
        let (p, logP) = softmaxRows(value, columns: count)
        return VarVector(logP, inputs: [self]) { g in
            let total = g.reduce(0, +)
            withBuffers(p, g) { p, g in self.addToGrad { i in g[i] - p[i] * total } }
        }
    }
}

extension VarMatrix {
    /// Softmax of each row (one sample's logits per row), differentiable row by row.
    public func softmax() -> VarMatrix {
        require(columns > 0, "softmax: needs at least one logit per row, got \(shapeName)")
        let p = softmaxRows(value, columns: columns).p
        let k = columns
        return with(VarVector(p, inputs: [entries]) { g in
            self.entries.accumulateGrad { dz in
                withBuffers(p, g) { p, g in
                    var start = 0
                    while start < p.count {
                        var inner = 0.0
                        for j in start..<(start + k) { inner += g[j] * p[j] }
                        for j in start..<(start + k) { dz[j] += p[j] * (g[j] - inner) }
                        start += k
                    }
                }
            }
        })
    }

    /// Log-softmax of each row (one sample's logits per row), differentiable row by row.
    public func logSoftmax() -> VarMatrix {
        require(columns > 0, "logSoftmax: needs at least one logit per row, got \(shapeName)")
        let (p, logP) = softmaxRows(value, columns: columns)
        let k = columns
        return with(VarVector(logP, inputs: [entries]) { g in
            self.entries.accumulateGrad { dz in
                withBuffers(p, g) { p, g in
                    var start = 0
                    while start < p.count {
                        var total = 0.0
                        for j in start..<(start + k) { total += g[j] }
                        for j in start..<(start + k) { dz[j] += g[j] - p[j] * total }
                        start += k
                    }
                }
            }
        })
    }
}

/// Softmax, differentiable: ∂/∂z = p ⊙ (g − ⟨g, p⟩).
public func softmax(_ logits: VarVector) -> VarVector { logits.softmax() }
/// Log-softmax, differentiable: ∂/∂z = g − p Σᵢ gᵢ.
public func logSoftmax(_ logits: VarVector) -> VarVector { logits.logSoftmax() }
/// Softmax of each row, differentiable.
public func softmax(_ logits: VarMatrix) -> VarMatrix { logits.softmax() }
/// Log-softmax of each row, differentiable.
public func logSoftmax(_ logits: VarMatrix) -> VarMatrix { logits.logSoftmax() }
