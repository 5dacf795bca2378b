/// A function of two numbers and its two partial derivatives, written once
/// and applied element by element to vectors and matrices.
protocol BinaryFunction {
    /// f(a, b).
    func value(_ a: Double, _ b: Double) -> Double
    /// (∂f/∂a, ∂f/∂b), given a, b and y = f(a, b).
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double)
}

/// a + b.
struct Add: BinaryFunction {
    func value(_ a: Double, _ b: Double) -> Double { a + b }
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double) { (1, 1) }
}

/// a − b.
struct Subtract: BinaryFunction {
    func value(_ a: Double, _ b: Double) -> Double { a - b }
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double) { (1, -1) }
}

/// a × b.
struct Multiply: BinaryFunction {
    func value(_ a: Double, _ b: Double) -> Double { a * b }
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double) { (b, a) }
}

/// a ÷ b; ∂/∂b = −a/b² = −y/b.
struct Divide: BinaryFunction {
    func value(_ a: Double, _ b: Double) -> Double { a / b }
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double) { (1 / b, -y / b) }
}

/// max(a, b): the gradient goes to the larger; on a tie, ½ to each (PyTorch's
/// `maximum`). If either is NaN the value and both derivatives are NaN.
struct Maximum: BinaryFunction {
    func value(_ a: Double, _ b: Double) -> Double {
        a > b ? a : b > a ? b : a == b ? a : .nan
    }
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double) {
        a > b ? (1, 0) : b > a ? (0, 1) : a == b ? (0.5, 0.5) : (.nan, .nan)
    }
}

/// min(a, b): the gradient goes to the smaller; on a tie, ½ to each. NaN as for max.
struct Minimum: BinaryFunction {
    func value(_ a: Double, _ b: Double) -> Double {
        a < b ? a : b < a ? b : a == b ? a : .nan
    }
    func derivatives(_ a: Double, _ b: Double, _ y: Double) -> (Double, Double) {
        a < b ? (1, 0) : b < a ? (0, 1) : a == b ? (0.5, 0.5) : (.nan, .nan)
    }
}
