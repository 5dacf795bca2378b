import Markdown
import Testing

@Suite struct HeadingAnchorTests {
    @Test(arguments: [
        ("Soft precision", "soft-precision"),
        ("Why F1 isn't a mean — really?", "why-f1-isnt-a-mean-really"),
        ("  Leading and  double  spaces ", "leading-and-double-spaces"),
        ("Ünïcödé ∂ symbols", "ünïcödé-symbols"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("???", "section"),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(HeadingAnchors.slug(text) == expected)
    }

    @Test func repeatsGetNumbersAndPrefixesKeepLessonsApart() {
        var anchors = HeadingAnchors(prefix: "05-soft-")
        #expect(anchors.id(for: "Summary") == "05-soft-summary")
        #expect(anchors.id(for: "Summary") == "05-soft-summary-2")
        #expect(anchors.id(for: "Summary") == "05-soft-summary-3")
        #expect(anchors.id(for: "Other") == "05-soft-other")
    }

    @Test func rendererWritesTheIdsItIsGiven() throws {
        let document = try MarkdownParser().parse("## Soft *precision*\n")
        let html = try HTMLRenderer(headingID: { HeadingAnchors.slug($0.inlines.plainText) }).render(document)
        #expect(html == "<h2 id=\"soft-precision\">Soft <em>precision</em></h2>\n")
    }
}
