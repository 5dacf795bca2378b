extension HTMLRenderer {
    /// The footnotes section as cmark-gfm writes it at the end of a document,
    /// or nothing when there are no footnotes. A page that renders a lesson's
    /// blocks one at a time calls this once, where the notes should stand.
    public func render(footnotes: [Footnote]) throws -> String {
        guard !footnotes.isEmpty else { return "" }
        var out = HTMLOutput()
        out.append("<section class=\"footnotes\" data-footnotes>\n<ol>\n")
        for footnote in footnotes {
            out.append("<li id=\"")
            appendFootnoteID("fn-", footnote.label, to: &out)
            out.append("\">\n")
            var blocks = footnote.blocks
            if case .paragraph(let last)? = blocks.last, last.inlines.onlyDisplayMath == nil {
                blocks.removeLast()
                for block in blocks { try render(block, tight: false, into: &out) }
                out.newline()
                out.append("<p>")
                try render(last.inlines, into: &out)
                out.append(" ")
                appendBackReferences(footnote, to: &out)
                out.append("</p>\n")
            } else {
                for block in blocks { try render(block, tight: false, into: &out) }
                out.newline()
                appendBackReferences(footnote, to: &out)
                out.append("\n")
            }
            out.append("</li>\n")
        }
        out.append("</ol>\n</section>\n")
        return out.string
    }

    /// `prefix` + `fn-` or `fnref-` + the label, escaped as cmark-gfm escapes it (as a URL).
    func appendFootnoteID(_ kind: String, _ label: String, to out: inout HTMLOutput) {
        out.appendEscapedURL(footnotePrefix)
        out.append(kind)
        out.appendEscapedURL(label)
    }

    private func appendBackReferences(_ footnote: Footnote, to out: inout HTMLOutput) {
        for occurrence in 1...max(1, footnote.referenceCount) {
            if occurrence > 1 { out.append(" ") }
            out.append("<a href=\"#")
            appendFootnoteID("fnref-", footnote.label, to: &out)
            if occurrence > 1 { out.append("-\(occurrence)") }
            out.append("\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩")
            if occurrence > 1 { out.append("<sup class=\"footnote-ref\">\(occurrence)</sup>") }
            out.append("</a>")
        }
    }

    /// `class` and `data-*` from an attribute block; the id is the caller's to write.
    func appendClassesAndPairs(_ attributes: Attributes, to out: inout HTMLOutput) {
        if !attributes.classes.isEmpty {
            out.append(" class=\"")
            out.appendEscaped(attributes.classes.joined(separator: " "))
            out.append("\"")
        }
        for pair in attributes.pairs {
            out.append(" data-")
            out.appendEscaped(pair.key)
            out.append("=\"")
            out.appendEscaped(pair.value)
            out.append("\"")
        }
    }
}
