import CCmark

/// Which cmark block holds each source line, and which block quotes and list
/// items stand around it: what the table and footnote passes need to read a
/// line as cmark-gfm would, without a block parser of their own.
///
/// cmark reports where blocks start and end but not where a line's content
/// starts inside `>` and list indentation, so `content(of:)` replays cmark's
/// container rules (tabs to multiples of 4, partly consumed tabs) on the line.
struct BlockLines {
    enum LeafKind: Equatable {
        case paragraph
        /// A setext heading: its last line is the `===` or `---` underline.
        case setextHeading(underline: UInt8)
        case other
    }

    struct Leaf {
        var kind: LeafKind
        var range: SourceRange
        /// Index into `containers`, nil for the document.
        var parent: Int?
    }

    struct Container {
        var isQuote: Bool
        var range: SourceRange
        var parent: Int?
        /// For list items: columns of marker and padding (cmark's `marker_offset + padding`).
        var contentIndent = 0
    }

    /// What is left of a line once its containers' markers are consumed.
    struct Content {
        var cursor: LineCursor
        /// False for a lazy line: some container did not continue on it.
        var allMatched: Bool
        /// Where the text starts and how far it is indented.
        var start: Int { cursor.firstNonSpace.index }
        var indent: Int { cursor.firstNonSpace.indent }
    }

    let lines: SourceLines
    private(set) var leaves: [Leaf] = []
    private(set) var containers: [Container] = []
    private var leafOfLine: [Int: Int] = [:]
    private var containerOfLine: [Int: Int] = [:]

    init(root: OpaquePointer, lines: SourceLines, maximumNesting: Int) {
        self.lines = lines
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var stack: [Int] = []
        var skippedDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let range = TreeConverter.cmarkRange(of: node)
            switch type {
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM:
                if event == CMARK_EVENT_EXIT {
                    if skippedDepth > 0 { skippedDepth -= 1 } else { stack.removeLast() }
                } else if stack.count >= maximumNesting || skippedDepth > 0 {
                    skippedDepth += 1
                } else {
                    containers.append(Container(isQuote: type == CMARK_NODE_BLOCK_QUOTE, range: range, parent: stack.last))
                    stack.append(containers.count - 1)
                    for line in range.start.line...max(range.start.line, range.end.line) {
                        containerOfLine[line] = containers.count - 1
                    }
                }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK,
                 CMARK_NODE_THEMATIC_BREAK:
                guard event == CMARK_EVENT_ENTER, skippedDepth == 0 else { continue }
                var kind = LeafKind.other
                var range = range
                if type == CMARK_NODE_PARAGRAPH {
                    kind = .paragraph
                } else if type == CMARK_NODE_HEADING, range.end.line > range.start.line,
                          let (line, mark) = Self.underline(lines, after: range.start.line, through: range.end.line) {
                    // cmark 0.30 may end a setext heading on the line after its underline.
                    kind = .setextHeading(underline: mark)
                    range.end = SourcePosition(line: line, column: lines.range(of: line).count)
                }
                leaves.append(Leaf(kind: kind, range: range, parent: stack.last))
                for line in range.start.line...max(range.start.line, range.end.line) {
                    leafOfLine[line] = leaves.count - 1
                }
            default:
                continue
            }
        }
        for index in containers.indices where !containers[index].isQuote {
            containers[index].contentIndent = itemContentIndent(index)
        }
    }

    func leaf(at line: Int) -> Int? { leafOfLine[line] }

    /// The first setext underline (`===` or `---`, after any `>` and spaces) in these lines.
    private static func underline(_ lines: SourceLines, after start: Int, through end: Int) -> (Int, UInt8)? {
        for line in (start + 1)...max(start + 1, end) {
            let text = lines.bytes[lines.range(of: line)].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\t") }
            guard let mark = text.first, mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else { continue }
            let run = text.prefix { $0 == mark }
            if text.dropFirst(run.count).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { return (line, mark) }
        }
        return nil
    }

    /// The containers open at a line, outermost first.
    func chain(at line: Int) -> [Int] {
        var innermost = leafOfLine[line].flatMap { leaves[$0].parent } ?? containerOfLine[line]
        if leafOfLine[line] == nil, let c = innermost, !covers(c, line) { innermost = nil }
        var chain: [Int] = []
        while let c = innermost {
            chain.append(c)
            innermost = containers[c].parent
        }
        return chain.reversed()
    }

    /// The containers of a leaf, outermost first.
    func chain(ofLeaf leaf: Int) -> [Int] {
        var innermost = leaves[leaf].parent
        var chain: [Int] = []
        while let c = innermost {
            chain.append(c)
            innermost = containers[c].parent
        }
        return chain.reversed()
    }

    private func covers(_ container: Int, _ line: Int) -> Bool {
        let range = containers[container].range
        return range.start.line <= line && line <= range.end.line
    }

    /// Consumes the markers of `chain` on `line` as cmark continues containers.
    func content(of line: Int, chain: [Int]) -> Content {
        var cursor = LineCursor(bytes: lines.bytes, range: lines.range(of: line))
        for c in chain {
            let container = containers[c]
            if container.isQuote {
                let (i, indent) = cursor.firstNonSpace
                guard indent <= 3, i < cursor.end, lines.bytes[i] == UInt8(ascii: ">") else {
                    return Content(cursor: cursor, allMatched: false)
                }
                cursor.advance(to: i + 1)
                if let next = cursor.current, next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") {
                    cursor.advance(columns: 1)
                }
            } else if container.range.start.line == line {
                openItem(container, on: line, cursor: &cursor)
            } else if cursor.firstNonSpace.indent >= container.contentIndent {
                cursor.advance(columns: container.contentIndent)
            } else if !cursor.isBlankFromHere {
                return Content(cursor: cursor, allMatched: false)
            }
        }
        return Content(cursor: cursor, allMatched: true)
    }

    /// Moves past a list marker and its padding; returns the item's content indent.
    @discardableResult
    private func openItem(_ item: Container, on line: Int, cursor: inout LineCursor) -> Int {
        let before = cursor.column
        let marker = lines.starts[line - 1] + item.range.start.column - 1
        cursor.advance(to: marker)
        let markerOffset = cursor.column - before
        var width = 0
        while let byte = cursor.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            cursor.advance(to: cursor.index + 1)
            width += 1
        }
        cursor.advance(to: cursor.index + 1)
        width += 1
        let saved = cursor
        while cursor.column - saved.column <= 5,
              let byte = cursor.current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
            cursor.advance(columns: 1)
        }
        let spaces = cursor.column - saved.column
        if spaces >= 5 || spaces < 1 || cursor.current == nil {
            cursor = saved
            if spaces > 0 { cursor.advance(columns: 1) }
            return markerOffset + width + 1
        }
        return markerOffset + width + spaces
    }

    private func itemContentIndent(_ index: Int) -> Int {
        let line = containers[index].range.start.line
        var chain: [Int] = []
        var c = containers[index].parent
        while let current = c {
            chain.append(current)
            c = containers[current].parent
        }
        var cursor = content(of: line, chain: chain.reversed()).cursor
        return openItem(containers[index], on: line, cursor: &cursor)
    }
}
