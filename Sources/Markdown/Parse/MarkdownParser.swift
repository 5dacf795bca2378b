import CCmark

/// Parses Markdown with cmark and copies the result into a `Document`.
///
/// cmark stays plain CommonMark; each extension is a layer around it. Before
/// cmark: `$…$` formulas are taken out (`MathSpans`), footnote definitions
/// become bullet items (`FootnoteDefinitions`) and tables become comments
/// (`PipeTables`), each keeping every line number. After cmark, the tree pass
/// (`TreeConverter`) puts them back and reads footnote references, autolinks,
/// strikethrough and attribute blocks from cmark's text. The C trees are freed
/// before `parse` returns; nothing of cmark escapes.
public struct MarkdownParser: Sendable {
    /// Deeper nesting than this is refused rather than risked on the stack.
    public var maximumNesting: Int
    public var extensions: MarkdownExtensions

    /// `extensions: .none` reads plain CommonMark, as the `cmark` command does.
    public init(extensions: MarkdownExtensions = .all, maximumNesting: Int = 256) {
        self.extensions = extensions
        self.maximumNesting = maximumNesting
    }

    /// Parses Markdown text; throws `MarkdownError` for unclosed math, absurd
    /// nesting, or a malformed attribute block.
    public func parse(_ text: String) throws(MarkdownError) -> Document {
        var bytes = Array(text.utf8)
        var hidden = TreeConverter.Hidden()
        if bytes.contains(UInt8(ascii: "$")) {
            let zones = withCmarkTree(of: bytes) { CodeZones(root: $0) }
            let protected = try MathSpans.protect(text, outside: zones)
            bytes = Array(protected.text.utf8)
            hidden.formulas = protected.formulas
        }
        if extensions.contains(.footnotes), bytes.contains(UInt8(ascii: "^")) {
            let lines = SourceLines(bytes)
            if (1...lines.count).contains(where: { FootnoteDefinitions.mayDefine(bytes[lines.range(of: $0)]) }) {
                let blocks = withCmarkTree(of: bytes) { BlockLines(root: $0, lines: lines, maximumNesting: maximumNesting) }
                let rewritten = FootnoteDefinitions.rewrite(bytes, blocks: blocks)
                bytes = rewritten.bytes
                hidden.definitions = rewritten.definitions
                hidden.shifts = rewritten.shifts
            }
        }
        if extensions.contains(.tables), bytes.contains(UInt8(ascii: "|")) || bytes.contains(UInt8(ascii: ":")) {
            let lines = SourceLines(bytes)
            if PipeTables.mayHaveTables(lines) {
                let blocks = withCmarkTree(of: bytes) { BlockLines(root: $0, lines: lines, maximumNesting: maximumNesting) }
                let rewritten = PipeTables.rewrite(bytes, blocks: blocks)
                if !rewritten.tables.isEmpty {
                    hidden.tables = rewritten.tables
                    hidden.tableLines = lines
                    hidden.prefixLines = rewritten.prefixLines
                    bytes = rewritten.bytes
                }
            }
        }
        let source = bytes
        let original = SourceLines(Array(text.utf8))
        return try withCmarkTree(of: source) { root throws(MarkdownError) in
            var converter = TreeConverter(
                source: source, original: original, hidden: hidden, extensions: extensions,
                maximumNesting: maximumNesting)
            return try converter.document(root: root)
        }
    }
}

/// Parses UTF-8 `bytes` with cmark, hands the root to `body`, and frees the tree.
func withCmarkTree<T, E: Error>(
    of bytes: [UInt8], _ body: (OpaquePointer) throws(E) -> T
) throws(E) -> T {
    let root = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
        }
    }
    guard let root else { fatalError("cmark could not allocate a document") }
    defer { cmark_node_free(root) }
    cmark_consolidate_text_nodes(root)
    return try body(root)
}
