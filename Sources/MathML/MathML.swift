/// Converts the TeX source of one formula (what stands between `$…$` or
/// `$$…$$`, without the dollars) to MathML that browsers draw natively.
///
/// The result is one `<math>` element (`display="block"` when `display` is
/// true) holding a `<semantics>` whose `<annotation encoding="application/x-tex">`
/// carries the TeX source, trimmed and escaped. The markup keeps to MathML
/// Core: Unicode math letters (𝐱, ℝ, 𝟙) instead of `mathvariant`, `<mo>`
/// stretchiness set where TeX's and the browser's defaults differ. The same
/// input always gives the same bytes.
///
/// - Throws: ``TeXError`` for an unknown command or environment, an unbalanced
///   brace, `\left` without `\right`, a missing argument and the like, with
///   the line and column of the mistake in `tex`.
public func mathML(fromTeX tex: String, display: Bool) throws(TeXError) -> String {
    var parser = Parser(tex)
    let formula = try parser.formula()
    var writer = Writer()
    writer.element(formula, display: display)
    let source = Writer.escape(String(trimmed(tex)))
    let open = display ? "<math display=\"block\">" : "<math>"
    return open + "<semantics>" + writer.output
        + "<annotation encoding=\"application/x-tex\">" + source + "</annotation></semantics></math>"
}

private func trimmed(_ text: String) -> Substring {
    let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
    let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
    return text[start..<end]
}
