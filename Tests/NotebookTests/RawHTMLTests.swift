import Notebook
import Testing

/// Raw HTML a lesson lets through must close what it opens, so that it can
/// never swallow the rest of its page or the next lessons of the handout.
@Suite struct RawHTMLTests {
    func problems(_ body: String) -> [String] {
        do {
            _ = try LessonSplitter.lesson(from: LessonSource(path: "Lessons/01-x.md", text: "---\nraw-html: true\n---\n# X\n\n" + body))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func balancedHTMLIsFineEvenAcrossBlocks() {
        #expect(problems("<div class=\"box\">\n\n*Inside* a box, <b>bold</b> and <br> a break.\n\n</div>\n\n<details><summary>More</summary>\n\n<p>Text\n\n</details>\n").isEmpty)
    }

    @Test(arguments: [
        ("Before.\n\n<!-- a note that never ends\n\nAfter.\n", "Lessons/01-x.md:8:1: error: raw HTML opens a comment '<!--' that never closes; it would hide the rest of the page and, in the handout, the lessons after this one"),
        ("<template>\n\nHidden?\n", "Lessons/01-x.md:6:1: error: raw HTML opens <template> and never closes it"),
        ("<script>\nlet x = 1\n", "Lessons/01-x.md:6:1: error: raw HTML opens <script> that never closes; it would hide the rest of the page and, in the handout, the lessons after this one"),
        ("Text </section> here.\n", "Lessons/01-x.md:6:1: error: raw HTML closes <section>, which it never opened"),
    ])
    func whatWouldSwallowThePageIsAnErrorAtItsLine(_ body: String, _ expected: String) {
        #expect(problems(body) == [expected])
    }

    @Test func withoutRawHTMLNothingIsChecked() throws {
        _ = try LessonSplitter.lesson(from: LessonSource(path: "Lessons/01-x.md", text: "# X\n\n<!-- open\n"))
    }
}
