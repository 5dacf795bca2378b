// Speed of the autodiff module on the course's workloads. Prints tables of
// median times; run it optimised:
//
//     swift run -c release autodiff-benchmark
//
// Workloads, each next to a hand-written fused loop that computes the same
// value and analytic gradient (the floor):
//   - 1 − softF1 from soft TP/FP/FN with p = σ(scores): forward + backward,
//     through vector nodes (n = 10³, 10⁵, 10⁶) and through one `Var` per
//     score (n = 10³, the way lesson 1 writes it), with σ as one node or
//     composed from −, exp, + and ÷ as micrograd would build it;
//   - 200 full-batch gradient-descent steps of logistic regression, 10,000 × 20.
//
// Each workload and its floor are timed alternately, so that other load on
// the machine hits both alike. On Linux the tables are printed twice: with
// the C allocator's defaults (every large buffer comes back from the kernel
// as fresh pages, and the page faults cost about as much as the arithmetic)
// and with the allocator told to keep freed memory, as a long training run's
// allocator effectively does.

import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Data (a fixed generator: the same numbers every run)

struct Numbers {
    var state: UInt64
    /// Uniform in [0, 1).
    mutating func uniform() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = Swift.max(uniform(), 1e-300), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

/// Scores and 0/1 labels, 30 % positive, positives scoring higher on average.
func classification(_ n: Int) -> (scores: [Double], labels: [Double]) {
    var numbers = Numbers(state: 42)
    let labels = (0..<n).map { _ in numbers.uniform() < 0.3 ? 1.0 : 0.0 }
    let scores = labels.map { $0 * 1.5 - 0.75 + numbers.normal() }
    return (scores, labels)
}

// MARK: - 1 − softF1, three ways

/// Through vector nodes: a handful of nodes whatever n is.
func softF1LossVector(_ scores: [Double], _ labels: [Double], positives: Double) -> (Double, [Double]) {
    let s = VarVector(scores)
    let p = s.sigmoid()
    let tp = p.dot(labels)
    let fp = p.sum() - tp
    let fn = positives - tp
    let loss = 1 - 2 * tp / (2 * tp + fp + fn)
    loss.backward()
    return (loss.value, s.grad)
}

/// Through one `Var` per score; σ as one node, or composed as 1/(1 + e⁻ˣ)
/// (four nodes: −x, eˣ, 1 + ·, 1/·), the graph micrograd builds.
func softF1LossScalar(_ scores: [Double], _ labels: [Double], positives: Double, composed: Bool = false) -> (Double, [Double]) {
    let s = scores.map { Var($0) }
    var tp = Var(0), predicted = Var(0)
    for (score, label) in zip(s, labels) {
        let p = composed ? 1 / (1 + exp(-score)) : score.sigmoid()
        tp += p * label
        predicted += p
    }
    let fp = predicted - tp
    let fn = positives - tp
    let loss = 1 - 2 * tp / (2 * tp + fp + fn)
    loss.backward()
    return (loss.value, s.map(\.grad))
}

/// The floor: value and analytic gradient in two fused loops.
/// With F = 2TP/(Σp + Σy): ∂(1 − F)/∂sᵢ = −2(yᵢ − F/2)/(Σp + Σy) · pᵢ(1 − pᵢ).
func softF1LossFused(_ scores: [Double], _ labels: [Double], positives: Double) -> (Double, [Double]) {
    let n = scores.count
    var p = [Double](repeating: 0, count: n)
    var tp = 0.0, predicted = 0.0
    scores.withUnsafeBufferPointer { s in
        labels.withUnsafeBufferPointer { y in
            p.withUnsafeMutableBufferPointer { p in
                for i in 0..<n {
                    let pi = 1 / (1 + exp(-s[i]))
                    p[i] = pi
                    tp += pi * y[i]
                    predicted += pi
                }
            }
        }
    }
    let denominator = predicted + positives
    let f1 = 2 * tp / denominator
    var grad = [Double](repeating: 0, count: n)
    labels.withUnsafeBufferPointer { y in
        p.withUnsafeBufferPointer { p in
            grad.withUnsafeMutableBufferPointer { g in
                for i in 0..<n { g[i] = -2 * (y[i] - f1 / 2) / denominator * p[i] * (1 - p[i]) }
            }
        }
    }
    return (1 - f1, grad)
}

// MARK: - Logistic regression

struct Regression {
    let rows: Int, columns: Int
    let x: [Double]          // row-major
    let labels: [Double]

