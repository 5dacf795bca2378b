import Markdown
import Testing

/// Pipe tables: cells, alignment, positions (line and UTF-8 byte columns), and
/// the math that cmark-gfm would have split at `|`.
@Suite struct TableTests {
    let parser = MarkdownParser()

    func table(_ markdown: String) throws -> Table? {
        for case .table(let table) in try parser.parse(markdown).blocks { return table }
        return nil
    }

    @Test func cellsAlignmentsAndPositions() throws {
        let t = try #require(try table("Intro\n\n| a | *b* |\n|:--|--:|\n| 1 | é2 |\n| 3 |\n"))
        #expect(t.alignments == [.left, .right])
        #expect(t.header.cells.map(\.inlines) == [[.text("a")], [.emphasis([.text("b")])]])
        #expect(t.header.range == SourceRange(start: .init(line: 3, column: 1), end: .init(line: 3, column: 11)))
        #expect(t.header.cells[0].range == SourceRange(start: .init(line: 3, column: 2), end: .init(line: 3, column: 4)))
        #expect(t.header.cells[1].range == SourceRange(start: .init(line: 3, column: 6), end: .init(line: 3, column: 10)))
        #expect(t.rows.count == 2)
        // `é` is two bytes: the cell after it ends one column later than its characters suggest.
        #expect(t.rows[0].cells[1].inlines == [.text("é2")])
        #expect(t.rows[0].cells[1].range == SourceRange(start: .init(line: 5, column: 6), end: .init(line: 5, column: 10)))
        // A short row is filled with an empty cell, at the row's end.
        #expect(t.rows[1].cells[1].inlines.isEmpty)
        #expect(t.rows[1].cells[1].range.start == SourcePosition(line: 6, column: 6))
        #expect(t.range == SourceRange(start: .init(line: 3, column: 1), end: .init(line: 6, column: 5)))
    }

    @Test func mathInCellsKeepsItsPipesAndPositions() throws {
        let t = try #require(try table("| loss | value |\n|---|---|\n| $|y - s|$ | $x_1$ |\n"))
        #expect(t.rows[0].cells.count == 2)
        #expect(t.rows[0].cells[0].inlines == [.math(Math(tex: "|y - s|", isDisplay: false, position: .init(line: 3, column: 4)))])
        #expect(t.rows[0].cells[1].inlines == [.math(Math(tex: "x_1", isDisplay: false, position: .init(line: 3, column: 16)))])
    }

    @Test func tablesInsideContainersAndAfterFootnoteMarkers() throws {
        let document = try parser.parse("> | a |\n> |---|\n> | b |\n")
        guard case .blockQuote(let quote) = document.blocks.first, case .table(let t) = quote.blocks.first else {
            Issue.record("no table in the quote"); return
        }
        #expect(t.rows[0].cells[0].range == SourceRange(start: .init(line: 3, column: 4), end: .init(line: 3, column: 6)))
    }

    @Test func linesAfterTheTableKeepTheirNumbers() throws {
        let document = try parser.parse("| a |\n|---|\n| b |\n\nAfter *x*\n")
        #expect(document.blocks.count == 2)
        #expect(document.blocks[1].range.start == SourcePosition(line: 5, column: 1))
    }

    @Test func rendersWithStyleAlignmentAndCallerWrapping() throws {
        let renderer = HTMLRenderer(wrapTable: { "<div class=\"table-scroll\">\n" + $0 + "</div>\n" })
        let html = try renderer.render(parser.parse("| a | b |\n|:-:|---|\n| 1 | 2 |\n"))
        #expect(html == """
            <div class="table-scroll">
            <table>
            <thead>
            <tr>
            <th style="text-align: center">a</th>
            <th>b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: center">1</td>
            <td>2</td>
            </tr>
            </tbody>
            </table>
            </div>

            """)
    }

    /// cmark 0.30 ends this heading on the line after its `---`; that line is
    /// no delimiter row for the line above it.
    @Test func aSetextUnderlineIsNoDelimiterRow() throws {
        let html = try HTMLRenderer().render(parser.parse("---\ntitle: X\norder: 1\n---\n# H\n"))
        #expect(html == "<hr />\n<h2>title: X\norder: 1</h2>\n<h1>H</h1>\n")
    }

    @Test func plainCommonMarkHasNoTables() throws {
        let document = try MarkdownParser(extensions: .none).parse("| a |\n|---|\n")
        guard case .paragraph = document.blocks.first else { Issue.record("expected a paragraph"); return }
    }
}
