extension Table {
    /// The table as a plain-ASCII grid for terminals and handouts.
    ///
    /// ```
    /// Gradients at each sample
    /// +-------+-------+--------+--------+
    /// | score | label | hard ∂ | soft ∂ |
    /// +=======+=======+========+========+
    /// |   0.9 |     1 |      0 |   0.12 |
    /// |   0.2 |     0 |      0 |  -0.31 |
    /// +-------+-------+--------+--------+
    /// ```
    ///
    /// The grid is ASCII; text from the author (headings, cells) is kept as written.
    public func text() -> String {
        let count = columnCount
        let headings = (0..<count).map { heading($0).singleLine }
        var bodies: [[String]] = []
        for column in 0..<count {
            bodies.append(columnTexts(column))
        }
        let widths = (0..<count).map { column in
            max(headings[column].columns, bodies[column].map(\.columns).max() ?? 0)
        }

        func line(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        func rule(_ fill: Character) -> String {
            "+" + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: "+") + "+"
        }

        var lines: [String] = []
        if let caption { lines.append(caption.singleLine) }
        guard count > 0 else { return lines.joined(separator: "\n") }
        lines.append(rule("-"))
        lines.append(line((0..<count).map { column in
            place(headings[column], in: widths[column], alignment(of: column))
        }))
        lines.append(rule(rows.isEmpty ? "-" : "="))
        for row in rows.indices {
            lines.append(line((0..<count).map { column in
                place(bodies[column][row], in: widths[column], alignment(of: column))
            }))
        }
        if !rows.isEmpty { lines.append(rule("-")) }
        return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n")
    }

    /// The texts of one column's cells; a decimal column comes back already
    /// lined up on the point, every entry the same width.
    private func columnTexts(_ column: Int) -> [String] {
        let texts = rows.indices.map { cell($0, column).text(significantDigits: significantDigits).singleLine }
        guard alignment(of: column) == .decimal else { return texts }
        return alignedOnDecimalPoint(texts)
    }

    /// Places `text` in `width` columns as `alignment` says.
    private func place(_ text: String, in width: Int, _ alignment: Alignment) -> String {
        switch alignment {
        case .left: text.padded(to: width)
        case .right, .decimal: text.padded(left: width)
        case .center: text.centered(in: width)
        }
    }
}

/// Number texts padded so their decimal points (or exponents, or ends) share a column.
func alignedOnDecimalPoint(_ texts: [String]) -> [String] {
    let parts = texts.map(splitAtDecimalPoint)
    let whole = parts.map(\.whole.columns).max() ?? 0
    let fraction = parts.map(\.fraction.columns).max() ?? 0
    return parts.map { part in
        part.whole.padded(left: whole) + part.fraction.padded(to: fraction)
    }
}

/// `-12.5e3` → (`-12`, `.5e3`): the part before the point and the rest.
func splitAtDecimalPoint(_ text: String) -> (whole: String, fraction: String) {
    guard text.first.map({ $0.isNumber || $0 == "-" }) == true,
        let point = text.firstIndex(where: { $0 == "." || $0 == "e" })
    else { return (text, "") }
    return (String(text[..<point]), String(text[point...]))
}
