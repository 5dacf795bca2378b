extension Alphabet {
    /// `node` with its letters and digits set in this alphabet; operators and text stay as they are.
    func apply(to node: MathNode) -> MathNode {
        switch node {
        case .identifier(let text, let upright):
            if self == .roman { return .identifier(text, upright: true) }
            return .identifier(String(text.map(map)), upright: upright)
        case .number(let text):
            return .number(String(text.map(map)))
        case .row(let children):
            let mapped = children.map(apply)
            return .row(self == .roman ? Alphabet.joinLetters(mapped) : mapped)
        case .symbol, .text, .space, .operatorName:
            return node
        case .fraction(let numerator, let denominator, let thickness):
            return .fraction(apply(to: numerator), apply(to: denominator), lineThickness: thickness)
        case .root(let base, let index):
            return .root(apply(to: base), index: index.map(apply))
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(base: apply(to: base), sub: sub.map(apply), sup: sup.map(apply), limits: limits)
        case .accent(let base, let mark, let over, let isAccent):
            return .accent(apply(to: base), mark: mark, over: over, isAccent: isAccent)
        case .fenced(let open, let body, let close):
            return .fenced(open: open, body: apply(to: body), close: close)
        case .table(var table):
            table.rows = table.rows.map { $0.map(apply) }
            return .table(table)
        case .style(let display, let child):
            return .style(display: display, apply(to: child))
        case .rule(let child, let over):
            return .rule(apply(to: child), over: over)
        case .boxed(let child):
            return .boxed(apply(to: child))
        case .phantom(let child):
            return .phantom(apply(to: child))
        }
    }

    /// `\mathrm{TP}` is one upright name, not two upright letters.
    private static func joinLetters(_ nodes: [MathNode]) -> [MathNode] {
        var joined: [MathNode] = []
        for node in nodes {
            if case .identifier(let text, true) = node, case .identifier(let previous, true)? = joined.last {
                joined[joined.count - 1] = .identifier(previous + text, upright: true)
            } else {
                joined.append(node)
            }
        }
        return joined
    }
}
