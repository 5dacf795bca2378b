// Reductions: a whole vector in, one `Var` out.

extension VarVector {
    /// Σ x[i] (0 for an empty vector); each element's derivative is 1.
    public func sum() -> Var {
        let total = value.withUnsafeBufferPointer { x in sumOfTerms(count: x.count) { x[$0] } }
        return Var(total, inputs: [self]) { g in
            self.addToGrad { _ in g }
        }
    }

    /// (1/n) Σ x[i]; each element's derivative is 1/n. Needs at least one element.
    public func mean() -> Var {
        require(count > 0, "mean: needs at least one element, got an empty vector")
        return sum() / Double(count)
    }

    /// Σ x[i]·other[i]; ∂/∂x[i] = other[i] and ∂/∂other[i] = x[i].
    public func dot(_ other: VarVector) -> Var {
        requireSameCount(count, other.count, "dot")
        let x = value, z = other.value
        return Var(innerProduct(x, z), inputs: [self, other]) { g in
            if self.needsGradient {
                z.withUnsafeBufferPointer { z in self.addToGrad { i in g * z[i] } }
            }
            if other.needsGradient {
                x.withUnsafeBufferPointer { x in other.addToGrad { i in g * x[i] } }
            }
        }
    }

    /// Σ x[i]·data[i] for constant data; ∂/∂x[i] = data[i].
    public func dot(_ data: [Double]) -> Var {
        requireSameCount(count, data.count, "dot")
        return Var(innerProduct(value, data), inputs: [self]) { g in
            data.withUnsafeBufferPointer { z in self.addToGrad { i in g * z[i] } }
        }
    }

    /// The largest element. Ties share the gradient evenly (k tied maxima get
    /// 1/k each, like PyTorch's `max()`); a NaN gives NaN value and gradient.
    public func max() -> Var { extreme("max", isBetter: >) }

    /// The smallest element. Ties share the gradient evenly; NaN as for `max()`.
    public func min() -> Var { extreme("min", isBetter: <) }

    /// The element `isBetter` prefers to all others; tied winners share the gradient.
    func extreme(_ operation: String, isBetter: (Double, Double) -> Bool) -> Var {
        require(count > 0, "\(operation): needs at least one element, got an empty vector")
        if value.contains(where: \.isNaN) {
            return Var(.nan, inputs: [self]) { _ in self.addToGrad { _ in .nan } }
        }
        var best = value[0]
        for x in value where isBetter(x, best) { best = x }
        let winners = value.indices.filter { value[$0] == best }
        let share = 1 / Double(winners.count)
        return Var(best, inputs: [self]) { g in
            self.accumulateGrad { dx in for i in winners { dx[i] += g * share } }
        }
    }

    /// ln Σ eˣ⁽ⁱ⁾ without overflow; its gradient is the softmax of x. Needs at least one element.
    public func logSumExp() -> Var {
        require(count > 0, "logSumExp: needs at least one element, got an empty vector")
        let top = value.max()!
        let shift = top.isFinite ? top : 0
        let e = value.map { Exp().value($0 - shift) }
        let total = e.reduce(0, +)
        return Var(shift + Log().value(total), inputs: [self]) { g in
            e.withUnsafeBufferPointer { e in self.addToGrad { i in g * e[i] / total } }
        }
    }
}

/// Σ a[i]·b[i] over raw buffers.
func innerProduct(_ a: [Double], _ b: [Double]) -> Double {
    withBuffers(a, b) { a, b in sumOfTerms(count: a.count) { a[$0] * b[$0] } }
}

/// Σ term(i) for i < count, in four interleaved partial sums: a single running
/// sum waits for each addition to finish, four keep the processor busy.
@inline(__always)
func sumOfTerms(count: Int, _ term: (Int) -> Double) -> Double {
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var i = 0
    while i + 4 <= count {
        s0 += term(i); s1 += term(i + 1); s2 += term(i + 2); s3 += term(i + 3)
        i += 4
    }
    while i < count { s0 += term(i); i += 1 }
    return (s0 + s1) + (s2 + s3)
}

/// Σ a[i]·b[i], a `Var` that varies with both.
public func dot(_ a: VarVector, _ b: VarVector) -> Var { a.dot(b) }
/// Σ a[i]·data[i] for constant data.
public func dot(_ a: VarVector, _ data: [Double]) -> Var { a.dot(data) }
/// Σ data[i]·b[i] for constant data.
public func dot(_ data: [Double], _ b: VarVector) -> Var { b.dot(data) }
