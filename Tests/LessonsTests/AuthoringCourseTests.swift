import Foundation
import Testing

/// A course as authors write it — parts, an image and a data file beside the
/// lessons, a table, a footnote, every callout, numbered targets referred to
/// across lessons, a citation — built by the `lessons` command.
@Suite(.serialized) struct AuthoringCourseTests {
    typealias Project = CommandLineTests.Project

    @Test func theWholeCourseBuildsWithEverythingInPlace() throws {
        let project = try Project(fixture: "authoring")
        let build = try project.run("build", "--verbose")
        #expect(build.status == 0, "\(build.errors)")

        let image = try Data(contentsOf: project.lessons.appendingPathComponent("01-basics/images/counts.png"))
        #expect(try Data(contentsOf: project.site.appendingPathComponent("01-basics/images/counts.png")) == image)
        #expect(project.read("Site/01-basics/data/points.csv")?.hasPrefix("score,label") == true)

        let counts = try #require(project.read("Site/01-basics/01-counts.html"))
        #expect(counts.contains("<pre class=\"output-text\">read 3 rows\n</pre>"))
        #expect(counts.contains("<figure class=\"image-figure\" id=\"fig-picture\">\n<img src=\"images/counts.png\" alt=\"Counts as a picture\" />\n<figcaption>Figure 1.1.1: Counts as a picture</figcaption>"))
        #expect(counts.contains("<td style=\"text-align: left\">FP</td>\n<td style=\"text-align: right\"><del>1</del> 0</td>"))
        #expect(counts.contains("<li id=\"fn-why\">"))
        #expect(counts.contains("<mtext>(1.1.1)</mtext>"))
        for kind in ["note", "tip", "important", "warning", "caution"] {
            #expect(counts.contains("<aside class=\"callout callout-\(kind)\""), "\(kind)")
        }
        #expect(counts.contains("<p>GitHub’s form.</p>") || counts.contains("<p>GitHub's form.</p>"))
        #expect(counts.contains("<p class=\"lesson-number\">Part 1: Basics · Lesson 1.1</p>"))

        let soft = try #require(project.read("Site/02-surrogates/01-soft.html"))
        #expect(soft.contains("<h2 id=\"example\">Example</h2>"))
        #expect(soft.contains("<h2 id=\"example-2\">Example</h2>"))
        #expect(soft.contains("By <a class=\"cross-reference\" href=\"../01-basics/01-counts.html#eq-precision\">Equation\u{a0}1.1.1</a> and <a class=\"cross-reference\" href=\"../01-basics/01-counts.html#fig-picture\">Figure\u{a0}1.1.1</a> (in <a class=\"cross-reference\" href=\"../01-basics/01-counts.html#sec-data\">Section\u{a0}1.1.1</a>)"))
        #expect(soft.contains("(<a href=\"#ref-lipton2014\">Lipton et al., 2014</a>)"))
        #expect(soft.contains("<a href=\"../01-basics/01-counts.html#sec-data\">the counts</a>"))

        let index = try #require(project.read("Site/index.html"))
        #expect(index.contains("<span class=\"part-number\">Part 1</span> Basics</h3>\n<p>Counting right and wrong.</p>"))
        let handout = try #require(project.read("Site/handout.html"))
        #expect(handout.contains("<img src=\"01-basics/images/counts.png\""))
        #expect(handout.contains("<section class=\"bibliography\" id=\"bibliography\">"))

        #expect(try project.run("build", "--check").status == 0)
    }

    @Test func editingADataFileRunsTheLessonThatReadsItAgain() throws {
        let project = try Project(fixture: "authoring")
        #expect(try project.run("build").status == 0)
        let again = try project.run("build", "--verbose")
        #expect(again.errors.contains("(2 lessons: 1 from cache, 0 run)"), "\(again.errors)")
        try project.write("Lessons/01-basics/data/points.csv", "score,label\n0.9,1\n0.2,0\n0.6,1\n0.4,0\n")
        let edited = try project.run("build", "--verbose")
        #expect(edited.errors.contains("(2 lessons: 0 from cache, 1 run)"), "\(edited.errors)")
        #expect(project.read("Site/01-basics/01-counts.html")?.contains("read 4 rows") == true)
    }

    @Test func everyBrokenReferenceIsAnErrorAtItsLineAndTheSiteIsKept() throws {
        let project = try Project(fixture: "authoring")
        #expect(try project.run("build").status == 0)
        let index = project.read("Site/index.html")
        try project.write("Lessons/02-surrogates/02-broken.md", """
            # Broken

            A [missing lesson](03-nowhere.md), a [missing anchor](01-soft.md#nowhere),
            a [missing part](../03-advanced/), a [missing file](data/none.csv), ![a missing image](none.png).

            See @eq-missing and [@nobody1999].

            ::: aside
            Not a kind.
            :::
            """)
        let broken = try project.run("build")
        #expect(broken.status == 1)
        #expect(broken.errors.contains("Lessons/02-surrogates/02-broken.md:8:1: error: unknown block '::: aside' (known: exercise, solution, note, tip, important, warning, caution)"), "\(broken.errors)")
        try project.write("Lessons/02-surrogates/02-broken.md", """
            # Broken

            A [missing lesson](03-nowhere.md), a [missing anchor](01-soft.md#nowhere),
            a [missing part](../03-advanced/), a [missing file](data/none.csv), ![a missing image](none.png).

            See @eq-missing and [@nobody1999].
            """)
        let links = try project.run("build")
        #expect(links.status == 1)
        let expected = [
            "Lessons/02-surrogates/02-broken.md:3:20: error: no lesson '02-surrogates/03-nowhere.md' in the course",
            "Lessons/02-surrogates/02-broken.md:3:55: error: no heading or element with id 'nowhere' in 02-surrogates/01-soft.md",
            "Lessons/02-surrogates/02-broken.md:4:18: error: no part '03-advanced' in the course",
            "Lessons/02-surrogates/02-broken.md:4:53: error: no file '02-surrogates/data/none.csv' in the lessons folder",
            "Lessons/02-surrogates/02-broken.md:4:88: error: no file '02-surrogates/none.png' in the lessons folder (the image would be missing)",
            "Lessons/02-surrogates/02-broken.md:6:5: error: no equation with id 'eq-missing' in the course",
            "Lessons/02-surrogates/02-broken.md:6:22: error: no work 'nobody1999' in Lessons/references.bib",
        ]
        for line in expected { #expect(links.errors.contains(line), "\(line)\n\(links.errors)") }
        #expect(project.read("Site/index.html") == index)
    }

    @Test func runningOneLessonChecksItAsTheCourseBuildsIt() throws {
        let project = try Project(fixture: "authoring")
        let run = try project.run("run", "Lessons/02-surrogates/01-soft.md")
        #expect(run.status == 0, "\(run.errors)")
        try project.write("Lessons/02-surrogates/01-soft.md", "# Soft counts\n\nSee @eq-nowhere.\n")
        let broken = try project.run("run", "Lessons/02-surrogates/01-soft.md")
        #expect(broken.status == 1)
        #expect(broken.errors.contains("Lessons/02-surrogates/01-soft.md:3:5: error: no equation with id 'eq-nowhere' in the course"), "\(broken.errors)")
    }
}
