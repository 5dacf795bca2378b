/// Reverse-mode automatic differentiation, on one scalar at a time.
///
/// Every value a computation produces is a node of a graph that remembers
/// the nodes it was computed from. `backward()` on the final value visits the
/// graph once, from the output back to the inputs, and applies the chain rule:
/// each node adds (its gradient) × (its local derivative) into each input's
/// gradient. Vectors and matrices (`VarVector`, `VarMatrix`) are nodes of the
/// same graph, so scalar and vector code mix freely.

/// A node of the computation graph: a `Var`, a `VarVector` or a `VarMatrix`.
public class GraphNode {
    // `@exclusivity(unchecked)`: these properties are never accessed in
    // overlapping ways, and the run-time checks would cost a tenth of the
    // time of a graph with one node per scalar.

    /// The nodes this one was computed from; none for a variable you created.
    @exclusivity(unchecked) var inputs: Inputs
    /// False for constants and for anything computed only from constants:
    /// `backward()` never visits such nodes.
    let needsGradient: Bool
    /// The longest path from a variable or constant to this node (0 for those).
    let depth: Int
    /// Set only while `topologicalOrder()` runs.
    @exclusivity(unchecked) var isVisited = false

    init(inputs: Inputs, needsGradient: Bool) {
        self.inputs = inputs
        self.needsGradient = needsGradient
        var depth = 0
        inputs.forEach { depth = max(depth, $0.depth + 1) }
        self.depth = depth
    }

    /// Adds this node's gradient, times its local derivatives, into its inputs' gradients.
    func propagate() {}

    /// Sets this node's gradient to zero.
    func clearGrad() {}

    /// Forgets the inputs (and anything else that holds them) and returns them.
    func detachInputs() -> Inputs {
        defer { inputs = .none }
        return inputs
    }

    /// Every node this one depends on, inputs before the nodes computed from
    /// them, ending with this node: a depth-first walk that places a node once
    /// all its inputs are placed. Iterative, so a graph of any depth works.
    ///
    /// While we walk, this node keeps the whole graph alive, so the walk
    /// holds nodes without counting references (`Unmanaged`): with a node per
    /// scalar, reference counting would otherwise cost most of the time.
    func topologicalOrder() -> [Unmanaged<GraphNode>] {
        var order: [Unmanaged<GraphNode>] = []
        var path: [(node: Unmanaged<GraphNode>, nextInput: Int)] = [(.passUnretained(self), 0)]
        isVisited = true
        while let (step, next) = path.last {
            let inputCount = step._withUnsafeGuaranteedRef { $0.inputs.count }
            if next < inputCount {
                path[path.count - 1].nextInput += 1
                step._withUnsafeGuaranteedRef {
                    $0.inputs.withInput(next) { input in
                        if input.needsGradient && !input.isVisited {
                            input.isVisited = true
                            path.append((.passUnretained(input), 0))
                        }
                    }
                }
            } else {
                path.removeLast()
                order.append(step)
            }
        }
        for node in order { node._withUnsafeGuaranteedRef { $0.isVisited = false } }
        return order
    }

    /// Runs backpropagation through everything this node depends on; `seed`
    /// sets this node's own gradient (1 for a scalar output).
    func backpropagate(seed: () -> Void) {
        let order = topologicalOrder()
        // Computed nodes start each pass from zero; variables keep what they had.
        for node in order {
            node._withUnsafeGuaranteedRef { if $0.inputs.count > 0 { $0.clearGrad() } }
        }
        seed()
        for node in order.reversed() { node._withUnsafeGuaranteedRef { $0.propagate() } }
    }

    // Releasing the output of a long chain (a sum over a million scalars)
    // would release the chain recursively and overflow the stack. So a deep
    // node takes its inputs apart in a loop; a shallow one (depth ≤ 64) is
    // released the ordinary way, which recurses at most 64 levels.
    deinit {
        guard depth > 64 else { return }
        var pending: [GraphNode] = []
        detachInputs().forEach { pending.append($0) }
        while var node = pending.popLast() {
            if node.depth > 64 && isKnownUniquelyReferenced(&node) {
                node.detachInputs().forEach { pending.append($0) }
            }
        }
    }
}

/// A scalar that remembers how it was computed, so that `backward()` can
/// compute the derivative of it with respect to every `Var` it depends on.
///
/// Gradients accumulate, as in micrograd and PyTorch: each `backward()` adds
/// ∂output/∂x into `x.grad` for every variable `x` you created with `Var(_:)`.
/// A second `backward()` adds the same gradient again (the variables then hold
/// twice the gradient); call `zeroGrad()` first to start over. Nodes computed
/// from others (`a * b`) hold the gradient of the latest `backward()` only.
public final class Var: GraphNode, CustomStringConvertible {
    /// The value computed in the forward pass.
    public let value: Double
    /// ∂output/∂self, filled in by `backward()` on an output computed from this.
    @exclusivity(unchecked) public internal(set) var grad = 0.0
    /// ∂value/∂inputs[0] and ∂value/∂inputs[1] for arithmetic on scalars.
    let derivatives: (Double, Double)
    /// For a scalar computed from vectors (a sum, a dot product): how to pass
    /// `grad` back to them. Nil for arithmetic on scalars.
    var pullback: ((Double) -> Void)?

    /// A variable: a leaf of the graph that collects a gradient.
    public init(_ value: Double) {
        self.value = value
        self.derivatives = (0, 0)
        super.init(inputs: .none, needsGradient: true)
    }

