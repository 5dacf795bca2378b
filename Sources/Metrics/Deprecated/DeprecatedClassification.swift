import Autodiff

// The spellings before the truth-first convention, kept with their old
// meaning for one release so that existing cells still run (with a warning).
// Each forwards to its new spelling. The messages spell the new call out in
// full: a `renamed:` fix-it would keep the old argument order under the new
// labels and so swap truth and prediction.
//
// Classification metrics and confusion counts, scores or predictions first.

/// Old spelling of `accuracy(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: accuracy(labels: labels, scores: scores, threshold: t)")
public func accuracy(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    accuracy(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `accuracy(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: accuracy(labels: labels, predictions: predictions)")
public func accuracy(_ predictions: [Double], _ labels: [Double]) -> Double {
    accuracy(labels: labels, predictions: predictions)
}

/// Old spelling of `precision(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: precision(labels: labels, scores: scores, threshold: t)")
public func precision(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    precision(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `precision(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: precision(labels: labels, predictions: predictions)")
public func precision(_ predictions: [Double], _ labels: [Double]) -> Double {
    precision(labels: labels, predictions: predictions)
}

/// Old spelling of `recall(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: recall(labels: labels, scores: scores, threshold: t)")
public func recall(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    recall(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `recall(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: recall(labels: labels, predictions: predictions)")
public func recall(_ predictions: [Double], _ labels: [Double]) -> Double {
    recall(labels: labels, predictions: predictions)
}

/// Old spelling of `f1Score(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: f1Score(labels: labels, scores: scores, threshold: t)")
public func f1Score(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    f1Score(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `f1Score(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: f1Score(labels: labels, predictions: predictions)")
public func f1Score(_ predictions: [Double], _ labels: [Double]) -> Double {
    f1Score(labels: labels, predictions: predictions)
}

/// Old spelling of `jaccard(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: jaccard(labels: labels, scores: scores, threshold: t)")
public func jaccard(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    jaccard(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `jaccard(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: jaccard(labels: labels, predictions: predictions)")
public func jaccard(_ predictions: [Double], _ labels: [Double]) -> Double {
    jaccard(labels: labels, predictions: predictions)
}

/// Old spelling of `dice(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: dice(labels: labels, scores: scores, threshold: t)")
public func dice(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    dice(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `dice(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: dice(labels: labels, predictions: predictions)")
public func dice(_ predictions: [Double], _ labels: [Double]) -> Double {
    dice(labels: labels, predictions: predictions)
}

/// Old spelling of `matthewsCorrelation(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: matthewsCorrelation(labels: labels, scores: scores, threshold: t)")
public func matthewsCorrelation(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    matthewsCorrelation(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `matthewsCorrelation(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: matthewsCorrelation(labels: labels, predictions: predictions)")
public func matthewsCorrelation(_ predictions: [Double], _ labels: [Double]) -> Double {
    matthewsCorrelation(labels: labels, predictions: predictions)
}

/// Old spelling of `balancedAccuracy(labels:scores:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: balancedAccuracy(labels: labels, scores: scores, threshold: t)")
public func balancedAccuracy(_ scores: [Double], _ labels: [Double], threshold: Double) -> Double {
    balancedAccuracy(labels: labels, scores: scores, threshold: threshold)
}

/// Old spelling of `balancedAccuracy(labels:predictions:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: balancedAccuracy(labels: labels, predictions: predictions)")
public func balancedAccuracy(_ predictions: [Double], _ labels: [Double]) -> Double {
    balancedAccuracy(labels: labels, predictions: predictions)
}

/// Old spelling of `fBeta(labels:scores:beta:threshold:)`, scores first; same value.
@available(*, deprecated, message: "the labels come first: fBeta(labels: labels, scores: scores, beta: b, threshold: t)")
public func fBeta(_ scores: [Double], _ labels: [Double], beta: Double, threshold: Double) -> Double {
    fBeta(labels: labels, scores: scores, beta: beta, threshold: threshold)
}

/// Old spelling of `fBeta(labels:predictions:beta:)`, predictions first; same value.
@available(*, deprecated, message: "the labels come first: fBeta(labels: labels, predictions: predictions, beta: b)")
public func fBeta(_ predictions: [Double], _ labels: [Double], beta: Double) -> Double {
    fBeta(labels: labels, predictions: predictions, beta: beta)
}

extension ConfusionCounts where Scalar == Double {
    /// Old spelling of `hard(labels:scores:threshold:)`; same counts.
    @available(*, deprecated, message: "the labels come first: ConfusionCounts.hard(labels: labels, scores: scores, threshold: t)")
    public static func hard(scores: [Double], labels: [Double], threshold: Double) -> ConfusionCounts<Double> {
        hard(labels: labels, scores: scores, threshold: threshold)
    }

    /// Old spelling of `hard(labels:predictions:)`; same counts.
    @available(*, deprecated, message: "the labels come first: ConfusionCounts.hard(labels: labels, predictions: predictions)")
    public static func hard(predictions: [Double], labels: [Double]) -> ConfusionCounts<Double> {
        hard(labels: labels, predictions: predictions)
    }

    /// Old spelling of `soft(labels:probabilities:)`; same counts.
    @available(*, deprecated, message: "the labels come first: ConfusionCounts.soft(labels: labels, probabilities: p)")
    public static func soft(probabilities: [Double], labels: [Double]) -> ConfusionCounts<Double> {
        soft(labels: labels, probabilities: probabilities)
    }
}

extension ConfusionCounts where Scalar == Var {
    /// Old spelling of `soft(labels:probabilities:)`; same counts.
    @available(*, deprecated, message: "the labels come first: ConfusionCounts.soft(labels: labels, probabilities: p)")
    public static func soft(probabilities: VarVector, labels: [Double]) -> ConfusionCounts<Var> {
        soft(labels: labels, probabilities: probabilities)
    }
}
