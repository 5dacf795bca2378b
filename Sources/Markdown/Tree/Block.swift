/// A parsed Markdown file: its top-level blocks, copied out of cmark's tree.
public struct Document: Sendable, Equatable {
    public var blocks: [Block]
    /// Referenced footnotes in number order; their definitions are not among `blocks`.
    public var footnotes: [Footnote]

    public init(blocks: [Block], footnotes: [Footnote] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
    }
}

/// A CommonMark block, or a pipe table.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case heading(Heading)
    case codeBlock(CodeBlock)
    case htmlBlock(HTMLBlock)
    case blockQuote(BlockQuote)
    case list(List)
    case thematicBreak(ThematicBreak)
    /// A pipe table (GitHub's extension).
    case table(Table)

    /// Where the block stands in the source.
    public var range: SourceRange {
        switch self {
        case .paragraph(let b): b.range
        case .heading(let b): b.range
        case .codeBlock(let b): b.range
        case .htmlBlock(let b): b.range
        case .blockQuote(let b): b.range
        case .list(let b): b.range
        case .thematicBreak(let b): b.range
        case .table(let b): b.range
        }
    }
}

/// A paragraph of inline content.
public struct Paragraph: Sendable, Equatable {
    public var inlines: [Inline]
    public var range: SourceRange

    public init(inlines: [Inline], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }
}

/// An ATX (`## Title`) or setext heading.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// Without the trailing `{…}` attribute block, if there was one.
    public var inlines: [Inline]
    /// `## Title {#sec-x .unnumbered}`
    public var attributes: Attributes
    public var range: SourceRange

    public init(level: Int, inlines: [Inline], attributes: Attributes = .none, range: SourceRange) {
        self.level = level
        self.inlines = inlines
        self.attributes = attributes
        self.range = range
    }
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable, Equatable {
    /// The whole info string after the opening fence (empty for indented code).
    public var info: String
    /// The code, each line ending in a newline.
    public var code: String
    public var isFenced: Bool
    public var range: SourceRange

    public init(info: String, code: String, isFenced: Bool, range: SourceRange) {
        self.info = info
        self.code = code
        self.isFenced = isFenced
        self.range = range
    }

    /// The first word of the info string: the language, as cmark reads it.
    public var language: Substring {
        info.prefix { !$0.isWhitespace }
    }

    /// The Markdown line that holds the first line of code.
    public var firstCodeLine: Int {
        isFenced ? range.start.line + 1 : range.start.line
    }
}

/// Raw HTML standing as a block.
public struct HTMLBlock: Sendable, Equatable {
    public var html: String
    public var range: SourceRange

    public init(html: String, range: SourceRange) {
        self.html = html
        self.range = range
    }
}

/// A `>` quotation.
public struct BlockQuote: Sendable, Equatable {
    public var blocks: [Block]
    public var range: SourceRange

    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }
}

/// A bullet or ordered list.
public struct List: Sendable, Equatable {
    /// Bullet, or ordered from a start number.
    public enum Kind: Sendable, Equatable {
        case bullet
        case ordered(start: Int)
    }

    public var kind: Kind
    /// Tight lists render their paragraphs without `<p>`.
    public var isTight: Bool
    public var items: [ListItem]
    public var range: SourceRange

    public init(kind: Kind, isTight: Bool, items: [ListItem], range: SourceRange) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.range = range
    }
}

/// One item of a list.
public struct ListItem: Sendable, Equatable {
    public var blocks: [Block]
    public var range: SourceRange

    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }
}

/// A `---` rule between sections.
public struct ThematicBreak: Sendable, Equatable {
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
