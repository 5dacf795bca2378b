/// Renders a `Document` to HTML exactly as `cmark` does, and GitHub's
/// extensions exactly as `cmark-gfm` does, plus what this project adds on
/// purpose: heading ids, math, attributes, and code blocks the caller renders
/// itself (cells, highlighted code).
///
/// Deliberate differences from cmark-gfm:
/// - A table column's alignment is written `style="text-align: left"` (what
///   cmark-gfm writes with its style option), not the obsolete `align="left"`.
/// - Footnote ids start with `footnotePrefix`, so lessons sharing a page keep
///   them apart; with the default empty prefix they are cmark-gfm's.
/// - Attribute blocks (`{#id .class key=value}`) become `id`, `class` and
///   `data-key` attributes; cmark-gfm knows no attributes and shows them as text.
public struct HTMLRenderer {
    /// Let raw HTML through; otherwise it becomes `<!-- raw HTML omitted -->`, as cmark's safe mode.
    public var allowsRawHTML: Bool
    /// The id of a heading, or nil for none (cmark writes none). The default
    /// is the id of the heading's attribute block, if it has one.
    public var headingID: (Heading) -> String?
    /// HTML for a code block, or nil for cmark's `<pre><code>`.
    public var codeBlock: (CodeBlock) throws -> String?
    /// HTML for a formula. The default shows the TeX as code.
    public var math: (Math) throws -> String
    /// Where a link points in the output (a site rewrites links between its pages).
    public var linkDestination: (String) -> String
    /// Where an image's source points in the output.
    public var imageSource: (String) -> String
    /// Put before footnote ids (`fn-1`, `fnref-1`), like `HeadingAnchors(prefix:)`.
    public var footnotePrefix: String
    /// Wraps each table's HTML. The default adds nothing (as cmark-gfm); a site
    /// that lets wide tables scroll puts them in a box of its own here, such
    /// as `<div class="table-scroll">…</div>`, which its style sheet can give
    /// `overflow-x: auto`.
    public var wrapTable: (String) -> String
    /// HTML for a run of text that the caller renders itself (citations and
    /// cross-references in it, say), or nil to escape it as cmark does.
    public var textHTML: ((String) throws -> String?)?

    public init(
        allowsRawHTML: Bool = false,
        headingID: @escaping (Heading) -> String? = { $0.attributes.id },
        codeBlock: @escaping (CodeBlock) throws -> String? = { _ in nil },
        math: @escaping (Math) throws -> String = { m in
            "<code class=\"math\">" + HTMLEscaping.escape(m.tex) + "</code>"
        },
        linkDestination: @escaping (String) -> String = { $0 },
        imageSource: @escaping (String) -> String = { $0 },
        footnotePrefix: String = "",
        wrapTable: @escaping (String) -> String = { $0 }
    ) {
        self.footnotePrefix = footnotePrefix
        self.wrapTable = wrapTable
        self.allowsRawHTML = allowsRawHTML
        self.headingID = headingID
        self.codeBlock = codeBlock
        self.math = math
        self.linkDestination = linkDestination
        self.imageSource = imageSource
    }

    /// The HTML of a whole document: its blocks, then its footnotes.
    public func render(_ document: Document) throws -> String {
        try render(document.blocks) + render(footnotes: document.footnotes)
    }

    /// The HTML of a run of blocks.
    public func render(_ blocks: [Block]) throws -> String {
        var out = HTMLOutput()
        for block in blocks { try render(block, tight: false, into: &out) }
        return out.string
    }

    /// The HTML of inline content, as inside a paragraph.
    public func render(_ inlines: [Inline]) throws -> String {
        var out = HTMLOutput()
        try render(inlines, into: &out)
        return out.string
    }

