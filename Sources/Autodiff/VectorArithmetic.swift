// Elementwise + − × ÷, max and min on vectors. Either side may be a
// `VarVector`, plain data (`[Double]`), a `Var` or a `Double`; a scalar is
// broadcast against every element (its gradient is the sum over elements).

/// One side of an elementwise operation.
enum Operand {
    /// A vector node: its gradient is element by element.
    case vector(VarVector)
    /// A scalar node broadcast to every element: its gradient is summed.
    case scalar(Var)
    /// Data: no gradient.
    case constant([Double])
    /// A number broadcast to every element: no gradient.
    case number(Double)

    /// The number of elements, or nil for a broadcast scalar.
    var count: Int? {
        switch self {
        case .vector(let v): v.count
        case .constant(let c): c.count
        case .scalar, .number: nil
        }
    }

    /// The values, a broadcast scalar repeated `count` times.
    func values(count: Int) -> [Double] {
        switch self {
        case .vector(let v): v.value
        case .constant(let c): c
        case .scalar(let s): [Double](repeating: s.value, count: count)
        case .number(let x): [Double](repeating: x, count: count)
        }
    }

    /// A human name for error messages: "[3]" or "scalar".
    var shapeName: String { count.map { shape($0) } ?? "scalar" }

    /// Adds g[i]·∂y[i]/∂operand[i] into the node: elementwise for a vector,
    /// summed for a broadcast scalar, not at all for data.
    @inline(__always)
    func addToGrad(count: Int, _ contribution: (Int) -> Double) {
        switch self {
        case .vector(let v) where v.needsGradient:
            v.addToGrad(contribution)
        case .scalar(let s) where s.needsGradient:
            var total = 0.0
            for i in 0..<count { total += contribution(i) }
            s.grad += total
        default:
            break
        }
    }

    /// The graph node, if this side is one.
    var node: GraphNode? {
        switch self {
        case .vector(let v): v
        case .scalar(let s): s
        case .constant, .number: nil
        }
    }
}

/// One node for y[i] = f(a[i], b[i]).
func elementwise<F: BinaryFunction>(_ f: F, _ a: Operand, _ b: Operand, _ operation: String) -> VarVector {
    if let m = a.count, let n = b.count {
        require(m == n, "\(operation): shapes \(shape(m)) and \(shape(n)) do not match")
    }
    let n = a.count ?? b.count ?? 0
    let x = a.values(count: n), z = b.values(count: n)
    let y = makeArray(count: n) { y in
        withBuffers(x, z) { x, z in for i in 0..<n { y[i] = f.value(x[i], z[i]) } }
    }
    return VarVector(y, inputs: [a.node, b.node].compactMap { $0 }) { g in
        withBuffers(x, z, y) { x, z, y in
            g.withUnsafeBufferPointer { g in
                a.addToGrad(count: n) { i in g[i] * f.derivatives(x[i], z[i], y[i]).0 }
                b.addToGrad(count: n) { i in g[i] * f.derivatives(x[i], z[i], y[i]).1 }
            }
        }
    }
}

extension VarVector {
    /// a + b elementwise.
    public static func + (a: VarVector, b: VarVector) -> VarVector { elementwise(Add(), .vector(a), .vector(b), "+") }
    /// a + data elementwise.
    public static func + (a: VarVector, b: [Double]) -> VarVector { elementwise(Add(), .vector(a), .constant(b), "+") }
    /// data + b elementwise.
    public static func + (a: [Double], b: VarVector) -> VarVector { elementwise(Add(), .constant(a), .vector(b), "+") }
    /// a + s, s added to every element.
    public static func + (a: VarVector, s: Var) -> VarVector { elementwise(Add(), .vector(a), .scalar(s), "+") }
    /// s + b, s added to every element.
    public static func + (s: Var, b: VarVector) -> VarVector { elementwise(Add(), .scalar(s), .vector(b), "+") }
    /// a + c for a constant c.
    public static func + (a: VarVector, c: Double) -> VarVector { elementwise(Add(), .vector(a), .number(c), "+") }
    /// c + b for a constant c.
    public static func + (c: Double, b: VarVector) -> VarVector { elementwise(Add(), .number(c), .vector(b), "+") }

    /// a − b elementwise.
    public static func - (a: VarVector, b: VarVector) -> VarVector { elementwise(Subtract(), .vector(a), .vector(b), "-") }
    /// a − data elementwise.
    public static func - (a: VarVector, b: [Double]) -> VarVector { elementwise(Subtract(), .vector(a), .constant(b), "-") }
    /// data − b elementwise.
    public static func - (a: [Double], b: VarVector) -> VarVector { elementwise(Subtract(), .constant(a), .vector(b), "-") }
    /// a − s, s subtracted from every element.
    public static func - (a: VarVector, s: Var) -> VarVector { elementwise(Subtract(), .vector(a), .scalar(s), "-") }
    /// s − b for every element of b.
    public static func - (s: Var, b: VarVector) -> VarVector { elementwise(Subtract(), .scalar(s), .vector(b), "-") }
    /// a − c for a constant c.
    public static func - (a: VarVector, c: Double) -> VarVector { elementwise(Subtract(), .vector(a), .number(c), "-") }
    /// c − b for a constant c.
    public static func - (c: Double, b: VarVector) -> VarVector { elementwise(Subtract(), .number(c), .vector(b), "-") }

