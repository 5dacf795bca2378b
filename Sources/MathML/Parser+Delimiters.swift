extension Parser {
    /// `\left( … \middle| … \right)`, after `\left`.
    mutating func fenced(_ left: Token) throws(TeXError) -> MathNode {
        try descend(at: left.offset)
        defer { ascend() }
        let open = try delimiter(after: left)
        var body: [MathNode] = []
        while true {
            body += try list()
            let token = try scanner.next()
            switch token.kind {
            case .command("right"):
                let close = try delimiter(after: token)
                return .fenced(open: open.map { Operator(text: $0, stretchy: true, kind: .open) },
                               body: .row(body),
                               close: close.map { Operator(text: $0, stretchy: true, kind: .close) })
            case .command("middle"):
                if let middle = try delimiter(after: token) {
                    body.append(.symbol(Operator(text: middle, stretchy: true, kind: .relation)))
                }
            case .end, .endGroup, .alignment, .command("\\"), .command("end"):
                throw map.error("\\left at \(map.describe(left.offset)) has no matching \\right", at: left.offset)
            default:
                throw unexpected(token)
            }
        }
    }

    /// `\big(`, `\Bigl[`, `\biggr\}`, `\Bigm|`: a delimiter of fixed size; nil if `name` is no such command.
    mutating func big(_ name: String, token: Token) throws(TeXError) -> MathNode? {
        var size = name
        var kind = Operator.Kind.ordinary
        var form: String?
        switch name.last {
        case "l": (kind, form) = (.open, "prefix")
        case "r": (kind, form) = (.close, "postfix")
        case "m": (kind, form) = (.relation, "infix")
        default: break
        }
        if form != nil { size.removeLast() }
        let sizes = ["big": "1.2em", "Big": "1.8em", "bigg": "2.4em", "Bigg": "3em"]
        guard let height = sizes[size] else { return nil }
        guard let text = try delimiter(after: token) else { return .empty }
        return .symbol(Operator(text: text, stretchy: true, form: form, size: height, kind: kind))
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; nil for `.` (none).
    private mutating func delimiter(after command: Token) throws(TeXError) -> String? {
        let token = try scanner.next()
        switch token.kind {
        case .character("."):
            return nil
        case .character(let character) where "()[]|/".contains(character):
            return String(character)
        case .character("<"):
            return "⟨"
        case .character(">"):
            return "⟩"
        case .command(let name):
            if let text = Parser.delimiters[name] { return text }
        default:
            break
        }
        throw map.error("\(command.spelling) must be followed by a delimiter such as ( [ \\{ | or ., not \(token.spelling)",
                        at: token.offset)
    }

    static let delimiters: [String: String] = [
        "{": "{", "}": "}", "|": "‖", "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩",
        "lvert": "|", "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖", "Vert": "‖",
        "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "lbrack": "[", "rbrack": "]",
        "backslash": "\\", "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕",
        "Uparrow": "⇑", "Downarrow": "⇓", "Updownarrow": "⇕",
    ]
}
