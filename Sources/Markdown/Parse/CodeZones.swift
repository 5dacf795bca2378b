import CCmark

/// The parts of a Markdown source where a `$` is literal: code blocks, HTML
/// blocks, code spans and inline HTML, as cmark located them.
struct CodeZones {
    /// Lines that belong wholly to a code or HTML block.
    private(set) var lines: Set<Int> = []
    /// Byte columns (inclusive) of code spans and inline HTML, by line.
    private(set) var spans: [Int: [ClosedRange<Int>]] = [:]

    init() {}

    init(root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let range = TreeConverter.cmarkRange(of: node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                lines.formUnion(range.start.line...max(range.start.line, range.end.line))
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                addSpan(range)
            default:
                break
            }
        }
    }

    /// Whether the byte at this line and column is inside code.
    func contains(line: Int, column: Int) -> Bool {
        if lines.contains(line) { return true }
        return spans[line]?.contains { $0.contains(column) } ?? false
    }

    private mutating func addSpan(_ range: SourceRange) {
        // A code span's range covers its content; widen it by one byte to take
        // in the backticks that touch it.
        let start = range.start, end = range.end
        if start.line == end.line {
            spans[start.line, default: []].append(max(1, start.column - 1)...(end.column + 1))
            return
        }
        spans[start.line, default: []].append(max(1, start.column - 1)...Int.max)
        for line in (start.line + 1)..<end.line { lines.insert(line) }
        spans[end.line, default: []].append(1...(end.column + 1))
    }
}
