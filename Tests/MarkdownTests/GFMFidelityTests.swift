import Foundation
import Markdown
import Testing

/// Our HTML for GitHub's extensions must be cmark-gfm's, byte for byte, but
/// for the differences we make on purpose. The expected output was written by
/// `cmark-gfm -e table -e strikethrough -e footnotes -e autolink`
/// (`scripts/gfm_fixtures.py`).
///
/// Deliberate differences, undone here before comparing:
/// - table alignment: we write `style="text-align: left"`, cmark-gfm the
///   obsolete `align="left"`;
/// - math: cmark-gfm shows `$x$` as text; the renderer here is told to do the same.
@Suite struct GFMFidelityTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var example: Int
        var section: String
        var markdown: String
        var html: String
        var testDescription: String { "GFM spec example \(example) (\(section))" }
    }

    struct Spec: Decodable {
        var examples: [Example]
    }

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static let examples: [Example] = {
        let data = try! Data(contentsOf: fixtures.appendingPathComponent("gfm-spec.json"))
        return try! JSONDecoder().decode(Spec.self, from: data).examples
    }()

    static let extensionSections: Set<String> = ["Tables (extension)", "Strikethrough (extension)", "Autolinks (extension)"]

    static func render(_ markdown: String) throws -> String {
        let document = try MarkdownParser(extensions: .gfm).parse(markdown)
        let renderer = HTMLRenderer(math: { m in m.isDisplay ? "$$\(m.tex)$$" : "$\(m.tex)$" })
        return try renderer.render(document).replacingOccurrences(of: " style=\"text-align: ", with: " align=\"")
    }

    @Test func theSpecHasAllItsExamples() {
        #expect(Self.examples.count == 672)
        #expect(Self.examples.filter { Self.extensionSections.contains($0.section) }.count == 21)
    }

    @Test(arguments: examples.filter { extensionSections.contains($0.section) })
    func extensionExample(_ example: Example) throws {
        #expect(try Self.render(example.markdown) == example.html)
    }

    /// With the extensions on, the rest of the spec must still read as cmark-gfm
    /// reads it (task lists and the tag filter are not asked of cmark-gfm here).
    @Test(arguments: examples.filter { !extensionSections.contains($0.section) })
    func otherExample(_ example: Example) throws {
        #expect(try Self.render(example.markdown) == example.html)
    }

    @Test(arguments: ["tables", "footnotes", "inline", "edge"])
    func corpusFile(_ name: String) throws {
        let folder = Self.fixtures.appendingPathComponent("gfm")
        let markdown = try String(contentsOf: folder.appendingPathComponent(name + ".md"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent(name + ".html"), encoding: .utf8)
        let ours = try Self.render(markdown)
        #expect(ours == html)
        if ours != html {
            let a = ours.split(separator: "\n", omittingEmptySubsequences: false)
            let b = html.split(separator: "\n", omittingEmptySubsequences: false)
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1): ours \(a[i]) / cmark-gfm \(b[i])")
            }
        }
    }
}
