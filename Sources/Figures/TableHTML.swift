extension Table {
    /// The table as an HTML5 `<table>`, with `<caption>` and `<th scope="col">` headings.
    ///
    /// All text from the author is escaped. Numbers in a decimal column are
    /// right-aligned and padded with figure spaces (U+2007) after the point so
    /// their points line up in a font with tabular digits.
    public func html() -> String {
        let count = columnCount
        var html = "<table>\n"
        if let caption { html += "<caption>\(caption.escapedForHTML)</caption>\n" }
        html += "<thead>\n<tr>"
        for column in 0..<count {
            html += "<th scope=\"col\"\(style(alignment(of: column)))>\(heading(column).escapedForHTML)</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        let columnsOfText = (0..<count).map(htmlTexts)
        for row in rows.indices {
            html += "<tr>"
            for column in 0..<count {
                html += "<td\(style(alignment(of: column)))>\(columnsOfText[column][row].escapedForHTML)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        return html
    }

    /// One column's cell texts for HTML, decimal columns padded after the point.
    private func htmlTexts(_ column: Int) -> [String] {
        let texts = rows.indices.map { cell($0, column).htmlText(significantDigits: significantDigits) }
        guard alignment(of: column) == .decimal else { return texts }
        let fractions = texts.map { splitAtDecimalPoint($0).fraction.columns }
        let widest = fractions.max() ?? 0
        return zip(texts, fractions).map { text, fraction in
            text.isEmpty ? text : text + String(repeating: "\u{2007}", count: widest - fraction)
        }
    }

    /// The `style` attribute for an alignment; left is the default and needs none.
    private func style(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: ""
        case .right, .decimal: " style=\"text-align: right\""
        case .center: " style=\"text-align: center\""
        }
    }
}
