import Notebook
import Testing

@Suite struct FrontMatterTests {
    @Test func readsTheKnownKeys() throws {
        let text = "---\ntitle: \"Soft: precision\"\nsummary: 'It''s short' # not a comment inside quotes\norder: 5\nraw-html: true\n---\n# Body\n"
        let matter = try FrontMatter.parse(text.replacingOccurrences(of: "''", with: "’"), path: "L/a.md")
        #expect(matter.title == "Soft: precision")
        #expect(matter.summary == "It’s short")
        #expect(matter.order == 5)
        #expect(matter.allowsRawHTML)
        #expect(matter.lineCount == 6)
    }

    @Test func noFrontMatterIsFine() throws {
        #expect(try FrontMatter.parse("# Title\n", path: "a.md") == FrontMatter())
    }

    @Test(arguments: [
        ("---\ntitle: x\n", 1, "front matter: the '---' here is never closed by a line of '---'"),
        ("---\ntitle: a\ntitle: b\n---\n", 3, "front matter: 'title' is given twice (first at line 2)"),
        ("---\ntitle x\n---\n", 2, "front matter: expected 'key: value'"),
        ("---\norder: five\n---\n", 2, "front matter: order must be a whole number, not 'five'"),
        ("---\ncolour: red\n---\n", 2, "front matter: unknown key 'colour' (known: title, summary, order, raw-html, handout-solutions, allow-outside-links, bibliography, files, memory, processes, scratch)"),
        ("---\ntitle: \"open\n---\n", 2, "front matter: a quoted value is never closed"),
        ("---\ntitle:\n---\n", 2, "front matter: a value is missing"),
    ])
    func malformedFrontMatterNamesTheLine(_ text: String, _ line: Int, _ message: String) {
        #expect {
            try FrontMatter.parse(text, path: "Lessons/x.md")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.line == line && diagnostic.message == message && diagnostic.path == "Lessons/x.md"
        }
    }
}
