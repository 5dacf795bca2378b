import Autodiff
import Testing

@Suite("Conventions at kinks and jumps, and IEEE values")
struct KinkAndNonFiniteTests {
    @Test("relu'(0) = 0 and |x|'(0) = 0, on a Var and on a VarVector")
    func reluAndAbsAtZero() {
        #expect(derivative(at: 0) { $0.relu() } == 0)
        #expect(derivative(at: 0) { $0.abs() } == 0)
        #expect(derivative(at: -0.0) { $0.abs() } == 0)
        #expect(gradient(at: [0, 1, -1]) { (v: VarVector) in v.relu().sum() } == [0, 1, 0])
        #expect(gradient(at: [0, 1, -1]) { (v: VarVector) in v.abs().sum() } == [0, 1, -1])
    }

    @Test("max and min of two Vars: a tie splits the gradient ½/½")
    func binaryTies() {
        #expect(gradient(at: [2, 2]) { (v: [Var]) in max(v[0], v[1]) } == [0.5, 0.5])
        #expect(gradient(at: [2, 2]) { (v: [Var]) in min(v[0], v[1]) } == [0.5, 0.5])
        #expect(gradient(at: [3, 2]) { (v: [Var]) in max(v[0], v[1]) } == [1, 0])
        #expect(gradient(at: [3, 2]) { (v: [Var]) in min(v[0], v[1]) } == [0, 1])
        // Against a constant the Var keeps its half: max(x, 0) at 0 is ½, unlike relu.
        #expect(derivative(at: 0) { max($0, 0.0) } == 0.5)
        #expect(derivative(at: 0) { max(0.0, $0) } == 0.5)
        #expect(derivative(at: 0) { min($0, 0.0) } == 0.5)
    }

    @Test("elementwise max and min of vectors: ties split ½/½, element by element")
    func elementwiseTies() {
        let a = VarVector([1, 2, 3]), b = VarVector([1, 5, 0])
        let out = max(a, b).sum() + min(a, b).sum() * 10
        out.backward()
        #expect(a.grad == [5.5, 10, 1])
        #expect(b.grad == [5.5, 1, 10])
        let s = Var(2)
        let broadcast = max(VarVector([2, 1, 3]), s).sum()
        broadcast.backward()
        #expect(s.grad == 1.5)   // ½ from the tie, 1 where s is larger
    }

    @Test("max() and min() reductions spread the gradient evenly over ties")
    func reductionTies() {
        let third = 1.0 / 3
        #expect(gradient(at: [1, 4, 4, 2, 4]) { (v: VarVector) in v.max() } == [0, third, third, 0, third])
        #expect(gradient(at: [1, 0, 0]) { (v: VarVector) in v.min() } == [0, 0.5, 0.5])
        #expect(gradient(at: [1, 7, 0]) { (v: VarVector) in v.max() } == [0, 1, 0])
    }

    @Test("step' = 0 everywhere, also at the jump; finite differences there report 1/2h")
    func stepAtTheJump() {
        // Strictly greater: a score equal to the threshold is not a positive.
        #expect(Var(0.5).step(threshold: 0.5).value == 0)
        #expect(Var(0.5000001).step(threshold: 0.5).value == 1)
        for x in [0.5, 0.2, 0.9] {
            #expect(derivative(at: x) { $0.step(threshold: 0.5) } == 0)
        }
        // The honest finite difference across the jump: (1 − 0)/(2h) with h = 1e-5.
        let across = numericalDerivative(at: 0.5) { $0 > 0.5 ? 1 : 0 }
        #expect(Swift.abs(across - 50_000) < 1e-6)
        // Away from the jump both agree that the slope is 0.
        #expect(numericalDerivative(at: 0.2) { $0 > 0.5 ? 1 : 0 } == 0)
    }

    @Test("straight-through: forward 1[x > t], backward the identity")
    func straightThrough() {
        let x = VarVector([0.2, 0.5, 0.7])
        let y = x.straightThrough(threshold: 0.5)
        #expect(y.value == [0, 0, 1])
        (y * [1, 2, 3]).sum().backward()
        #expect(x.grad == [1, 2, 3])
        let (value, slope) = valueWithDerivative(at: 0.9) { $0.straightThrough(threshold: 0.5) }
        #expect(value == 1 && slope == 1)
        #expect(VarMatrix([[0.4, 0.6]]).straightThrough(threshold: 0.5).value == [0, 1])
    }

    @Test("clamp passes the gradient on the closed interval, including its ends")
    func clampEnds() {
        #expect(gradient(at: [-1, 0, 2, 3, -2]) { (v: VarVector) in v.clamped(to: -1...2).sum() } == [1, 1, 1, 0, 0])
    }

    @Test("pow with exponent 0 has derivative exactly 0, even at x = 0")
    func powZero() {
        #expect(derivative(at: 0) { $0.pow(0) } == 0)
        #expect(Var(0).pow(0).value == 1)
    }

    @Test("±∞ and NaN propagate as IEEE says, and so do the gradients")
    func nonFinite() {
        // ln 0 = −∞ with derivative 1/0 = +∞.
        let (logValue, logSlope) = valueWithDerivative(at: 0) { $0.log() }
        #expect(logValue == -.infinity && logSlope == .infinity)
        // ln of a negative number is NaN; so is everything computed from it.
        #expect(Var(-1).log().value.isNaN)
        let fromNaN = valueWithGradient(at: [-1, 2]) { (v: [Var]) in v[0].log() * v[1] }
        #expect(fromNaN.value.isNaN && fromNaN.gradient[1].isNaN)
        // 1/x at 0: +∞, derivative −1/x² = −∞.
        let (inverse, inverseSlope) = valueWithDerivative(at: 0) { 1 / $0 }
        #expect(inverse == .infinity && inverseSlope == -.infinity)
        // √x at 0 has an infinite slope.
        #expect(derivative(at: 0) { $0.squareRoot() } == .infinity)
        // σ saturates without overflow: σ(±∞) is 1 or 0 with slope 0.
        #expect(valueWithDerivative(at: .infinity) { $0.sigmoid() } == (1, 0))
        #expect(valueWithDerivative(at: -.infinity) { $0.sigmoid() } == (0, 0))
        // eˣ overflows to +∞, and 0 × ∞ in the chain rule gives NaN.
        let overflow = valueWithGradient(at: [1000, 0]) { (v: [Var]) in v[0].exp() * v[1] }
        #expect(overflow.value.isNaN)   // ∞ × 0
        #expect(overflow.gradient[0].isNaN && overflow.gradient[1] == .infinity)
        // A NaN input gives NaN value and NaN derivative, also at kinks' conventions.
        for f in [{ (x: Var) in x.relu() }, { $0.abs() }, { $0.step(threshold: 0) }, { $0.clamped(to: 0...1) },
                  { max($0, 0.0) }, { $0.straightThrough(threshold: 0) }] {
            let (value, slope) = valueWithDerivative(at: .nan, of: f)
            #expect(value.isNaN && slope.isNaN)
        }
        let maxOfNaN = gradient(at: [.nan, 1]) { (v: [Var]) in max(v[0], v[1]) }
        #expect(maxOfNaN[0].isNaN && maxOfNaN[1].isNaN)
        #expect(VarVector([1, .nan, 3]).max().value.isNaN)
        let largestWithNaN = gradient(at: [1, .nan, 3]) { (v: VarVector) in v.max() }
        #expect(largestWithNaN.filter { !$0.isNaN }.isEmpty)
    }
}
