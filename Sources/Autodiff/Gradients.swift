// Functional entry points: give a point and a function, get the gradient.
// Each call builds a fresh graph, so nothing accumulates between calls.

/// f(x) and ∇f(x) for a function written over scalars.
public func valueWithGradient(at x: [Double], of f: ([Var]) -> Var) -> (value: Double, gradient: [Double]) {
    let inputs = x.map { Var($0) }
    let output = f(inputs)
    output.backward()
    return (output.value, inputs.map(\.grad))
}

/// ∇f(x) for a function written over scalars.
public func gradient(at x: [Double], of f: ([Var]) -> Var) -> [Double] {
    valueWithGradient(at: x, of: f).gradient
}

/// f(x) and ∇f(x) for a function written over one vector node (fast for large x).
/// When a closure reads the same either way (`{ v in v[0] * v[1] }`), the
/// `[Var]` form is chosen; use `VarVector` members (`v.sum()`) or annotate
/// the parameter (`{ (v: VarVector) in … }`) to get this one.
@_disfavoredOverload
public func valueWithGradient(at x: [Double], of f: (VarVector) -> Var) -> (value: Double, gradient: [Double]) {
    let input = VarVector(x)
    let output = f(input)
    output.backward()
    return (output.value, input.grad)
}

/// ∇f(x) for a function written over one vector node (fast for large x).
/// Ties with the `[Var]` form go to the `[Var]` form, as for `valueWithGradient`.
@_disfavoredOverload
public func gradient(at x: [Double], of f: (VarVector) -> Var) -> [Double] {
    valueWithGradient(at: x, of: f).gradient
}

/// f(x) and f'(x) for a function of one scalar.
public func valueWithDerivative(at x: Double, of f: (Var) -> Var) -> (value: Double, derivative: Double) {
    let input = Var(x)
    let output = f(input)
    output.backward()
    return (output.value, input.grad)
}

/// f'(x) for a function of one scalar.
public func derivative(at x: Double, of f: (Var) -> Var) -> Double {
    valueWithDerivative(at: x, of: f).derivative
}

/// ∇f(x) by central differences, (f(x + hᵢ) − f(x − hᵢ)) / 2hᵢ, on plain
/// numbers: the check for autodiff. hᵢ = step × max(1, |xᵢ|). Its error is
/// O(h²) where f is smooth; across a jump it reports the honest
/// (jump size)/2h, a huge number, where autodiff says 0.
public func numericalGradient(at x: [Double], step: Double = 1e-5, of f: ([Double]) -> Double) -> [Double] {
    var point = x
    return x.indices.map { i in
        let h = step * Swift.max(1, Swift.abs(x[i]))
        point[i] = x[i] + h
        let above = f(point)
        point[i] = x[i] - h
        let below = f(point)
        point[i] = x[i]
        return (above - below) / (2 * h)
    }
}

/// f'(x) by the central difference (f(x + h) − f(x − h)) / 2h, h = step × max(1, |x|).
public func numericalDerivative(at x: Double, step: Double = 1e-5, of f: (Double) -> Double) -> Double {
    numericalGradient(at: [x], step: step) { f($0[0]) }[0]
}
