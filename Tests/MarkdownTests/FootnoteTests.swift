import Markdown
import Testing

/// Footnotes: numbering by first reference, definitions lifted out of the
/// blocks with their true positions, and ids that take a prefix.
@Suite struct FootnoteTests {
    let parser = MarkdownParser()

    @Test func numberedByFirstReferenceWithPositions() throws {
        let markdown = "B[^b] then A[^a] and B[^b].\n\n[^a]: Note $x_1$ A.\n\n    More A.\n[^b]: Note B.\n[^c]: Unused.\n"
        let document = try parser.parse(markdown)
        #expect(document.blocks.count == 1)
        guard case .paragraph(let p) = document.blocks[0] else { Issue.record("no paragraph"); return }
        #expect(p.inlines == [
            .text("B"), .footnoteReference(FootnoteReference(label: "b", number: 1, occurrence: 1)),
            .text(" then A"), .footnoteReference(FootnoteReference(label: "a", number: 2, occurrence: 1)),
            .text(" and B"), .footnoteReference(FootnoteReference(label: "b", number: 1, occurrence: 2)),
            .text("."),
        ])
        #expect(document.footnotes.map(\.label) == ["b", "a"])
        #expect(document.footnotes.map(\.referenceCount) == [2, 1])
        let a = document.footnotes[1]
        #expect(a.range.start == SourcePosition(line: 3, column: 1))
        #expect(a.blocks.count == 2)
        // The first paragraph starts after `[^a]: `, at the file's column 7.
        #expect(a.blocks[0].range.start == SourcePosition(line: 3, column: 7))
        guard case .paragraph(let first) = a.blocks[0] else { Issue.record("no paragraph in the note"); return }
        #expect(first.inlines[1] == .math(Math(tex: "x_1", isDisplay: false, position: .init(line: 3, column: 13))))
        #expect(a.blocks[1].range.start == SourcePosition(line: 5, column: 5))
    }

    @Test func undefinedReferencesStayText() throws {
        let document = try parser.parse("See [^nope].\n")
        #expect(document.blocks == [.paragraph(Paragraph(
            inlines: [.text("See [^nope].")], range: .init(start: .init(line: 1, column: 1), end: .init(line: 1, column: 12))))])
        #expect(document.footnotes.isEmpty)
    }

    @Test func prefixedIdsAndASeparateSection() throws {
        let document = try parser.parse("Text[^1].\n\n[^1]: The note.\n")
        let renderer = HTMLRenderer(footnotePrefix: "05-soft-")
        #expect(try renderer.render(document.blocks)
            == "<p>Text<sup class=\"footnote-ref\"><a href=\"#05-soft-fn-1\" id=\"05-soft-fnref-1\" data-footnote-ref>1</a></sup>.</p>\n")
        #expect(try renderer.render(footnotes: document.footnotes) == """
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="05-soft-fn-1">
            <p>The note. <a href="#05-soft-fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
        #expect(try renderer.render(footnotes: []) == "")
    }

    @Test func aDefinitionDoesNotJoinTheAuthorsList() throws {
        let document = try parser.parse("- a[^n]\n[^n]: note\n- b\n")
        let lists = document.blocks.compactMap { if case .list(let l) = $0 { l } else { nil } }
        #expect(lists.map(\.items.count) == [1, 1])
        #expect(document.footnotes.count == 1)
    }
}
