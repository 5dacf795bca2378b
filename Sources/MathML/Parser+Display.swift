/// A display formula as rows that may carry numbers, before they are known.
struct NumberedRows: Sendable {
    enum Body: Sendable {
        /// A plain formula or `equation`: one row, one centred cell.
        case single(MathNode)
        /// `align` or `gather`: rows of cells with their column alignments.
        case rows([[MathNode]], columns: [Table.Column])
    }

    let body: Body
    /// For each row of `body`, the index in `lines` of its number or tag.
    let rowLines: [Int?]
    /// The rows that show a number or a tag, in order.
    let lines: [EquationLine]

    init(_ body: Body, lines: [EquationLine?]) {
        self.body = body
        var rowLines: [Int?] = []
        var numbered: [EquationLine] = []
        for line in lines {
            rowLines.append(line.map { numbered.append($0); return numbered.count - 1 })
        }
        self.rowLines = rowLines
        self.lines = numbered
    }
}

extension Parser {
    /// A whole display formula: `equation`, `align`, `gather` (starred or not),
    /// or plain math, which is one line and takes a number when `numbered` or labelled.
    mutating func displayFormula(numbered: Bool) throws(TeXError) -> NumberedRows {
        let start = scanner
        let begin = try scanner.next()
        if begin.kind == .command("begin"), let environment = DisplayEnvironment(rawValue: try environmentName(after: begin)) {
            let rows = try displayEnvironment(environment, begin: begin)
            let after = try scanner.next()
            guard after.kind == .end else {
                throw map.error("\\end{\(environment.rawValue)} must end the formula; write what follows outside it",
                                at: after.offset)
            }
            if numbered, rows.lines.isEmpty {
                throw map.error("the formula has an id, so it needs a number, but no line of \(environment.rawValue) shows one or a tag",
                                at: begin.offset)
            }
            return rows
        }
        scanner = start
        startLine()
        let body = try formula()
        if numbered, let noNumber = marks.noNumber {
            throw map.error("\\nonumber in a formula that has an id, which asks for a number", at: noNumber)
        }
        return NumberedRows(.single(body), lines: [try finishLine(numbered: numbered, labelNumbers: true, context: "")])
    }

    /// The lines of a display environment, after `\begin{…}`.
    private mutating func displayEnvironment(_ environment: DisplayEnvironment, begin: Token) throws(TeXError) -> NumberedRows {
        try descend(at: begin.offset)
        defer { ascend() }
        guard !environment.hasLines else {
            let (rows, lines) = try cells(of: environment.rawValue, begin: begin, alignsPairs: environment.aligns,
                                          numbering: environment)
            return NumberedRows(.rows(rows, columns: environment.columns), lines: lines)
        }
        startLine()
        let content = try list()
        let token = try scanner.next()
        switch token.kind {
        case .command("end"):
            try end(environment.rawValue, begun: begin, endedBy: token)
        case .command("\\"):
            throw map.error("'\\\\' in \(environment.rawValue), which is one line; break lines inside split, or use align or gather",
                            at: token.offset)
        case .alignment:
            throw map.error("'&' in \(environment.rawValue); line up inside split, or use align", at: token.offset)
        case .end:
            throw unclosed(environment.rawValue, begun: begin)
        default:
            throw unexpected(token)
        }
        return NumberedRows(.single(.row(content)), lines: [try finishLine(in: environment)])
    }
}
