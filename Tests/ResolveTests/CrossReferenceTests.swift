import Markdown
import Notebook
import Resolve
import Testing

/// Numbers, references and citations as the resolve step finds them.
@Suite struct CrossReferenceTests {
    static let bib = """
        @article{zhang2004,
          author = {Zhang, Tong},
          title = {Statistical behavior and consistency of classification methods based on convex risk minimization},
          journal = {The Annals of Statistics}, volume = {32}, number = {1}, pages = {56--85}, year = {2004}
        }
        """

    static func course(_ files: [(String, String)], bib: String? = CrossReferenceTests.bib, intro: String? = nil) throws -> Course {
        try Course.make(from: CourseSource(
            folder: "Lessons", course: intro.map { LessonSource(path: "Lessons/course.md", text: $0) },
            lessons: files.map { LessonSource(path: "Lessons/\($0.0)", relativePath: $0.0, text: $0.1) },
            files: bib.map { [CourseFile(path: "Lessons/references.bib", relativePath: "references.bib", contents: Array($0.utf8))] } ?? []))
    }

    static func problems(_ course: Course) -> [String] {
        do {
            _ = try Resolution.make(course: course)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let first = """
        # First

        ## Setting {#sec-setting}

        $$ a = b $$ {#eq-a}

        $$
        \\begin{align}
        c &= d \\label{eq-c} \\\\
        e &= f \\nonumber \\\\
        g &= h \\tag{*}
        \\end{align}
        $$

        ### Detail {#sec-detail}

        ```swift
        //| label: fig-one
        //| caption: A plot.
        1
        ```

        ```swift
        //| label: tbl-one
        2
        ```

        ![Alt text](a.png){#fig-two}

        As @eq-a, [-@eq-c] and @fig-two show [@zhang2004, p. 60].
        """

    @Test func targetsAreNumberedPerLessonInReadingOrder() throws {
        let course = try Self.course([("01-a.md", Self.first), ("02-b.md", "# Second\n\n$$ x $$ {#eq-x}\n\nSee @eq-a and @sec-detail.\n")])
        let resolution = try Resolution.make(course: try Self.withFile(course, "a.png"))
        let one = resolution.lessons[0]
        #expect(one.references["eq-a"] == ReferenceTarget(kind: .equation, number: "1.1", destination: Destination(onPage: "#eq-a", inHandout: "#eq-a--01-a")))
        #expect(one.references["eq-c"]?.number == "1.2")
        #expect(one.references["fig-two"]?.number == "1.2")
        #expect(one.cellCaptions[0] == Caption(label: "Figure 1.1", id: "fig-one", text: "A plot.", kind: .figure))
        #expect(one.cellCaptions[1] == Caption(label: "Table 1.1", id: "tbl-one", text: "", kind: .table))
        #expect(one.imageCaptions["fig-two"]?.shown == "Figure 1.2: Alt text")
        let align = one.equations.values.first { $0.ids.contains("eq-c") }
        #expect(align?.numbers == ["1.2", nil])
        #expect(one.citedKeys == ["zhang2004"])
        let two = resolution.lessons[1]
        #expect(two.references["eq-a"]?.destination == Destination(onPage: "01-a.html#eq-a", inHandout: "#eq-a--01-a"))
        #expect(two.references["sec-detail"]?.number == "1.1.1")
        #expect(two.equations.values.first?.numbers == ["2.1"])
        #expect(resolution.bibliography?.label("zhang2004")?.description == "Zhang, 2004")
    }

    @Test func everyBrokenReferenceIsAnErrorAtItsPlace() throws {
        let course = try Self.course([
            ("01-a.md", "# A\n\n$$ x $$ {#eq-x}\n\nSee @eq-y and [@nobody2020].\n"),
            ("02-b.md", "# B\n\n$$ y $$ {#eq-x}\n\n```swift\n//| label: fig-x\n1\n```\n"),
        ])
        #expect(Self.problems(course) == [
            "Lessons/02-b.md:3:4: error: the id 'eq-x' is already given at Lessons/01-a.md:3:4",
            "Lessons/01-a.md:5:5: error: no equation with id 'eq-y' in the course",
            "Lessons/01-a.md:5:16: error: no work 'nobody2020' in Lessons/references.bib",
        ])
    }

    @Test func labelsAndIDsMustNameTheirKind() throws {
        let course = try Self.course([("01-a.md", "# A\n\n$$ x \\label{x} $$\n\n![A](a.png){#pic}\n\n$$ y $$ {#why}\n")])
        #expect(Self.problems(course) == [
            "Lessons/01-a.md:3:6: error: an equation's label starts with eq- so that @x reads as a reference (write \\label{eq-x})",
            "Lessons/01-a.md:5:1: error: an image's id names a figure and starts with fig- (not 'pic')",
            "Lessons/01-a.md:7:3: error: a formula's id names an equation and starts with eq- (not 'why')",
            "Lessons/01-a.md:5:6: error: no file 'a.png' in the lessons folder (the image would be missing)",
        ])
    }

    @Test func anAtSignThatIsNotACitationIsLeftAlone() throws {
        let course = try Self.course([("01-a.md", "# A\n\nWrite to a@b.org; `@MainActor` is code.\n\n```swift\n@MainActor func f() {}\n```\n")], bib: nil)
        #expect(Self.problems(course).isEmpty)
    }

    @Test func aCitationWithoutABibliographySaysWhatToDo() throws {
        let course = try Self.course([("01-a.md", "# A\n\nAs @lipton2014 show.\n")], bib: nil)
        #expect(Self.problems(course) == [
            "Lessons/01-a.md:3:4: error: '@lipton2014' cites a work, but the course has no bibliography (add references.bib to the lessons folder, or write \\@ for an at sign)",
        ])
    }

    @Test func aMalformedBibliographyIsAnErrorAtItsLine() throws {
        let course = try Self.course([("01-a.md", "# A\n\nAs @zhang2004 show.\n")], bib: Self.bib + "\n@book{broken,\n  title = {Open\n}\n")
        #expect(Self.problems(course) == ["Lessons/references.bib:6:6: error: entry 'broken' is never closed: '}' missing"])
    }

    static func withFile(_ course: Course, _ path: String) -> Course {
        var course = course
        course.files.append(CourseFile(path: "Lessons/" + path, relativePath: path, contents: []))
        return course
    }
}
