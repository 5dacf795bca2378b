/// A field's text in Unicode, with what its LaTeX said about case and emphasis.
///
/// `{…}` in BibTeX protects case: a style that sets titles in sentence case
/// keeps "{B}ayes" and "{SSIM}" as written. A run is protected when BibTeX's
/// `change.case$` would leave it alone: inside braces at the top level that
/// do not start with a command (`{\'E}` is a "special character" whose case
/// does change), and, unlike BibTeX, inside `$…$` math.
///
/// `\emph{…}`, `\textit{…}`, `{\em …}` and `{\it …}` become italic runs;
/// `\textbf{…}` and `{\bf …}` bold runs. Other font commands keep their
/// text and drop the font.
public struct FieldText: Sendable, Hashable, CustomStringConvertible {
    /// What the LaTeX asked of the text's shape; other fonts are dropped.
    public enum Style: Sendable, Hashable {
        case plain, italic, bold
    }

    /// A stretch of text with one case protection and one style.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var isProtected: Bool
        public var style: Style

        public init(_ text: String, isProtected: Bool = false, style: Style = .plain) {
            self.text = text
            self.isProtected = isProtected
            self.style = style
        }
    }

    public var runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs
    }

    /// The text of a BibTeX field value, LaTeX converted (see `LaTeXConverter`).
    public init(latex: String) {
        var converter = LaTeXConverter(latex)
        runs = converter.convert()
    }

    /// The text alone, without protection or style.
    public var plain: String { runs.map(\.text).joined() }

    public var description: String { plain }

    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }

    /// The text in sentence case, as BibTeX's `change.case$` with `"t"` sets
    /// a title: letters in lower case except the first letter of the text,
    /// the first letter after a colon and a space, and protected runs.
    public func sentenceCased() -> FieldText {
        var seenLetter = false
        var afterColon = false
        var pendingSpace = false
        var out: [Run] = []
        for run in runs {
            var text = ""
            for character in run.text {
                let keep = run.isProtected || !seenLetter || (afterColon && pendingSpace)
                if character.isLetter {
                    text += keep ? String(character) : character.lowercased()
                    seenLetter = true
                    afterColon = false
                    pendingSpace = false
                } else {
                    text.append(character)
                    if character == ":" {
                        afterColon = true
                        pendingSpace = false
                    } else if character.isWhitespace {
                        pendingSpace = afterColon
                    } else {
                        afterColon = false
                        pendingSpace = false
                    }
                }
            }
            out.append(Run(text, isProtected: run.isProtected, style: run.style))
        }
        return FieldText(runs: out)
    }

    /// HTML, escaped: italic runs in `<i>`, bold runs in `<b>`.
    /// Inside a title that is italic as a whole (`italic: true`), italic runs
    /// come out upright, as style guides set a species name in a book title.
    public func html(italic: Bool = false) -> String {
        var out = ""
        var open = false
        for run in runs where !run.text.isEmpty {
            let slanted = italic != (run.style == .italic)
            if slanted != open {
                out += slanted ? "<i>" : "</i>"
                open = slanted
            }
            let text = run.text.escapedForHTML
            out += run.style == .bold ? "<b>" + text + "</b>" : text
        }
        if open { out += "</i>" }
        return out
    }
}

extension String {
    /// This text made safe inside HTML text and double-quoted attribute values.
    var escapedForHTML: String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