    init(rows: Int, columns: Int) {
        var numbers = Numbers(state: 7)
        let truth = (0..<columns).map { _ in numbers.normal() }
        let x = (0..<(rows * columns)).map { _ in numbers.normal() }
        self.rows = rows
        self.columns = columns
        self.x = x
        self.labels = (0..<rows).map { i in
            let z = (0..<columns).reduce(0) { $0 + x[i * columns + $1] * truth[$1] }
            return numbers.uniform() < 1 / (1 + exp(-z)) ? 1 : 0
        }
    }

    /// Gradient descent through autodiff: mean(softplus(z) − y·z), z = X·w + b.
    func trainWithAutodiff(steps: Int, learningRate: Double) -> (loss: Double, parameters: [Double]) {
        let data = VarMatrix(rows: rows, columns: columns, entries: VarVector(constant: x))
        let d = columns, labels = labels
        var parameters = [Double](repeating: 0, count: d + 1)
        let optimizer = GradientDescent(learningRate: learningRate)
        var loss = 0.0
        for _ in 0..<steps {
            let (value, gradient) = valueWithGradient(at: parameters) { p in
                let z = data.matmul(p[0..<d]) + p[d]
                return (z.softplus() - labels * z).mean()
            }
            loss = value
            optimizer.update(&parameters, gradient: gradient)
        }
        return (loss, parameters)
    }

    /// The floor: the same steps with the analytic gradient Xᵀ(σ(z) − y)/n,
    /// one exponential per row shared by softplus and σ.
    func trainFused(steps: Int, learningRate: Double) -> (loss: Double, parameters: [Double]) {
        let (n, d) = (rows, columns)
        var w = [Double](repeating: 0, count: d + 1)
        var loss = 0.0
        for _ in 0..<steps {
            var gradient = [Double](repeating: 0, count: d + 1)
            var total = 0.0
            x.withUnsafeBufferPointer { x in
                labels.withUnsafeBufferPointer { y in
                    w.withUnsafeBufferPointer { w in
                        gradient.withUnsafeMutableBufferPointer { g in
                            for i in 0..<n {
                                let row = x.baseAddress! + i * d
                                // Four running sums hide the latency of each addition.
                                var z0 = w[d], z1 = 0.0, z2 = 0.0, z3 = 0.0
                                var k = 0
                                while k + 4 <= d {
                                    z0 += row[k] * w[k]; z1 += row[k + 1] * w[k + 1]
                                    z2 += row[k + 2] * w[k + 2]; z3 += row[k + 3] * w[k + 3]
                                    k += 4
                                }
                                while k < d { z0 += row[k] * w[k]; k += 1 }
                                let z = (z0 + z1) + (z2 + z3)
                                let e = exp(-Swift.abs(z))
                                total += Swift.max(z, 0) + log1p(e) - y[i] * z
                                let p = z >= 0 ? 1 / (1 + e) : e / (1 + e)
                                let residual = (p - y[i]) / Double(n)
                                for k in 0..<d { g[k] += residual * row[k] }
                                g[d] += residual
                            }
                        }
                    }
                }
            }
            loss = total / Double(n)
            for k in 0...d { w[k] -= learningRate * gradient[k] }
        }
        return (loss, w)
    }
}

// MARK: - Timing and printing

/// Median milliseconds of `a` and of `b` over `repeats` alternating runs, after a warm-up.
func alternatingMedians(repeats: Int, _ a: () -> Void, _ b: () -> Void) -> (Double, Double) {
    a(); b()
    let clock = ContinuousClock()
    var timesA: [Double] = [], timesB: [Double] = []
    func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) * 1e-15
    }
    for _ in 0..<repeats {
        timesA.append(milliseconds(clock.measure(a)))
        timesB.append(milliseconds(clock.measure(b)))
    }
    return (timesA.sorted()[repeats / 2], timesB.sorted()[repeats / 2])
}

