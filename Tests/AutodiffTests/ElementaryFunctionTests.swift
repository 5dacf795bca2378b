import Autodiff
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One elementary function: on a `Var`, on a `VarVector`, on plain numbers,
/// where it may be evaluated, and where its kinks are.
struct Elementary: Sendable, CustomTestStringConvertible {
    let name: String
    let scalar: @Sendable (Var) -> Var
    let vector: @Sendable (VarVector) -> VarVector
    /// Nil where the matrix type has no such method.
    let matrix: (@Sendable (VarMatrix) -> VarMatrix)?
    let plain: @Sendable (Double) -> Double
    let domain: ClosedRange<Double>
    let kinks: [Double]

    var testDescription: String { name }

    static let all: [Elementary] = [
        .init(name: "exp", scalar: { $0.exp() }, vector: { $0.exp() }, matrix: { $0.exp() },
              plain: { exp($0) }, domain: -4...4, kinks: []),
        .init(name: "log", scalar: { $0.log() }, vector: { $0.log() }, matrix: { $0.log() },
              plain: { log($0) }, domain: 0.2...6, kinks: []),
        .init(name: "sigmoid", scalar: { $0.sigmoid() }, vector: { $0.sigmoid() }, matrix: { $0.sigmoid() },
              plain: { 1 / (1 + exp(-$0)) }, domain: -8...8, kinks: []),
        .init(name: "tanh", scalar: { $0.tanh() }, vector: { $0.tanh() }, matrix: { $0.tanh() },
              plain: { tanh($0) }, domain: -3...3, kinks: []),
        .init(name: "softplus", scalar: { $0.softplus() }, vector: { $0.softplus() }, matrix: { $0.softplus() },
              plain: { log(1 + exp($0)) }, domain: -6...6, kinks: []),
        .init(name: "relu", scalar: { $0.relu() }, vector: { $0.relu() }, matrix: { $0.relu() },
              plain: { Swift.max($0, 0) }, domain: -3...3, kinks: [0]),
        .init(name: "abs", scalar: { $0.abs() }, vector: { $0.abs() }, matrix: { $0.abs() },
              plain: { Swift.abs($0) }, domain: -3...3, kinks: [0]),
        .init(name: "pow 2.5", scalar: { $0.pow(2.5) }, vector: { $0.pow(2.5) }, matrix: { $0.pow(2.5) },
              plain: { pow($0, 2.5) }, domain: 0.1...3, kinks: []),
        .init(name: "pow 3", scalar: { $0.pow(3) }, vector: { $0.pow(3) }, matrix: { $0.pow(3) },
              plain: { $0 * $0 * $0 }, domain: -3...3, kinks: []),
        .init(name: "pow −1", scalar: { $0.pow(-1) }, vector: { $0.pow(-1) }, matrix: { $0.pow(-1) },
              plain: { 1 / $0 }, domain: 0.3...3, kinks: []),
        .init(name: "squareRoot", scalar: { $0.squareRoot() }, vector: { $0.squareRoot() }, matrix: { $0.squareRoot() },
              plain: { $0.squareRoot() }, domain: 0.1...5, kinks: []),
        .init(name: "clamped to −1…2", scalar: { $0.clamped(to: -1...2) }, vector: { $0.clamped(to: -1...2) },
              matrix: { $0.clamped(to: -1...2) }, plain: { Swift.min(Swift.max($0, -1), 2) }, domain: -3...3, kinks: [-1, 2]),
        .init(name: "max with 0.5", scalar: { max($0, 0.5) }, vector: { max($0, 0.5) }, matrix: nil,
              plain: { Swift.max($0, 0.5) }, domain: -2...2, kinks: [0.5]),
        .init(name: "min with 0.5", scalar: { min(0.5, $0) }, vector: { min(0.5, $0) }, matrix: nil,
              plain: { Swift.min($0, 0.5) }, domain: -2...2, kinks: [0.5]),
        .init(name: "step at 0.5", scalar: { $0.step(threshold: 0.5) }, vector: { $0.step(threshold: 0.5) },
              matrix: { $0.step(threshold: 0.5) }, plain: { $0 > 0.5 ? 1 : 0 }, domain: -2...2, kinks: [0.5]),
    ]
}

@Suite("Elementary functions")
struct ElementaryFunctionTests {
    @Test("on a Var: derivative matches finite differences away from kinks", arguments: Elementary.all)
    func scalar(_ f: Elementary) {
        var numbers = SeededNumbers(seed: 11)
        for _ in 0..<25 {
            let x = numbers.awayFrom(f.kinks, f.domain.lowerBound, f.domain.upperBound)
            let (value, ours) = valueWithDerivative(at: x, of: f.scalar)
            let numeric = numericalDerivative(at: x, of: f.plain)
            #expect(Swift.abs(value - f.plain(x)) <= 1e-12 * Swift.max(1, Swift.abs(value)), "\(f.name)(\(x))")
            #expect(relativeError([ours], [numeric]) <= 1e-6, "\(f.name)'(\(x)): \(ours) vs \(numeric)")
        }
    }

