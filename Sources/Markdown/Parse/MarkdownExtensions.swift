/// Which syntax beyond CommonMark the parser reads. Math (`$…$`) is always on.
///
/// Each extension is our own layer around cmark (which stays plain
/// CommonMark): a pass over the source before cmark, a pass over the tree after.
public struct MarkdownExtensions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// `| a | b |` over `|---|:-:|`.
    public static let tables = MarkdownExtensions(rawValue: 1 << 0)
    /// `~~gone~~` and `~gone~`.
    public static let strikethrough = MarkdownExtensions(rawValue: 1 << 1)
    /// `[^label]` and `[^label]: text`.
    public static let footnotes = MarkdownExtensions(rawValue: 1 << 2)
    /// Bare `www.…`, `https://…` and e-mail addresses become links.
    public static let autolinks = MarkdownExtensions(rawValue: 1 << 3)
    /// `{#id .class key=value}` after headings, images and display math.
    public static let attributes = MarkdownExtensions(rawValue: 1 << 4)

    /// Plain CommonMark, as the `cmark` command reads it.
    public static let none: MarkdownExtensions = []
    /// What `cmark-gfm -e table -e strikethrough -e footnotes -e autolink` reads.
    public static let gfm: MarkdownExtensions = [.tables, .strikethrough, .footnotes, .autolinks]
    /// Everything: what lessons are written in.
    public static let all: MarkdownExtensions = [.gfm, .attributes]
}
