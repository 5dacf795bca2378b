import CellChannel
import Markdown
import Notebook
import Resolve

/// A cell on the page: its code (unless `echo: false`), then what it showed
/// (unless `output: false`), in the order it showed it.
enum CellHTML {
    /// What goes inside a cell's element, rendered once for the lesson's page and the handout.
    struct Parts {
        /// The highlighted code, or "" with `echo: false`.
        var code: String
        /// The outputs' box, or "" when there is nothing to show.
        var output: String
    }

    /// The cell's element; a labelled or captioned cell's output becomes a numbered figure or table.
    static func wrap(_ parts: Parts, cell: Cell, idPrefix: String, caption: Caption?) -> String {
        var output = parts.output
        if let caption, !output.isEmpty {
            let id = caption.id.map { " id=\"\(idPrefix)\($0)\"" } ?? ""
            let text = "<figcaption class=\"cell-caption\">" + HTMLEscaping.escape(caption.shown) + "</figcaption>\n"
            let kind = caption.kind == .table ? "cell-table" : "cell-figure"
            output = "<figure class=\"\(kind)\"\(id)>\n" + (caption.kind == .table ? text + output : output + text) + "</figure>\n"
        }
        return "<div class=\"cell\" id=\"\(idPrefix)cell-\(cell.index + 1)\">\n" + parts.code + output + "</div>\n"
    }

    /// The cell's code and outputs: the same on the lesson's page and in the handout.
    static func parts(
        _ cell: Cell, result: CellResult?, path: String, highlight: (String) -> String = SwiftHighlighter.html
    ) -> Parts {
        var parts = Parts(code: "", output: "")
        if cell.options.echo {
            parts.code = "<pre class=\"cell-code\"><code class=\"language-swift\">" + highlight(cell.code) + "</code></pre>\n"
        }
        if cell.options.output, let result {
            let outputs = outputsHTML(result, cell: cell, path: path)
            if !outputs.isEmpty { parts.output = "<div class=\"cell-output\">\n" + outputs + "</div>\n" }
        }
        return parts
    }

    static func outputsHTML(_ result: CellResult, cell: Cell, path: String) -> String {
        var html = ""
        if result.status == .notRun {
            html += "<p class=\"cell-status\">Not run: an earlier cell failed.</p>\n"
        }
        for output in result.outputs {
            switch output {
            case .text(let text):
                // Escape sequences a cell printed (colours, cursor moves) have no place on a page.
                html += "<pre class=\"output-text\">" + HTMLEscaping.escape(TerminalEscapes.removed(text)) + "</pre>\n"
            case .display(let display):
                html += displayHTML(display.removingEscapes())
            case .error(let error):
                let role = result.status == .failedAsExpected ? "" : " role=\"alert\""
                let kind = result.status == .failedAsExpected ? "output-error expected" : "output-error"
                html += "<pre class=\"\(kind)\"\(role)>"
                    + HTMLEscaping.escape(TerminalEscapes.removed(error.diagnostic(path: path, cell: cell).description)) + "</pre>\n"
            case .note(let note):
                html += "<p class=\"output-note\">" + HTMLEscaping.escape(note) + "</p>\n"
            }
        }
        return html
    }

    static func displayHTML(_ display: Display) -> String {
        switch display {
        case .text(let text):
            "<pre class=\"output-value\">" + HTMLEscaping.escape(text) + "</pre>\n"
        case .table(let table):
            "<div class=\"output-table\">\n" + table.html() + "</div>\n"
        case .plot(let plot):
            plot.html() + "\n"
        case .figure(let figure):
            figure.html() + "\n"
        }
    }
}
