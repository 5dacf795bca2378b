import Markdown
import Notebook
import Testing

@Suite struct SplitTests {
    func lesson(_ text: String) throws(LessonErrors) -> Lesson {
        try LessonSplitter.lesson(from: LessonSource(path: "Lessons/01-x.md", text: text))
    }

    @Test func titleComesFromTheFirstHeadingAndIsTakenOutOfTheBody() throws {
        let l = try lesson("# Soft *precision*\n\nA first paragraph.\n\n## Part\n")
        #expect(l.title == "Soft precision")
        #expect(l.titleHeading != nil)
        #expect(l.summary == "A first paragraph.")
        #expect(l.blocks.count == 2)
    }

    @Test func frontMatterTitleWinsAndLinesStayTrue() throws {
        let l = try lesson("---\ntitle: T\nsummary: S\n---\n# Heading\n\n```swift\nlet x = 1\n```\n")
        #expect(l.title == "T" && l.summary == "S" && l.titleHeading == nil)
        #expect(l.cells.count == 1)
        #expect(l.cells[0].firstLine == 8)
    }

    @Test func aLessonWithOnlyFrontMatterIsEmptyButValid() throws {
        let l = try lesson("---\ntitle: Only\n---\n")
        #expect(l.title == "Only" && l.blocks.isEmpty && l.cells.isEmpty)
    }

    @Test func cellsReadTheirOptions() throws {
        let l = try lesson("```swift\n//| echo: false\n//| output: false\n//| eval: false\n//| expect-error: true\n//| timeout: 2.5\nx\n```\n\n```python\nnot a cell\n```\n")
        #expect(l.cells.count == 1)
        let cell = l.cells[0]
        #expect(cell.code == "x\n")
        #expect(cell.firstLine == 7)
        var expected = CellOptions()
        expected.echo = false
        expected.output = false
        expected.eval = false
        expected.expectError = true
        expected.timeout = 2.5
        #expect(cell.options == expected)
    }

    @Test(arguments: [
        ("```swift\n//| echo: maybe\n```\n", 2, 5, "option 'echo' takes true or false, not 'maybe'"),
        ("```swift\n//| timeout: -1\n```\n", 2, 5, "option 'timeout' takes a positive number of seconds, not '-1'"),
        ("Intro\n\n```swift\n  //| nope\n```\n", 4, 3, "cell option must read '//| key: value'"),
    ])
    func badOptionsAreErrorsAtTheirLine(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try lesson(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics == [Diagnostic(path: "Lessons/01-x.md", line: line, column: column, message: message)])
        }
    }

    @Test func swiftInsideAListIsCodeNotACell() throws {
        let l = try lesson("- step\n\n  ```swift\n  let x = 1\n  ```\n")
        #expect(l.cells.isEmpty)
    }

    @Test func exercisesGroupTaskAndSolutionEvenWithoutBlankLines() throws {
        let l = try lesson("Intro\n\n::: exercise Compute it\nDo this.\n\n```swift\nlet a = 1\n```\n::: solution\nLike so.\n\n```swift\na + 1\n```\n\n:::\n\nAfter.\n")
        #expect(l.blocks.count == 3)
        guard case .exercise(let exercise) = l.blocks[1] else { Issue.record("no exercise"); return }
        #expect(exercise.title == "Compute it")
        #expect(exercise.line == 3)
        #expect(exercise.blocks.count == 2)
        #expect(exercise.solution.count == 2)
        #expect(l.cells.map(\.index) == [0, 1])
    }

    @Test(arguments: [
        ("::: exercise\nTask\n", 1, "'::: exercise' is never closed with ':::'"),
        ("Text\n\n:::\n", 3, "':::' closes nothing"),
        ("::: solution\n", 1, "'::: solution' outside an exercise"),
        ("::: exercise\n\n::: exercise\n\n:::\n", 3, "an exercise cannot stand inside another block; close the one at line 1 with ':::' first"),
    ])
    func malformedExercises(_ text: String, _ line: Int, _ message: String) {
        do {
            _ = try lesson(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics == [Diagnostic(path: "Lessons/01-x.md", line: line, column: 1, message: message)])
        }
    }

    @Test func unclosedMathIsAnErrorWithItsLine() {
        do {
            _ = try lesson("---\ntitle: x\n---\nText $$ x\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.line == 4)
            #expect(error.diagnostics.first?.column == 6)
        }
    }
}
