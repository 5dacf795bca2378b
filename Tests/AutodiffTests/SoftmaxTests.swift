import Autodiff
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Softmax and log-softmax: stable values, analytic backward passes")
struct SoftmaxTests {
    @Test("softmax([0, ln 3]) is [¼, ¾]; log-softmax is its log")
    func values() {
        let p = softmax([0, log(3)])
        #expect(Swift.abs(p[0] - 0.25) <= 1e-15 && Swift.abs(p[1] - 0.75) <= 1e-15)
        let logP = logSoftmax([0, log(3)])
        #expect(Swift.abs(logP[0] - log(0.25)) <= 1e-15 && Swift.abs(logP[1] - log(0.75)) <= 1e-15)
        #expect(softmax([7.5]) == [1] && logSoftmax([7.5]) == [0])
    }

    @Test("Shifting every logit changes nothing, and huge logits do not overflow")
    func stable() {
        let z = [1.0, 2.0, 3.0]
        let shifted = softmax(z.map { $0 + 1000 })
        #expect(relativeError(shifted, softmax(z)) <= 1e-15)
        #expect(logSoftmax([-1000, 0])[0] == -1000)   // softmax underflows to 0 there; log-softmax keeps it exact
        #expect(softmax([-1000, 0])[0] == 0)
        #expect(softmax([1, .infinity])[1].isNaN)     // as PyTorch
    }

    @Test("Rows of a matrix are softmaxed one by one")
    func rows() {
        let z = [[1.0, 2.0, 3.0], [0.5, -0.5, 0.0]]
        #expect(softmax(z) == z.map { softmax($0) })
        #expect(VarMatrix(z).softmax().valueRows == softmax(z))
        #expect(VarMatrix(z).logSoftmax().valueRows == logSoftmax(z))
    }

    @Test("Vector gradients match finite differences")
    func vectorGradients() {
        var numbers = SeededNumbers(seed: 3)
        let z = numbers.uniform(count: 5, -3, 3), c = numbers.uniform(count: 5, -1, 1)
        expectMatchesFiniteDifferences(at: z, "softmax", autodiff: { softmax($0).dot(c) }, plain: { weightedSum(c, softmax($0)) })
        expectMatchesFiniteDifferences(at: z, "logSoftmax", autodiff: { logSoftmax($0).dot(c) },
                                       plain: { weightedSum(c, logSoftmax($0)) })
    }

    @Test("Matrix gradients match finite differences")
    func matrixGradients() {
        var numbers = SeededNumbers(seed: 4)
        let z = numbers.uniform(count: 12, -3, 3), c = numbers.uniform(count: 12, -1, 1)
        func rows(_ x: [Double]) -> [[Double]] { (0..<4).map { Array(x[($0 * 3)..<($0 * 3 + 3)]) } }
        expectMatchesFiniteDifferences(at: z, "softmax rows",
                                       autodiff: { VarMatrix(rows: 4, columns: 3, entries: $0).softmax().entries.dot(c) },
                                       plain: { weightedSum(c, softmax(rows($0)).flatMap { $0 }) })
        expectMatchesFiniteDifferences(at: z, "logSoftmax rows",
                                       autodiff: { logSoftmax(VarMatrix(rows: 4, columns: 3, entries: $0)).entries.dot(c) },
                                       plain: { weightedSum(c, logSoftmax(rows($0)).flatMap { $0 }) })
    }

    @Test("The backward passes are p ⊙ (g − ⟨g, p⟩) and g − p Σg exactly")
    func handDerived() {
        let z = [0.3, -1.2, 2.0, 0.0], g = [1.0, -2.0, 0.5, 3.0]
        let p = softmax(z), inner = zip(g, p).map(*).reduce(0, +), total = g.reduce(0, +)
        let a = VarVector(z)
        softmax(a).dot(g).backward()
        #expect(relativeError(a.grad, p.indices.map { p[$0] * (g[$0] - inner) }) <= 1e-15)
        let b = VarVector(z)
        logSoftmax(b).dot(g).backward()
        #expect(relativeError(b.grad, p.indices.map { g[$0] - p[$0] * total }) <= 1e-15)
    }

    @Test("straightThroughArgmax: exactly one-hot forward (first on a tie), identity backward")
    func straightThroughArgmax() {
        let x = VarVector([0.2, 0.5, 0.5, 0.1])
        let y = x.straightThroughArgmax()
        #expect(y.value == [0, 1, 0, 0])
        y.dot([1, 2, 3, 4]).backward()
        #expect(x.grad == [1, 2, 3, 4])
    }
}
