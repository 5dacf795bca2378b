import Foundation
import Testing

/// Reads `Fixtures/<name>.json`, written by scripts/reference_metrics.py.
func loadFixture<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return try decoder.decode(T.self, from: Data(contentsOf: url))
}

/// True when `actual` and `expected` agree to `relative` (NaN matches NaN, ∞ matches ∞).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-12) -> Bool {
    if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
    if actual == expected { return true }
    return abs(actual - expected) <= relative * max(abs(actual), abs(expected))
}

/// True when every element agrees to `relative` of the largest expected magnitude.
func isClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-12) -> Bool {
    let scale = expected.map(abs).max() ?? 0
    return actual.count == expected.count
        && zip(actual, expected).allSatisfy { abs($0 - $1) <= relative * scale }
}

/// The n = 10⁴ case the script regenerates instead of storing: a 64-bit LCG on integers.
struct GeneratedCase: Decodable {
    let generator: String
    let n: Int
    let seed: UInt64
    let sumK: Int
    let positives: Int
    let firstScores: [Double]
    let firstLabels: [Double]

    /// Scores k/1000 and labels with P(1) = 0.2 + 0.6·score, exactly as `lcg_case` in the script.
    func generate() -> (scores: [Double], labels: [Double], sumK: Int) {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        var scores: [Double] = [], labels: [Double] = [], sumK = 0
        for _ in 0..<n {
            let k = next() % 1000, r = next() % 1000
            sumK += Int(k)
            scores.append(Double(k) / 1000)
            labels.append(r * 1000 < 200_000 + 600 * k ? 1 : 0)
        }
        return (scores, labels, sumK)
    }

    /// The generated data, after checking it is the data the script saw.
    func data() throws -> (scores: [Double], labels: [Double]) {
        let (scores, labels, sumK) = generate()
        try #require(generator == "lcg" && scores.count == n)
        try #require(sumK == self.sumK && Int(labels.reduce(0, +)) == positives)
        try #require(Array(scores.prefix(5)) == firstScores && Array(labels.prefix(5)) == firstLabels)
        return (scores, labels)
    }
}