    @Test("on a VarVector: gradient matches finite differences away from kinks", arguments: Elementary.all)
    func vector(_ f: Elementary) {
        var numbers = SeededNumbers(seed: 12)
        let x = (0..<12).map { _ in numbers.awayFrom(f.kinks, f.domain.lowerBound, f.domain.upperBound) }
        let w = numbers.uniform(count: 12, -1, 1)
        expectMatchesFiniteDifferences(at: x, f.name,
            autodiff: { v in f.vector(v).dot(w) },
            plain: { x in weightedSum(w, x.map(f.plain)) })
    }

    @Test("on a VarMatrix: gradient matches finite differences away from kinks",
          arguments: Elementary.all.filter { $0.matrix != nil })
    func matrix(_ f: Elementary) {
        guard let onMatrix = f.matrix else { return }
        var numbers = SeededNumbers(seed: 13)
        let x = (0..<6).map { _ in numbers.awayFrom(f.kinks, f.domain.lowerBound, f.domain.upperBound) }
        let w = numbers.uniform(count: 6, -1, 1)
        expectMatchesFiniteDifferences(at: x, f.name,
            autodiff: { v in
                let m = onMatrix(VarMatrix(rows: 2, columns: 3, entries: v))
                #expect(m.rows == 2 && m.columns == 3)
                return m.entries.dot(w)
            },
            plain: { x in weightedSum(w, x.map(f.plain)) })
    }

    @Test("free functions give the same value and gradient as the methods")
    func freeFunctions() {
        let pairs: [(String, (Var) -> Var, (Var) -> Var)] = [
            ("exp", { exp($0) }, { $0.exp() }), ("log", { log($0) }, { $0.log() }),
            ("sigmoid", { sigmoid($0) }, { $0.sigmoid() }), ("tanh", { tanh($0) }, { $0.tanh() }),
            ("softplus", { softplus($0) }, { $0.softplus() }), ("relu", { relu($0) }, { $0.relu() }),
            ("abs", { abs($0) }, { $0.abs() }), ("sqrt", { sqrt($0) }, { $0.squareRoot() }),
            ("pow", { pow($0, 1.5) }, { $0.pow(1.5) }), ("clamp", { clamp($0, to: 0...1) }, { $0.clamped(to: 0...1) }),
            ("step", { step($0, threshold: 1) }, { $0.step(threshold: 1) }),
        ]
        for (name, free, method) in pairs {
            let a = valueWithDerivative(at: 0.7, of: free), b = valueWithDerivative(at: 0.7, of: method)
            #expect(a.value == b.value && a.derivative == b.derivative, "\(name)")
        }
        let v = [0.3, -1.2, 2.0]
        let vectorPairs: [(String, (VarVector) -> VarVector, (VarVector) -> VarVector)] = [
            ("exp", { exp($0) }, { $0.exp() }), ("sigmoid", { sigmoid($0) }, { $0.sigmoid() }),
            ("tanh", { tanh($0) }, { $0.tanh() }), ("relu", { relu($0) }, { $0.relu() }),
            ("abs", { abs($0) }, { $0.abs() }), ("softplus", { softplus($0) }, { $0.softplus() }),
            ("pow", { pow($0, 2) }, { $0.pow(2) }), ("clamp", { clamp($0, to: 0...1) }, { $0.clamped(to: 0...1) }),
            ("step", { step($0, threshold: 0) }, { $0.step(threshold: 0) }),
            ("log∘abs", { log(abs($0)) }, { $0.abs().log() }), ("sqrt∘abs", { sqrt(abs($0)) }, { $0.abs().squareRoot() }),
        ]
        for (name, free, method) in vectorPairs {
            let a = valueWithGradient(at: v) { (x: VarVector) in free(x).sum() }
            let b = valueWithGradient(at: v) { (x: VarVector) in method(x).sum() }
            #expect(a.value == b.value && a.gradient == b.gradient, "\(name)")
        }
        let m = VarMatrix([[0.5, -0.5]])
        #expect(exp(m).value == m.exp().value && log(exp(m)).value == m.value)
        #expect(sigmoid(m).value == m.sigmoid().value && tanh(m).value == m.tanh().value && relu(m).value == [0.5, 0])
    }

    @Test("plain-number versions: sigmoid, softplus, relu and step never overflow")
    func plainNumbers() {
        #expect(sigmoid(0) == 0.5)
        #expect(sigmoid(-800) == 0 && sigmoid(800) == 1)
        #expect(softplus(1000) == 1000 && softplus(-1000) == 0)
        #expect(softplus(0) == log(2.0))
        #expect(relu(-2) == 0 && relu(3) == 3)
        #expect(step(0.5, threshold: 0.5) == 0 && step(0.51, threshold: 0.5) == 1)
        // Foundation's and Glibc's log still mean log on plain numbers.
        #expect(log(exp(2.0)) == 2)
    }

    @Test("the scalar pow overloads: varying exponent and varying base")
    func powers() {
        let grad = gradient(at: [1.7, 0.6]) { (v: [Var]) in pow(v[0], v[1]) + pow(2.0, v[1]) }
        let numeric = numericalGradient(at: [1.7, 0.6]) { v in pow(v[0], v[1]) + pow(2.0, v[1]) }
        #expect(relativeError(grad, numeric) <= 1e-6)
        // At base 0 the exponent's derivative aᵇ·ln a is taken as 0, not NaN.
        #expect(gradient(at: [0, 2]) { (v: [Var]) in pow(v[0], v[1]) } == [0, 0])
    }
}
