import Autodiff

/// How scores become the predictions that a count formula is fed.
///
/// `.step` is the hard metric itself; the others are surrogates: they let a
/// gradient reach the scores.
public enum Relaxation: Sendable, Equatable {
    /// The hard threshold 1[s > t]: the metric itself, whose gradient is 0.
    case step
    /// The scores are probabilities and serve as soft predictions (soft TP = Σ pᵢyᵢ).
    case probabilities
    /// σ((s − t)/τ) (``sigmoidThreshold(_:threshold:temperature:)-([Double],_,_)``).
    case sigmoidThreshold(temperature: Double)
    /// Forward 1[s > t], backward the identity (``straightThrough(_:threshold:)-([Double],_)``).
    case straightThrough

    /// The predictions as a vector node.
    func predictions(_ scores: VarVector, threshold: Double) -> VarVector {
        switch self {
        case .step: scores.step(threshold: threshold)
        case .probabilities: scores
        case .sigmoidThreshold(let temperature): ((scores - threshold) / temperature).sigmoid()
        case .straightThrough: scores.straightThrough(threshold: threshold)
        }
    }

    /// How a legend names these predictions, e.g. "σ((s − t)/0.1)".
    var formula: String {
        switch self {
        case .step: "1[s > t]"
        case .probabilities: "p"
        case .sigmoidThreshold(let temperature): "σ((s − t)/\(temperature))"
        case .straightThrough: "straight-through 1[s > t]"
        }
    }
}
