// The second oracle: Swift's own compiler autodiff (`_Differentiation`, part
// of the toolchain) differentiates the same compositions written as plain
// loops over Doubles; our gradients must agree to 1e-12.

import Autodiff
import Testing
import _Differentiation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - The compositions, written for the compiler

@differentiable(reverse)
func referenceSigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

@differentiable(reverse)
func referenceSoftplus(_ x: Double) -> Double { log(1 + exp(x)) }

/// Σ pᵢyᵢ / Σ pᵢ with p = σ(scores).
@differentiable(reverse, wrt: scores)
func referenceSoftPrecision(_ scores: [Double], _ labels: [Double]) -> Double {
    var tp = 0.0, predicted = 0.0
    for i in 0..<withoutDerivative(at: scores.count) {
        let p = referenceSigmoid(scores[i])
        tp = tp + p * labels[i]
        predicted = predicted + p
    }
    return tp / predicted
}

/// 1 − 2 Σ pᵢyᵢ / (Σ pᵢ + Σ yᵢ) with p = σ(scores).
@differentiable(reverse, wrt: scores)
func referenceSoftF1Loss(_ scores: [Double], _ labels: [Double]) -> Double {
    var tp = 0.0, predicted = 0.0, positives = 0.0
    for i in 0..<withoutDerivative(at: scores.count) {
        let p = referenceSigmoid(scores[i])
        tp = tp + p * labels[i]
        predicted = predicted + p
        positives = positives + labels[i]
    }
    return 1 - 2 * tp / (predicted + positives)
}

/// Mean of softplus(z) − y·z with z = X·w + b; parameters are w then b.
@differentiable(reverse, wrt: parameters)
func referenceLogisticLoss(_ parameters: [Double], _ x: [[Double]], _ labels: [Double]) -> Double {
    let d = x[0].count
    var total = 0.0
    for i in 0..<x.count {
        var z = parameters[d]
        for k in 0..<d { z = z + x[i][k] * parameters[k] }
        total = total + referenceSoftplus(z) - labels[i] * z
    }
    return total / Double(x.count)
}

/// A two-layer network: hidden = tanh(X·W₁ + b₁), out = hidden·w₂ + b₂, the
/// logistic loss on out. Parameters: W₁ (d × h, row-major), b₁, w₂, b₂.
@differentiable(reverse, wrt: parameters)
func referenceNetworkLoss(_ parameters: [Double], _ x: [[Double]], _ labels: [Double], hidden h: Int) -> Double {
    let d = x[0].count
    var total = 0.0
    for i in 0..<x.count {
        var out = parameters[d * h + 2 * h]
        for j in 0..<h {
            var z = parameters[d * h + j]
            for k in 0..<d { z = z + x[i][k] * parameters[k * h + j] }
            out = out + tanh(z) * parameters[d * h + h + j]
        }
        total = total + referenceSoftplus(out) - labels[i] * out
    }
    return total / Double(x.count)
}

/// ∇f from the compiler, as a plain array.
func compilerGradient(at x: [Double], of f: @differentiable(reverse) ([Double]) -> Double) -> (Double, [Double]) {
    let (value, tangent) = _Differentiation.valueWithGradient(at: x, of: f)
    return (value, tangent.base)
}

// MARK: - The tests

@Suite("Against Swift's compiler autodiff")
struct CompilerAutodiffTests {
    static let n = 40

    static func expectAgreement(
        _ name: String,
        ours: (value: Double, gradient: [Double]),
        compiler: (Double, [Double]),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(Swift.abs(ours.value - compiler.0) <= 1e-12 * Swift.max(1, Swift.abs(compiler.0)),
                "\(name): value \(ours.value) vs \(compiler.0)", sourceLocation: sourceLocation)
        let error = relativeError(ours.gradient, compiler.1)
        #expect(error <= 1e-12, "\(name): relative error \(error)", sourceLocation: sourceLocation)
    }

    @Test("soft precision")
    func softPrecision() {
        var numbers = SeededNumbers(seed: 71)
        let labels = numbers.labels(count: Self.n)
        let scores = numbers.uniform(count: Self.n, -3, 3)
        let ours = Autodiff.valueWithGradient(at: scores) { (s: VarVector) in
            let p = s.sigmoid()
            return p.dot(labels) / p.sum()
        }
        Self.expectAgreement("soft precision", ours: ours,
                             compiler: compilerGradient(at: scores) { referenceSoftPrecision($0, labels) })
    }

    @Test("1 − soft F1, through vector nodes and through one Var per score")
    func softF1() {
        var numbers = SeededNumbers(seed: 72)
        let labels = numbers.labels(count: Self.n)
        let scores = numbers.uniform(count: Self.n, -3, 3)
        let positives = labels.reduce(0, +)
        let compiler = compilerGradient(at: scores) { referenceSoftF1Loss($0, labels) }
        let vector = Autodiff.valueWithGradient(at: scores) { (s: VarVector) in
            let p = s.sigmoid()
            return 1 - 2 * (p * labels).sum() / (p.sum() + positives)
        }
        Self.expectAgreement("soft F1, vector", ours: vector, compiler: compiler)
        let scalars = Autodiff.valueWithGradient(at: scores) { (s: [Var]) in
            var tp = Var(0), predicted = Var(0)
            for (score, label) in zip(s, labels) {
                let p = sigmoid(score)
                tp += p * label
                predicted += p
            }
            return 1 - 2 * tp / (predicted + positives)
        }
        Self.expectAgreement("soft F1, scalars", ours: scalars, compiler: compiler)
    }

    @Test("logistic regression loss over a 40 × 5 data matrix")
    func logisticLoss() {
        var numbers = SeededNumbers(seed: 73)
        let (n, d) = (Self.n, 5)
        let rows = (0..<n).map { _ in numbers.uniform(count: d, -2, 2) }
        let labels = numbers.labels(count: n)
        let parameters = numbers.uniform(count: d + 1, -1, 1)
        let x = VarMatrix(constant: rows)
        let ours = Autodiff.valueWithGradient(at: parameters) { (p: VarVector) in
            let z = x.matmul(p[0..<d]) + p[d]
            return (z.softplus() - labels * z).mean()
        }
        Self.expectAgreement("logistic loss", ours: ours,
                             compiler: compilerGradient(at: parameters) { referenceLogisticLoss($0, rows, labels) })
    }

    @Test("a two-layer network: tanh hidden layer, logistic loss")
    func network() {
        var numbers = SeededNumbers(seed: 74)
        let (n, d, h) = (Self.n, 4, 6)
        let rows = (0..<n).map { _ in numbers.uniform(count: d, -2, 2) }
        let labels = numbers.labels(count: n)
        let parameters = numbers.uniform(count: d * h + 2 * h + 1, -1, 1)
        let x = VarMatrix(constant: rows)
        let ours = Autodiff.valueWithGradient(at: parameters) { (p: VarVector) in
            let w1 = VarMatrix(rows: d, columns: h, entries: p[0..<(d * h)])
            let b1 = p[(d * h)..<(d * h + h)]
            let w2 = p[(d * h + h)..<(d * h + 2 * h)]
            let b2 = p[d * h + 2 * h]
            let hidden = (x.matmul(w1) + b1).tanh()
            let out = hidden.matmul(w2) + b2
            return (out.softplus() - labels * out).mean()
        }
        Self.expectAgreement("two-layer network", ours: ours,
                             compiler: compilerGradient(at: parameters) { referenceNetworkLoss($0, rows, labels, hidden: h) })
    }
}
