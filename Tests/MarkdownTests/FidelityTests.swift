import Foundation
import Markdown
import Testing

/// Our HTML must be cmark's HTML, byte for byte, for everything we do not add
/// on purpose. The expected output was written by `cmark` itself
/// (`scripts/commonmark_fixtures.py`).
@Suite struct FidelityTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var example: Int
        var section: String
        var markdown: String
        var html: String
        var testDescription: String { "spec example \(example) (\(section))" }
    }

    struct Spec: Decodable {
        var examples: [Example]
    }

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static let examples: [Example] = {
        let data = try! Data(contentsOf: fixtures.appendingPathComponent("spec.json"))
        return try! JSONDecoder().decode(Spec.self, from: data).examples
    }()

    @Test func theSpecHasAllItsExamples() {
        #expect(Self.examples.count == 652)
    }

    @Test(arguments: examples)
    func specExample(_ example: Example) throws {
        let document = try MarkdownParser(extensions: .none).parse(example.markdown)
        #expect(try HTMLRenderer().render(document) == example.html)
    }

    @Test(arguments: ["prose", "unicode", "edge"])
    func corpusFile(_ name: String) throws {
        let folder = Self.fixtures.appendingPathComponent("corpus")
        let markdown = try String(contentsOf: folder.appendingPathComponent(name + ".md"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent(name + ".html"), encoding: .utf8)
        #expect(try HTMLRenderer().render(MarkdownParser(extensions: .none).parse(markdown)) == html)
    }

    @Test func rawHTMLPassesWhenAllowed() throws {
        let document = try MarkdownParser(extensions: .none).parse("<div>x</div>\n\nA <b>b</b> [j](javascript:x)\n")
        #expect(try HTMLRenderer(allowsRawHTML: true).render(document)
            == "<div>x</div>\n<p>A <b>b</b> <a href=\"javascript:x\">j</a></p>\n")
    }
}
