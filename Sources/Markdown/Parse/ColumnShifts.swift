/// Where a pass before cmark made a line shorter, so that cmark's columns can
/// be turned back into the file's.
struct ColumnShifts: Sendable {
    /// By line: from this (rewritten) column on, add `delta` to get the file's column.
    private var shifts: [Int: (from: Int, delta: Int)] = [:]

    mutating func record(line: Int, from column: Int, delta: Int) {
        shifts[line] = (column, delta)
    }

    func original(_ position: SourcePosition) -> SourcePosition {
        guard let shift = shifts[position.line], position.column >= shift.from else { return position }
        return SourcePosition(line: position.line, column: position.column + shift.delta)
    }

    func original(_ range: SourceRange) -> SourceRange {
        SourceRange(start: original(range.start), end: original(range.end))
    }
}
