/// How a per-class precision, recall or F1 becomes one number (scikit-learn's `average=`).
///
/// The choice matters when classes differ in size: macro treats a class of 5
/// samples like a class of 5 000, micro and weighted let the large classes
/// dominate. With every class counted, micro precision, recall and F1 all equal accuracy.
public enum Averaging: Sendable, Equatable, CaseIterable {
    /// The unweighted mean over classes of the per-class values.
    case macro
    /// The formula on the confusion counts summed over classes (TP, FP, FN of every class together).
    case micro
    /// The mean over classes of the per-class values, weighted by each class's support (its number of true samples).
    case weighted
}
