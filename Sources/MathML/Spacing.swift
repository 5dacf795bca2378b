/// The one piece of TeX's inter-atom spacing that MathML does not do for us.
///
/// `<mo>` elements get their spacing from the browser's operator dictionary,
/// but an operator name such as log or lim is an `<mi>`, and TeX sets a thin
/// space between it and an ordinary neighbour: "log x", "2 log n",
/// yet "log(x)".
enum Spacing {
    private enum Class { case ordinary, operatorName, open, close, other }

    /// Whether a thin space goes between two neighbours in a row.
    static func thinSpaceBetween(_ left: MathNode, _ right: MathNode) -> Bool {
        switch (classify(left), classify(right)) {
        case (.operatorName, .ordinary), (.operatorName, .operatorName),
             (.ordinary, .operatorName), (.close, .operatorName):
            true
        default:
            false
        }
    }

    /// Whether a binary operator is a sign here, as TeX decides: after an operator,
    /// a relation, an opening fence or punctuation. The browser only knows the first
    /// child of a row is a prefix, so `(-z)` and `= -1` need telling.
    static func isUnary(_ op: Operator, after previous: ArraySlice<MathNode>) -> Bool {
        guard op.kind == .binary, op.form == nil else { return false }
        guard let last = previous.last(where: { if case .space = $0 { false } else { true } }) else { return true }
        switch last {
        case .symbol(let before):
            return [.binary, .relation, .open, .punctuation, .large].contains(before.kind)
        case .operatorName:
            return true
        case .scripts(let base, _, _, _):
            if case .operatorName = base { return true }
            if case .symbol(let before) = base { return before.kind == .large }
            return false
        default:
            return false
        }
    }

    private static func classify(_ node: MathNode) -> Class {
        switch node {
        case .operatorName:
            return .operatorName
        case .scripts(let base, _, _, _):
            let inner = classify(base)
            return inner == .operatorName ? .operatorName : inner == .other ? .other : .ordinary
        case .symbol(let op):
            switch op.kind {
            case .open: return .open
            case .close: return .close
            default: return .other
            }
        case .space:
            return .other
        case .style(_, let child):
            return classify(child)
        default:
            return .ordinary
        }
    }
}
