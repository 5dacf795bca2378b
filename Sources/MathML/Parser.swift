/// Reads TeX math into a ``MathNode`` tree: lists of atoms, groups, scripts.
///
/// Commands, delimiters and environments live in extensions beside this file.
struct Parser {
    var scanner: Scanner
    /// Display math may number its lines; inline math refuses `\label`, `\tag` and `\nonumber`.
    let display: Bool
    /// What the line being read has said about its number (Parser+Labels).
    var marks = LineMarks(start: 0)
    /// The nesting depth at which the current line's own atoms sit: `\tag` must stand there.
    var lineLevel = 0
    /// How deeply lists and arguments nest at the cursor (Parser+Depth).
    var depth = 0
    /// Environments open inside the current line, innermost last, for messages.
    var environments: [String] = []

    init(_ tex: String, display: Bool) {
        scanner = Scanner(tex)
        self.display = display
    }

    var map: SourceMap { scanner.map }

    /// The whole formula; lines split by `\\` become rows of a table.
    mutating func formula() throws(TeXError) -> MathNode {
        var lines: [MathNode] = []
        while true {
            lines.append(.row(try list()))
            let token = try scanner.next()
            switch token.kind {
            case .end:
                if lines.count == 1 { return lines[0] }
                if lines.last == .empty { lines.removeLast() }
                return .table(Table(rows: lines.map { [$0] }, columns: [.center], displayStyle: nil))
            case .command("\\"):
                try skipRowSpacing()
            default:
                throw unexpected(token)
            }
        }
    }

    /// Atoms up to (not including) the next `}`, `&`, `\\`, `\right`, `\middle`, `\end`,
    /// the end of input, or `]` when reading an optional argument.
    mutating func list(untilBracket: Bool = false) throws(TeXError) -> [MathNode] {
        var nodes: [MathNode] = []
        while true {
            let token = try scanner.peek()
            if ends(token, untilBracket: untilBracket) { return nodes }
            _ = try scanner.next()
            switch token.kind {
            case .command(let name) where name == "displaystyle" || name == "textstyle":
                // The rest of the list is one level deeper for the stack, yet still on its line.
                let onLine = depth == lineLevel
                try descend(at: token.offset)
                if onLine { lineLevel += 1 }
                let rest = try list(untilBracket: untilBracket)
                if onLine { lineLevel -= 1 }
                ascend()
                nodes.append(.style(display: name == "displaystyle", .row(rest)))
                return nodes
            case .command(let name) where LineMarks.commands.contains(name):
                try mark(name, token: token)
            case .command(let name) where name == "limits" || name == "nolimits":
                throw map.error("\(token.spelling) must follow a large operator such as \\sum", at: token.offset)
            case .caret, .underscore, .prime:
                nodes.append(try scripts(on: .empty, limits: .never, first: token))
            default:
                let (atom, limits) = try self.atom(token)
                nodes.append(try scripts(on: atom, limits: limits, first: nil))
            }
        }
    }

    /// Whether `token` closes the current list.
    func ends(_ token: Token, untilBracket: Bool) -> Bool {
        switch token.kind {
        case .end, .endGroup, .alignment: true
        case .command(let name): ["\\", "right", "middle", "end"].contains(name)
        case .character("]"): untilBracket
        default: false
        }
    }

    /// One atom without scripts, and where scripts on it go.
    mutating func atom(_ token: Token) throws(TeXError) -> (MathNode, MathNode.Limits) {
        switch token.kind {
        case .beginGroup:
            return (try group(opening: token), .never)
        case .character(let character) where character.isASCII && character.isNumber:
            return (try number(startingWith: character), .never)
        case .character(".") where try scanner.peek().kind.isDigit:
            return (try number(startingWith: "."), .never)  // `.5` is one number too
        case .character(":") where try scanner.peek().kind == .character("="):
            _ = try scanner.next()
            return (.symbol(Operator(text: ":=", kind: .relation)), .never)  // one relation, as the browser's dictionary has it
        case .character(let character):
            return (try self.character(character, at: token.offset), .never)
        case .command(let name):
            return try command(name, token: token)
        default:
            throw unexpected(token)
        }
    }

    /// Digits with at most one decimal point between digits: `0.5` is one number.
    private mutating func number(startingWith first: Character) throws(TeXError) -> MathNode {
        var text = String(first)
        var sawPoint = first == "."
        while true {
            var lookahead = scanner
            let token = try lookahead.next()
            guard case .character(let character) = token.kind else { break }
            if character.isASCII, character.isNumber {
                text.append(character)
            } else if character == ".", !sawPoint,
                      case .character(let after) = try lookahead.peek().kind, after.isASCII, after.isNumber {
                sawPoint = true
                text.append(character)
            } else {
                break
            }
            scanner = lookahead
        }
        return .number(text)
    }

