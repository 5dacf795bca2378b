import Markdown

/// What a reader sees of inline content, as plain text: formulas as
/// `FormulaText` writes them, footnote marks and raw HTML left out. Search
/// indexes it and shows it in snippets; downloads quote it in comments.
enum InlineText {
    static func plain(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): out += text
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let children), .strong(let children), .strikethrough(let children): out += plain(children)
            case .link(let link): out += plain(link.children)
            case .image(let image): out += plain(image.children)
            case .math(let math): out += FormulaText.plain(math.tex)
            case .html, .footnoteReference: break
            }
        }
        return out
    }
}
