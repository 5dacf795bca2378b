/// A footnote definition, `[^label]: text`, with the blocks indented under it.
///
/// Only footnotes that are referenced are kept, numbered in the order of
/// their first reference (as cmark-gfm does).
public struct Footnote: Sendable, Equatable {
    /// The label as written in the definition, without `[^` and `]:`.
    public var label: String
    /// 1, 2, …: the order of first reference in the document.
    public var number: Int
    /// How many references point here: one back-link each.
    public var referenceCount: Int
    public var blocks: [Block]
    /// From `[^` to the end of the last indented block.
    public var range: SourceRange

    public init(label: String, number: Int, referenceCount: Int, blocks: [Block], range: SourceRange) {
        self.label = label
        self.number = number
        self.referenceCount = referenceCount
        self.blocks = blocks
        self.range = range
    }
}

/// `[^label]` where a footnote of that label is defined.
public struct FootnoteReference: Sendable, Equatable {
    /// The defining footnote's label (ids are made from it, as cmark-gfm does).
    public var label: String
    /// The footnote's number, shown as the reference's text.
    public var number: Int
    /// 1 for the first reference to this footnote, 2 for the second, …
    public var occurrence: Int

    public init(label: String, number: Int, occurrence: Int) {
        self.label = label
        self.number = number
        self.occurrence = occurrence
    }
}
