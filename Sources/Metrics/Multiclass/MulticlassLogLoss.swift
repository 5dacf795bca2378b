#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Log loss −(1/n) Σᵢ log pᵢ,yᵢ of probability rows pᵢ (one column per class) against class indices yᵢ.
///
/// scikit-learn's `log_loss(labels, probabilities, labels=range(k))`
/// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.log_loss.html):
/// the negative log-likelihood of the categorical model, a proper scoring rule.
/// Edge cases: as in scikit-learn, each probability is clipped to [ε, 1 − ε],
/// ε = 2.220446049250313e-16, so one confident mistake costs at most 36.04;
/// rows are used as given even when they do not sum to 1 (scikit-learn warns).
/// On logits, ``crossEntropy(labels:logits:)-([Int],[[Double]])`` is the same number without the clip.
public func logLoss(labels: [Int], probabilities: [[Double]]) -> Double {
    check(probabilityRowsProblem("logLoss(labels:probabilities:)", labels: labels, probabilities: probabilities))
    return compensatedMean(labels.indices.lazy.map { i in
        -log(min(max(probabilities[i][labels[i]], Double.ulpOfOne), 1 - Double.ulpOfOne))
    })
}
