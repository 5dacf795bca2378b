// Speed of the metrics on large inputs: `swift run -c release metrics-benchmark`.
// Prints the median of several runs of each measurement.

import Autodiff
import Metrics

/// Deterministic numbers in [0, 1): a 64-bit linear congruential generator.
struct Numbers {
    var state: UInt64
    mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
}

/// The median wall time of `runs` calls of `body`, in milliseconds, and the last result.
func measure<T>(runs: Int = 7, _ body: () -> T) -> (milliseconds: Double, result: T) {
    var times: [Double] = []
    var result = body()
    for _ in 0..<runs {
        let start = ContinuousClock.now
        result = body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
    }
    return (times.sorted()[runs / 2], result)
}

func report(_ name: String, _ milliseconds: Double, _ result: Any) {
    let hundredths = Int((milliseconds * 100).rounded())
    let fraction = String(hundredths % 100)
    let time = "\(hundredths / 100)." + String(repeating: "0", count: 2 - fraction.count) + fraction
    print("\(name.padding(toLength: 46, withPad: " ", startingAt: 0)) \(time.leftPadded(to: 9)) ms   (\(result))")
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
    func padding(toLength length: Int, withPad pad: String, startingAt _: Int) -> String {
        self + String(repeating: pad, count: max(0, length - count))
    }
}

var numbers = Numbers(state: 2024)
let n = 1_000_000
let scores = (0..<n).map { _ in numbers.next() }
let labels = scores.map { s in numbers.next() < 0.2 + 0.6 * s ? 1.0 : 0.0 }
// Scores rounded to 1/1000: many ties, the case that needs grouping.
let tiedScores = scores.map { ($0 * 1000).rounded(.down) / 1000 }

print("n = \(n) samples, images 512×512; median of 7 runs")
var t = measure { averagePrecision(labels: labels, scores: scores) }
report("averagePrecision, n = 10⁶ (distinct scores)", t.milliseconds, t.result)
t = measure { averagePrecision(labels: labels, scores: tiedScores) }
report("averagePrecision, n = 10⁶ (1000 tied levels)", t.milliseconds, t.result)
t = measure { rocAUC(labels: labels, scores: scores) }
report("rocAUC, n = 10⁶ (distinct scores)", t.milliseconds, t.result)
t = measure { rocAUC(labels: labels, scores: tiedScores) }
report("rocAUC, n = 10⁶ (1000 tied levels)", t.milliseconds, t.result)
t = measure { f1Score(labels: labels, scores: scores, threshold: 0.5) }
report("f1Score (hard), n = 10⁶", t.milliseconds, t.result)
t = measure { softF1(labels: labels, probabilities: scores) }
report("softF1 value on [Double], n = 10⁶", t.milliseconds, t.result)
let g = measure { valueWithGradient(at: scores) { p in softF1(labels: labels, probabilities: p) } }
report("softF1 value + gradient (VarVector), n = 10⁶", g.milliseconds, "value \(g.result.value)")
let gs = measure { valueWithGradient(at: scores) { z in softF1(labels: labels, probabilities: sigmoid(z)) } }
report("softF1(sigmoid(z)) value + gradient, n = 10⁶", gs.milliseconds, "value \(gs.result.value)")
t = measure { logLoss(labels: labels, probabilities: scores) }
report("logLoss, n = 10⁶", t.milliseconds, t.result)

let side = 512
let x = Image(width: side, height: side, pixels: (0..<side * side).map { _ in numbers.next() })
let y = Image(width: side, height: side, pixels: x.pixels.map { min(1, max(0, $0 + 0.2 * (numbers.next() - 0.5))) })
t = measure { ssim(reference: x, estimate: y, dataRange: 1) }
report("ssim 512×512, scikit-image (7×7 uniform)", t.milliseconds, t.result)
t = measure { ssim(reference: x, estimate: y, dataRange: 1, parameters: .wang2004) }
report("ssim 512×512, Wang 2004 (11×11 Gaussian)", t.milliseconds, t.result)
let sg = measure { valueWithGradient(at: y.pixels) { v in ssim(reference: x, estimate: v, dataRange: 1, parameters: .wang2004) } }
report("ssim 512×512 value + gradient (Wang 2004)", sg.milliseconds, "value \(sg.result.value)")
t = measure { psnr(reference: x, estimate: y, dataRange: 1) }
report("psnr 512×512", t.milliseconds, t.result)
