/// A run of prose cut at its citations.
public enum ProseSegment: Sendable, Hashable {
    case text(String)
    case citation(CitationGroup)
}

/// One citation as written: `[see @a, p. 3; @b]`, `[-@a]`, `@a` or `@a [p. 3]`.
public struct CitationGroup: Sendable, Hashable {
    public var items: [CitationItem]
    /// `@key` in the running text ("Lipton et al. (2014)") rather than in brackets.
    public var isNarrative: Bool
    /// Where the whole citation is in the scanned text, in UTF-8 bytes from 0.
    public var range: Range<Int>

    public init(items: [CitationItem], isNarrative: Bool, range: Range<Int>) {
        self.items = items
        self.isNarrative = isNarrative
        self.range = range
    }
}

/// One work of a citation, with what the author wrote around its key.
public struct CitationItem: Sendable, Hashable {
    /// The key without `@`. Keys like `fig-x` or `eq-x` are returned like any
    /// other: deciding they are cross-references is the caller's business.
    public var key: String
    /// Text before the key, trimmed: "see" in `[see @a]`.
    public var prefix: String
    /// "p. 3" in `[@a, p. 3]`, when the text after the key starts with one.
    public var locator: Locator?
    /// Text after the key and locator, as written (leading comma or space kept).
    public var suffix: String
    /// `-@key`: the work is cited by its year alone.
    public var suppressesAuthor: Bool
    /// Where the key is in the scanned text, in UTF-8 bytes from 0.
    public var keyRange: Range<Int>

    public init(
        key: String, prefix: String = "", locator: Locator? = nil, suffix: String = "",
        suppressesAuthor: Bool = false, keyRange: Range<Int>
    ) {
        self.key = key
        self.prefix = prefix
        self.locator = locator
        self.suffix = suffix
        self.suppressesAuthor = suppressesAuthor
        self.keyRange = keyRange
    }
}
