import MathML
import Markdown
import Notebook

/// Formulas as MathML, written at build time; a TeX error points at the
/// Markdown file and line it came from.
struct MathHTML: Sendable {
    func html(_ math: Math, path: String) throws(Diagnostic) -> String {
        do {
            return try mathML(fromTeX: math.tex, display: math.isDisplay)
        } catch {
            // The formula's position and the error's column both count UTF-8 bytes, so
            // they add up; on a later line of the formula the TeX column is the file's.
            let line = math.position.line + error.line - 1
            let column = error.line == 1 ? math.position.column + error.column - 1 : error.column
            throw Diagnostic(path: path, line: line, column: column, message: "in math: " + error.message)
        }
    }
}
