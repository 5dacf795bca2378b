import Markdown
import Testing

/// Strikethrough and bare links, on cmark's finished inlines.
@Suite struct InlineExtensionTests {
    let parser = MarkdownParser()

    func inlines(_ markdown: String) throws -> [Inline] {
        guard case .paragraph(let p) = try parser.parse(markdown).blocks.first else { return [] }
        return p.inlines
    }

    @Test func strikethroughWithOneOrTwoTildes() throws {
        #expect(try inlines("~~a~~ ~b~ ~~~c~~~ ~~d~") == [
            .strikethrough([.text("a")]), .text(" "), .strikethrough([.text("b")]),
            .text(" ~~~c~~~ ~~d~"),
        ])
        #expect(try inlines("*~~x~~*") == [.emphasis([.strikethrough([.text("x")])])])
    }

    /// cmark has settled emphasis before we see tildes, so they cannot cross it
    /// (cmark-gfm gives `<del>a *b</del> c*`): a known, documented difference.
    @Test func strikethroughDoesNotCrossEmphasis() throws {
        #expect(try inlines("~~a *b~~ c*") == [.text("~~a "), .emphasis([.text("b~~ c")])])
    }

    @Test func bareLinks() throws {
        #expect(try inlines("Go to www.example.com/a. Or https://x.org/p(1)) or me@x.org.") == [
            .text("Go to "),
            .link(Link(destination: "http://www.example.com/a", title: "", children: [.text("www.example.com/a")])),
            .text(". Or "),
            .link(Link(destination: "https://x.org/p(1)", title: "", children: [.text("https://x.org/p(1)")])),
            .text(") or "),
            .link(Link(destination: "mailto:me@x.org", title: "", children: [.text("me@x.org")])),
            .text("."),
        ])
    }

    @Test func switchedOff() throws {
        let plain = MarkdownParser(extensions: .none)
        guard case .paragraph(let p) = try plain.parse("~~a~~ www.example.com").blocks.first else { return }
        #expect(p.inlines == [.text("~~a~~ www.example.com")])
    }
}
