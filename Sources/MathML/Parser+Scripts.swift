extension Parser {
    /// Sub- and superscripts after an atom (`x_i^2`, `f'`, `\sum\limits_{i}`).
    mutating func scripts(on base: MathNode, limits: MathNode.Limits, first: Token?) throws(TeXError) -> MathNode {
        var limits = limits
        var sub: MathNode?
        var sup: MathNode?
        var primes = 0
        var pending = first
        while true {
            let token: Token
            if let first = pending {
                token = first
                pending = nil
            } else {
                token = try scanner.peek()
                switch token.kind {
                case .caret, .underscore, .prime, .command("limits"), .command("nolimits"): _ = try scanner.next()
                default: break
                }
            }
            switch token.kind {
            case .command(let name) where name == "limits" || name == "nolimits":
                guard limits != .never || isOperator(base), sub == nil, sup == nil else {
                    throw map.error("\(token.spelling) must follow a large operator such as \\sum", at: token.offset)
                }
                limits = name == "limits" ? .always : .never
            case .prime:
                if sup != nil { throw map.error("double superscript: a prime after a superscript", at: token.offset) }
                primes += 1
            case .caret:
                if sup != nil { throw map.error("double superscript", at: token.offset) }
                let script = try argument(of: token)
                if script == Parser.primes(1) || script == .row([Parser.primes(1)]) {
                    primes += 1  // `x^\prime` is `x'`
                } else {
                    sup = script
                }
            case .underscore:
                if sub != nil { throw map.error("double subscript", at: token.offset) }
                sub = try argument(of: token)
            default:
                // A prime follows its base at full size: a superscript ′ would come out tiny
                // in browsers that do not use the font's script variants.
                let primed = primes == 0 ? base : .row([base, Parser.primes(primes)])
                if sub == nil, sup == nil { return primed }
                return .scripts(base: primed, sub: sub, sup: sup, limits: limits)
            }
        }
    }

    private func isOperator(_ node: MathNode) -> Bool {
        switch node {
        case .operatorName: true
        case .symbol(let op): op.kind == .large
        default: false
        }
    }

    /// ′, ″, ‴ or ⁗ for one to four primes.
    private static func primes(_ count: Int) -> MathNode {
        let marks = ["′", "″", "‴", "⁗"]
        let text = count <= 4 ? marks[count - 1] : String(repeating: "′", count: count)
        return .symbol(Operator(text: text, kind: .ordinary))
    }
}
