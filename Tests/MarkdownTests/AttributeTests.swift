import Markdown
import Testing

/// `{#id .class key=value}` after headings, images and display math, and the
/// errors for blocks that are meant as attributes but malformed.
@Suite struct AttributeTests {
    let parser = MarkdownParser()

    @Test func theParserReadsIdsClassesAndPairs() throws {
        let attributes = try AttributeBlock.parse("{#sec-x .unnumbered .wide key=value note=\"two words\"}", at: .init(line: 1, column: 1))
        #expect(attributes == Attributes(
            id: "sec-x", classes: ["unnumbered", "wide"],
            pairs: [.init(key: "key", value: "value"), .init(key: "note", value: "two words")]))
        #expect(attributes["note"] == "two words")
    }

    @Test(arguments: [
        ("{#}", "'#' with no id after it in '{#}'"),
        ("{.}", "'.' with no class name after it in '{.}'"),
        ("{#a #b}", "two ids, '#a' and '#b': an element has one id"),
        ("{#a word}", "'word' is not an attribute: write #id, .class or key=value"),
        ("{k=}", "'k=' has no value"),
        ("{k=\"open}", "the value of 'k' opens a \" quote that is never closed"),
        ("{#a", "attribute block '{#a' is never closed with '}'"),
    ])
    func malformedBlocksAreErrors(_ text: String, _ message: String) {
        #expect(throws: MarkdownError(position: .init(line: 2, column: 3), message: message)) {
            try AttributeBlock.parse(text[...], at: .init(line: 2, column: 3))
        }
    }

    @Test func headingAttributesLeaveTheTitle() throws {
        let document = try parser.parse("Intro\n\n## Soft *precision* {#sec-soft .unnumbered}\n\nSetext {#s}\n---\n")
        guard case .heading(let atx) = document.blocks[1], case .heading(let setext) = document.blocks[2] else {
            Issue.record("no headings"); return
        }
        #expect(atx.inlines == [.text("Soft "), .emphasis([.text("precision")])])
        #expect(atx.attributes == Attributes(id: "sec-soft", classes: ["unnumbered"]))
        #expect(setext.inlines == [.text("Setext")])
        #expect(setext.attributes.id == "s")
        let html = try HTMLRenderer().render([document.blocks[1]])
        #expect(html == "<h2 id=\"sec-soft\" class=\"unnumbered\">Soft <em>precision</em></h2>\n")
    }

    @Test func imageAndDisplayMathAttributes() throws {
        let document = try parser.parse("![A plot](plot.png){#fig-plot width=50%} after\n\n$$\nx^2\n$$ {#eq-square}\n\n$$y$$\n{#eq-y}\n")
        guard case .paragraph(let figure) = document.blocks[0] else { Issue.record("no figure"); return }
        guard case .image(let image) = figure.inlines[0] else { Issue.record("no image"); return }
        #expect(image.attributes == Attributes(id: "fig-plot", pairs: [.init(key: "width", value: "50%")]))
        #expect(figure.inlines[1] == .text(" after"))
        #expect(try HTMLRenderer().render(figure.inlines)
            == "<img src=\"plot.png\" alt=\"A plot\" id=\"fig-plot\" data-width=\"50%\" /> after")
        guard case .paragraph(let square) = document.blocks[1], case .paragraph(let y) = document.blocks[2] else {
            Issue.record("no math"); return
        }
        #expect(square.inlines == [.math(Math(
            tex: "\nx^2\n", isDisplay: true, position: .init(line: 3, column: 3), attributes: Attributes(id: "eq-square")))])
        #expect(y.inlines == [.math(Math(
            tex: "y", isDisplay: true, position: .init(line: 7, column: 3), attributes: Attributes(id: "eq-y")))])
    }

    @Test func errorsNameTheirPlaceInTheFile() {
        #expect(throws: MarkdownError(position: .init(line: 3, column: 14), message: "'#' with no id after it in '{#}'")) {
            try parser.parse("Text\n\n## Title $x$ {#}\n")
        }
        #expect(throws: MarkdownError(
            position: .init(line: 1, column: 12), message: "attribute block '{#fig' is never closed with '}'")) {
            try parser.parse("![a](b.png){#fig\n")
        }
    }

    @Test func otherBracesStayText() throws {
        let document = try parser.parse("## Sets {a, b} and {}\n\nThe set {x} is {#not at the end} here.\n")
        guard case .heading(let heading) = document.blocks[0], case .paragraph(let p) = document.blocks[1] else {
            Issue.record("no blocks"); return
        }
        #expect(heading.inlines == [.text("Sets {a, b} and {}")])
        #expect(heading.attributes.isEmpty)
        #expect(p.inlines == [.text("The set {x} is {#not at the end} here.")])
    }

    @Test func offWithoutTheExtension() throws {
        let document = try MarkdownParser(extensions: .gfm).parse("## Title {#x}\n")
        guard case .heading(let heading) = document.blocks[0] else { Issue.record("no heading"); return }
        #expect(heading.inlines == [.text("Title {#x}")])
    }
}
