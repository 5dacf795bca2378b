/// CommonMark inline content, GitHub's extensions, and the math spans this project adds.
public enum Inline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(Link)
    case image(Image)
    /// `$…$` or `$$…$$`: never seen by cmark (see `MathSpans`).
    case math(Math)
    /// `~~text~~` or `~text~` (GitHub's extension).
    case strikethrough([Inline])
    /// `[^label]` with a definition; undefined labels stay text.
    case footnoteReference(FootnoteReference)
}

/// An inline link.
public struct Link: Sendable, Equatable {
    public var destination: String
    public var title: String
    public var children: [Inline]

    public init(destination: String, title: String, children: [Inline]) {
        self.destination = destination
        self.title = title
        self.children = children
    }
}

/// An inline image; its children are the alt text.
public struct Image: Sendable, Equatable {
    public var source: String
    public var title: String
    public var children: [Inline]
    /// `![alt](x.png){#fig-x}`
    public var attributes: Attributes

    public init(source: String, title: String, children: [Inline], attributes: Attributes = .none) {
        self.source = source
        self.title = title
        self.children = children
        self.attributes = attributes
    }
}

/// A TeX formula taken out of the prose before cmark parsed it.
public struct Math: Sendable, Equatable {
    /// The TeX between the dollar signs, exactly as written.
    public var tex: String
    /// `$$…$$` rather than `$…$`.
    public var isDisplay: Bool
    /// The first character of the TeX (after the opening dollars) in the file.
    public var position: SourcePosition
    /// `$$ … $$ {#eq-x}`: only for display math alone in its paragraph.
    public var attributes: Attributes

    public init(tex: String, isDisplay: Bool, position: SourcePosition, attributes: Attributes = .none) {
        self.tex = tex
        self.isDisplay = isDisplay
        self.position = position
        self.attributes = attributes
    }
}

extension [Inline] {
    /// The text a reader sees, without markup: what an `alt` attribute or a heading id is made of.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        for inline in self {
            switch inline {
            case .text(let s), .code(let s), .html(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c): c.appendPlainText(to: &out)
            case .footnoteReference: continue
            case .link(let l): l.children.appendPlainText(to: &out)
            case .image(let i): i.children.appendPlainText(to: &out)
            case .math(let m): out += m.tex
            }
        }
    }
}