    /// A value computed from one input, with ∂value/∂input.
    init(_ value: Double, input a: Var, derivative da: Double) {
        self.value = value
        self.derivatives = (da, 0)
        super.init(inputs: .one(a), needsGradient: a.needsGradient)
    }

    /// A value computed from two inputs, with ∂value/∂a and ∂value/∂b.
    init(_ value: Double, inputs a: Var, _ b: Var, derivatives da: Double, _ db: Double) {
        self.value = value
        self.derivatives = (da, db)
        super.init(inputs: .two(a, b), needsGradient: a.needsGradient || b.needsGradient)
    }

    /// A value computed from any nodes, with its own way of passing `grad` back.
    init(_ value: Double, inputs: [GraphNode], pullback: @escaping (Double) -> Void) {
        self.value = value
        self.derivatives = (0, 0)
        self.pullback = pullback
        super.init(inputs: Inputs(inputs), needsGradient: inputs.contains { $0.needsGradient })
    }

    /// Computes ∂self/∂x for every node x this depends on, adding it into `x.grad`.
    public func backward() {
        backpropagate { grad += 1 }
    }

    /// Sets to zero the gradient of this value and of everything it was computed from.
    public func zeroGrad() {
        for node in topologicalOrder() { node._withUnsafeGuaranteedRef { $0.clearGrad() } }
    }

    override func propagate() {
        if let pullback { return pullback(grad) }
        // Without a pullback every input is a `Var` (see the initialisers).
        // The chain rule: ∂out/∂input += ∂out/∂self × ∂self/∂input.
        switch inputs {
        case .one(let a):
            unsafeDowncast(a, to: Var.self).grad += grad * derivatives.0
        case .two(let a, let b):
            unsafeDowncast(a, to: Var.self).grad += grad * derivatives.0
            unsafeDowncast(b, to: Var.self).grad += grad * derivatives.1
        default:
            break
        }
    }

    override func clearGrad() { grad = 0 }

    override func detachInputs() -> Inputs {
        pullback = nil
        return super.detachInputs()
    }

    /// `Var(value: …, grad: …)`.
    public var description: String { "Var(value: \(value), grad: \(grad))" }
}

// MARK: - Arithmetic: a Var or a Double on either side.

extension Var {
    /// a + b; ∂/∂a = 1, ∂/∂b = 1.
    public static func + (a: Var, b: Var) -> Var {
        Var(a.value + b.value, inputs: a, b, derivatives: 1, 1)
    }
    /// a − b; ∂/∂a = 1, ∂/∂b = −1.
    public static func - (a: Var, b: Var) -> Var {
        Var(a.value - b.value, inputs: a, b, derivatives: 1, -1)
    }
    /// a × b; ∂/∂a = b, ∂/∂b = a.
    public static func * (a: Var, b: Var) -> Var {
        Var(a.value * b.value, inputs: a, b, derivatives: b.value, a.value)
    }
    /// a ÷ b; ∂/∂a = 1/b, ∂/∂b = −a/b². Division by zero gives ±∞ or NaN, as IEEE says.
    public static func / (a: Var, b: Var) -> Var {
        Var(a.value / b.value, inputs: a, b, derivatives: 1 / b.value, -a.value / (b.value * b.value))
    }
    /// −a; ∂/∂a = −1.
    public static prefix func - (a: Var) -> Var {
        Var(-a.value, input: a, derivative: -1)
    }

    /// a + c for a constant c.
    public static func + (a: Var, c: Double) -> Var { Var(a.value + c, input: a, derivative: 1) }
    /// c + a for a constant c.
    public static func + (c: Double, a: Var) -> Var { Var(c + a.value, input: a, derivative: 1) }
    /// a − c for a constant c.
    public static func - (a: Var, c: Double) -> Var { Var(a.value - c, input: a, derivative: 1) }
    /// c − a for a constant c.
    public static func - (c: Double, a: Var) -> Var { Var(c - a.value, input: a, derivative: -1) }
    /// a × c for a constant c.
    public static func * (a: Var, c: Double) -> Var { Var(a.value * c, input: a, derivative: c) }
    /// c × a for a constant c.
    public static func * (c: Double, a: Var) -> Var { Var(c * a.value, input: a, derivative: c) }
    /// a ÷ c for a constant c.
    public static func / (a: Var, c: Double) -> Var { Var(a.value / c, input: a, derivative: 1 / c) }
    /// c ÷ a for a constant c; ∂/∂a = −c/a².
    public static func / (c: Double, a: Var) -> Var {
        Var(c / a.value, input: a, derivative: -c / (a.value * a.value))
    }

    /// a = a + b.
    public static func += (a: inout Var, b: Var) { a = a + b }
    /// a = a − b.
    public static func -= (a: inout Var, b: Var) { a = a - b }
    /// a = a × b.
    public static func *= (a: inout Var, b: Var) { a = a * b }
    /// a = a ÷ b.
    public static func /= (a: inout Var, b: Var) { a = a / b }
    /// a = a + c.
    public static func += (a: inout Var, c: Double) { a = a + c }
    /// a = a − c.
    public static func -= (a: inout Var, c: Double) { a = a - c }
    /// a = a × c.
    public static func *= (a: inout Var, c: Double) { a = a * c }
    /// a = a ÷ c.
    public static func /= (a: inout Var, c: Double) { a = a / c }
}
