import CellChannel
import Markdown
import Notebook

/// A cell on the page: its code (unless `echo: false`), then what it showed
/// (unless `output: false`), in the order it showed it.
enum CellHTML {
    /// The cell's element around already rendered contents.
    static func wrap(_ inside: String, cell: Cell, idPrefix: String) -> String {
        "<div class=\"cell\" id=\"\(idPrefix)cell-\(cell.index + 1)\">\n" + inside + "</div>\n"
    }

    /// What goes inside the cell's element: the same on the lesson's page and in the handout.
    static func inside(_ cell: Cell, result: CellResult?, path: String) -> String {
        var html = ""
        if cell.options.echo {
            html += "<pre class=\"cell-code\"><code class=\"language-swift\">"
            html += SwiftHighlighter.html(cell.code)
            html += "</code></pre>\n"
        }
        if cell.options.output, let result {
            let outputs = outputsHTML(result, cell: cell, path: path)
            if !outputs.isEmpty {
                html += "<div class=\"cell-output\">\n" + outputs + "</div>\n"
            }
        }
        return html
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
