/// Converts the TeX source of one formula (what stands between `$…$` or
/// `$$…$$`, without the dollars) to MathML that browsers draw natively.
///
/// The result is one `<math>` element (`display="block"` when `display` is
/// true) holding a `<semantics>` whose `<annotation encoding="application/x-tex">`
/// carries the TeX source, trimmed and escaped. The markup keeps to MathML
/// Core: Unicode math letters (𝐱, ℝ, 𝟙) instead of `mathvariant`, `<mo>`
/// stretchiness set where TeX's and the browser's defaults differ. The same
/// input always gives the same bytes. Hostile input cannot blow it up:
/// nesting deeper than 32 levels is an error (see `Parser.maximumDepth`), and
/// the output grows linearly, under 150 bytes per byte of TeX (the costliest
/// is a `&` or `\\` in an alignment, which opens table cells).
///
/// Display math may be a numbering environment (`equation`, `align`, …) and
/// carry `\label`, `\tag` and `\nonumber`: this function shows tags but no
/// numbers; ``DisplayFormula`` writes the numbers once they are known.
///
/// - Throws: ``TeXError`` for an unknown command or environment, an unbalanced
///   brace, `\left` without `\right`, a missing argument and the like, with
///   the line and column (in UTF-8 bytes) of the mistake in `tex`.
public func mathML(fromTeX tex: String, display: Bool) throws(TeXError) -> String {
    if display { return try DisplayFormula(tex: tex).mathML() }
    var parser = Parser(tex, display: false)
    let formula = try parser.formula()
    var writer = Writer()
    writer.element(formula, display: false)
    return "<math><semantics>" + writer.output
        + "<annotation encoding=\"application/x-tex\">" + Writer.escape(trimmed(tex)) + "</annotation></semantics></math>"
}

/// `text` without white space at either end.
func trimmed(_ text: String) -> String {
    let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
    let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
    return String(text[start..<end])
}
