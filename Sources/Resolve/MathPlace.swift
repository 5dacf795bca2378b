import MathML
import Markdown
import Notebook

/// Where a place inside a formula's TeX is in its Markdown file.
public enum MathPlace {
    /// The formula's position and TeX columns both count UTF-8 bytes, so they
    /// add up on the formula's first line; on later lines the TeX column is the file's.
    public static func position(line: Int, column: Int, in math: Math) -> SourcePosition {
        SourcePosition(
            line: math.position.line + line - 1,
            column: line == 1 ? math.position.column + column - 1 : column)
    }

    static func position(of place: TeXPosition, in math: Math) -> SourcePosition {
        position(line: place.line, column: place.column, in: math)
    }

    /// A TeX error as a diagnostic at its place in the file.
    public static func diagnostic(_ error: TeXError, in math: Math, path: String) -> Diagnostic {
        let place = position(line: error.line, column: error.column, in: math)
        return Diagnostic(path: path, line: place.line, column: place.column, message: "in math: " + error.message)
    }
}
