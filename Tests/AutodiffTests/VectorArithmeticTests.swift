import Autodiff
import Testing

/// One elementwise operation written both ways: on nodes (a and b vectors,
/// s a scalar node, d constant data) and on plain numbers.
struct ElementwiseCase: Sendable, CustomTestStringConvertible {
    let name: String
    let nodes: @Sendable (_ a: VarVector, _ b: VarVector, _ s: Var, _ d: [Double]) -> VarVector
    let plain: @Sendable (_ a: [Double], _ b: [Double], _ s: Double, _ d: [Double]) -> [Double]

    var testDescription: String { name }

    /// Elementwise on plain numbers.
    static func each(_ a: [Double], _ b: [Double], _ f: (Double, Double) -> Double) -> [Double] {
        zip(a, b).map { f($0, $1) }
    }
    static func each(_ a: [Double], _ f: (Double) -> Double) -> [Double] { a.map(f) }

    static let all: [ElementwiseCase] = [
        .init(name: "v + v", nodes: { a, b, _, _ in a + b }, plain: { a, b, _, _ in each(a, b, +) }),
        .init(name: "v + data", nodes: { a, _, _, d in a + d }, plain: { a, _, _, d in each(a, d, +) }),
        .init(name: "data + v", nodes: { _, b, _, d in d + b }, plain: { _, b, _, d in each(d, b, +) }),
        .init(name: "v + Var", nodes: { a, _, s, _ in a + s }, plain: { a, _, s, _ in each(a) { $0 + s } }),
        .init(name: "Var + v", nodes: { _, b, s, _ in s + b }, plain: { _, b, s, _ in each(b) { s + $0 } }),
        .init(name: "v + 1.5", nodes: { a, _, _, _ in a + 1.5 }, plain: { a, _, _, _ in each(a) { $0 + 1.5 } }),
        .init(name: "1.5 + v", nodes: { a, _, _, _ in 1.5 + a }, plain: { a, _, _, _ in each(a) { 1.5 + $0 } }),
        .init(name: "v − v", nodes: { a, b, _, _ in a - b }, plain: { a, b, _, _ in each(a, b, -) }),
        .init(name: "v − data", nodes: { a, _, _, d in a - d }, plain: { a, _, _, d in each(a, d, -) }),
        .init(name: "data − v", nodes: { _, b, _, d in d - b }, plain: { _, b, _, d in each(d, b, -) }),
        .init(name: "v − Var", nodes: { a, _, s, _ in a - s }, plain: { a, _, s, _ in each(a) { $0 - s } }),
        .init(name: "Var − v", nodes: { _, b, s, _ in s - b }, plain: { _, b, s, _ in each(b) { s - $0 } }),
        .init(name: "v − 1.5", nodes: { a, _, _, _ in a - 1.5 }, plain: { a, _, _, _ in each(a) { $0 - 1.5 } }),
        .init(name: "1.5 − v", nodes: { a, _, _, _ in 1.5 - a }, plain: { a, _, _, _ in each(a) { 1.5 - $0 } }),
        .init(name: "v × v", nodes: { a, b, _, _ in a * b }, plain: { a, b, _, _ in each(a, b, *) }),
        .init(name: "v × data", nodes: { a, _, _, d in a * d }, plain: { a, _, _, d in each(a, d, *) }),
        .init(name: "data × v", nodes: { _, b, _, d in d * b }, plain: { _, b, _, d in each(d, b, *) }),
        .init(name: "v × Var", nodes: { a, _, s, _ in a * s }, plain: { a, _, s, _ in each(a) { $0 * s } }),
        .init(name: "Var × v", nodes: { _, b, s, _ in s * b }, plain: { _, b, s, _ in each(b) { s * $0 } }),
        .init(name: "v × 1.5", nodes: { a, _, _, _ in a * 1.5 }, plain: { a, _, _, _ in each(a) { $0 * 1.5 } }),
        .init(name: "1.5 × v", nodes: { a, _, _, _ in 1.5 * a }, plain: { a, _, _, _ in each(a) { 1.5 * $0 } }),
        .init(name: "v ÷ v", nodes: { a, b, _, _ in a / b }, plain: { a, b, _, _ in each(a, b, /) }),
        .init(name: "v ÷ data", nodes: { a, _, _, d in a / d }, plain: { a, _, _, d in each(a, d, /) }),
        .init(name: "data ÷ v", nodes: { _, b, _, d in d / b }, plain: { _, b, _, d in each(d, b, /) }),
        .init(name: "v ÷ Var", nodes: { a, _, s, _ in a / s }, plain: { a, _, s, _ in each(a) { $0 / s } }),
        .init(name: "Var ÷ v", nodes: { _, b, s, _ in s / b }, plain: { _, b, s, _ in each(b) { s / $0 } }),
        .init(name: "v ÷ 1.5", nodes: { a, _, _, _ in a / 1.5 }, plain: { a, _, _, _ in each(a) { $0 / 1.5 } }),
        .init(name: "1.5 ÷ v", nodes: { _, b, _, _ in 1.5 / b }, plain: { _, b, _, _ in each(b) { 1.5 / $0 } }),
        .init(name: "−v", nodes: { a, _, _, _ in -a }, plain: { a, _, _, _ in each(a) { -$0 } }),
        .init(name: "max(v, v)", nodes: { a, b, _, _ in max(a, b) }, plain: { a, b, _, _ in each(a, b, Swift.max) }),
        .init(name: "max(v, data)", nodes: { a, _, _, d in max(a, d) }, plain: { a, _, _, d in each(a, d, Swift.max) }),
        .init(name: "max(v, Var)", nodes: { a, _, s, _ in max(a, s) }, plain: { a, _, s, _ in each(a) { Swift.max($0, s) } }),
        .init(name: "max(v, 0.1)", nodes: { a, _, _, _ in max(a, 0.1) }, plain: { a, _, _, _ in each(a) { Swift.max($0, 0.1) } }),
        .init(name: "max(0.1, v)", nodes: { a, _, _, _ in max(0.1, a) }, plain: { a, _, _, _ in each(a) { Swift.max(0.1, $0) } }),
        .init(name: "min(v, v)", nodes: { a, b, _, _ in min(a, b) }, plain: { a, b, _, _ in each(a, b, Swift.min) }),
        .init(name: "min(v, data)", nodes: { a, _, _, d in min(a, d) }, plain: { a, _, _, d in each(a, d, Swift.min) }),
        .init(name: "min(v, Var)", nodes: { a, _, s, _ in min(a, s) }, plain: { a, _, s, _ in each(a) { Swift.min($0, s) } }),
        .init(name: "min(v, 0.1)", nodes: { a, _, _, _ in min(a, 0.1) }, plain: { a, _, _, _ in each(a) { Swift.min($0, 0.1) } }),
        .init(name: "min(0.1, v)", nodes: { a, _, _, _ in min(0.1, a) }, plain: { a, _, _, _ in each(a) { Swift.min(0.1, $0) } }),
    ]
}

