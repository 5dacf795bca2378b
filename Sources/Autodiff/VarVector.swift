/// A whole vector of values as one node of the graph.
///
/// A loss over a million scores is then a handful of nodes, each holding a
/// vector, instead of millions of `Var`s. Reductions (`sum()`, `mean()`,
/// `dot(_:)`, `max()`) give a `Var`, so vector and scalar code mix freely:
///
///     let s = VarVector(scores)
///     let p = s.sigmoid()
///     let tp = (p * labels).sum()
///     let loss = 1 - 2 * tp / (p.sum() + positives)
///     loss.backward()            // s.grad is now ∂loss/∂scores
///
/// Gradients accumulate as for `Var`: each `backward()` adds into the `grad`
/// of a vector you created with `VarVector(_:)`; `zeroGrad()` starts over.
/// A vector made with `VarVector(constant:)` is data: it gets no gradient.
public final class VarVector: GraphNode, CustomStringConvertible {
    /// The values computed in the forward pass.
    public let value: [Double]
    /// Empty until a gradient arrives; then one entry per element.
    var gradStorage: [Double] = []
    /// How to pass this node's gradient back to its inputs; nil for a leaf.
    var pullback: (([Double]) -> Void)?

    /// A variable: a leaf of the graph that collects a gradient.
    public init(_ value: [Double]) {
        self.value = value
        super.init(inputs: .none, needsGradient: true)
    }

    /// Data that takes part in the computation but gets no gradient.
    public init(constant value: [Double]) {
        self.value = value
        super.init(inputs: .none, needsGradient: false)
    }

    /// A vector computed from other nodes, with its way of passing the gradient back.
    init(_ value: [Double], inputs: [GraphNode], pullback: @escaping ([Double]) -> Void) {
        self.value = value
        self.pullback = pullback
        super.init(inputs: Inputs(inputs), needsGradient: inputs.contains { $0.needsGradient })
    }

    /// Scalars gathered into one vector; each element's gradient goes back to its `Var`.
    /// (`VarVector([])` is the empty variable of the `[Double]` form.)
    @_disfavoredOverload
    public convenience init(_ elements: [Var]) {
        self.init(elements.map(\.value), inputs: elements) { g in
            for (element, gi) in zip(elements, g) { element.grad += gi }
        }
    }

    /// The number of elements.
    public var count: Int { value.count }

    /// ∂output/∂self element by element (zeros until a gradient arrives).
    public var grad: [Double] {
        gradStorage.isEmpty ? [Double](repeating: 0, count: value.count) : gradStorage
    }

    /// Sets to zero the gradient of this vector and of everything it was computed from.
    public func zeroGrad() {
        for node in topologicalOrder() { node._withUnsafeGuaranteedRef { $0.clearGrad() } }
    }

    /// Element i as a scalar node (its gradient goes back to element i).
    public subscript(i: Int) -> Var {
        require(value.indices.contains(i), "VarVector[\(i)]: index out of range for shape \(shape(count))")
        return Var(value[i], inputs: [self]) { g in
            self.accumulateGrad { $0[i] += g }
        }
    }

    /// Elements in `range` as a vector node (their gradients go back to those elements).
    public subscript(range: Range<Int>) -> VarVector {
        require(range.lowerBound >= 0 && range.upperBound <= count,
                "VarVector[\(range.lowerBound)..<\(range.upperBound)]: out of range for shape \(shape(count))")
        return VarVector(Array(value[range]), inputs: [self]) { g in
            self.accumulateGrad { dx in
                for (k, gk) in g.enumerated() { dx[range.lowerBound + k] += gk }
            }
        }
    }

    override func propagate() {
        if let pullback, !gradStorage.isEmpty { pullback(gradStorage) }
    }

    override func clearGrad() { gradStorage = [] }

    override func detachInputs() -> Inputs {
        pullback = nil
        return super.detachInputs()
    }

    /// Adds a contribution into the gradient, creating it (as zeros) on first use.
    func accumulateGrad(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
        if gradStorage.isEmpty { gradStorage = [Double](repeating: 0, count: value.count) }
        gradStorage.withUnsafeMutableBufferPointer { body($0) }
    }

    /// Adds contribution(i) into element i of the gradient. The first
    /// contribution is written straight into a new buffer, saving a pass.
    @inline(__always)
    func addToGrad(_ contribution: (Int) -> Double) {
        if gradStorage.isEmpty {
            gradStorage = makeArray(count: value.count) { dx in
                for i in dx.indices { dx[i] = contribution(i) }
            }
        } else {
            gradStorage.withUnsafeMutableBufferPointer { dx in
                for i in dx.indices { dx[i] += contribution(i) }
            }
        }
    }

    /// `VarVector(value: […], grad: […])`, eliding the middle of long vectors.
    public var description: String {
        "VarVector(value: \(abbreviated(value)), grad: \(abbreviated(grad)))"
    }
}

/// "[1.0, 2.0, …, 9.0]" for long arrays.
func abbreviated(_ values: [Double]) -> String {
    guard values.count > 8 else { return "\(values)" }
    let head = values.prefix(3).map { "\($0)" }, tail = values.suffix(3).map { "\($0)" }
    return "[" + (head + ["… (\(values.count) elements)"] + tail).joined(separator: ", ") + "]"
}

// Loops over raw buffers: no bounds checks in optimised builds, so they vectorise.

/// A new array of `count` elements filled in by `fill`.
@inline(__always)
func makeArray(count: Int, _ fill: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
    [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
        fill(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
        initialized = count
    }
}

/// Runs `body` with read-only buffers of two arrays.
@inline(__always)
func withBuffers<R>(
    _ a: [Double], _ b: [Double],
    _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> R
) -> R {
    a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in body(a, b) } }
}

/// Runs `body` with read-only buffers of three arrays.
@inline(__always)
func withBuffers<R>(
    _ a: [Double], _ b: [Double], _ c: [Double],
    _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> R
) -> R {
    a.withUnsafeBufferPointer { a in withBuffers(b, c) { b, c in body(a, b, c) } }
}