    /// a × b elementwise.
    public static func * (a: VarVector, b: VarVector) -> VarVector { elementwise(Multiply(), .vector(a), .vector(b), "*") }
    /// a × data elementwise.
    public static func * (a: VarVector, b: [Double]) -> VarVector { elementwise(Multiply(), .vector(a), .constant(b), "*") }
    /// data × b elementwise.
    public static func * (a: [Double], b: VarVector) -> VarVector { elementwise(Multiply(), .constant(a), .vector(b), "*") }
    /// a × s, every element times s.
    public static func * (a: VarVector, s: Var) -> VarVector { elementwise(Multiply(), .vector(a), .scalar(s), "*") }
    /// s × b, every element times s.
    public static func * (s: Var, b: VarVector) -> VarVector { elementwise(Multiply(), .scalar(s), .vector(b), "*") }
    /// a × c for a constant c.
    public static func * (a: VarVector, c: Double) -> VarVector { elementwise(Multiply(), .vector(a), .number(c), "*") }
    /// c × b for a constant c.
    public static func * (c: Double, b: VarVector) -> VarVector { elementwise(Multiply(), .number(c), .vector(b), "*") }

    /// a ÷ b elementwise.
    public static func / (a: VarVector, b: VarVector) -> VarVector { elementwise(Divide(), .vector(a), .vector(b), "/") }
    /// a ÷ data elementwise.
    public static func / (a: VarVector, b: [Double]) -> VarVector { elementwise(Divide(), .vector(a), .constant(b), "/") }
    /// data ÷ b elementwise.
    public static func / (a: [Double], b: VarVector) -> VarVector { elementwise(Divide(), .constant(a), .vector(b), "/") }
    /// a ÷ s, every element divided by s.
    public static func / (a: VarVector, s: Var) -> VarVector { elementwise(Divide(), .vector(a), .scalar(s), "/") }
    /// s ÷ b for every element of b.
    public static func / (s: Var, b: VarVector) -> VarVector { elementwise(Divide(), .scalar(s), .vector(b), "/") }
    /// a ÷ c for a constant c.
    public static func / (a: VarVector, c: Double) -> VarVector { elementwise(Divide(), .vector(a), .number(c), "/") }
    /// c ÷ b for a constant c.
    public static func / (c: Double, b: VarVector) -> VarVector { elementwise(Divide(), .number(c), .vector(b), "/") }

    /// −a elementwise.
    public static prefix func - (a: VarVector) -> VarVector { elementwise(Multiply(), .vector(a), .number(-1), "-") }
}

/// The larger of a[i] and b[i]; on a tie each gets ½ of the gradient.
public func max(_ a: VarVector, _ b: VarVector) -> VarVector { elementwise(Maximum(), .vector(a), .vector(b), "max") }
/// The larger of a[i] and data[i]; on a tie a gets ½.
public func max(_ a: VarVector, _ b: [Double]) -> VarVector { elementwise(Maximum(), .vector(a), .constant(b), "max") }
/// The larger of a[i] and the scalar s; on a tie each gets ½.
public func max(_ a: VarVector, _ s: Var) -> VarVector { elementwise(Maximum(), .vector(a), .scalar(s), "max") }
/// The larger of a[i] and c; on a tie a gets ½ (so `max(x, 0)` differs from `relu` at 0).
public func max(_ a: VarVector, _ c: Double) -> VarVector { a.applying(MaximumWith(constant: c)) }
/// The larger of c and b[i]; on a tie b gets ½.
public func max(_ c: Double, _ b: VarVector) -> VarVector { b.applying(MaximumWith(constant: c)) }

/// The smaller of a[i] and b[i]; on a tie each gets ½ of the gradient.
public func min(_ a: VarVector, _ b: VarVector) -> VarVector { elementwise(Minimum(), .vector(a), .vector(b), "min") }
/// The smaller of a[i] and data[i]; on a tie a gets ½.
public func min(_ a: VarVector, _ b: [Double]) -> VarVector { elementwise(Minimum(), .vector(a), .constant(b), "min") }
/// The smaller of a[i] and the scalar s; on a tie each gets ½.
public func min(_ a: VarVector, _ s: Var) -> VarVector { elementwise(Minimum(), .vector(a), .scalar(s), "min") }
/// The smaller of a[i] and c; on a tie a gets ½.
public func min(_ a: VarVector, _ c: Double) -> VarVector { a.applying(MinimumWith(constant: c)) }
/// The smaller of c and b[i]; on a tie b gets ½.
public func min(_ c: Double, _ b: VarVector) -> VarVector { b.applying(MinimumWith(constant: c)) }
