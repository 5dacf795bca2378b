/// A display formula whose lines may take numbers, read now and written once
/// the numbers are known (they depend on every formula before it in the course).
///
/// Which lines take a number follows LaTeX with amsmath:
/// - `equation`, `align` and `gather` number each line; `equation*`, `align*`
///   and `gather*` none. The environment must be the whole formula; inside
///   other math, `aligned`, `gathered` and `split` make lines without numbers.
/// - `\tag{…}` gives a line a literal tag, shown as `(…)`; `\tag*{…}` one shown
///   as written. Either replaces the line's number, in any of those environments
///   and in plain display math, but stands only at the top level of its line.
/// - `\nonumber` (or `\notag`) takes a line's number away.
/// - `\label{key}` names a line's number or tag, for references. In plain
///   display math a label asks for a number, as `numbered` does.
///
/// Mistakes are ``TeXError``s: a `\tag` or `\label` in inline math, two on one
/// line, a label on a line with no number, a label key that is empty or has
/// characters other than letters, digits and `- _ : .` (it must make an id).
///
/// ```swift
/// let formula = try DisplayFormula(tex: #"\begin{align} a &= b \label{eq:ab} \\ &= c \nonumber \end{align}"#)
/// formula.lines          // one line: label "eq:ab", no tag
/// formula.mathML(numbers: ["5.2"], ids: ["eq-ab"])   // "(5.2)" at the right of a = b
/// ```
public struct DisplayFormula: Sendable {
    /// The lines that show a number or a tag, in the order they are written.
    public let lines: [EquationLine]
    private let rows: NumberedRows
    private let source: String

    /// Reads `tex`, the TeX between `$$` and `$$`.
    ///
    /// - Parameter numbered: the formula must take a number because the author
    ///   gave it an id (`$$…$$ {#eq-x}`): plain math becomes one numbered line (or
    ///   keeps its `\tag`); an environment that shows no number or tag, or a
    ///   `\nonumber` in plain math, is an error.
    /// - Throws: ``TeXError`` for any mistake in the TeX, as ``mathML(fromTeX:display:)``.
    public init(tex: String, numbered: Bool = false) throws(TeXError) {
        var parser = Parser(tex, display: true)
        rows = try parser.displayFormula(numbered: numbered)
        lines = rows.lines
        source = Writer.escape(trimmed(tex))
    }

    /// The formula as one `<math display="block">` element, the same bytes for the same arguments.
    ///
    /// - Parameters:
    ///   - numbers: for each of ``lines``, its number as the course counts, such as
    ///     "5.2", shown as "(5.2)". A line with a tag shows its tag instead; nil, or
    ///     an entry missing at the end, shows no number.
    ///   - ids: for each of ``lines``, the `id` its row gets, so that a reference can
    ///     link to one line of an `align`; nil or missing for none.
    ///
    /// A formula with nothing to show and no id is written exactly as
    /// ``mathML(fromTeX:display:)`` writes unnumbered display math. Otherwise it
    /// is a table as wide as the text column, the numbers at its right edge; see
    /// the markup in Writer+Numbers. A formula wider than the column pushes its
    /// number past the column's edge, as it overflows itself. The size is bounded
    /// as for ``mathML(fromTeX:display:)``, plus the numbers and ids given.
    public func mathML(numbers: [String?] = [], ids: [String?] = []) -> String {
        let shown = lines.indices.map { index in
            lines[index].tag?.shown ?? (index < numbers.count ? numbers[index].map { "(" + $0 + ")" } : nil)
        }
        var writer = Writer()
        let fullWidth = writer.write(rows, shown: shown, ids: ids)
        return "<math display=\"block\">" + (fullWidth ? "<semantics style=\"width: 100%\">" : "<semantics>")
            + writer.output + "<annotation encoding=\"application/x-tex\">" + source + "</annotation></semantics></math>"
    }
}

/// One line of a display formula that shows a number or a tag.
public struct EquationLine: Sendable, Equatable {
    /// The key of the line's `\label{…}`, such as "eq:soft-f1"; nil without one.
    public let label: String?
    /// The line's literal tag; nil when it takes the next number of the course.
    public let tag: EquationTag?
    /// Where the line's `\label` is in the TeX, or without a label where the line starts.
    public let position: TeXPosition

    /// Whether the line takes a number from the course's count (it has no tag).
    public var takesNumber: Bool { tag == nil }

    public init(label: String?, tag: EquationTag?, position: TeXPosition) {
        self.label = label
        self.tag = tag
        self.position = position
    }
}

/// A literal tag: `\tag{*}` shows "(*)", `\tag*{A}` shows "A".
public struct EquationTag: Sendable, Equatable {
    /// What stands between the braces, read as text.
    public let text: String
    /// `\tag` (true) puts the text in parentheses; `\tag*` (false) does not.
    public let parenthesized: Bool

    /// What the line shows at its right.
    public var shown: String { parenthesized ? "(" + text + ")" : text }

    public init(text: String, parenthesized: Bool) {
        self.text = text
        self.parenthesized = parenthesized
    }
}
