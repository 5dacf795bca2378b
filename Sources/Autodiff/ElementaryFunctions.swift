#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A function of one number and its derivative, written once and applied to
/// a `Var`, to every element of a `VarVector`, and to a `VarMatrix`.
///
/// Conventions where the function has a kink or a jump (PyTorch's choices):
/// relu'(0) = 0, |x|'(0) = 0, step' = 0 everywhere (also at the jump),
/// clamp' = 1 on the closed interval [low, high] and 0 outside, and
/// max(x, c)' = ½ when x == c. A NaN input gives a NaN value and a NaN
/// derivative; at ±∞ the derivative is the formula's limit (σ'(±∞) = 0).
protocol ElementaryFunction {
    /// f(x).
    func value(_ x: Double) -> Double
    /// f'(x), given x and y = f(x) (several derivatives are cheaper from y).
    func derivative(_ x: Double, _ y: Double) -> Double
}

/// eˣ; derivative eˣ.
struct Exp: ElementaryFunction {
    func value(_ x: Double) -> Double { exp(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { y }
}

/// ln x; derivative 1/x (ln 0 = −∞ with derivative +∞; ln of a negative is NaN).
struct Log: ElementaryFunction {
    func value(_ x: Double) -> Double { log(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { 1 / x }
}

/// σ(x) = 1/(1 + e⁻ˣ); derivative σ(x)(1 − σ(x)). For x ≪ 0, e⁻ˣ overflows
/// to +∞ and σ(x) correctly becomes 0: no NaN, and no branch in the loop.
struct Sigmoid: ElementaryFunction {
    func value(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    func derivative(_ x: Double, _ y: Double) -> Double { y * (1 - y) }
}

/// tanh x; derivative 1 − tanh²x.
struct Tanh: ElementaryFunction {
    func value(_ x: Double) -> Double { tanh(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { 1 - y * y }
}

/// softplus(x) = ln(1 + eˣ); derivative σ(x). Never overflows.
struct Softplus: ElementaryFunction {
    func value(_ x: Double) -> Double { x > 0 ? x + log1p(exp(-x)) : log1p(exp(x)) }
    func derivative(_ x: Double, _ y: Double) -> Double { Sigmoid().value(x) }
}

/// max(x, 0); derivative 1 for x > 0 and 0 for x ≤ 0, so relu'(0) = 0.
struct Relu: ElementaryFunction {
    func value(_ x: Double) -> Double { x > 0 || x.isNaN ? x : 0 }
    func derivative(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : x.isNaN ? x : 0 }
}

/// |x|; derivative sign(x), and |x|'(0) = 0.
struct Abs: ElementaryFunction {
    func value(_ x: Double) -> Double { Swift.abs(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : x.isNaN ? x : 0 }
}

/// xᵖ for a constant p; derivative p·xᵖ⁻¹, and exactly 0 when p = 0.
struct Power: ElementaryFunction {
    let exponent: Double
    func value(_ x: Double) -> Double { pow(x, exponent) }
    func derivative(_ x: Double, _ y: Double) -> Double {
        exponent == 0 ? 0 : exponent * pow(x, exponent - 1)
    }
}

/// √x; derivative 1/(2√x) (+∞ at 0).
struct SquareRoot: ElementaryFunction {
    func value(_ x: Double) -> Double { x.squareRoot() }
    func derivative(_ x: Double, _ y: Double) -> Double { 0.5 / y }
}

/// x limited to [low, high]; derivative 1 on the closed interval, 0 outside.
struct Clamp: ElementaryFunction {
    let low: Double, high: Double
    func value(_ x: Double) -> Double { x < low ? low : x > high ? high : x }
    func derivative(_ x: Double, _ y: Double) -> Double {
        x >= low && x <= high ? 1 : x.isNaN ? x : 0
    }
}

/// The hard step 1[x > t] (strictly greater); derivative 0 everywhere.
struct Step: ElementaryFunction {
    let threshold: Double
    func value(_ x: Double) -> Double { x > threshold ? 1 : x.isNaN ? x : 0 }
    func derivative(_ x: Double, _ y: Double) -> Double { x.isNaN ? x : 0 }
}

/// Straight-through: the value of the hard step 1[x > t], the derivative of
/// the identity (1), as if the step had not been there.
struct StraightThrough: ElementaryFunction {
    let threshold: Double
    func value(_ x: Double) -> Double { Step(threshold: threshold).value(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { x.isNaN ? x : 1 }
}

/// max(x, c) for a constant c; derivative 1 if x > c, 0 if x < c, ½ on a tie.
struct MaximumWith: ElementaryFunction {
    let constant: Double
    func value(_ x: Double) -> Double { Maximum().value(x, constant) }
    func derivative(_ x: Double, _ y: Double) -> Double { Maximum().derivatives(x, constant, y).0 }
}

/// min(x, c) for a constant c; derivative 1 if x < c, 0 if x > c, ½ on a tie.
struct MinimumWith: ElementaryFunction {
    let constant: Double
    func value(_ x: Double) -> Double { Minimum().value(x, constant) }
    func derivative(_ x: Double, _ y: Double) -> Double { Minimum().derivatives(x, constant, y).0 }
}
