// Elementary functions applied to every element of a `VarVector`: one node,
// one loop forward, one loop backward. Same conventions at kinks as for `Var`.

extension VarVector {
    /// A node for y[i] = f(x[i]) with local derivatives f'(x[i]).
    func applying<F: ElementaryFunction>(_ f: F) -> VarVector {
        let x = value
        let y = makeArray(count: x.count) { y in
            x.withUnsafeBufferPointer { x in
                for i in x.indices { y[i] = f.value(x[i]) }
            }
        }
        return VarVector(y, inputs: [self]) { g in
            withBuffers(x, y, g) { x, y, g in
                self.addToGrad { i in g[i] * f.derivative(x[i], y[i]) }
            }
        }
    }

    /// eˣ elementwise.
    public func exp() -> VarVector { applying(Exp()) }
    /// ln x elementwise.
    public func log() -> VarVector { applying(Log()) }
    /// σ(x) = 1/(1 + e⁻ˣ) elementwise, without overflow.
    public func sigmoid() -> VarVector { applying(Sigmoid()) }
    /// tanh x elementwise.
    public func tanh() -> VarVector { applying(Tanh()) }
    /// ln(1 + eˣ) elementwise, without overflow.
    public func softplus() -> VarVector { applying(Softplus()) }
    /// max(x, 0) elementwise, with relu'(0) = 0.
    public func relu() -> VarVector { applying(Relu()) }
    /// |x| elementwise, with |x|'(0) = 0.
    public func abs() -> VarVector { applying(Abs()) }
    /// xᵖ elementwise for a constant p.
    public func pow(_ exponent: Double) -> VarVector { applying(Power(exponent: exponent)) }
    /// √x elementwise.
    public func squareRoot() -> VarVector { applying(SquareRoot()) }
    /// Each element limited to the range; derivative 1 inside the closed range, 0 outside.
    public func clamped(to range: ClosedRange<Double>) -> VarVector {
        applying(Clamp(low: range.lowerBound, high: range.upperBound))
    }
    /// The hard step 1[x > threshold] (threshold 0.5 unless given) elementwise; derivative 0 everywhere.
    public func step(threshold: Double = 0.5) -> VarVector { applying(Step(threshold: threshold)) }
    /// Forward 1[x > threshold] (threshold 0.5 unless given), backward the identity (straight-through estimator).
    public func straightThrough(threshold: Double = 0.5) -> VarVector {
        applying(StraightThrough(threshold: threshold))
    }
}

/// eˣ elementwise.
public func exp(_ x: VarVector) -> VarVector { x.exp() }
/// ln x elementwise.
public func log(_ x: VarVector) -> VarVector { x.log() }
/// σ(x) elementwise.
public func sigmoid(_ x: VarVector) -> VarVector { x.sigmoid() }
/// tanh x elementwise.
public func tanh(_ x: VarVector) -> VarVector { x.tanh() }
/// ln(1 + eˣ) elementwise.
public func softplus(_ x: VarVector) -> VarVector { x.softplus() }
/// max(x, 0) elementwise, with relu'(0) = 0.
public func relu(_ x: VarVector) -> VarVector { x.relu() }
/// |x| elementwise, with |x|'(0) = 0.
public func abs(_ x: VarVector) -> VarVector { x.abs() }
/// √x elementwise.
public func sqrt(_ x: VarVector) -> VarVector { x.squareRoot() }
/// xᵖ elementwise for a constant p.
public func pow(_ x: VarVector, _ exponent: Double) -> VarVector { x.pow(exponent) }
/// Each element limited to the range.
public func clamp(_ x: VarVector, to range: ClosedRange<Double>) -> VarVector { x.clamped(to: range) }
/// The hard step 1[x > threshold] (threshold 0.5 unless given) elementwise; derivative 0 everywhere.
public func step(_ x: VarVector, threshold: Double = 0.5) -> VarVector { x.step(threshold: threshold) }