    /// A character typed in math mode.
    private func character(_ character: Character, at offset: Int) throws(TeXError) -> MathNode {
        if character.isLetter { return .identifier(String(character), upright: false) }
        switch character {
        case "+": return .symbol(Operator(text: "+", kind: .binary))
        case "-": return .symbol(Operator(text: "−", kind: .binary))
        case "*": return .symbol(Operator(text: "∗", kind: .binary))
        case "=", "<", ">", ":": return .symbol(Operator(text: String(character), kind: .relation))
        case ",", ";": return .symbol(Operator(text: String(character), kind: .punctuation))
        case "!", "?": return .symbol(Operator(text: String(character), kind: .close))
        case "(", "[": return .symbol(Operator(text: String(character), stretchy: false, kind: .open))
        case ")", "]": return .symbol(Operator(text: String(character), stretchy: false, kind: .close))
        case "|": return .symbol(Parser.bar(Operator(text: "|", stretchy: false, kind: .ordinary)))
        case "/": return .symbol(Operator(text: "/", stretchy: false, lspace: "0", rspace: "0", kind: .ordinary))
        case ".": return .symbol(Operator(text: ".", lspace: "0", rspace: "0", kind: .ordinary))
        case "@": return .identifier("@", upright: false)
        case "~": return .space(width: "0.3333em")
        default:
            if character.isASCII {
                throw map.error("unexpected character '\(character)'", at: offset)
            }
            if character.unicodeScalars.first?.properties.isMath == true {
                return .symbol(Operator(text: String(character), kind: .relation))
            }
            return .identifier(String(character), upright: false)
        }
    }

    /// `{…}`, after its `{`.
    mutating func group(opening: Token) throws(TeXError) -> MathNode {
        try descend(at: opening.offset)
        defer { ascend() }
        let nodes = try list()
        let token = try scanner.next()
        switch token.kind {
        case .endGroup:
            return .row(nodes)
        case .end, .command("end"):
            throw map.error("unbalanced brace: '{' at \(map.describe(opening.offset)) is never closed", at: opening.offset)
        default:
            throw unexpected(token)
        }
    }

    /// One argument of a command: a group, or a single token (`\frac12`, `\mathbb R`).
    mutating func argument(of command: Token) throws(TeXError) -> MathNode {
        let token = try scanner.next()
        switch token.kind {
        case .beginGroup:
            return try group(opening: token)
        case .character(let character) where character.isASCII && character.isNumber:
            return .number(String(character))
        case .end, .endGroup, .alignment, .caret, .underscore, .prime:
            throw missingArgument(of: command, at: token)
        case .command(let name) where ["\\", "right", "middle", "end", "limits", "nolimits",
                                       "displaystyle", "textstyle"].contains(name) || LineMarks.commands.contains(name):
            throw missingArgument(of: command, at: token)
        default:
            // `\hat\hat\hat x` nests without braces.
            try descend(at: token.offset)
            defer { ascend() }
            return try atom(token).0
        }
    }

    /// `\\[4pt]`: the optional space after a line break, which we do not draw.
    mutating func skipRowSpacing() throws(TeXError) {
        guard scanner.rawCharacter == "[" else { return }
        let open = scanner.position
        while let character = scanner.rawCharacter {
            scanner.skipRawCharacter()
            if character == "]" { return }
        }
        throw map.error("'[' at \(map.describe(open)) is never closed", at: open)
    }

    /// The error for a token that cannot stand where it is.
    func unexpected(_ token: Token) -> TeXError {
        let message = switch token.kind {
        case .endGroup: "unbalanced brace: '}' has no matching '{'"
        case .alignment: "'&' outside an environment such as aligned or cases"
        case .command("\\"): "'\\\\' inside braces or \\left…\\right; lines can only break at the top or in an environment"
        case .command("right"): "\\right without a matching \\left"
        case .command("middle"): "\\middle without a matching \\left"
        case .command("end"): "\\end without a matching \\begin"
        case .command("limits"), .command("nolimits"): "\(token.spelling) must follow a large operator such as \\sum"
        case .character("]"): "unexpected ']'"
        case .caret, .underscore: "missing argument for \(token.spelling)"
        default: "unexpected \(token.spelling)"
        }
        return map.error(message, at: token.offset)
    }

    func missingArgument(of command: Token, at token: Token) -> TeXError {
        map.error("missing argument for \(command.spelling)", at: token.offset)
    }
}
