import CCmark

/// Copies a cmark tree into `Block` and `Inline` values, putting back what the
/// passes before cmark hid (math, tables, footnote definitions) and running
/// the passes after it (footnote references, autolinks, strikethrough, attributes).
struct TreeConverter {
    /// What the passes before cmark left for this one.
    struct Hidden {
        var formulas: [Math] = []
        var tables: [PipeTables.Found] = []
        /// The text the tables were found in (after footnote definitions were rewritten).
        var tableLines = SourceLines([])
        /// Lines of table cells put before the document.
        var prefixLines = 0
        var definitions: [Int: FootnoteDefinitions.Definition] = [:]
        var shifts = ColumnShifts()
    }

    /// The UTF-8 text cmark parsed, to tell fenced code from indented code.
    let source: [UInt8]
    /// The file as written, to find attribute blocks for errors.
    let original: SourceLines
    let hidden: Hidden
    let extensions: MarkdownExtensions
    let maximumNesting: Int
    private var lineStarts: [Int]?
    private var cells: [OpaquePointer] = []
    private var numbering: FootnoteNumbering
    private var footnotes: [(label: String, blocks: [Block], range: SourceRange)] = []

    init(source: [UInt8], original: SourceLines, hidden: Hidden, extensions: MarkdownExtensions, maximumNesting: Int) {
        self.source = source
        self.original = original
        self.hidden = hidden
        self.extensions = extensions
        self.maximumNesting = maximumNesting
        self.numbering = FootnoteNumbering(labels: hidden.definitions.keys.sorted().map { hidden.definitions[$0]!.label })
    }

    mutating func document(root: OpaquePointer) throws(MarkdownError) -> Document {
        let cellCount = hidden.tables.reduce(0) { sum, table in
            sum + table.rows.reduce(0) { $0 + min($1.row.cells.count, table.alignments.count) }
        }
        var child = cmark_node_first_child(root)
        while cells.count < cellCount, let current = child {
            cells.append(current)
            child = cmark_node_next(current)
        }
        var blocks: [Block] = []
        while let current = child {
            if let block = try block(current, depth: 0) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        var seen: Set<String> = []
        var kept: [Footnote] = []
        for footnote in footnotes {
            let key = FootnoteNumbering.normalised(footnote.label)
            guard seen.insert(key).inserted, let number = numbering.number(of: footnote.label) else { continue }
            kept.append(Footnote(
                label: footnote.label, number: number, referenceCount: numbering.referenceCount(of: footnote.label),
                blocks: footnote.blocks, range: footnote.range))
        }
        return Document(blocks: blocks, footnotes: kept.sorted { $0.number < $1.number })
    }

    mutating func children(of node: OpaquePointer, depth: Int) throws(MarkdownError) -> [Block] {
        var blocks: [Block] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = try block(current, depth: depth) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        return blocks
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) throws(MarkdownError) -> Block? {
        let range = range(of: node)
        guard depth < maximumNesting else {
            throw MarkdownError(
                position: range.start,
                message: "blocks are nested more than \(maximumNesting) deep")
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            var inlines = try blockInlines(of: node, depth: depth, lines: range)
            if extensions.contains(.attributes) {
                inlines = try AttributePlacement.displayMath(inlines, locate: locator(range))
            }
            return .paragraph(Paragraph(inlines: inlines, range: range))
        case CMARK_NODE_HEADING:
            var inlines = try blockInlines(of: node, depth: depth, lines: range)
            var attributes = Attributes.none
            if extensions.contains(.attributes) {
                var contentLines = range
                if range.end.line > range.start.line { contentLines.end.line -= 1 }
                (inlines, attributes) = try AttributePlacement.heading(inlines, locate: locator(contentLines))
            }
            return .heading(Heading(
                level: Int(cmark_node_get_heading_level(node)), inlines: inlines, attributes: attributes, range: range))
        case CMARK_NODE_CODE_BLOCK:
            let code = Self.string(cmark_node_get_literal(node))
            return .codeBlock(CodeBlock(
                info: Self.string(cmark_node_get_fence_info(node)),
                code: code,
                isFenced: isFence(at: Self.cmarkRange(of: node).start, code: code),
                range: range))
        case CMARK_NODE_HTML_BLOCK:
            let html = Self.string(cmark_node_get_literal(node))
            if html.hasPrefix("<!--\(PipeTables.mark)") { return try table(html, depth: depth) }
            if html.hasPrefix(FootnoteDefinitions.emptyMark), !hidden.definitions.isEmpty { return nil }
            return .htmlBlock(HTMLBlock(html: html, range: range))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(BlockQuote(blocks: try children(of: node, depth: depth + 1), range: range))
        case CMARK_NODE_LIST:
            var items: [ListItem] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                let itemRange = self.range(of: current)
                let blocks = try children(of: current, depth: depth + 1)
                if let definition = hidden.definitions[itemRange.start.line], definition.position == itemRange.start {
                    footnotes.append((definition.label, blocks, itemRange))
                } else {
                    items.append(ListItem(blocks: blocks, range: itemRange))
                }
                item = cmark_node_next(current)
            }
            guard !items.isEmpty else { return nil }
            let kind: List.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
            return .list(List(
                kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items, range: range))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(ThematicBreak(range: range))
        default:
            return nil
        }
    }

