import Foundation
import Notebook
import Resolve
@testable import Site
import Testing

/// What authors write beyond plain CommonMark, as the pages show it.
@Suite struct AuthoringTests {
    static func files(
        lessons: [(String, String)] = [], parts: [(String, String?, [(String, String)])] = [],
        assets: [(String, String)] = [], intro: String? = nil
    ) throws -> [String: String] {
        let course = try Course.make(from: CourseSource(
            folder: "Lessons", course: intro.map { LessonSource(path: "Lessons/course.md", text: $0) },
            lessons: lessons.map { LessonSource(path: "Lessons/" + $0.0, relativePath: $0.0, text: $0.1) },
            parts: parts.map { folder, partText, lessons in
                PartSource(
                    folder: folder,
                    introduction: partText.map { LessonSource(path: "Lessons/\(folder)/part.md", relativePath: "\(folder)/part.md", text: $0) },
                    lessons: lessons.map { LessonSource(path: "Lessons/\(folder)/\($0.0)", relativePath: "\(folder)/\($0.0)", text: $0.1) })
            },
            files: assets.map { CourseFile(path: "Lessons/" + $0.0, relativePath: $0.0, contents: Array($0.1.utf8)) }))
        let site = try SiteRenderer().render(course, resolution: Resolution.make(course: course), runs: course.lessons.map(LessonRun.notExecuted))
        return Dictionary(uniqueKeysWithValues: site.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test func calloutsAreNamedAsidesAndAlertsAreCallouts() throws {
        let page = try Self.files(lessons: [("01-a.md", """
            # A

            ::: warning Mind the threshold
            Scores *equal* to it are negative.
            :::

            > [!TIP]
            > Start with the table.

            ::: note collapse
            Folded.
            :::
            """)])["01-a.html"]!
        #expect(page.contains("""
            <aside class="callout callout-warning" aria-label="Warning: Mind the threshold">
            <p class="callout-title">Mind the threshold</p>
            <p>Scores <em>equal</em> to it are negative.</p>
            </aside>
            <aside class="callout callout-tip" aria-label="Tip">
            <p class="callout-title">Tip</p>
            <p>Start with the table.</p>
            </aside>
            <aside class="callout callout-note" aria-label="Note">
            <details>
            <summary class="callout-title">Note</summary>
            <p>Folded.</p>
            </details>
            </aside>
            """))
    }

    @Test func partsGroupTheIndexNumberLessonsAndLinkRelatively() throws {
        let files = try Self.files(parts: [
            ("01-basics", "---\ntitle: The Basics\n---\nWhere it starts.\n", [("01-x.md", "# X\n\n![a plot](img/p.png)\n\n[next](../02-more/01-y.md)\n")]),
            ("02-more", nil, [("01-y.md", "# Y\n")]),
        ], assets: [("01-basics/img/p.png", "png")])
        #expect(files.keys.sorted() == [
            "01-basics/01-x.html", "01-basics/img/p.png", "02-more/01-y.html", "handout.html", "index.html",
            "search.html", "search/index.js", "search/lesson-1.js", "search/lesson-2.js", "site.js", "style.css",
        ])
        let index = files["index.html"]!
        #expect(index.contains("<section class=\"part\" id=\"part-01-basics\">\n<h3 class=\"part-title\"><span class=\"part-number\">Part 1</span> The Basics</h3>\n<p>Where it starts.</p>"))
        #expect(index.contains("<span class=\"part-number\">Part 2</span> More</h3>"))
        #expect(index.contains("<a href=\"02-more/01-y.html\"><span class=\"lesson-list-number\">2.1</span> Y</a>"))
        let x = files["01-basics/01-x.html"]!
        #expect(x.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(x.contains("<p class=\"lesson-number\">Part 1: The Basics · Lesson 1.1</p>"))
        #expect(x.contains("<img src=\"img/p.png\" alt=\"a plot\" />"))
        #expect(x.contains("<a href=\"../02-more/01-y.html\">next</a>"))
        #expect(x.contains("<a class=\"next\" rel=\"next\" href=\"../02-more/01-y.html\">"))
        let handout = files["handout.html"]!
        #expect(handout.contains("<img src=\"01-basics/img/p.png\" alt=\"a plot\" />"))
        #expect(handout.contains("<a href=\"#02-more-01-y\">next</a>"))
        #expect(handout.contains("<section class=\"handout-part\" id=\"part-02-more\">"))
    }

    @Test func footnotesAndTablesKeepApartInTheHandout() throws {
        let files = try Self.files(lessons: [("01-a.md", "# A\n\nA claim.[^1]\n\n| x | y |\n|:--|--:|\n| 1 | 2 |\n\n[^1]: The source.\n")])
        let page = files["01-a.html"]!
        #expect(page.contains("<div class=\"table-wrapper\">\n<table>"))
        #expect(page.contains("<th style=\"text-align: left\">x</th>"))
        #expect(page.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"))
        #expect(page.contains("<li id=\"fn-1\">"))
        let handout = files["handout.html"]!
        #expect(handout.contains("<a href=\"#01-a-fn-1\" id=\"01-a-fnref-1\" data-footnote-ref>1</a>"))
        #expect(handout.contains("<li id=\"01-a-fn-1\">"))
    }

    @Test func referencesReadAsNumbersAndCitationsAsAuthorAndYear() throws {
        let bib = "@book{bishop2006, author = {Bishop, Christopher M.}, title = {Pattern Recognition and Machine Learning}, publisher = {Springer}, year = {2006}}\n"
        let files = try Self.files(lessons: [
            ("01-a.md", "# A\n\n$$ x = 1 $$ {#eq-x}\n\n```swift\n//| label: fig-p\n//| caption: The plot.\n1\n```\n\n![A picture](p.png){#fig-pic}\n\nBy @eq-x ([-@eq-x]), @fig-pic and [@bishop2006, chap. 4].\n"),
            ("02-b.md", "# B\n\nRecall @eq-x and @fig-p.\n"),
        ], assets: [("references.bib", bib), ("p.png", "png")])
        let a = files["01-a.html"]!
        #expect(a.contains("<mtr id=\"eq-x\">"))
        #expect(a.contains("<mtext>(1.1)</mtext>"))
        #expect(a.contains("By <a class=\"cross-reference\" href=\"#eq-x\">Equation\u{a0}1.1</a> (<a class=\"cross-reference\" href=\"#eq-x\">1.1</a>), <a class=\"cross-reference\" href=\"#fig-pic\">Figure\u{a0}1.2</a> and <span class=\"citation\" data-cites=\"bishop2006\">(<a href=\"#ref-bishop2006\">Bishop, 2006</a>, chap. 4)</span>."))
        #expect(a.contains("<figure class=\"image-figure\" id=\"fig-pic\">\n<img src=\"p.png\" alt=\"A picture\" />\n<figcaption>Figure 1.2: A picture</figcaption>\n</figure>"))
        #expect(a.contains("<section class=\"references\" id=\"references\">\n<h2>References</h2>\n<div class=\"reference\" id=\"ref-bishop2006\">Bishop, C. M. (2006). <i>Pattern recognition and machine learning</i>. Springer.</div>"))
        let b = files["02-b.html"]!
        #expect(b.contains("<a class=\"cross-reference\" href=\"01-a.html#eq-x\">Equation\u{a0}1.1</a>"))
        #expect(b.contains("<a class=\"cross-reference\" href=\"01-a.html#fig-p\">Figure\u{a0}1.1</a>"))
        let handout = files["handout.html"]!
        #expect(handout.contains("<a class=\"cross-reference\" href=\"#eq-x--01-a\">Equation\u{a0}1.1</a> and"))
        #expect(handout.contains("<mtr id=\"eq-x--01-a\">"))
        #expect(handout.contains("<section class=\"bibliography\" id=\"bibliography\">\n<h2>Bibliography</h2>\n<div class=\"references\">\n<div class=\"reference\" id=\"ref-bishop2006\">"))
        #expect(!handout.contains("<section class=\"references\""))
    }

    @Test func aFileBesideTheLessonsMayNotTakeAGeneratedPagesName() throws {
        #expect(throws: LessonErrors.self) { try Self.files(lessons: [("01-a.md", "# A\n")], assets: [("index.html", "x")]) }
        #expect(throws: LessonErrors.self) { try Self.files(lessons: [("01-a.md", "# A\n")], assets: [("01-a.html", "x")]) }
    }
}
