// Bad input is a programmer error in cell code: we stop with a message that
// names the function and the problem instead of returning a wrong number.
// Each check returns that message (or nil) so tests can read it directly.

/// Stops the program with `problem` when there is one.
func check(_ problem: String?) {
    if let problem { fatalError(problem) }
}

/// 0/1 labels and scores of the same non-zero length, no NaN, a threshold that is a number.
func classificationProblem(_ function: String, labels: [Double], scores: [Double], threshold: Double) -> String? {
    let problem = pairProblem(("labels", labels), ("scores", scores))
        ?? labelProblem(labels)
        ?? nanProblem("scores", scores)
        ?? (threshold.isNaN ? "threshold is NaN" : nil)
    return problem.map { "\(function): \($0)" }
}

/// 0/1 labels and predicted 0/1 labels of the same non-zero length.
func predictionProblem(_ function: String, labels: [Double], predictions: [Double]) -> String? {
    let problem = pairProblem(("labels", labels), ("predictions", predictions))
        ?? labelProblem(labels)
        ?? labelProblem(predictions, name: "predictions").map {
            "\($0) (to threshold scores, pass threshold:)"
        }
    return problem.map { "\(function): \($0)" }
}

/// 0/1 labels and scores (any numbers but NaN) of the same non-zero length.
func rankingProblem(_ function: String, labels: [Double], scores: [Double], scoresName: String = "scores") -> String? {
    let problem = pairProblem(("labels", labels), (scoresName, scores))
        ?? labelProblem(labels)
        ?? nanProblem(scoresName, scores)
    return problem.map { "\(function): \($0)" }
}

/// 0/1 labels and probabilities in [0, 1] of the same non-zero length.
func probabilityProblem(_ function: String, labels: [Double], probabilities: [Double]) -> String? {
    let problem = pairProblem(("labels", labels), ("probabilities", probabilities))
        ?? labelProblem(labels)
        ?? probabilities.indices.first { !(0...1).contains(probabilities[$0]) }.map {
            "probabilities must lie in [0, 1], found \(probabilities[$0]) at index \($0)"
        }
    return problem.map { "\(function): \($0)" }
}

/// Two vectors of numbers of the same non-zero length, no NaN.
func valuesProblem(_ function: String, _ first: (String, [Double]), _ second: (String, [Double])) -> String? {
    let problem = pairProblem(first, second)
        ?? nanProblem(first.0, first.1)
        ?? nanProblem(second.0, second.1)
    return problem.map { "\(function): \($0)" }
}

/// A data range that is a positive finite number.
func dataRangeProblem(_ function: String, dataRange: Double) -> String? {
    dataRange > 0 && dataRange.isFinite ? nil : "\(function): dataRange must be positive and finite, got \(dataRange)"
}

/// A β that is 0, positive or +∞.
func betaProblem(_ function: String, beta: Double) -> String? {
    beta >= 0 ? nil : "\(function): beta must be ≥ 0, got \(beta)"
}

/// A temperature that is a positive finite number.
func temperatureProblem(_ function: String, temperature: Double) -> String? {
    temperature > 0 && temperature.isFinite ? nil : "\(function): temperature must be positive and finite, got \(temperature)"
}

func pairProblem(_ first: (String, [Double]), _ second: (String, [Double])) -> String? {
    switch (first.1.isEmpty, second.1.isEmpty) {
    case (true, true): return "\(first.0) and \(second.0) are empty"
    case (true, false): return "\(first.0) is empty"
    case (false, true): return "\(second.0) is empty"
    case (false, false):
        if first.1.count != second.1.count {
            return "\(first.0) has \(first.1.count) elements but \(second.0) has \(second.1.count)"
        }
        return nil
    }
}

func labelProblem(_ labels: [Double], name: String = "labels") -> String? {
    labels.indices.first { labels[$0] != 0 && labels[$0] != 1 }.map {
        "\(name) must be 0 or 1, found \(labels[$0]) at index \($0)"
    }
}

func nanProblem(_ name: String, _ values: [Double]) -> String? {
    values.indices.first { values[$0].isNaN }.map { "\(name) has NaN at index \($0)" }
}
