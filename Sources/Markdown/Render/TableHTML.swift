extension HTMLRenderer {
    /// A table as cmark-gfm writes it, but with `style="text-align: …"` for
    /// alignment instead of the obsolete `align` attribute; not yet wrapped.
    func render(_ table: Table) throws -> String {
        var out = HTMLOutput()
        out.append("<table>\n<thead>\n")
        try render(table.header, cell: "th", alignments: table.alignments, into: &out)
        out.append("</thead>\n")
        if !table.rows.isEmpty {
            out.append("<tbody>\n")
            for row in table.rows { try render(row, cell: "td", alignments: table.alignments, into: &out) }
            out.append("</tbody>\n")
        }
        out.append("</table>\n")
        return out.string
    }

    private func render(_ row: TableRow, cell tag: String, alignments: [Table.Alignment], into out: inout HTMLOutput) throws {
        out.append("<tr>\n")
        for (column, cell) in row.cells.enumerated() {
            out.append("<\(tag)")
            switch column < alignments.count ? alignments[column] : .none {
            case .none: break
            case .left: out.append(" style=\"text-align: left\"")
            case .center: out.append(" style=\"text-align: center\"")
            case .right: out.append(" style=\"text-align: right\"")
            }
            out.append(">")
            try render(cell.inlines, into: &out)
            out.append("</\(tag)>\n")
        }
        out.append("</tr>\n")
    }
}
