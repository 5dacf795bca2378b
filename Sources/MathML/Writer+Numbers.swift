/// How a display formula shows its numbers: as LaTeX sets them, at the right
/// edge of the text column, on the baseline of their line, the formula centred.
///
/// MathML's `mlabeledtr` is not in MathML Core and Chromium ignores it, so
/// the formula becomes a table as wide as the column, each row framed by two
/// cells that share the room left over: an empty one on the left and the
/// number, flush right, on the right. Everything is in `style` attributes, so
/// it needs no stylesheet; the `<semantics>` around it is made full width too,
/// which Firefox needs to resolve the table's percentage width.
extension Writer {
    /// Writes `rows`, with `shown[i]` (e.g. "(5.2)") and `ids[i]` for `rows.lines[i]`.
    /// Returns whether it wrote the full-width layout; with nothing to show and no
    /// id, the formula is written as unnumbered display math.
    mutating func write(_ rows: NumberedRows, shown: [String?], ids: [String?]) -> Bool {
        func entry(_ values: [String?], _ line: Int?) -> String? {
            guard let line, line < values.count else { return nil }
            return values[line]
        }
        let marked = rows.rowLines.contains { entry(shown, $0) != nil || entry(ids, $0) != nil }
        guard marked else {
            switch rows.body {
            case .single(let node): element(node, display: true)
            case .rows(let cells, let columns): element(.table(Table(rows: cells, columns: columns, displayStyle: true)), display: true)
            }
            return false
        }
        output += "<mtable displaystyle=\"true\" style=\"width: 100%\">"
        for (index, line) in rows.rowLines.enumerated() {
            output += entry(ids, line).map { "<mtr id=\"\(Writer.attribute($0))\">" } ?? "<mtr>"
            output += "<mtd style=\"width: 50%; padding: 0\"></mtd>"
            switch rows.body {
            case .single(let node):
                output += "<mtd>"
                contents(node, display: true)
                output += "</mtd>"
            case .rows(let cells, let columns):
                self.cells(cells[index], columns: columns, display: true)
            }
            output += "<mtd columnalign=\"right\" style=\"width: 50%; padding: 0; text-align: -webkit-right\">"
            if let number = entry(shown, line) {
                // The space keeps a quad between a wide formula and its number; the
                // cell's own padding would make it wider than the empty one on the left.
                output += "<mspace width=\"1em\"/><mtext>" + Writer.text(number) + "</mtext>"
            }
            output += "</mtd></mtr>"
        }
        output += "</mtable>"
        return true
    }

    /// `text` for an attribute value in double quotes.
    static func attribute(_ text: String) -> String {
        String(escape(text).flatMap { $0 == "\"" ? Array("&quot;") : [$0] })
    }
}
