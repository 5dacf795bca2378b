import CellChannel

/// The compiler's errors about a lesson program, sorted into the cells they belong to.
struct CompileErrors {
    /// Errors by cell index, positions relative to the cell.
    var byCell: [Int: [CellError]] = [:]
    /// Errors outside every cell: a bug in the generated code, or in the runtime library.
    var elsewhere: [String] = []

    var isEmpty: Bool { byCell.isEmpty && elsewhere.isEmpty }

    init() {}

    /// Reads `file:line:col: error: message` lines (`-diagnostic-style llvm`).
    init(output: String, path: String, program: LessonProgram) {
        for line in output.split(separator: "\n") {
            guard let marker = line.range(of: ": error: ") else { continue }
            let message = TerminalEscapes.neutralised(String(line[marker.upperBound...]))
            let location = line[..<marker.lowerBound]
            let parts = location.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 3, let lineNumber = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]),
                  parts.dropLast(2).joined(separator: ":") == path,
                  let (placement, offset) = program.placement(forLine: lineNumber) else {
                elsewhere.append(TerminalEscapes.neutralised(String(line)))
                continue
            }
            var fixed = column
            if let display = placement.display, display.line == offset, column > display.column {
                fixed -= LessonProgram.displayOpening.utf8.count
            }
            byCell[placement.cell.index, default: []].append(
                CellError(lineOffset: offset, column: fixed, message: message))
        }
    }
}
