import Autodiff
import Testing

@Suite("Functional entry points")
struct GradientsTests {
    @Test("gradient(at:of:) over [Var] and over a VarVector agree")
    func bothForms() {
        let x = [0.5, -1.0, 2.0]
        let scalars = gradient(at: x) { (v: [Var]) in v[0] * v[1] + v[2].sigmoid() }
        let vector = gradient(at: x) { (v: VarVector) in v[0] * v[1] + v[2].sigmoid() }
        #expect(scalars == vector)
        #expect(scalars[0] == -1 && scalars[1] == 0.5)
    }

    @Test("an ambiguous closure picks the [Var] form; a VarVector-only closure picks the vector form")
    func overloadChoice() {
        let scalars = valueWithGradient(at: [2, 3]) { v in v[0] * v[1] }
        let vector = valueWithGradient(at: [2, 3]) { v in v.sum() * 2 }
        #expect(scalars.value == 6 && scalars.gradient == [3, 2])
        #expect(vector.value == 10 && vector.gradient == [2, 2])
    }

    @Test("every call builds a fresh graph: repeated calls do not accumulate")
    func noAccumulation() {
        let f = { (v: [Var]) in v[0] * v[0] }
        #expect(gradient(at: [3], of: f) == [6])
        #expect(gradient(at: [3], of: f) == [6])
    }

    @Test("an input the function ignores has gradient 0; a constant output has gradient 0")
    func unusedInputs() {
        #expect(gradient(at: [1, 2]) { (v: [Var]) in v[0] * 3 } == [3, 0])
        #expect(gradient(at: [1, 2]) { (_: VarVector) in VarVector(constant: [4]).sum() } == [0, 0])
        #expect(derivative(at: 5) { _ in Var(3) } == 0)
    }

    @Test("derivative and valueWithDerivative for one scalar")
    func oneScalar() {
        let (value, slope) = valueWithDerivative(at: 3) { x in x * x * x }
        #expect(value == 27 && slope == 27)
        #expect(derivative(at: 0) { $0.sigmoid() } == 0.25)
    }

    @Test("numericalGradient: central differences, O(h²), scaled step")
    func numerical() {
        // Exact for a quadratic up to rounding.
        let g = numericalGradient(at: [1, -2]) { v in 3 * v[0] * v[0] + v[0] * v[1] }
        #expect(Swift.abs(g[0] - 4) < 1e-9 && Swift.abs(g[1] - 1) < 1e-9)
        // The step grows with |x|, so large coordinates still get an accurate slope.
        let large = numericalDerivative(at: 1e8) { $0 * $0 }
        #expect(Swift.abs(large - 2e8) / 2e8 < 1e-9)
        // A cubic shows the O(h²) term: h²·f'''/6 = 1e-10 with h = 1e-5, f''' = 6.
        let cubic = numericalDerivative(at: 0) { $0 * $0 * $0 }
        #expect(Swift.abs(cubic - 1e-10) < 1e-15)
        // A bigger step, a bigger error.
        let coarse = numericalDerivative(at: 0, step: 1e-2) { $0 * $0 * $0 }
        #expect(Swift.abs(coarse - 1e-4) < 1e-12)
    }
}
