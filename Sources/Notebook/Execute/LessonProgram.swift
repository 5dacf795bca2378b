/// The Swift program that runs a lesson: every cell that runs, in order, at
/// top level so that they share declarations, each preceded by
/// `#sourceLocation` so that the compiler speaks of the Markdown file.
///
/// A cell's `import`s move to the top of the program (at their own lines
/// still): an import is only valid at file scope, and an `expect-error`
/// cell's code runs inside a block.
struct LessonProgram {
    /// A cell's place in the program.
    struct Placement {
        var cell: Cell
        var lineCount: Int
        /// Where `_display(` was inserted (line within the cell, UTF-8 column from 1), if anywhere.
        var display: (line: Int, column: Int)?
    }

    var source: String
    var placements: [Placement]

    /// What the generated code inserts before a cell's last expression.
    static let displayOpening = "_display("

    init(cells: [Cell], path: String) {
        let file = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        var imports = ""
        var body = ""
        var placements: [Placement] = []
        for cell in cells where cell.options.eval {
            let (rest, hoisted) = Imports.hoisting(cell.code)
            for (line, text) in hoisted {
                imports += "#sourceLocation(file: \"\(file)\", line: \(cell.firstLine + line))\n\(text)\n#sourceLocation()\n"
            }
            let (code, display) = Self.wrappingLastExpression(rest)
            let location = "#sourceLocation(file: \"\(file)\", line: \(cell.firstLine))\n"
            let i = cell.index
            if cell.options.expectError {
                body += "if _LessonRuntime.enterExpectedFailure(cell: \(i)) {\n" + location + code
                    + "#sourceLocation()\n_LessonRuntime.leaveExpectedFailure(cell: \(i))\n}\n"
            } else {
                body += "_LessonRuntime.begin(cell: \(i))\n" + location + code
                    + "#sourceLocation()\n_LessonRuntime.end(cell: \(i))\n"
            }
            let lineCount = cell.code.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            placements.append(Placement(cell: cell, lineCount: max(1, lineCount), display: display))
        }
        self.source = "import LessonKit\n" + imports + "_LessonRuntime.start()\n" + body + "_LessonRuntime.finish()\n"
        self.placements = placements
    }

    /// The cell's code with its last expression wrapped in `_display(…)`.
    static func wrappingLastExpression(_ code: String) -> (String, (line: Int, column: Int)?) {
        guard let range = LastExpression.range(in: code) else { return (code, nil) }
        let bytes = Array(code.utf8)
        let before = bytes[..<range.lowerBound]
        let line = before.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let wrapped = String(decoding: before, as: UTF8.self) + displayOpening
            + String(decoding: bytes[range], as: UTF8.self) + ")"
            + String(decoding: bytes[range.upperBound...], as: UTF8.self)
        return (wrapped, (line, range.lowerBound - lineStart + 1))
    }

    /// The cell (and line within it) that a Markdown line belongs to.
    func placement(forLine line: Int) -> (placement: Placement, lineOffset: Int)? {
        for placement in placements {
            let offset = line - placement.cell.firstLine
            if offset >= 0, offset < placement.lineCount { return (placement, offset) }
        }
        return nil
    }
}
