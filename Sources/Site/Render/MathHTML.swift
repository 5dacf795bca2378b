import MathML
import Markdown
import Notebook
import Resolve

/// Formulas as MathML, written at build time; a TeX error points at the
/// Markdown file and line it came from.
struct MathHTML: Sendable {
    func html(_ math: Math, path: String) throws(Diagnostic) -> String {
        do {
            return try mathML(fromTeX: math.tex, display: math.isDisplay)
        } catch {
            throw MathPlace.diagnostic(error, in: math, path: path)
        }
    }

    /// A display formula the resolve step numbered, its rows' ids passed through `id`.
    func html(_ equation: NumberedEquation, id: (String) -> String) -> String {
        equation.formula.mathML(numbers: equation.numbers, ids: equation.ids.map { $0.map(id) })
    }
}
