import Autodiff
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Reductions: vector in, Var out")
struct ReductionTests {
    static let point: [Double] = {
        var numbers = SeededNumbers(seed: 31)
        return numbers.uniform(count: 9, -2, 2)
    }()

    @Test("sum, mean, dot, max, min and logSumExp match finite differences")
    func againstFiniteDifferences() {
        let x = Self.point
        var numbers = SeededNumbers(seed: 32)
        let data = numbers.uniform(count: 9, -1, 1)
        let cases: [(String, (VarVector) -> Var, ([Double]) -> Double)] = [
            ("sum", { $0.sum() }, { $0.reduce(0, +) }),
            ("mean", { $0.mean() }, { $0.reduce(0, +) / Double($0.count) }),
            ("dot data", { $0.dot(data) }, { weightedSum($0, data) }),
            ("dot self", { $0.dot($0.exp()) }, { weightedSum($0, $0.map { exp($0) }) }),
            ("dot(_:_:)", { dot($0.tanh(), $0) }, { weightedSum($0.map { tanh($0) }, $0) }),
            ("dot(data, v)", { dot(data, $0) + dot($0, data) }, { 2 * weightedSum(data, $0) }),
            ("max", { $0.max() }, { $0.max()! }),
            ("min", { $0.min() }, { $0.min()! }),
            ("logSumExp", { $0.logSumExp() }, { log($0.map { exp($0) }.reduce(0, +)) }),
            ("sum of squares over mean", { ($0 * $0).sum() / $0.mean() },
             { $0.map { $0 * $0 }.reduce(0, +) / ($0.reduce(0, +) / Double($0.count)) }),
        ]
        for (name, f, g) in cases {
            expectMatchesFiniteDifferences(at: x, name, autodiff: f, plain: g)
        }
    }

    @Test("exact gradients: sum → 1, mean → 1/n, dot → the other vector")
    func exactGradients() {
        #expect(gradient(at: [3, 1, 2]) { (v: VarVector) in v.sum() } == [1, 1, 1])
        #expect(gradient(at: [3, 1, 2, 5]) { (v: VarVector) in v.mean() } == [0.25, 0.25, 0.25, 0.25])
        #expect(gradient(at: [3, 1, 2]) { (v: VarVector) in v.dot([4, 5, 6]) } == [4, 5, 6])
        let a = VarVector([1, 2]), b = VarVector([3, 4])
        a.dot(b).backward()
        #expect(a.grad == [3, 4] && b.grad == [1, 2])
    }

    @Test("an empty vector sums to 0")
    func emptySum() {
        #expect(VarVector([]).sum().value == 0)
    }

    @Test("logSumExp does not overflow and its gradient is the softmax")
    func logSumExp() {
        let (value, g) = valueWithGradient(at: [1000, 1000]) { (v: VarVector) in v.logSumExp() }
        #expect(Swift.abs(value - (1000 + log(2.0))) < 1e-12)
        #expect(g == [0.5, 0.5])
    }
}