/// x with `digits` decimals ("12.345").
func format(_ x: Double, _ digits: Int = 3) -> String {
    guard x.isFinite else { return "\(x)" }
    let scale = (0..<digits).reduce(1) { r, _ in r * 10 }
    let units = Int((Swift.abs(x) * Double(scale)).rounded())
    let fraction = String(units % scale)
    let padded = String(repeating: "0", count: digits - fraction.count) + fraction
    return (x < 0 ? "-" : "") + "\(units / scale)" + (digits > 0 ? "." + padded : "")
}

/// "1.2e-19": the size of a tiny number.
func scientific(_ x: Double) -> String {
    guard x > 0 else { return "0" }
    let exponent = Int(log10(x).rounded(.down))
    return format(x / pow(10, Double(exponent)), 1) + "e" + String(exponent)
}

func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map { Swift.abs($0 - $1) }.max() ?? 0
}

/// Keeps results alive so that the optimiser cannot drop the work.
final class Sink: @unchecked Sendable { var total = 0.0 }
let sink = Sink()

func runAll(regression: Regression) {
    print(row(["workload", "n", "repeats", "autodiff (ms)", "fused loop (ms)", "ratio", "max |Δ gradient|"]))
    print(row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]))
    for n in [1_000, 100_000, 1_000_000] {
        let (scores, labels) = classification(n)
        let positives = labels.reduce(0, +)
        let repeats = n >= 1_000_000 ? 41 : n >= 100_000 ? 101 : 1001
        let (vector, fused) = alternatingMedians(repeats: repeats,
            { sink.total += softF1LossVector(scores, labels, positives: positives).1[0] },
            { sink.total += softF1LossFused(scores, labels, positives: positives).1[0] })
        let floor = softF1LossFused(scores, labels, positives: positives).1
        let gap = maxDifference(softF1LossVector(scores, labels, positives: positives).1, floor)
        print(row(["1 − softF1, VarVector", "\(n)", "\(repeats)", format(vector), format(fused),
                   format(vector / fused, 2), scientific(gap)]))
        if n == 1_000 {
            for composed in [false, true] {
                let (scalar, fusedAgain) = alternatingMedians(repeats: 201,
                    { sink.total += softF1LossScalar(scores, labels, positives: positives, composed: composed).1[0] },
                    { sink.total += softF1LossFused(scores, labels, positives: positives).1[0] })
                let gradient = softF1LossScalar(scores, labels, positives: positives, composed: composed).1
                let name = composed ? "one Var per score, σ = 1/(1 + exp(−x))" : "one Var per score, σ one node"
                print(row(["1 − softF1, " + name, "\(n)", "201", format(scalar), format(fusedAgain),
                           format(scalar / fusedAgain, 1), scientific(maxDifference(gradient, floor))]))
            }
        }
    }
    var fitted = (loss: 0.0, parameters: [Double]()), floor = fitted
    let (autodiff, fused) = alternatingMedians(repeats: 11,
        { fitted = regression.trainWithAutodiff(steps: 200, learningRate: 0.5) },
        { floor = regression.trainFused(steps: 200, learningRate: 0.5) })
    print(row(["logistic regression, 200 GD steps", "10000×20", "11", format(autodiff), format(fused),
               format(autodiff / fused, 2), scientific(maxDifference(fitted.parameters, floor.parameters))]))
    print()
    print("logistic regression after 200 steps: mean loss \(format(fitted.loss, 6)) (floor: \(format(floor.loss, 6)))")
}

print("Autodiff benchmark: float64, median times in milliseconds.")
print("Last column: largest difference between the two gradients (parameters, for the regression).")
let regression = Regression(rows: 10_000, columns: 20)
print()
print("C allocator defaults:")
print()
runAll(regression: regression)
#if canImport(Glibc)
/// glibc's `mallopt` (declared in malloc.h, which the Glibc module leaves out).
typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
if let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
    // Keep freed memory in the process instead of returning it to the kernel:
    // M_MMAP_THRESHOLD (−3) = 256 MB, M_TRIM_THRESHOLD (−1) = 512 MB.
    _ = mallopt(-3, 256 << 20)
    _ = mallopt(-1, 512 << 20)
    print()
    print("Allocator keeping freed memory (mallopt: M_MMAP_THRESHOLD 256 MB, M_TRIM_THRESHOLD 512 MB):")
    print()
    runAll(regression: regression)
}
#endif
if sink.total == 42 { print(sink.total) }
