extension Parser {
    /// `\begin{name} … \end{name}` inside a formula, after `\begin`: matrices, cases, alignments.
    mutating func environment(_ begin: Token) throws(TeXError) -> MathNode {
        let name = try environmentName(after: begin)
        var columns: [Table.Column]
        var displayStyle = false
        switch name {
        case "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix":
            columns = [.center]
        case "cases":
            columns = [.left]
        case "aligned", "split":
            columns = [.pairRight, .pairLeft]
            displayStyle = true
        case "gathered":
            columns = [.center]
            displayStyle = true
        case "array":
            columns = try arrayColumns(after: begin)
        default:
            if let whole = DisplayEnvironment(rawValue: name) {
                throw map.error(whole.misplaced(inDisplay: display), at: begin.offset)
            }
            throw map.error("unknown environment '\(name)'", at: begin.offset)
        }
        try descend(at: begin.offset)
        environments.append(name)
        let rows = try cells(of: name, begin: begin, alignsPairs: columns.first == .pairRight).rows
        environments.removeLast()
        ascend()
        let table = MathNode.table(Table(rows: rows, columns: columns, displayStyle: displayStyle))
        func fence(_ open: String?, _ close: String?) -> MathNode {
            .fenced(open: open.map { Operator(text: $0, stretchy: true, kind: .open) }, body: table,
                    close: close.map { Operator(text: $0, stretchy: true, kind: .close) })
        }
        switch name {
        case "pmatrix": return fence("(", ")")
        case "bmatrix": return fence("[", "]")
        case "Bmatrix": return fence("{", "}")
        case "vmatrix": return fence("|", "|")
        case "Vmatrix": return fence("‖", "‖")
        case "cases": return fence("{", nil)
        default: return table
        }
    }

    /// Rows of cells up to `\end{name}`; a `\\` before `\end` adds no empty row.
    ///
    /// In an environment that is a whole display formula (`numbering` given), each
    /// row is a line that may take a number: `lines` has one entry per row.
    mutating func cells(of name: String, begin: Token, alignsPairs: Bool, numbering: DisplayEnvironment? = nil)
        throws(TeXError) -> (rows: [[MathNode]], lines: [EquationLine?])
    {
        var rows: [[MathNode]] = []
        var lines: [EquationLine?] = []
        var row: [MathNode] = []
        if numbering != nil { startLine() }
        while true {
            let cell = try list()
            row.append(.row(alignsPairs && row.count % 2 == 1 ? Parser.infixAfterAlignment(cell) : cell))
            let token = try scanner.next()
            switch token.kind {
            case .alignment:
                if let numbering, !numbering.aligns {
                    throw map.error("'&' in \(name), which has one column; use align to line up", at: token.offset)
                }
                continue
            case .command("\\"):
                try skipRowSpacing()
                rows.append(row)
                if let numbering { lines.append(try finishLine(in: numbering)) }
                row = []
                if numbering != nil { startLine() }
            case .command("end"):
                try end(name, begun: begin, endedBy: token)
                if row != [.empty] || rows.isEmpty || (numbering != nil && !marks.isEmpty) {
                    rows.append(row)
                    if let numbering { lines.append(try finishLine(in: numbering)) }
                }
                return (rows, lines)
            case .end:
                throw unclosed(name, begun: begin)
            default:
                throw unexpected(token)
            }
        }
    }

    /// In `a &= b` and `&+ c` the operator after `&` keeps its infix spacing, as in amsmath.
    private static func infixAfterAlignment(_ cell: [MathNode]) -> [MathNode] {
        guard case .symbol(var op)? = cell.first, op.kind == .binary || op.kind == .relation else { return cell }
        op.form = "infix"
        var cell = cell
        cell[0] = .symbol(op)
        return cell
    }

    /// Reads the name after `\end` and checks that it closes `name`.
    mutating func end(_ name: String, begun begin: Token, endedBy end: Token) throws(TeXError) {
        let ending = try environmentName(after: end)
        guard ending == name else {
            throw map.error("\\begin{\(name)} at \(map.describe(begin.offset)) ended by \\end{\(ending)}", at: end.offset)
        }
    }

    /// The error for `\begin{name}` without its `\end`.
    func unclosed(_ name: String, begun begin: Token) -> TeXError {
        map.error("\\begin{\(name)} at \(map.describe(begin.offset)) has no matching \\end{\(name)}", at: begin.offset)
    }

    /// The `{name}` after `\begin` or `\end`.
    mutating func environmentName(after command: Token) throws(TeXError) -> String {
        guard scanner.skip("{") else {
            throw map.error("missing environment name after \(command.spelling)", at: scanner.position)
        }
        var name = ""
        while let character = scanner.rawCharacter, character.isLetter || character == "*" {
            name.append(character)
            scanner.skipRawCharacter()
        }
        guard scanner.rawCharacter == "}" else {
            throw map.error("missing '}' after \(command.spelling){\(name)", at: scanner.position)
        }
        scanner.skipRawCharacter()
        return name
    }

    /// The column specification of `array`, such as `{lcr}`.
    private mutating func arrayColumns(after begin: Token) throws(TeXError) -> [Table.Column] {
        guard scanner.skip("{") else {
            throw map.error("missing column specification after \\begin{array}", at: scanner.position)
        }
        var columns: [Table.Column] = []
        while let character = scanner.rawCharacter, character != "}" {
            switch character {
            case "l": columns.append(.left)
            case "c": columns.append(.center)
            case "r": columns.append(.right)
            case " ": break
            default: throw map.error("unsupported array column '\(character)'; use l, c or r", at: scanner.position)
            }
            scanner.skipRawCharacter()
        }
        guard scanner.rawCharacter == "}", !columns.isEmpty else {
            throw map.error("missing column specification after \\begin{array}", at: scanner.position)
        }
        scanner.skipRawCharacter()
        return columns
    }
}
