/// Sample indices split three ways: fit on `train`, choose thresholds and settings on `validation`, report once on `test`.
///
/// Each part's indices are in increasing order; together they are 0..<n, each
/// index once. Select data with `split.train.map { x[$0] }`.
public struct DataSplit: Sendable, Equatable {
    /// The indices to fit the model on.
    public let train: [Int]
    /// The indices to tune on (threshold, temperature, early stopping).
    public let validation: [Int]
    /// The indices to report on, used once.
    public let test: [Int]

    /// A random split of `count` samples: round(n·train) for training, round(n·validation) for validation, the rest for testing.
    ///
    /// The indices 0..<n are shuffled by `SeededRandom(seed:).shuffled(_:)` and
    /// cut in that order. Rounding is to the nearest, halves away from zero;
    /// train + validation must not exceed 1. Edge cases: fractions outside
    /// [0, 1] stop; count 0 gives three empty parts.
    public init(count: Int, train: Double, validation: Double, seed: UInt64) {
        check(splitProblem("DataSplit(count:train:validation:seed:)", count: count, train: train, validation: validation))
        var random = SeededRandom(seed: seed)
        var parts = ([Int](), [Int](), [Int]())
        cut(random.shuffled(Array(0..<count)), train, validation, into: &parts)
        self.init(parts)
    }

    /// A stratified split: each class (each distinct label) is split as `init(count:train:validation:seed:)` splits, so every part keeps the class proportions.
    ///
    /// Classes are taken in the order of their first appearance; each one's
    /// indices are shuffled by one `SeededRandom(seed:)` in turn and cut with the
    /// rounding rule applied to that class's size, so the parts' sizes can
    /// differ from the unstratified ones by a sample or two.
    public init<Label: Hashable>(stratifying labels: [Label], train: Double, validation: Double, seed: UInt64) {
        check(splitProblem("DataSplit(stratifying:train:validation:seed:)", count: labels.count, train: train, validation: validation))
        var order: [Label] = [], members: [Label: [Int]] = [:]
        for (i, label) in labels.enumerated() {
            if members[label] == nil { order.append(label) }
            members[label, default: []].append(i)
        }
        var random = SeededRandom(seed: seed)
        var parts = ([Int](), [Int](), [Int]())
        for label in order { cut(random.shuffled(members[label]!), train, validation, into: &parts) }
        self.init(parts)
    }

    private init(_ parts: ([Int], [Int], [Int])) {
        train = parts.0.sorted()
        validation = parts.1.sorted()
        test = parts.2.sorted()
    }
}

/// Appends the first round(n·train) of `shuffled` to the training part, the next round(n·validation) to validation, the rest to test.
private func cut(_ shuffled: [Int], _ train: Double, _ validation: Double, into parts: inout ([Int], [Int], [Int])) {
    let n = shuffled.count
    let trainCount = min(n, Int((Double(n) * train).rounded()))
    let validationCount = min(n - trainCount, Int((Double(n) * validation).rounded()))
    parts.0 += shuffled[..<trainCount]
    parts.1 += shuffled[trainCount..<(trainCount + validationCount)]
    parts.2 += shuffled[(trainCount + validationCount)...]
}

private func splitProblem(_ function: String, count: Int, train: Double, validation: Double) -> String? {
    if count < 0 { return "\(function): count must be ≥ 0, got \(count)" }
    if !(0...1).contains(train) { return "\(function): train must lie in [0, 1], got \(train)" }
    if !(0...1).contains(validation) { return "\(function): validation must lie in [0, 1], got \(validation)" }
    if train + validation > 1 + 1e-12 { return "\(function): train + validation must be ≤ 1, got \(train + validation)" }
    return nil
}
