import Foundation

/// The largest disagreement between computed and reference numbers in one test: |a − e| / max(1, |e|),
/// so absolute below 1 and relative above. NaN agrees only with NaN, ±∞ only with itself.
struct Deviation {
    private(set) var worst = 0.0
    private(set) var comparisons = 0

    mutating func record(_ actual: Double, _ expected: Double) {
        comparisons += 1
        if actual.isNaN || expected.isNaN || actual.isInfinite || expected.isInfinite {
            if !(actual == expected || (actual.isNaN && expected.isNaN)) { worst = .infinity }
            return
        }
        worst = max(worst, abs(actual - expected) / max(1, abs(expected)))
    }

    mutating func record(_ actual: [Double], _ expected: [Double]) {
        guard actual.count == expected.count else { worst = .infinity; return }
        for (a, e) in zip(actual, expected) { record(a, e) }
    }

    mutating func record(_ actual: [[Double]], _ expected: [[Double]]) {
        guard actual.count == expected.count else { worst = .infinity; return }
        for (a, e) in zip(actual, expected) { record(a, e) }
    }

    /// "name: worst 3.1e-16 over 120 numbers", printed when PRINT_DEVIATIONS is set (to report oracle agreement).
    func report(_ name: String) -> String {
        let line = "\(name): worst \(worst) over \(comparisons) numbers"
        if ProcessInfo.processInfo.environment["PRINT_DEVIATIONS"] != nil { print("deviation \(line)") }
        return line
    }
}
