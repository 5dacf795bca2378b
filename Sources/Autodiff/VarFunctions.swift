#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Elementary functions of a `Var`, as methods (`x.sigmoid()`) and as free
// functions (`sigmoid(x)`). The free functions are overloads for `Var`, so
// `log(2.0)` and `exp(x)` on a `Double` still mean the C library's.

extension Var {
    /// A node for y = f(x) with local derivative f'(x).
    func applying<F: ElementaryFunction>(_ f: F) -> Var {
        let y = f.value(value)
        return Var(y, input: self, derivative: f.derivative(value, y))
    }

    /// eˣ.
    public func exp() -> Var { applying(Exp()) }
    /// ln x (−∞ at 0 with derivative +∞; NaN below 0).
    public func log() -> Var { applying(Log()) }
    /// σ(x) = 1/(1 + e⁻ˣ), computed without overflow.
    public func sigmoid() -> Var { applying(Sigmoid()) }
    /// tanh x.
    public func tanh() -> Var { applying(Tanh()) }
    /// ln(1 + eˣ), computed without overflow; its derivative is σ(x).
    public func softplus() -> Var { applying(Softplus()) }
    /// max(x, 0), with relu'(0) = 0.
    public func relu() -> Var { applying(Relu()) }
    /// |x|, with |x|'(0) = 0.
    public func abs() -> Var { applying(Abs()) }
    /// xᵖ for a constant p (derivative p·xᵖ⁻¹, exactly 0 when p = 0).
    public func pow(_ exponent: Double) -> Var { applying(Power(exponent: exponent)) }
    /// √x (derivative +∞ at 0).
    public func squareRoot() -> Var { applying(SquareRoot()) }
    /// x limited to the range; derivative 1 inside the closed range, 0 outside.
    public func clamped(to range: ClosedRange<Double>) -> Var {
        applying(Clamp(low: range.lowerBound, high: range.upperBound))
    }
    /// The hard step 1[x > threshold] (threshold 0.5 unless given): 1 strictly above, else 0. Its derivative
    /// is 0 everywhere (also at the jump), so no gradient passes through it.
    public func step(threshold: Double = 0.5) -> Var { applying(Step(threshold: threshold)) }
    /// Straight-through estimator: forward 1[x > threshold] (threshold 0.5 unless given), backward as if it
    /// were the identity (derivative 1).
    public func straightThrough(threshold: Double = 0.5) -> Var {
        applying(StraightThrough(threshold: threshold))
    }
}

/// eˣ.
public func exp(_ x: Var) -> Var { x.exp() }
/// ln x.
public func log(_ x: Var) -> Var { x.log() }
/// σ(x) = 1/(1 + e⁻ˣ).
public func sigmoid(_ x: Var) -> Var { x.sigmoid() }
/// tanh x.
public func tanh(_ x: Var) -> Var { x.tanh() }
/// ln(1 + eˣ).
public func softplus(_ x: Var) -> Var { x.softplus() }
/// max(x, 0), with relu'(0) = 0.
public func relu(_ x: Var) -> Var { x.relu() }
/// |x|, with |x|'(0) = 0.
public func abs(_ x: Var) -> Var { x.abs() }
/// √x.
public func sqrt(_ x: Var) -> Var { x.squareRoot() }
/// xᵖ for a constant p.
public func pow(_ x: Var, _ exponent: Double) -> Var { x.pow(exponent) }
/// x limited to the range; derivative 1 inside the closed range, 0 outside.
public func clamp(_ x: Var, to range: ClosedRange<Double>) -> Var { x.clamped(to: range) }
/// The hard step 1[x > threshold] (threshold 0.5 unless given), derivative 0 everywhere.
public func step(_ x: Var, threshold: Double = 0.5) -> Var { x.step(threshold: threshold) }

/// aᵇ with both varying; ∂/∂a = b·aᵇ⁻¹, ∂/∂b = aᵇ·ln a (taken as 0 where aᵇ = 0).
public func pow(_ a: Var, _ b: Var) -> Var {
    let y = pow(a.value, b.value)
    let da = b.value == 0 ? 0 : b.value * pow(a.value, b.value - 1)
    return Var(y, inputs: a, b, derivatives: da, y == 0 ? 0 : y * log(a.value))
}

/// cᵇ for a constant base c; ∂/∂b = cᵇ·ln c.
public func pow(_ c: Double, _ b: Var) -> Var {
    let y = pow(c, b.value)
    return Var(y, input: b, derivative: y == 0 ? 0 : y * log(c))
}

/// The larger of a and b; on a tie each gets ½ of the gradient (PyTorch's `maximum`).
public func max(_ a: Var, _ b: Var) -> Var {
    let y = Maximum().value(a.value, b.value)
    let (da, db) = Maximum().derivatives(a.value, b.value, y)
    return Var(y, inputs: a, b, derivatives: da, db)
}
/// max(a, c) for a constant c; on a tie a gets ½ (unlike relu'(0) = 0).
public func max(_ a: Var, _ c: Double) -> Var { a.applying(MaximumWith(constant: c)) }
/// max(c, a) for a constant c; on a tie a gets ½.
public func max(_ c: Double, _ a: Var) -> Var { a.applying(MaximumWith(constant: c)) }

/// The smaller of a and b; on a tie each gets ½ of the gradient.
public func min(_ a: Var, _ b: Var) -> Var {
    let y = Minimum().value(a.value, b.value)
    let (da, db) = Minimum().derivatives(a.value, b.value, y)
    return Var(y, inputs: a, b, derivatives: da, db)
}
/// min(a, c) for a constant c; on a tie a gets ½.
public func min(_ a: Var, _ c: Double) -> Var { a.applying(MinimumWith(constant: c)) }
/// min(c, a) for a constant c; on a tie a gets ½.
public func min(_ c: Double, _ a: Var) -> Var { a.applying(MinimumWith(constant: c)) }

/// The sum of many scalars as one node (a chain of `+` works too, with one node per term).
public func sum(_ terms: [Var]) -> Var {
    let total = terms.reduce(0.0) { $0 + $1.value }
    return Var(total, inputs: terms) { g in
        for term in terms { term.grad += g }
    }
}

/// The mean of one or more scalars, as one node.
public func mean(_ terms: [Var]) -> Var {
    require(!terms.isEmpty, "mean: needs at least one element, got an empty array")
    return sum(terms) / Double(terms.count)
}

// The same functions on plain numbers, for code that mixes both.

/// σ(x) = 1/(1 + e⁻ˣ) on a plain number, computed without overflow.
public func sigmoid(_ x: Double) -> Double { Sigmoid().value(x) }
/// ln(1 + eˣ) on a plain number, computed without overflow.
public func softplus(_ x: Double) -> Double { Softplus().value(x) }
/// max(x, 0) on a plain number.
public func relu(_ x: Double) -> Double { Relu().value(x) }
/// 1[x > threshold] (threshold 0.5 unless given) on a plain number.
public func step(_ x: Double, threshold: Double = 0.5) -> Double { Step(threshold: threshold).value(x) }
