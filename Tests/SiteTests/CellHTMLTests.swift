import CellChannel
import Figures
import Markdown
import Notebook
@testable import Site
import Testing

@Suite struct CellHTMLTests {
    func cell(_ code: String, _ configure: (inout CellOptions) -> Void = { _ in }) -> Cell {
        var options = CellOptions()
        configure(&options)
        return Cell(index: 2, code: code, options: options, firstLine: 10,
                    range: SourceRange(start: .init(line: 9, column: 1), end: .init(line: 12, column: 3)))
    }

    /// A cell's element as a lesson page renders it.
    func render(_ cell: Cell, result: CellResult?, path: String) -> String {
        CellHTML.wrap(CellHTML.parts(cell, result: result, path: path), cell: cell, idPrefix: "", caption: nil)
    }

    @Test func codeThenOutputsInOrderWithEverythingEscaped() {
        let result = CellResult(index: 2, status: .failed, outputs: [
            .text("<script>alert(1)</script>\n"),
            .display(.text("0.5 & more")),
            .display(.table(Table(columns: ["a"], rows: [[1]]))),
            .note("Output cut."),
            .error(CellError(lineOffset: 1, column: 3, message: "cannot find '<x>' in scope")),
        ])
        let html = render(cell("x\n"), result: result, path: "Lessons/a&b.md")
        #expect(html == """
            <div class="cell" id="cell-3">
            <pre class="cell-code"><code class="language-swift">x
            </code></pre>
            <div class="cell-output">
            <pre class="output-text">&lt;script&gt;alert(1)&lt;/script&gt;
            </pre>
            <pre class="output-value">0.5 &amp; more</pre>
            <div class="output-table">
            \(Table(columns: ["a"], rows: [[1]]).html())</div>
            <p class="output-note">Output cut.</p>
            <pre class="output-error" role="alert">Lessons/a&amp;b.md:11:3: error: cannot find &apos;&lt;x&gt;&apos; in scope</pre>
            </div>
            </div>

            """.replacingOccurrences(of: "&apos;", with: "'"))
    }

    @Test func echoAndOutputCanBeHidden() {
        let result = CellResult(index: 2, status: .succeeded, outputs: [.text("shown\n")])
        #expect(render(cell("x\n") { $0.echo = false }, result: result, path: "a.md") == """
            <div class="cell" id="cell-3">
            <div class="cell-output">
            <pre class="output-text">shown
            </pre>
            </div>
            </div>

            """)
        #expect(render(cell("x\n") { $0.output = false }, result: result, path: "a.md") == """
            <div class="cell" id="cell-3">
            <pre class="cell-code"><code class="language-swift">x
            </code></pre>
            </div>

            """)
    }

    @Test func cellsAfterAFailureSaySo() {
        let html = render(cell("x\n"), result: CellResult(index: 2, status: .notRun, outputs: []), path: "a.md")
        #expect(html.contains("<p class=\"cell-status\">Not run: an earlier cell failed.</p>"))
    }
}
