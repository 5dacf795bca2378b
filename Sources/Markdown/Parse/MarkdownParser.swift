import CCmark

/// Parses CommonMark with cmark and copies the result into a `Document`.
///
/// The C tree is freed before `parse` returns; nothing of cmark escapes.
/// `$…$` and `$$…$$` are taken out of the text first (see `MathSpans`), so `_`
/// and `*` inside formulas never become emphasis.
public struct MarkdownParser: Sendable {
    /// Deeper nesting than this is refused rather than risked on the stack.
    public var maximumNesting: Int

    public init(maximumNesting: Int = 256) {
        self.maximumNesting = maximumNesting
    }

    /// Parses Markdown text; throws `MarkdownError` for unclosed math or absurd nesting.
    public func parse(_ text: String) throws(MarkdownError) -> Document {
        var source = text
        var formulas: [Math] = []
        if text.utf8.contains(UInt8(ascii: "$")) {
            let zones = withCmarkTree(of: text) { CodeZones(root: $0) }
            let protected = try MathSpans.protect(text, outside: zones)
            source = protected.text
            formulas = protected.formulas
        }
        let bytes = Array(source.utf8)
        return try withCmarkTree(of: source) { root throws(MarkdownError) in
            var converter = TreeConverter(
                source: bytes, formulas: formulas, maximumNesting: maximumNesting)
            return Document(blocks: try converter.children(of: root, depth: 0))
        }
    }
}

/// Parses `text` with cmark, hands the root to `body`, and frees the tree.
func withCmarkTree<T, E: Error>(
    of text: String, _ body: (OpaquePointer) throws(E) -> T
) throws(E) -> T {
    var text = text
    let root = text.withUTF8 { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
        }
    }
    guard let root else { fatalError("cmark could not allocate a document") }
    defer { cmark_node_free(root) }
    cmark_consolidate_text_nodes(root)
    return try body(root)
}
