/// Spells a ``MathNode`` tree as MathML Core markup.
///
/// The writer follows TeX's styles: in display style large operators and
/// `\lim` take their scripts under and over, elsewhere beside them, so the
/// markup needs no `movablelimits` support to come out right.
struct Writer {
    var output = ""

    /// Writes `node` as exactly one element (wrapping a row of several in `<mrow>`).
    mutating func element(_ node: MathNode, display: Bool) {
        guard case .row(let children) = node else { return write(node, display: display) }
        if children.count == 1 { return element(children[0], display: display) }
        output += "<mrow>"
        writeChildren(children, display: display)
        output += "</mrow>"
    }

    /// Writes the children of a row, or a lone node, inline (inside an inferred row).
    mutating func contents(_ node: MathNode, display: Bool) {
        if case .row(let children) = node {
            if children.count == 1 { return contents(children[0], display: display) }
            writeChildren(children, display: display)
        } else {
            write(node, display: display)
        }
    }

    private mutating func writeChildren(_ nodes: [MathNode], display: Bool) {
        for (index, node) in nodes.enumerated() {
            if index > 0, Spacing.thinSpaceBetween(nodes[index - 1], node) {
                output += "<mspace width=\"0.1667em\"/>"
            }
            if case .symbol(var op) = node, index > 0, Spacing.isUnary(op, after: nodes[..<index]) {
                op.form = "prefix"
                write(op)
            } else {
                write(node, display: display)
            }
        }
    }

    private mutating func write(_ node: MathNode, display: Bool) {
        switch node {
        case .identifier(let text, let upright):
            let normal = upright && text.count == 1 && Writer.slantsAlone(text)
            output += normal ? "<mi mathvariant=\"normal\">" : "<mi>"
            output += Writer.escape(text) + "</mi>"
        case .number(let text):
            output += "<mn>" + Writer.escape(text) + "</mn>"
        case .symbol(let op):
            write(op)
        case .text(let text):
            output += "<mtext>" + Writer.text(text) + "</mtext>"
        case .space(let width):
            output += "<mspace width=\"\(width)\"/>"
        case .row:
            element(node, display: display)
        case .operatorName(let name, _):
            element(name, display: display)
        case .fraction(let numerator, let denominator, let thickness):
            output += thickness.map { "<mfrac linethickness=\"\($0)\">" } ?? "<mfrac>"
            element(numerator, display: false)
            element(denominator, display: false)
            output += "</mfrac>"
        case .root(let base, nil):
            output += "<msqrt>"
            contents(base, display: display)
            output += "</msqrt>"
        case .root(let base, let index?):
            output += "<mroot>"
            element(base, display: display)
            element(index, display: false)
            output += "</mroot>"
        case .scripts(let base, let sub, let sup, let limits):
            scripts(base: base, sub: sub, sup: sup, under: limits == .always || (limits == .display && display), display: display)
        case .accent(let base, let mark, let over, let isAccent):
            let name = over ? "mover" : "munder"
            let attribute = isAccent ? (over ? " accent=\"true\"" : " accentunder=\"true\"") : ""
            output += "<\(name)\(attribute)>"
            element(base, display: display)
            write(mark)
            output += "</\(name)>"
        case .fenced(let open, let body, let close):
            output += "<mrow>"
            if let open { write(open) }
            contents(body, display: display)
            if let close { write(close) }
            output += "</mrow>"
        case .table(let table):
            write(table, display: table.displayStyle ?? display)
        case .style(let style, let child):
            output += "<mstyle displaystyle=\"\(style)\">"
            contents(child, display: style)
            output += "</mstyle>"
        case .rule(let child, let over):
            output += over ? "<mrow style=\"border-top: 0.05em solid; padding-top: 0.1em\">"
                : "<mrow style=\"border-bottom: 0.05em solid; padding-bottom: 0.1em\">"
            contents(child, display: display)
            output += "</mrow>"
        case .boxed(let child):
            output += "<mrow style=\"border: 0.05em solid; padding: 0.2em 0.3em\">"
            contents(child, display: display)
            output += "</mrow>"
        case .phantom(let child):
            output += "<mphantom>"
            contents(child, display: display)
            output += "</mphantom>"
        }
    }

