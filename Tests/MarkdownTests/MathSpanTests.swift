import Markdown
import Testing

/// Formulas are taken out before cmark sees them: `_` and `*` inside survive,
/// code keeps its dollars, and line numbers after a formula stay true.
@Suite struct MathSpanTests {
    let parser = MarkdownParser()

    func inlines(_ markdown: String) throws -> [Inline] {
        let document = try parser.parse(markdown)
        guard case .paragraph(let paragraph) = document.blocks.first else { return [] }
        return paragraph.inlines
    }

    @Test func underscoresAndStarsInsideMathAreNotEmphasis() throws {
        #expect(try inlines("Let $x_1 * y_2$ and $a_i$ be.") == [
            .text("Let "),
            .math(Math(tex: "x_1 * y_2", isDisplay: false, position: .init(line: 1, column: 6))),
            .text(" and "),
            .math(Math(tex: "a_i", isDisplay: false, position: .init(line: 1, column: 22))),
            .text(" be."),
        ])
    }

    @Test func displayMathSpansLinesAndKeepsLaterLineNumbers() throws {
        let document = try parser.parse("Before\n\n$$\n\\frac{a_1}{b}\n\\sum_i x_i\n$$\n\nAfter *it*\n")
        #expect(document.blocks.count == 3)
        guard case .paragraph(let math) = document.blocks[1] else { Issue.record("no math"); return }
        #expect(math.inlines == [.math(Math(tex: "\n\\frac{a_1}{b}\n\\sum_i x_i\n", isDisplay: true, position: .init(line: 3, column: 3)))])
        #expect(document.blocks[2].range.start.line == 8)
    }

    @Test func displayMathAloneIsABlockWithoutParagraph() throws {
        let html = try HTMLRenderer(math: { "[\($0.isDisplay ? "D" : "I"):\($0.tex)]" })
            .render(parser.parse("$$x^2$$\n\nand $y$\n"))
        #expect(html == "[D:x^2]\n<p>and [I:y]</p>\n")
    }

    @Test func codeSpansAndBlocksKeepTheirDollars() throws {
        let html = try HTMLRenderer().render(parser.parse("`a $b$ c` and\n\n```swift\nxs.map { $0 * 2 } // $x$\n```\n"))
        #expect(html == "<p><code>a $b$ c</code> and</p>\n<pre><code class=\"language-swift\">xs.map { $0 * 2 } // $x$\n</code></pre>\n")
    }

    @Test func escapedAndLoneDollarsAreText() throws {
        #expect(try inlines("It costs \\$5, or $3 and $ 4.") == [.text("It costs $5, or $3 and $ 4.")])
        #expect(try inlines("$20,000 and $30,000") == [.text("$20,000 and $30,000")])
    }

    @Test func mathInsideEmphasisAndLinks() throws {
        #expect(try inlines("*see $x_1$*") == [.emphasis([.text("see "), .math(Math(tex: "x_1", isDisplay: false, position: .init(line: 1, column: 7)))])])
    }

    @Test func unclosedDisplayMathIsAnErrorAtItsPlace() {
        do {
            _ = try parser.parse("Text\n\nSo $$x + 1\n\nnext\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.position == SourcePosition(line: 3, column: 4))
            #expect(error.message.contains("never closed"))
        }
    }

    @Test func headingsCanHoldMath() throws {
        let document = try parser.parse("## Soft $F_1$\n")
        guard case .heading(let heading) = document.blocks[0] else { Issue.record("no heading"); return }
        #expect(heading.inlines == [.text("Soft "), .math(Math(tex: "F_1", isDisplay: false, position: .init(line: 1, column: 10)))])
    }
}
