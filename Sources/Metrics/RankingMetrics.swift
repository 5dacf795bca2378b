// Ranking metrics look at the order of the scores, not at a threshold. Both
// sort once (O(n log n)) and walk the distinct scores from the highest down;
// tied scores form one threshold, so the result does not depend on tie order.

/// Average precision: Σₖ (Rₖ − Rₖ₋₁) Pₖ over the distinct scores sₖ, highest first.
///
/// scikit-learn's `average_precision_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.average_precision_score.html):
/// a step sum with no interpolation, not the trapezoid under the PR curve
/// (which is "too optimistic"). Pₖ and Rₖ count the samples scoring *at least*
/// sₖ, the same as thresholding strictly just below sₖ. Edge cases: tied
/// scores form one threshold, so tie order does not matter; with no positive
/// label it is 0 (scikit-learn also warns).
public func averagePrecision(labels: [Double], scores: [Double]) -> Double {
    check(rankingProblem("averagePrecision(labels:scores:)", labels: labels, scores: scores))
    var sum = 0.0
    var truePositives = 0.0, falsePositives = 0.0
    let positives = labels.reduce(0, +)
    if positives == 0 { return 0 }
    for group in thresholdGroups(scores, labels) {
        truePositives += group.positives
        falsePositives += group.negatives
        if group.positives > 0 {
            sum += (group.positives / positives) * (truePositives / (truePositives + falsePositives))
        }
    }
    return sum
}

/// ROC AUC: the area under the ROC curve, equal to the probability that a random
/// positive scores above a random negative, ties counting ½.
///
/// scikit-learn's `roc_auc_score`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.roc_auc_score.html;
/// trapezoid over the ROC curve with tied scores merged), the Mann–Whitney
/// statistic (Hanley & McNeil, Radiology 1982). Edge cases: with one class
/// present it is undefined and this returns NaN, as scikit-learn does (with a warning).
public func rocAUC(labels: [Double], scores: [Double]) -> Double {
    check(rankingProblem("rocAUC(labels:scores:)", labels: labels, scores: scores))
    let positives = labels.reduce(0, +), negatives = Double(labels.count) - positives
    if positives == 0 || negatives == 0 { return .nan }
    // Twice the area in units of one positive × one negative: whole numbers
    // (below 2⁵³ for any n we can hold), so only the last division rounds.
    var doubledArea = 0.0, truePositives = 0.0
    for group in thresholdGroups(scores, labels) {
        doubledArea += group.negatives * (2 * truePositives + group.positives)
        truePositives += group.positives
    }
    return doubledArea / (2 * positives * negatives)
}

/// How many positive and negative labels share one score.
struct ThresholdGroup {
    var positives: Double
    var negatives: Double
}

/// Groups of equal scores, highest score first.
func thresholdGroups(_ scores: [Double], _ labels: [Double]) -> [ThresholdGroup] {
    let sorted = zip(scores, labels).sorted { $0.0 > $1.0 }
    var groups: [ThresholdGroup] = []
    var start = 0
    while start < sorted.count {
        var group = ThresholdGroup(positives: 0, negatives: 0)
        var end = start
        while end < sorted.count && sorted[end].0 == sorted[start].0 {
            if sorted[end].1 == 1 { group.positives += 1 } else { group.negatives += 1 }
            end += 1
        }
        groups.append(group)
        start = end
    }
    return groups
}
