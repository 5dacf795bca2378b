import Markdown
import Notebook
import Resolve
import Testing

/// Ids and links of a course, checked as the build checks them.
@Suite struct CourseResolverTests {
    static func course(_ files: [(String, String)], parts: [(String, [(String, String)])] = [], assets: [String] = []) throws -> Course {
        try Course.make(from: CourseSource(
            folder: "Lessons", course: nil,
            lessons: files.map { LessonSource(path: "Lessons/\($0.0)", relativePath: $0.0, text: $0.1) },
            parts: parts.map { folder, lessons in
                PartSource(folder: folder, introduction: nil, lessons: lessons.map {
                    LessonSource(path: "Lessons/\(folder)/\($0.0)", relativePath: "\(folder)/\($0.0)", text: $0.1)
                })
            },
            files: assets.map { CourseFile(path: "Lessons/" + $0, relativePath: $0, contents: []) }))
    }

    static func problems(_ course: Course) -> [String] {
        do {
            _ = try Resolution.make(course: course)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func repeatedAndExplicitHeadingsGetDistinctIDs() throws {
        let course = try Self.course([("01-a.md", """
            # A

            ## Example

            ## Example

            ## Example 2

            ## Cell 1

            ## Mine {#example-3}

            ```swift
            1
            ```
            """)])
        let resolution = try Resolution.make(course: course)
        let ids = resolution.lessons[0].headingIDs.sorted { $0.key < $1.key }.map(\.value)
        #expect(ids == ["example", "example-2", "example-2-2", "section-cell-1", "example-3"])
    }

    @Test func anIDWrittenTwiceIsAnErrorNamingBothLines() throws {
        let course = try Self.course([("01-a.md", "# A\n\n## One {#x}\n\n## Two {#x}\n\n## Three {#cell-1}\n")])
        #expect(Self.problems(course) == [
            "Lessons/01-a.md:5:1: error: the id 'x' is already used at line 3",
            "Lessons/01-a.md:7:1: error: the id 'cell-1' is one the page gives its own elements; choose another",
        ])
    }

    @Test func linksPointAtPagesOrIntoTheHandout() throws {
        let course = try Self.course([], parts: [
            ("01-basics", [("01-x.md", "# X\n\n## Summary\n\nSee [y](../02-more/01-y.md#deep), [part](../02-more/), [top](#summary), [data](data/p.csv), ![plot](img/a.png), [site](https://example.org).\n")]),
            ("02-more", [("01-y.md", "# Y\n\n## Deep\n\nBack to [x](../01-basics/01-x.html) and the [index](../course.md).\n")]),
        ], assets: ["01-basics/data/p.csv", "01-basics/img/a.png"])
        let resolution = try Resolution.make(course: course)
        let x = resolution.lessons[0].destinations
        #expect(x["../02-more/01-y.md#deep"] == Destination(onPage: "../02-more/01-y.html#deep", inHandout: "#02-more-01-y-deep"))
        #expect(x["../02-more/"] == Destination(onPage: "../index.html#part-02-more", inHandout: "#part-02-more"))
        #expect(x["#summary"] == Destination(onPage: "#summary", inHandout: "#01-basics-01-x-summary"))
        #expect(x["data/p.csv"] == Destination(onPage: "data/p.csv", inHandout: "01-basics/data/p.csv"))
        #expect(x["img/a.png"] == Destination(onPage: "img/a.png", inHandout: "01-basics/img/a.png"))
        #expect(x["https://example.org"] == nil)
        let y = resolution.lessons[1].destinations
        #expect(y["../01-basics/01-x.html"] == Destination(onPage: "../01-basics/01-x.html", inHandout: "#01-basics-01-x"))
        #expect(y["../course.md"] == Destination(onPage: "../index.html", inHandout: "index.html"))
    }

    @Test func everyBrokenLinkIsAnErrorAtItsLineAndColumn() throws {
        let course = try Self.course([
            ("01-a.md", "# A\n\n## Here\n\nA [gone](02-gone.md) and é [anchor](#nowhere).\nAlso [file](data/missing.csv) and\n![pic](pics/none.png), [up](../out.md).\n"),
            ("02-b.md", "# B\n\n[wrong anchor](01-a.md#there) but [right](01-a.md#here).\n"),
        ])
        #expect(Self.problems(course) == [
            "Lessons/01-a.md:5:10: error: no lesson '02-gone.md' in the course",
            "Lessons/01-a.md:5:38: error: no heading or element with id 'nowhere' in this lesson",
            "Lessons/01-a.md:6:13: error: no file 'data/missing.csv' in the lessons folder",
            "Lessons/01-a.md:7:8: error: no file 'pics/none.png' in the lessons folder (the image would be missing)",
            "Lessons/01-a.md:7:29: error: '../out.md' points above the lessons folder",
            "Lessons/02-b.md:3:16: error: no heading or element with id 'there' in 01-a.md",
        ])
    }

    @Test func aLessonReadOnItsOwnLeavesLinksOutOfItAlone() throws {
        let course = try Self.course([("01-a.md", "# A\n\n[b](02-b.md)\n")])
        let resolution = try Resolution.make(course: course, checksLinks: false)
        #expect(resolution.lessons[0].destinations.isEmpty)
    }
}
