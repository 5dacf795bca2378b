import Autodiff
import Testing

@Suite("Var: the scalar core")
struct VarTests {
    @Test("a small expression by hand: c = a·b + a")
    func byHand() {
        let a = Var(3), b = Var(4)
        let c = a * b + a
        c.backward()
        #expect(c.value == 15)
        #expect(a.grad == 5)   // b + 1
        #expect(b.grad == 3)   // a
        #expect(c.grad == 1)
    }

    @Test("a node used twice collects both paths: d(x·x)/dx = 2x")
    func sharedNode() {
        let x = Var(-1.5)
        let y = x * x
        y.backward()
        #expect(x.grad == -3)
    }

    /// Every arithmetic overload, compared with central differences.
    @Test("arithmetic with Var or Double on either side matches finite differences")
    func arithmetic() {
        var numbers = SeededNumbers(seed: 1)
        let cases: [(String, (Var, Var) -> Var, (Double, Double) -> Double)] = [
            ("a + b", { $0 + $1 }, { $0 + $1 }),
            ("a − b", { $0 - $1 }, { $0 - $1 }),
            ("a × b", { $0 * $1 }, { $0 * $1 }),
            ("a ÷ b", { $0 / $1 }, { $0 / $1 }),
            ("−a", { a, _ in -a }, { a, _ in -a }),
            ("a + 2.5", { a, _ in a + 2.5 }, { a, _ in a + 2.5 }),
            ("2.5 + a", { a, _ in 2.5 + a }, { a, _ in 2.5 + a }),
            ("a − 2.5", { a, _ in a - 2.5 }, { a, _ in a - 2.5 }),
            ("2.5 − a", { a, _ in 2.5 - a }, { a, _ in 2.5 - a }),
            ("a × 2.5", { a, _ in a * 2.5 }, { a, _ in a * 2.5 }),
            ("2.5 × a", { a, _ in 2.5 * a }, { a, _ in 2.5 * a }),
            ("a ÷ 2.5", { a, _ in a / 2.5 }, { a, _ in a / 2.5 }),
            ("2.5 ÷ b", { _, b in 2.5 / b }, { _, b in 2.5 / b }),
            ("+=, −=, ×=, ÷=", { a, b in
                var s = a
                s += b; s *= a; s -= 0.5; s /= b; s += 1.0; s -= a; s *= 3.0; s /= 2.0
                return s
            }, { a, b in
                var s = a
                s += b; s *= a; s -= 0.5; s /= b; s += 1.0; s -= a; s *= 3.0; s /= 2.0
                return s
            }),
        ]
        for (label, f, g) in cases {
            for _ in 0..<20 {
                // b stays away from 0 so that division is smooth around the point.
                let point = [numbers.uniform(-3, 3), numbers.awayFrom([0], gap: 0.5, -3, 3)]
                let ours = gradient(at: point) { v in f(v[0], v[1]) }
                let numeric = numericalGradient(at: point) { v in g(v[0], v[1]) }
                #expect(relativeError(ours, numeric) <= 1e-6, "\(label) at \(point)")
            }
        }
    }

    @Test("gradients accumulate: a second backward() adds the same gradient again")
    func accumulation() {
        let x = Var(2), y = Var(5)
        let z = x * y + x.exp()
        z.backward()
        let first = (x.grad, y.grad)
        #expect(first.0 == 5 + Var(2).exp().value)
        #expect(first.1 == 2)
        let intermediate = x * y
        _ = intermediate
        z.backward()
        // Variables now hold twice the gradient, as PyTorch leaves do.
        #expect(x.grad == 2 * first.0)
        #expect(y.grad == 2 * first.1)
        // The output and computed nodes show the latest pass only.
        #expect(z.grad == 1)
    }

    @Test("a computed node holds the gradient of the latest backward() only")
    func intermediateGradients() {
        let x = Var(3)
        let square = x * x
        let out = square * 2
        out.backward()
        out.backward()
        #expect(square.grad == 2)
        #expect(x.grad == 24)   // 2 passes × 2 × 2x
    }

    @Test("zeroGrad() clears the output and everything it depends on")
    func zeroGrad() {
        let x = Var(1.5), y = Var(-2)
        let z = (x * y).sigmoid()
        z.backward()
        #expect(x.grad != 0 && y.grad != 0)
        z.zeroGrad()
        #expect(x.grad == 0 && y.grad == 0 && z.grad == 0)
        z.backward()
        let once = x.grad
        z.zeroGrad()
        z.backward()
        #expect(x.grad == once)
    }

    @Test("two outputs sharing a variable: the variable collects both")
    func twoOutputs() {
        let x = Var(3)
        let a = x * 2, b = x * x
        a.backward()
        b.backward()
        #expect(x.grad == 2 + 6)
    }

    @Test("backward() on a variable itself gives gradient 1")
    func leafOutput() {
        let x = Var(7)
        x.backward()
        #expect(x.grad == 1)
    }

    @Test("a chain of 300,000 additions: no recursion limit in backward() or when released")
    func deepChain() {
        let x = Var(0.5)
        var total = Var(0)
        for _ in 0..<300_000 { total = total + x }
        total.backward()
        #expect(x.grad == 300_000)
        #expect(total.value == 150_000)
        total = Var(0)   // releases the chain
        #expect(total.value == 0)
    }

    @Test("sum and mean of many Vars are single nodes with the right gradient")
    func sumAndMean() {
        let xs = [1.0, 2, 3, 4].map { Var($0) }
        let s = sum(xs) * mean(xs)
        s.backward()
        // d/dxᵢ (Σx · Σx/4) = 2·Σx/4 = 5
        #expect(s.value == 25)
        #expect(xs.map(\.grad) == [5, 5, 5, 5])
        #expect(sum([]).value == 0)
    }

    @Test("description shows value and gradient")
    func description() {
        let x = Var(0.25)
        (x * 4).backward()
        #expect("\(x)" == "Var(value: 0.25, grad: 4.0)")
    }

    @Test("a Var computed only from constants gets no gradient path")
    func constants() {
        let data = VarVector(constant: [1, 2, 3])
        let x = Var(2)
        let out = data.sum() * x
        out.backward()
        #expect(x.grad == 6)
        #expect(data.grad == [0, 0, 0])
    }
}
