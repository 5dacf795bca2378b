import Markdown
@testable import Notebook
import Testing

@Suite struct ProgramTests {
    @Test(arguments: [
        ("let x = 1\nx * 2\n", "let x = 1\n_display(x * 2)\n"),
        ("x = 3\n", "x = 3\n"),
        ("x += 1\n", "x += 1\n"),
        ("_ = f()\n", "_ = f()\n"),
        ("let y = 2\n", "let y = 2\n"),
        ("print(\"a\")  // trailing\n", "_display(print(\"a\"))  // trailing\n"),
        ("if a { b } else { c }\n", "if a { b } else { c }\n"),
        ("a == b\n", "_display(a == b)\n"),
        ("func f() {}\n", "func f() {}\n"),
        ("", ""),
    ])
    func theLastExpressionIsWrapped(_ code: String, _ expected: String) {
        #expect(LessonProgram.wrappingLastExpression(code).0 == expected)
    }

    func cell(_ index: Int, _ code: String, line: Int, _ configure: (inout CellOptions) -> Void = { _ in }) -> Cell {
        var options = CellOptions()
        configure(&options)
        let range = SourceRange(start: .init(line: line - 1, column: 1), end: .init(line: line + 2, column: 3))
        return Cell(index: index, code: code, options: options, firstLine: line, range: range)
    }

    @Test func theProgramPlacesEveryCellAtItsMarkdownLine() {
        let program = LessonProgram(cells: [
            cell(0, "let a = 1\na\n", line: 5),
            cell(1, "skipped\n", line: 10) { $0.eval = false },
            cell(2, "a[9]\n", line: 14) { $0.expectError = true },
        ], path: "Lessons/x \"y\".md")
        #expect(program.source == """
            import LessonKit
            _LessonRuntime.start()
            _LessonRuntime.begin(cell: 0)
            #sourceLocation(file: "Lessons/x \\"y\\".md", line: 5)
            let a = 1
            _display(a)
            #sourceLocation()
            _LessonRuntime.end(cell: 0)
            if _LessonRuntime.enterExpectedFailure(cell: 2) {
            #sourceLocation(file: "Lessons/x \\"y\\".md", line: 14)
            _display(a[9])
            #sourceLocation()
            _LessonRuntime.leaveExpectedFailure(cell: 2)
            }
            _LessonRuntime.finish()

            """)
        #expect(program.placements.map(\.cell.index) == [0, 2])
        #expect(program.placement(forLine: 6)?.lineOffset == 1)
        #expect(program.placement(forLine: 8) == nil)
        #expect(program.placement(forLine: 14)?.placement.cell.index == 2)
    }

    @Test func compileErrorsLandInTheirCellWithTheAuthorsColumn() {
        let program = LessonProgram(cells: [cell(0, "let a = 1\na + nope\n", line: 5)], path: "L/x.md")
        let output = """
            L/x.md:6:14: error: cannot find 'nope' in scope
            L/x.md:6:14: note: something
            main.swift:3:1: error: generated code
            other.swift:1:1: warning: ignored
            """
        let errors = CompileErrors(output: output, path: "L/x.md", program: program)
        #expect(errors.byCell[0] == [CellError(lineOffset: 1, column: 5, message: "cannot find 'nope' in scope")])
        #expect(errors.elsewhere == ["main.swift:3:1: error: generated code"])
    }

    /// An import is valid only at file scope; an expect-error cell runs inside a block.
    @Test func importsMoveToTheTopAtTheirOwnLineAndColumn() {
        let program = LessonProgram(cells: [
            cell(0, "print(1)\n", line: 3),
            cell(1, "  import Glibc\nlet n = getpid()\n", line: 8) { $0.expectError = true },
        ], path: "L/x.md")
        #expect(program.source == """
            import LessonKit
            #sourceLocation(file: "L/x.md", line: 8)
              import Glibc
            #sourceLocation()
            _LessonRuntime.start()
            _LessonRuntime.begin(cell: 0)
            #sourceLocation(file: "L/x.md", line: 3)
            _display(print(1))
            #sourceLocation()
            _LessonRuntime.end(cell: 0)
            if _LessonRuntime.enterExpectedFailure(cell: 1) {
            #sourceLocation(file: "L/x.md", line: 8)
            \("              ")
            let n = getpid()
            #sourceLocation()
            _LessonRuntime.leaveExpectedFailure(cell: 1)
            }
            _LessonRuntime.finish()

            """)
    }

    @Test(arguments: [
        ("L/x.md:7: Fatal error: boom\n", 7, "Fatal error: boom"),
        ("Swift/Array.swift:600: Fatal error: Index out of range\n", nil, "Fatal error: Index out of range"),
        ("first\nL/x.md:3: Precondition failed: p\n", 3, "Precondition failed: p"),
        ("Fatal error: no location", nil, "Fatal error: no location"),
        ("LessonProgram/x.md:9: Fatal error: by file id\n", 9, "Fatal error: by file id"),
        ("just text\n", nil, "just text"),
    ] as [(String, Int?, String)])
    func runtimeMessagesAreParsed(_ text: String, _ line: Int?, _ message: String) {
        let parsed = RuntimeMessage.parse(text, path: "L/x.md")
        #expect(parsed.line == line)
        #expect(parsed.message == message)
    }
}
