/// Renders a `Document` to HTML exactly as `cmark` does, plus what this
/// project adds on purpose: heading ids, math, and code blocks the caller
/// renders itself (cells, highlighted code).
public struct HTMLRenderer {
    /// Let raw HTML through; otherwise it becomes `<!-- raw HTML omitted -->`, as cmark's safe mode.
    public var allowsRawHTML: Bool
    /// The id of a heading, or nil for none (cmark writes none).
    public var headingID: (Heading) -> String?
    /// HTML for a code block, or nil for cmark's `<pre><code>`.
    public var codeBlock: (CodeBlock) throws -> String?
    /// HTML for a formula. The default shows the TeX as code.
    public var math: (Math) throws -> String
    /// Where a link points in the output (a site rewrites links between its pages).
    public var linkDestination: (String) -> String
    /// Where an image's source points in the output.
    public var imageSource: (String) -> String

    public init(
        allowsRawHTML: Bool = false,
        headingID: @escaping (Heading) -> String? = { _ in nil },
        codeBlock: @escaping (CodeBlock) throws -> String? = { _ in nil },
        math: @escaping (Math) throws -> String = { m in
            "<code class=\"math\">" + HTMLEscaping.escape(m.tex) + "</code>"
        },
        linkDestination: @escaping (String) -> String = { $0 },
        imageSource: @escaping (String) -> String = { $0 }
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.headingID = headingID
        self.codeBlock = codeBlock
        self.math = math
        self.linkDestination = linkDestination
        self.imageSource = imageSource
    }

    /// The HTML of a whole document.
    public func render(_ document: Document) throws -> String {
        try render(document.blocks)
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

    private func render(_ block: Block, tight: Bool, into out: inout HTMLOutput) throws {
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
        }
    }

    private func render(_ inlines: [Inline], into out: inout HTMLOutput) throws {
        for inline in inlines {
            switch inline {
            case .text(let text):
                out.appendEscaped(text)
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
                out.append("\" />")
            case .math(let formula):
                out.append(try math(formula))
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