    /// The table whose header line this placeholder stands for; nil for its other lines.
    private mutating func table(_ placeholder: String, depth: Int) throws(MarkdownError) -> Block? {
        let numbers = placeholder.dropFirst(5).prefix { $0 != "-" }.split(separator: ".").compactMap { Int($0) }
        guard numbers.count == 2, numbers[1] == 0, hidden.tables.indices.contains(numbers[0]) else { return nil }
        let found = hidden.tables[numbers[0]]
        let columns = found.alignments.count
        var firstCell = 0
        for table in hidden.tables[..<numbers[0]] {
            firstCell += table.rows.reduce(0) { $0 + min($1.row.cells.count, table.alignments.count) }
        }
        var rows: [TableRow] = []
        for (index, entry) in found.rows.enumerated() where index != 1 {
            let rowRange = tablePosition(entry.row.bounds, line: entry.line)
            var cells: [TableCell] = []
            for cell in entry.row.cells.prefix(columns) {
                let range = tablePosition(cell.bounds, line: entry.line)
                var inlines: [Inline] = []
                if firstCell < self.cells.count {
                    inlines = try blockInlines(of: self.cells[firstCell], depth: depth, lines: range)
                }
                firstCell += 1
                cells.append(TableCell(inlines: Self.droppingCellEnd(inlines), range: range))
            }
            while cells.count < columns {
                let end = SourcePosition(line: rowRange.end.line, column: rowRange.end.column + 1)
                cells.append(TableCell(inlines: [], range: SourceRange(start: end, end: rowRange.end)))
            }
            rows.append(TableRow(cells: cells, range: rowRange))
        }
        guard let header = rows.first, let last = rows.last else { return nil }
        return .table(Table(
            alignments: found.alignments, header: header, rows: Array(rows.dropFirst()),
            range: SourceRange(start: header.range.start, end: last.range.end)))
    }

    /// Byte bounds in the text tables were found in, as a range in the file.
    private func tablePosition(_ bounds: Range<Int>, line: Int) -> SourceRange {
        let lines = hidden.tableLines
        let start = lines.column(of: bounds.lowerBound, line: line)
        let end = lines.column(of: bounds.upperBound, line: line) - 1
        return hidden.shifts.original(SourceRange(
            start: SourcePosition(line: line, column: start), end: SourcePosition(line: line, column: end)))
    }

    private static func droppingCellEnd(_ inlines: [Inline]) -> [Inline] {
        guard case .text(let text)? = inlines.last, text.unicodeScalars.last == PipeTables.cellEnd else { return inlines }
        var trimmed = String(text.unicodeScalars.dropLast())
        if trimmed.hasSuffix(" ") { trimmed.removeLast() }
        return inlines.dropLast() + (trimmed.isEmpty ? [] : [.text(trimmed)])
    }

