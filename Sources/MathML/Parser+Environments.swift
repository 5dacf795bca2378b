extension Parser {
    /// `\begin{name} … \end{name}`, after `\begin`: matrices, cases, alignments.
    mutating func environment(_ begin: Token) throws(TeXError) -> MathNode {
        let name = try environmentName(after: begin)
        var columns: [Table.Column]
        var displayStyle = false
        switch name {
        case "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix":
            columns = [.center]
        case "cases":
            columns = [.left]
        case "aligned", "align", "align*", "split":
            columns = [.pairRight, .pairLeft]
            displayStyle = true
        case "gathered", "gather", "gather*":
            columns = [.center]
            displayStyle = true
        case "array":
            columns = try arrayColumns(after: begin)
        default:
            throw map.error("unknown environment '\(name)'", at: begin.offset)
        }
        let rows = try cells(of: name, begin: begin, alignsPairs: columns.first == .pairRight)
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
    private mutating func cells(of name: String, begin: Token, alignsPairs: Bool) throws(TeXError) -> [[MathNode]] {
        var rows: [[MathNode]] = []
        var row: [MathNode] = []
        while true {
            var cell = try list()
            // In `a &= b` and `&+ c` the operator after `&` keeps its infix spacing, as in amsmath.
            if alignsPairs, row.count % 2 == 1, case .symbol(var op)? = cell.first,
               op.kind == .binary || op.kind == .relation {
                op.form = "infix"
                cell[0] = .symbol(op)
            }
            row.append(.row(cell))
            let token = try scanner.next()
            switch token.kind {
            case .alignment:
                continue
            case .command("\\"):
                try skipRowSpacing()
                rows.append(row)
                row = []
            case .command("end"):
                let end = try environmentName(after: token)
                guard end == name else {
                    throw map.error("\\begin{\(name)} at \(map.describe(begin.offset)) ended by \\end{\(end)}", at: token.offset)
                }
                if row != [.empty] || rows.isEmpty { rows.append(row) }
                return rows
            case .end:
                throw map.error("\\begin{\(name)} at \(map.describe(begin.offset)) has no matching \\end{\(name)}",
                                at: begin.offset)
            default:
                throw unexpected(token)
            }
        }
    }

    /// The `{name}` after `\begin` or `\end`.
    private mutating func environmentName(after command: Token) throws(TeXError) -> String {
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
