import Autodiff

/// A hard metric paired with its surrogate, for ``compareGradients(_:labels:scores:threshold:)`` and ``sweep(_:labels:scores:sample:over:points:threshold:)``.
///
/// Metrics over confusion counts (`.precision`, `.f1`, …) use one formula
/// for both: on counts of the hard step it is the metric, on soft counts
/// the surrogate. By default the scores are taken as probabilities (soft
/// TP = Σ pᵢyᵢ); ``relaxed(_:)`` picks another way to soften the step.
/// Ranking metrics pair with their own surrogates: AP with smooth-AP,
/// ROC AUC with pairwise AUC.
public struct Metric: Sendable {
    /// The hard metric's name, e.g. "precision".
    public let name: String
    /// The surrogate's name, e.g. "soft precision".
    public let surrogateName: String
    /// Whether the surrogate reads the scores as probabilities in [0, 1].
    public let needsProbabilities: Bool
    /// Whether the hard metric thresholds the scores (ranking metrics do not).
    public let usesThreshold: Bool
    let hardValue: @Sendable (_ labels: [Double], _ scores: [Double], _ threshold: Double) -> Double
    let hardGraph: @Sendable (_ labels: [Double], _ scores: VarVector, _ threshold: Double) -> Var
    let surrogateGraph: @Sendable (_ labels: [Double], _ scores: VarVector, _ threshold: Double) -> Var
    let formula: CountFormula?

    /// The hard metric on plain scores; a score predicts positive when it is > `threshold` (ranking metrics ignore it).
    public func value(labels: [Double], scores: [Double], threshold: Double = 0.5) -> Double {
        hardValue(labels, scores, threshold)
    }

    /// The hard metric as a graph: its value is the metric, its gradient 0 wherever it exists.
    public func hard(labels: [Double], scores: VarVector, threshold: Double = 0.5) -> Var {
        hardGraph(labels, scores, threshold)
    }

    /// The surrogate as a graph, to differentiate or train on.
    public func surrogate(labels: [Double], scores: VarVector, threshold: Double = 0.5) -> Var {
        surrogateGraph(labels, scores, threshold)
    }

    /// The same count metric with another way of turning scores into soft predictions.
    public func relaxed(_ relaxation: Relaxation) -> Metric {
        guard let formula else {
            check("Metric.relaxed(_:): \(name) is not a formula over confusion counts; its surrogate is \(surrogateName)")
            return self
        }
        return Metric.counting(name, formula, relaxation: relaxation)
    }
}

/// One count formula at both scalar types (a closure cannot be generic).
struct CountFormula: Sendable {
    let plain: @Sendable (ConfusionCounts<Double>) -> Double
    let graph: @Sendable (ConfusionCounts<Var>) -> Var
}

extension Metric {
    /// A metric over confusion counts, its surrogate softened by `relaxation`.
    static func counting(_ name: String, _ formula: CountFormula, relaxation: Relaxation = .probabilities) -> Metric {
        let surrogateName = relaxation == .probabilities
            ? "soft \(name)" : "\(name) of \(relaxation.formula)"
        return Metric(
            name: name, surrogateName: surrogateName, needsProbabilities: relaxation == .probabilities, usesThreshold: true,
            hardValue: { y, s, t in formula.plain(hardCounts("Metric.\(name)", y, scores: s, threshold: t)) },
            hardGraph: { y, s, t in
                formula.graph(softCounts("Metric.\(name)", y, probabilities: Relaxation.step.predictions(s, threshold: t)))
            },
            surrogateGraph: { y, s, t in
                formula.graph(softCounts(surrogateName, y, probabilities: relaxation.predictions(s, threshold: t)))
            },
            formula: formula)
    }

    /// Precision; surrogate soft precision Σpᵢyᵢ / Σpᵢ.
    public static let precision = counting("precision", CountFormula(plain: { Metrics.precision($0) }, graph: { Metrics.precision($0) }))
    /// Recall; surrogate soft recall Σpᵢyᵢ / Σyᵢ.
    public static let recall = counting("recall", CountFormula(plain: { Metrics.recall($0) }, graph: { Metrics.recall($0) }))
    /// F1; surrogate soft F1 2Σpᵢyᵢ / (Σpᵢ + Σyᵢ).
    public static let f1 = counting("F1", CountFormula(plain: { f1Score($0) }, graph: { f1Score($0) }))
    /// Accuracy; surrogate the expected accuracy (soft TP + soft TN) / n.
    public static let accuracy = counting("accuracy", CountFormula(plain: { Metrics.accuracy($0) }, graph: { Metrics.accuracy($0) }))
    /// Jaccard (IoU); surrogate soft Jaccard.
    public static let jaccard = counting("Jaccard", CountFormula(plain: { Metrics.jaccard($0) }, graph: { Metrics.jaccard($0) }))
    /// Dice; surrogate soft Dice (linear denominator).
    public static let dice = counting("Dice", CountFormula(plain: { Metrics.dice($0) }, graph: { Metrics.dice($0) }))
    /// Matthews correlation; surrogate the same formula on soft counts.
    public static let matthewsCorrelation = counting("MCC", CountFormula(
        plain: { Metrics.matthewsCorrelation($0) }, graph: { Metrics.matthewsCorrelation($0) }))
    /// Balanced accuracy; surrogate the same formula on soft counts.
    public static let balancedAccuracy = counting("balanced accuracy", CountFormula(
        plain: { Metrics.balancedAccuracy($0) }, graph: { Metrics.balancedAccuracy($0) }))

    /// F-beta; surrogate soft F-beta.
    public static func fBeta(_ beta: Double) -> Metric {
        check(betaProblem("Metric.fBeta(_:)", beta: beta))
        return counting("F\(formatBeta(beta))", CountFormula(
            plain: { Metrics.fBeta($0, beta: beta) }, graph: { Metrics.fBeta($0, beta: beta) }))
    }
}

/// "2" for 2.0, "0.5" for 0.5.
private func formatBeta(_ beta: Double) -> String {
    beta == beta.rounded() && abs(beta) < 1e15 ? String(Int(beta)) : String(beta)
}