    /// A block's inline content, with math put back and the inline extensions applied.
    private mutating func blockInlines(of node: OpaquePointer, depth: Int, lines: SourceRange) throws(MarkdownError) -> [Inline] {
        var result = try inlines(of: node, depth: depth)
        if !hidden.formulas.isEmpty { result = MathSpans.restore(result, formulas: hidden.formulas) }
        if extensions.contains(.footnotes), !numbering.isEmpty { result = numbering.resolve(result) }
        if extensions.contains(.autolinks) { result = Autolinks.apply(result) }
        if extensions.contains(.strikethrough) { result = Strikethrough.apply(result) }
        if extensions.contains(.autolinks) { result = Autolinks.applyEmail(result) }
        if extensions.contains(.attributes) { result = try AttributePlacement.images(result, locate: locator(lines)) }
        return result
    }

    private func inlines(of node: OpaquePointer, depth: Int) throws(MarkdownError) -> [Inline] {
        guard depth < maximumNesting else {
            throw MarkdownError(
                position: range(of: node).start,
                message: "inline markup is nested more than \(maximumNesting) deep")
        }
        var result: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT: result.append(.text(Self.string(cmark_node_get_literal(current))))
            case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
            case CMARK_NODE_LINEBREAK: result.append(.lineBreak)
            case CMARK_NODE_CODE: result.append(.code(Self.string(cmark_node_get_literal(current))))
            case CMARK_NODE_HTML_INLINE: result.append(.html(Self.string(cmark_node_get_literal(current))))
            case CMARK_NODE_EMPH: result.append(.emphasis(try inlines(of: current, depth: depth + 1)))
            case CMARK_NODE_STRONG: result.append(.strong(try inlines(of: current, depth: depth + 1)))
            case CMARK_NODE_LINK:
                result.append(.link(Link(
                    destination: Self.string(cmark_node_get_url(current)),
                    title: Self.string(cmark_node_get_title(current)),
                    children: try inlines(of: current, depth: depth + 1))))
            case CMARK_NODE_IMAGE:
                result.append(.image(Image(
                    source: Self.string(cmark_node_get_url(current)),
                    title: Self.string(cmark_node_get_title(current)),
                    children: try inlines(of: current, depth: depth + 1))))
            default:
                break
            }
            child = cmark_node_next(current)
        }
        return result
    }

    /// Finds text in the file's lines of a block, last line first, for errors.
    private func locator(_ range: SourceRange) -> AttributePlacement.Locate {
        let original = self.original
        return { text in
            let needle = Array(text.utf8)
            var line = min(range.end.line, original.count)
            while line >= range.start.line, line >= 1 {
                let bytes = original.bytes[original.range(of: line)]
                if !needle.isEmpty, bytes.count >= needle.count {
                    var i = bytes.endIndex - needle.count
                    while i >= bytes.startIndex {
                        if bytes[i..<(i + needle.count)].elementsEqual(needle) {
                            return SourcePosition(line: line, column: original.column(of: i, line: line))
                        }
                        i -= 1
                    }
                }
                line -= 1
            }
            return range.start
        }
    }

    /// cmark does not say whether a code block was fenced; its first line does.
    /// An indented block's first line is its first line of code; a fenced
    /// block's first line is the fence, which its code cannot begin with.
    private mutating func isFence(at start: SourcePosition, code: String) -> Bool {
        if lineStarts == nil {
            var starts = [0]
            for (i, byte) in source.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
            lineStarts = starts
        }
        guard let starts = lineStarts, start.line - 1 < starts.count else { return false }
        let first = starts[start.line - 1] + start.column - 1
        var end = first
        while end < source.count, source[end] != UInt8(ascii: "\n") { end += 1 }
        guard first <= end else { return false }
        let line = source[first..<end]
        let fence = line.drop { $0 == UInt8(ascii: " ") }
        guard let mark = fence.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~"),
              fence.prefix(3).allSatisfy({ $0 == mark }) else { return false }
        return !code.utf8.starts(with: line)
    }

    /// Where a node stands in the file: cmark's position, less the table cell
    /// lines put before the document, with shortened lines widened back.
    func range(of node: OpaquePointer) -> SourceRange {
        var range = Self.cmarkRange(of: node)
        range.start.line -= hidden.prefixLines
        range.end.line -= hidden.prefixLines
        return hidden.shifts.original(range)
    }

    /// Where cmark says a node stands in the text it parsed.
    static func cmarkRange(of node: OpaquePointer) -> SourceRange {
        SourceRange(
            start: SourcePosition(
                line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
            end: SourcePosition(
                line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node))))
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
