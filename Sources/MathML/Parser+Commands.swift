extension Parser {
    /// The atom a control sequence makes, and where scripts on it go.
    ///
    /// Commands that nest are handled by small functions of their own: each level
    /// of nesting costs the stack only the frames on its path (see Parser+Depth).
    mutating func command(_ name: String, token: Token) throws(TeXError) -> (MathNode, MathNode.Limits) {
        if let symbol = Symbol.named(name) { return Parser.node(for: symbol) }
        if let width = Parser.spaces[name] { return (.space(width: width), .never) }
        switch name {
        case "left":
            return (try fenced(token), .never)
        case "begin":
            return (try environment(token), .never)
        case "sqrt":
            return (try root(token), .never)
        case "not":
            return (try negation(token), .never)
        case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
            return (try fraction(name, token: token), .never)
        case "overset", "stackrel", "underset":
            return (try stacked(name, token: token), .never)
        case "\\", "right", "middle", "end", "limits", "nolimits", "displaystyle", "textstyle",
             "label", "tag", "nonumber", "notag":
            throw unexpected(token)
        default:
            if let wrapped = try wrapped(name, token: token) { return wrapped }
            if let big = try big(name, token: token) { return (big, .never) }
            throw map.error("unknown command \\\(name)", at: token.offset)
        }
    }

    /// `\frac{a}{b}` and its kin, `\binom{n}{k}` and its kin.
    private mutating func fraction(_ name: String, token: Token) throws(TeXError) -> MathNode {
        let numerator = try argument(of: token)
        let denominator = try argument(of: token)
        guard name.hasSuffix("binom") else {
            return Parser.styled(.fraction(numerator, denominator, lineThickness: nil), name)
        }
        let binomial = MathNode.fenced(open: Operator(text: "(", stretchy: true, kind: .open),
                                       body: .fraction(numerator, denominator, lineThickness: "0"),
                                       close: Operator(text: ")", stretchy: true, kind: .close))
        return Parser.styled(binomial, name)
    }

    /// `\overset{over}{base}`, `\underset{under}{base}`.
    private mutating func stacked(_ name: String, token: Token) throws(TeXError) -> MathNode {
        let script = try argument(of: token)
        let base = try argument(of: token)
        return name == "underset" ? .scripts(base: base, sub: script, sup: nil, limits: .always)
            : .scripts(base: base, sub: nil, sup: script, limits: .always)
    }

    /// A command that changes how one argument looks: fonts, accents, rules, boxes,
    /// text, operator names; nil if `name` is none of them.
    private mutating func wrapped(_ name: String, token: Token) throws(TeXError) -> (MathNode, MathNode.Limits)? {
        if let alphabet = Alphabet.named(name) { return (alphabet.apply(to: try argument(of: token)), .never) }
        if let accent = Accent.named(name) {
            let node = MathNode.accent(try argument(of: token), mark: accent.mark, over: accent.over, isAccent: accent.isAccent)
            return (node, accent.isAccent ? .never : .always)
        }
        switch name {
        case "text", "textrm", "textnormal", "textup", "mbox":
            return (.text(try scanner.textArgument(of: token)), .never)
        case "operatorname":
            let limits = scanner.skip("*")
            let name = Alphabet.roman.apply(to: try argument(of: token))
            return (.operatorName(name, limits: limits), limits ? .display : .never)
        case "overline", "underline":
            return (.rule(try argument(of: token), over: name == "overline"), .never)
        case "mathrel", "mathbin", "mathord", "mathpunct":
            // The class only changes TeX's spacing; the content is what shows.
            return (try argument(of: token), .never)
        case "mathop":
            return (try argument(of: token), .display)
        case "boxed":
            return (.boxed(try argument(of: token)), .never)
        case "phantom":
            return (.phantom(try argument(of: token)), .never)
        default:
            return nil
        }
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`.
    private mutating func root(_ token: Token) throws(TeXError) -> MathNode {
        guard scanner.skip("[") else { return .root(try argument(of: token), index: nil) }
        let open = scanner.position - 1
        try descend(at: open)
        let index = try list(untilBracket: true)
        ascend()
        let close = try scanner.next()
        guard close.kind == .character("]") else {
            if close.kind == .end { throw map.error("'[' at \(map.describe(open)) is never closed", at: open) }
            throw unexpected(close)
        }
        return .root(try argument(of: token), index: .row(index))
    }

    /// `\not=`, `\not\in`: the negated relation.
    private mutating func negation(_ token: Token) throws(TeXError) -> MathNode {
        let next = try scanner.next()
        var relation: String?
        switch next.kind {
        case .character(let character) where "=<>".contains(character):
            relation = String(character)
        case .command(let name):
            if case .symbol(let text, .relation)? = Symbol.named(name) { relation = text }
        default:
            break
        }
        guard let relation else {
            throw map.error("\\not must be followed by a relation such as = or \\in", at: next.offset)
        }
        let negated = Parser.negations[relation] ?? relation + "\u{338}"
        return .symbol(Operator(text: negated, kind: .relation))
    }

    static func node(for symbol: Symbol) -> (MathNode, MathNode.Limits) {
        switch symbol {
        case .ordinary(let text, let upright):
            return (.identifier(text, upright: upright), .never)
        case .symbol(let text, let kind):
            // Plain fences keep their size; only \left, \right and \big stretch them.
            var op = Operator(text: text, kind: kind)
            if kind == .open || kind == .close || ["|", "‖", "\\"].contains(text) { op.stretchy = false }
            if text == "|" || text == "‖" { op = Parser.bar(op) }
            return (.symbol(op), .never)
        case .large(let text, let limits):
            return (.symbol(Operator(text: text, kind: .large)), limits ? .display : .never)
        case .name(let text, let limits):
            let words = text.split(separator: " ").map { MathNode.identifier(String($0), upright: true) }
            let name = words.count == 1 ? words[0] : .row([words[0], .space(width: "0.1667em"), words[1]])
            return (.operatorName(name, limits: limits), limits ? .display : .never)
        }
    }

    /// A vertical bar spaced as TeX does: the browser's dictionary has it both as
    /// a fence and as an infix relation, so an ordinary bar inside a row would get wide spaces.
    static func bar(_ op: Operator) -> Operator {
        var op = op
        switch op.kind {
        case .open: op.form = "prefix"
        case .close: op.form = "postfix"
        default: (op.lspace, op.rspace) = ("0", "0")
        }
        return op
    }

    /// `\dfrac` is a fraction in display style, `\tfrac` one in text style.
    private static func styled(_ node: MathNode, _ command: String) -> MathNode {
        switch command {
        case "dfrac", "cfrac", "dbinom": .style(display: true, node)
        case "tfrac", "tbinom": .style(display: false, node)
        default: node
        }
    }

    /// Widths of TeX's spacing commands (18 mu = 1 em).
    static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ">": "0.2222em", ";": "0.2778em", "!": "-0.1667em",
        " ": "0.3333em", "quad": "1em", "qquad": "2em", "enspace": "0.5em",
        "thinspace": "0.1667em", "medspace": "0.2222em", "thickspace": "0.2778em",
        "negthinspace": "-0.1667em", "negmedspace": "-0.2222em", "negthickspace": "-0.2778em",
    ]

    static let negations: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "∈": "∉", "∋": "∌", "⊂": "⊄", "⊆": "⊈", "⊃": "⊅", "⊇": "⊉",
        "≡": "≢", "∼": "≁", "≈": "≉", "≤": "≰", "≥": "≱", "∣": "∤", "∥": "∦", "≅": "≇", "≃": "≄",
        "≺": "⊀", "≻": "⊁",
    ]
}