    private mutating func scripts(base: MathNode, sub: MathNode?, sup: MathNode?, under: Bool, display: Bool) {
        let name = switch (sub != nil, sup != nil, under) {
        case (true, true, false): "msubsup"
        case (true, false, false): "msub"
        case (false, _, false): "msup"
        case (true, true, true): "munderover"
        case (true, false, true): "munder"
        case (false, _, true): "mover"
        }
        output += "<\(name)>"
        element(base, display: display)
        if let sub { element(sub, display: false) }
        if let sup { element(sup, display: false) }
        output += "</\(name)>"
    }

    private mutating func write(_ table: Table, display: Bool) {
        output += display ? "<mtable displaystyle=\"true\">" : "<mtable>"
        for row in table.rows {
            output += "<mtr>"
            cells(row, columns: table.columns, display: display)
            output += "</mtr>"
        }
        output += "</mtable>"
    }

    /// The `<mtd>`s of one table row; column i is aligned as `columns[i % columns.count]`.
    mutating func cells(_ row: [MathNode], columns: [Table.Column], display: Bool) {
        for (column, cell) in row.enumerated() {
            output += Writer.cellTag(columns[column % columns.count])
            contents(cell, display: display)
            output += "</mtd>"
        }
    }

    private mutating func write(_ op: Operator) {
        output += "<mo"
        if let form = op.form { output += " form=\"\(form)\"" }
        if let stretchy = op.stretchy { output += " stretchy=\"\(stretchy)\"" }
        if let size = op.size { output += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
        if let mathsize = op.mathsize { output += " mathsize=\"\(mathsize)\"" }
        if let lspace = op.lspace { output += " lspace=\"\(lspace)\"" }
        if let rspace = op.rspace { output += " rspace=\"\(rspace)\"" }
        output += ">" + Writer.escape(op.text) + "</mo>"
    }

    /// `<mtd>` with its alignment: `columnalign` for MathML 3 renderers; for MathML Core,
    /// `-webkit-` text alignment, which (unlike plain `left`/`right`) also moves the
    /// block box a cell's contents form in Chromium.
    private static func cellTag(_ column: Table.Column) -> String {
        switch column {
        case .center: "<mtd>"
        case .left: "<mtd columnalign=\"left\" style=\"text-align: -webkit-left\">"
        case .right: "<mtd columnalign=\"right\" style=\"text-align: -webkit-right\">"
        case .pairRight: "<mtd columnalign=\"right\" style=\"text-align: -webkit-right; padding-right: 0\">"
        case .pairLeft: "<mtd columnalign=\"left\" style=\"text-align: -webkit-left; padding-left: 0\">"
        }
    }

    /// Whether a one-character `<mi>` would be slanted by MathML's automatic italics.
    private static func slantsAlone(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x391...0x3A9, 0x3B1...0x3C9, 0x131, 0x237,
             0x3D1, 0x3D5, 0x3D6, 0x3F0, 0x3F1, 0x3F4, 0x3F5, 0x2202, 0x2207:
            return true
        default:
            return false
        }
    }

    /// `&`, `<` and `>` as character references; so too no-break spaces and lone
    /// combining marks (the accent of `\widehat`), which are invisible in the markup.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\u{A0}": escaped += "&#xA0;"
            default:
                if scalar.properties.generalCategory == .nonspacingMark {
                    escaped += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }

    /// Text for `<mtext>`: spaces at either end become no-break spaces, which browsers keep.
    static func text(_ text: String) -> String {
        var characters = Array(text)
        var leading = 0
        while leading < characters.count, characters[leading] == " " { leading += 1 }
        var trailing = 0
        while trailing < characters.count - leading, characters[characters.count - 1 - trailing] == " " { trailing += 1 }
        characters.removeFirst(leading)
        characters.removeLast(trailing)
        let space = "&#xA0;"
        return String(repeating: space, count: leading) + escape(String(characters)) + String(repeating: space, count: trailing)
    }
}
