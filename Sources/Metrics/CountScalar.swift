/// A number the confusion-count formulas run on: `Double` for hard counts (and
/// soft counts you only look at), `Var` for soft counts you differentiate.
///
/// Every metric in ``ConfusionCounts`` is written once against this protocol,
/// so the hard metric and its surrogate are literally the same formula fed
/// different counts.
public protocol CountScalar {
    /// A constant with the given value.
    init(_ value: Double)
    /// The sum.
    static func + (lhs: Self, rhs: Self) -> Self
    /// The difference.
    static func - (lhs: Self, rhs: Self) -> Self
    /// The product.
    static func * (lhs: Self, rhs: Self) -> Self
    /// The quotient.
    static func / (lhs: Self, rhs: Self) -> Self
    /// A constant times the scalar.
    static func * (lhs: Double, rhs: Self) -> Self
    /// The scalar divided by a constant.
    static func / (lhs: Self, rhs: Double) -> Self
    /// A constant minus the scalar.
    static func - (lhs: Double, rhs: Self) -> Self
    /// The square root.
    func squareRoot() -> Self
    /// The plain number behind the scalar; the formulas read it only to apply
    /// scikit-learn's `zero_division` rule and to see which classes are present.
    var plainValue: Double { get }
}

extension Double: CountScalar {
    /// The number itself.
    public var plainValue: Double { self }
}

/// `numerator / denominator`, or 0 when the denominator is exactly 0.
///
/// This is scikit-learn's default `zero_division` behaviour (it also warns;
/// we stay silent). For soft counts the denominator is a sum of probabilities
/// and is 0 only when they all are, e.g. soft precision with every p = 0; the
/// value is then the constant 0 and its gradient is 0.
public func divideOrZero<Scalar: CountScalar>(_ numerator: Scalar, _ denominator: Scalar) -> Scalar {
    denominator.plainValue == 0 ? Scalar(0) : numerator / denominator
}
