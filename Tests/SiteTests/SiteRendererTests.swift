import Foundation
import Notebook
import Resolve
@testable import Site
import Testing

@Suite struct SiteRendererTests {
    static func course(_ files: [(String, String)], intro: String? = nil) throws -> Course {
        try Course.make(from: CourseSource(
            folder: "Lessons",
            course: intro.map { LessonSource(path: "Lessons/course.md", text: $0) },
            lessons: files.map { LessonSource(path: "Lessons/\($0.0).md", text: $0.1) }))
    }

    static func files(_ course: Course) throws -> [String: String] {
        let files = try render(course)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    static func render(_ course: Course) throws -> [SiteFile] {
        try SiteRenderer().render(course, resolution: Resolution.make(course: course), runs: course.lessons.map(LessonRun.notExecuted))
    }

    static let sample = [
        ("02-b", "---\norder: 2\nsummary: Second.\n---\n# Bee\n\n## Part one\n\nText.\n\n## Part one\n"),
        ("01-a", "---\norder: 1\n---\n# Ay $x_1$\n\nFirst paragraph is the summary.\n\n::: exercise Try\nTask.\n::: solution\nAnswer.\n:::\n"),
        ("03-c", "# Sea\n"),
    ]

    @Test func theSiteHasIndexPagesHandoutAndStylesheet() throws {
        let files = try Self.files(Self.course(Self.sample, intro: "# My course\n\nWelcome.\n"))
        #expect(files.keys.sorted() == [
            "01-a.html", "02-b.html", "03-c.html", "handout.html", "index.html", "search.html",
            "search/index.js", "search/lesson-1.js", "search/lesson-2.js", "search/lesson-3.js", "site.js", "style.css",
        ])
        let index = files["index.html"]!
        #expect(index.contains("<title>My course</title>"))
        #expect(index.contains("<h1>My course</h1>"))
        #expect(index.contains("<p>Welcome.</p>"))
        let order = ["01-a.html", "02-b.html", "03-c.html"].map { index.range(of: "href=\"\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
        #expect(index.contains("<p>First paragraph is the summary.</p>"))
        #expect(index.contains("<p>Second.</p>"))
    }

    @Test func lessonPagesLinkPreviousAndNextAndListTheirSections() throws {
        let page = try Self.files(Self.course(Self.sample))["02-b.html"]!
        #expect(page.contains("<a class=\"previous\" rel=\"prev\" href=\"01-a.html\">"))
        #expect(page.contains("<a class=\"next\" rel=\"next\" href=\"03-c.html\">"))
        #expect(page.contains("<li class=\"level-2\"><a href=\"#part-one\">Part one</a></li>"))
        #expect(page.contains("<li class=\"level-2\"><a href=\"#part-one-2\">Part one</a></li>"))
        #expect(page.contains("<h2 id=\"part-one-2\">Part one</h2>"))
        #expect(page.contains("<p class=\"lesson-number\">Lesson 2 of 3</p>"))
        let first = try Self.files(Self.course(Self.sample))["01-a.html"]!
        #expect(first.contains("<h1>Ay <math>"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(first.contains("<details class=\"solution\">\n<summary>Solution</summary>\n<p>Answer.</p>\n</details>"))
    }

    @Test func theHandoutHoldsEveryLessonInOrderWithHeadingsOneLevelDown() throws {
        let handout = try Self.files(Self.course(Self.sample))["handout.html"]!
        let starts = ["id=\"01-a\"", "id=\"02-b\"", "id=\"03-c\""].map { handout.range(of: $0)!.lowerBound }
        #expect(starts == starts.sorted())
        #expect(handout.contains("<h3 id=\"02-b-part-one\">Part one</h3>"))
        #expect(handout.components(separatedBy: "<h1>").count == 2)
        #expect(handout.contains("<div class=\"solution\">\n<p class=\"solution-title\">Solution</p>\n<p>Answer.</p>\n</div>"))
    }

    @Test func theHandoutCanLeaveSolutionsOut() throws {
        let handout = try Self.files(Self.course(Self.sample, intro: "---\nhandout-solutions: false\n---\n# C\n"))["handout.html"]!
        #expect(!handout.contains("Answer."))
        #expect(handout.contains("Task."))
    }

    @Test func sameInputsSameBytes() throws {
        let course = try Self.course(Self.sample)
        #expect(try Self.files(course) == Self.files(course))
    }

    @Test func aMathErrorNamesTheFileAndLine() throws {
        let course = try Self.course([("01-a", "# A\n\nText\nand $\\frac{1}{\\nope}$ here.\n")])
        do {
            _ = try Self.render(course)
            Issue.record("expected an error")
        } catch let error as LessonErrors {
            #expect(error.diagnostics.map(\.description) == ["Lessons/01-a.md:4:15: error: in math: unknown command \\nope"])
        }
    }

    @Test func rawHTMLIsOffUnlessTheLessonTurnsItOn() throws {
        let off = try Self.files(Self.course([("01-a", "# A\n\n<b>x</b>\n")]))["01-a.html"]!
        #expect(off.contains("<!-- raw HTML omitted -->"))
        let on = try Self.files(Self.course([("01-a", "---\nraw-html: true\n---\n# A\n\n<b>x</b>\n")]))["01-a.html"]!
        #expect(on.contains("<p><b>x</b></p>"))
    }

    @Test func cellsInCourseMdAreAnError() throws {
        #expect(throws: LessonErrors.self) { try Self.course([("01-a", "# A\n")], intro: "# C\n\n```swift\n1\n```\n") }
    }
}
