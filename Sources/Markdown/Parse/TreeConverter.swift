import CCmark

/// Copies a cmark tree into `Block` and `Inline` values.
struct TreeConverter {
    /// The UTF-8 text cmark parsed, to tell fenced code from indented code.
    let source: [UInt8]
    /// Formulas whose placeholders stand in the text (see `MathSpans`).
    let formulas: [Math]
    let maximumNesting: Int
    private var lineStarts: [Int]?

    init(source: [UInt8], formulas: [Math], maximumNesting: Int) {
        self.source = source
        self.formulas = formulas
        self.maximumNesting = maximumNesting
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
        let range = Self.range(of: node)
        guard depth < maximumNesting else {
            throw MarkdownError(
                position: range.start,
                message: "blocks are nested more than \(maximumNesting) deep")
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(Paragraph(inlines: try inlines(of: node, depth: depth), range: range))
        case CMARK_NODE_HEADING:
            return .heading(Heading(
                level: Int(cmark_node_get_heading_level(node)),
                inlines: try inlines(of: node, depth: depth), range: range))
        case CMARK_NODE_CODE_BLOCK:
            let code = Self.string(cmark_node_get_literal(node))
            return .codeBlock(CodeBlock(
                info: Self.string(cmark_node_get_fence_info(node)),
                code: code,
                isFenced: isFence(at: range.start, code: code),
                range: range))
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock(HTMLBlock(html: Self.string(cmark_node_get_literal(node)), range: range))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(BlockQuote(blocks: try children(of: node, depth: depth + 1), range: range))
        case CMARK_NODE_LIST:
            var items: [ListItem] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(ListItem(
                    blocks: try children(of: current, depth: depth + 1),
                    range: Self.range(of: current)))
                item = cmark_node_next(current)
            }
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

    private func inlines(of node: OpaquePointer, depth: Int) throws(MarkdownError) -> [Inline] {
        guard depth < maximumNesting else {
            throw MarkdownError(
                position: Self.range(of: node).start,
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
        return formulas.isEmpty ? result : MathSpans.restore(result, formulas: formulas)
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
        let line = source[first..<end]
        let fence = line.drop { $0 == UInt8(ascii: " ") }
        guard let mark = fence.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~"),
              fence.prefix(3).allSatisfy({ $0 == mark }) else { return false }
        return !code.utf8.starts(with: line)
    }

    static func range(of node: OpaquePointer) -> SourceRange {
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
