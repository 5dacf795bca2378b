/// Finds pipe tables where cmark-gfm would, and hides them from plain cmark.
///
/// cmark-gfm turns a paragraph into a table when one of its lines is a
/// delimiter row (`|---|:-:|`) and the line before it has as many cells; the
/// lines before the header stay a paragraph. Rows go on until a blank line, a
/// line that starts another block, or a line whose containers (`>`, list
/// indentation) do not continue. Plain cmark read those rows as paragraph text,
/// so this pass works from cmark's paragraphs (see `BlockLines`) and checks
/// the few block starts that cannot interrupt a paragraph but do end a table.
///
/// Each table line becomes a comment, `<!--` U+E003 `table.row-->`, behind the
/// line's own container markers: an HTML block that interrupts paragraphs and
/// ends on its line, as a table row does. Each cell's text goes to an ATX
/// heading put before the document (`prefix`), where cmark parses it as inline
/// content with the document's link definitions; the tree pass swaps both back.
enum PipeTables {
    static let mark: Unicode.Scalar = "\u{E003}"
    /// Ends a cell's heading when its text ends in `#`, which ATX would drop.
    static let cellEnd: Unicode.Scalar = "\u{E005}"

    struct Found {
        var alignments: [Table.Alignment]
        /// The header first; every row has at least one cell.
        var rows: [(line: Int, row: TableRows.Row)]
    }

    struct Rewritten {
        var bytes: [UInt8]
        var tables: [Found]
        /// Lines of cell headings (and one blank line) before the document.
        var prefixLines: Int
    }

    /// A quick look before parsing twice: does any line look like a delimiter row?
    static func mayHaveTables(_ lines: SourceLines) -> Bool {
        for line in 1...max(1, lines.count) {
            let range = lines.range(of: line)
            let bytes = lines.bytes[range]
            guard bytes.contains(UInt8(ascii: "-")) else { continue }
            if bytes.contains(UInt8(ascii: "|")) || bytes.contains(UInt8(ascii: ":")) { return true }
        }
        return false
    }

    static func rewrite(_ bytes: [UInt8], blocks: BlockLines) -> Rewritten {
        let tables = find(blocks)
        guard !tables.isEmpty else { return Rewritten(bytes: bytes, tables: [], prefixLines: 0) }
        let lines = blocks.lines
        var prefix: [UInt8] = []
        var prefixLines = 1
        var replacements: [Int: [UInt8]] = [:]
        for (t, table) in tables.enumerated() {
            let delimiterPrefix = linePrefix(lines, table.rows.count > 1 ? table.rows[1].line : table.rows[0].line, blocks)
            for (r, row) in table.rows.enumerated() {
                for cell in row.row.cells.prefix(table.alignments.count) {
                    prefix.append(contentsOf: "# ".utf8)
                    prefix.append(contentsOf: cell.content)
                    if cell.content.last == UInt8(ascii: "#") { prefix.append(contentsOf: " \(cellEnd)".utf8) }
                    prefix.append(UInt8(ascii: "\n"))
                    prefixLines += 1
                }
                let lineStart = lines.starts[row.line - 1]
                var own = Array(lines.bytes[lineStart..<row.row.bounds.lowerBound])
                if r == 0, !blocks.content(of: row.line, chain: blocks.chain(at: row.line)).allMatched {
                    own = delimiterPrefix
                }
                replacements[row.line] = own + Array("<!--\(mark)\(t).\(r)-->".utf8)
            }
        }
        prefix.append(UInt8(ascii: "\n"))

        var out: [UInt8] = []
        out.reserveCapacity(prefix.count + bytes.count)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var body = bytes[...]
        if body.starts(with: bom) {
            out.append(contentsOf: bom)
            body = body.dropFirst(3)
        }
        out.append(contentsOf: prefix)
        var copied = body.startIndex
        for line in replacements.keys.sorted() {
            let range = lines.range(of: line)
            out.append(contentsOf: bytes[copied..<range.lowerBound])
            out.append(contentsOf: replacements[line]!)
            copied = range.upperBound
        }
        out.append(contentsOf: bytes[copied...])
        return Rewritten(bytes: out, tables: tables, prefixLines: prefixLines)
    }

    /// A line's container markers: its bytes before its text.
    private static func linePrefix(_ lines: SourceLines, _ line: Int, _ blocks: BlockLines) -> [UInt8] {
        let content = blocks.content(of: line, chain: blocks.chain(at: line))
        return Array(lines.bytes[lines.starts[line - 1]..<content.start])
    }

    private static func find(_ blocks: BlockLines) -> [Found] {
        let lines = blocks.lines
        var tables: [Found] = []
        var usedUntil = 0
        for (index, leaf) in blocks.leaves.enumerated() {
            let first = leaf.range.start.line
            var last = leaf.range.end.line
            switch leaf.kind {
            case .paragraph: break
            case .setextHeading: last -= 1
            case .other: continue
            }
            guard first > usedUntil, last > first else { continue }
            let chain = blocks.chain(ofLeaf: index)
            var delimiter = first + 1
            while delimiter <= last {
                defer { delimiter += 1 }
                let content = blocks.content(of: delimiter, chain: chain)
                let end = lines.range(of: delimiter).upperBound
                guard content.allMatched, content.indent < 4,
                      let alignments = TableRows.alignments(lines.bytes, from: content.start, to: end) else { continue }
                let header = blocks.content(of: delimiter - 1, chain: chain)
                guard let headerRow = TableRows.row(
                    lines.bytes, from: header.start, to: lines.range(of: delimiter - 1).upperBound),
                    headerRow.cells.count == alignments.count else { continue }
                let delimiterRow = TableRows.row(lines.bytes, from: content.start, to: end)!
                var rows = [(line: delimiter - 1, row: headerRow), (line: delimiter, row: TableRows.Row(cells: [], bounds: delimiterRow.bounds))]
                var line = delimiter + 1
                while let row = bodyRow(line, of: leaf, chain: chain, blocks) {
                    rows.append((line, row))
                    line += 1
                }
                usedUntil = line - 1
                tables.append(Found(alignments: alignments, rows: rows))
                // The table ended inside cmark's paragraph. Only indented code lets
                // a new paragraph, and so another table, follow in its lines.
                var next = line
                while next <= last, case let c = blocks.content(of: next, chain: chain), c.allMatched, c.indent >= 4 {
                    next += 1
                }
                guard next > line, next < last else { break }
                delimiter = next
            }
        }
        return tables
    }

    /// The cells of `line` if it continues the table, as cmark-gfm decides.
    private static func bodyRow(_ line: Int, of table: BlockLines.Leaf, chain: [Int], _ blocks: BlockLines) -> TableRows.Row? {
        let lines = blocks.lines
        guard line <= lines.count, !lines.isBlank(line), let leafIndex = blocks.leaf(at: line) else { return nil }
        let content = blocks.content(of: line, chain: chain)
        let leaf = blocks.leaves[leafIndex]
        guard content.allMatched, leaf.parent == table.parent else { return nil }
        let end = lines.range(of: line).upperBound
        switch leaf.kind {
        case .other:
            return nil
        case .setextHeading(let underline) where line == leaf.range.end.line:
            guard underline == UInt8(ascii: "=") else { return nil }
        default:
            if line != leaf.range.start.line {
                guard content.indent < 4, !BlockStarts.endsTable(lines.bytes, from: content.start, to: end) else { return nil }
            }
        }
        return TableRows.row(lines.bytes, from: content.start, to: end)
    }
}