    func render(_ block: Block, tight: Bool, into out: inout HTMLOutput) throws {
        switch block {
        case .paragraph(let paragraph):
            if let only = paragraph.inlines.onlyDisplayMath {
                out.newline()
                out.append(try math(only))
                out.append("\n")
            } else if tight {
                try render(paragraph.inlines, into: &out)
            } else {
                out.newline()
                out.append("<p>")
                try render(paragraph.inlines, into: &out)
                out.append("</p>\n")
            }
        case .heading(let heading):
            out.newline()
            out.append("<h\(heading.level)")
            if let id = headingID(heading) {
                out.append(" id=\"")
                out.appendEscaped(id)
                out.append("\"")
            }
            appendClassesAndPairs(heading.attributes, to: &out)
            out.append(">")
            try render(heading.inlines, into: &out)
            out.append("</h\(heading.level)>\n")
        case .codeBlock(let code):
            out.newline()
            if let custom = try codeBlock(code) {
                out.append(custom)
                return
            }
            let language = code.language
            if language.isEmpty {
                out.append("<pre><code>")
            } else {
                out.append("<pre><code class=\"language-")
                out.appendEscaped(language)
                out.append("\">")
            }
            out.appendEscaped(code.code)
            out.append("</code></pre>\n")
        case .htmlBlock(let html):
            out.newline()
            out.append(allowsRawHTML ? html.html : "<!-- raw HTML omitted -->")
            out.newline()
        case .blockQuote(let quote):
            out.newline()
            out.append("<blockquote>\n")
            for child in quote.blocks { try render(child, tight: false, into: &out) }
            out.newline()
            out.append("</blockquote>\n")
        case .list(let list):
            out.newline()
            switch list.kind {
            case .bullet: out.append("<ul>\n")
            case .ordered(1): out.append("<ol>\n")
            case .ordered(let start): out.append("<ol start=\"\(start)\">\n")
            }
            for item in list.items {
                out.newline()
                out.append("<li>")
                for child in item.blocks { try render(child, tight: list.isTight, into: &out) }
                out.append("</li>\n")
            }
            out.append(list.kind == .bullet ? "</ul>\n" : "</ol>\n")
        case .thematicBreak:
            out.newline()
            out.append("<hr />\n")
        case .table(let table):
            out.newline()
            out.append(wrapTable(try render(table)))
        }
    }

    func render(_ inlines: [Inline], into out: inout HTMLOutput) throws {
        for inline in inlines {
            switch inline {
            case .text(let text):
                if let textHTML, let custom = try textHTML(text) {
                    out.append(custom)
                } else {
                    out.appendEscaped(text)
                }
            case .softBreak:
                out.append("\n")
            case .lineBreak:
                out.append("<br />\n")
            case .code(let code):
                out.append("<code>")
                out.appendEscaped(code)
                out.append("</code>")
            case .html(let html):
                out.append(allowsRawHTML ? html : "<!-- raw HTML omitted -->")
            case .emphasis(let children):
                out.append("<em>")
                try render(children, into: &out)
                out.append("</em>")
            case .strong(let children):
                out.append("<strong>")
                try render(children, into: &out)
                out.append("</strong>")
            case .link(let link):
                out.append("<a href=\"")
                if allowsRawHTML || !URLSafety.isDangerous(link.destination) {
                    out.appendEscapedURL(linkDestination(link.destination))
                }
                if !link.title.isEmpty {
                    out.append("\" title=\"")
                    out.appendEscaped(link.title)
                }
                out.append("\">")
                try render(link.children, into: &out)
                out.append("</a>")
            case .image(let image):
                out.append("<img src=\"")
                if allowsRawHTML || !URLSafety.isDangerous(image.source) {
                    out.appendEscapedURL(imageSource(image.source))
                }
                out.append("\" alt=\"")
                out.appendEscaped(image.children.plainText)
                if !image.title.isEmpty {
                    out.append("\" title=\"")
                    out.appendEscaped(image.title)
                }
                out.append("\"")
                if let id = image.attributes.id {
                    out.append(" id=\"")
                    out.appendEscaped(id)
                    out.append("\"")
                }
                appendClassesAndPairs(image.attributes, to: &out)
                out.append(" />")
            case .math(let formula):
                out.append(try math(formula))
            case .strikethrough(let children):
                out.append("<del>")
                try render(children, into: &out)
                out.append("</del>")
            case .footnoteReference(let reference):
                out.append("<sup class=\"footnote-ref\"><a href=\"#")
                appendFootnoteID("fn-", reference.label, to: &out)
                out.append("\" id=\"")
                appendFootnoteID("fnref-", reference.label, to: &out)
                if reference.occurrence > 1 { out.append("-\(reference.occurrence)") }
                out.append("\" data-footnote-ref>\(reference.number)</a></sup>")
            }
        }
    }
}

extension [Inline] {
    /// The formula, when a paragraph holds one display formula and nothing else.
    var onlyDisplayMath: Math? {
        var found: Math?
        for inline in self {
            switch inline {
            case .math(let m) where m.isDisplay && found == nil: found = m
            case .softBreak, .lineBreak: continue
            case .text(let t) where t.allSatisfy(\.isWhitespace): continue
            default: return nil
            }
        }
        return found
    }
}