@Suite("Elementwise arithmetic on vectors")
struct VectorArithmeticTests {
    static let n = 7

    @Test("matches finite differences for every operand combination", arguments: ElementwiseCase.all)
    func againstFiniteDifferences(_ operation: ElementwiseCase) {
        let n = Self.n
        var numbers = SeededNumbers(seed: 21)
        // Values stay away from 0 (division) and from each other and 0.1
        // (ties in max/min), so every point is smooth.
        let point = (0..<(2 * n + 1)).map { k in
            (k.isMultiple(of: 2) ? 1.0 : -1.0) * numbers.uniform(0.5, 3) + Double(k) * 0.01
        }
        let data = (0..<n).map { _ in numbers.awayFrom([0], gap: 0.5, -3, 3) }
        let w = numbers.uniform(count: n, -1, 1)
        expectMatchesFiniteDifferences(at: point, operation.name,
            autodiff: { p in
                operation.nodes(p[0..<n], p[n..<(2 * n)], p[2 * n], data).dot(w)
            },
            plain: { p in
                weightedSum(w, operation.plain(Array(p[0..<n]), Array(p[n..<(2 * n)]), p[2 * n], data))
            })
    }

    @Test("a broadcast Var's gradient is the sum over the elements")
    func broadcastGradient() {
        let s = Var(2)
        let v = VarVector([1, 2, 3])
        ((v * s) + s).sum().backward()
        #expect(s.grad == 6 + 3)
        #expect(v.grad == [2, 2, 2])
    }

    @Test("the same vector on both sides collects both gradients")
    func sameVectorTwice() {
        #expect(gradient(at: [1, -2, 3]) { (v: VarVector) in (v * v).sum() } == [2, -4, 6])
    }

    @Test("data operands and VarVector(constant:) get no gradient")
    func constantsStayConstant() {
        let data = VarVector(constant: [1, 2])
        let x = VarVector([3, 4])
        (x * data + data).sum().backward()
        #expect(x.grad == [1, 2])
        #expect(data.grad == [0, 0])
    }

    @Test("element and range subscripts send gradients back to their elements")
    func subscripts() {
        let v = VarVector([1, 2, 3, 4])
        let out = v[1] * v[3] + v[0..<2].sum() * 10
        out.backward()
        #expect(out.value == 8 + 30)
        #expect(v.grad == [10, 14, 0, 2])
    }

    @Test("VarVector from Vars: each element's gradient returns to its Var")
    func fromVars() {
        let a = Var(1), b = Var(2)
        let v = VarVector([a, b, a])
        (v * [1, 10, 100]).sum().backward()
        #expect(a.grad == 101 && b.grad == 10)
    }

    @Test("description elides the middle of long vectors")
    func description() {
        #expect("\(VarVector([1, 2]))" == "VarVector(value: [1.0, 2.0], grad: [0.0, 0.0])")
        let long = VarVector((0..<10).map(Double.init))
        #expect("\(long)".hasPrefix("VarVector(value: [0.0, 1.0, 2.0, … (10 elements), 7.0, 8.0, 9.0]"))
    }
}
