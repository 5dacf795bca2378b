import CellChannel

/// What happened to one cell, and what it showed, in the order it happened.
public struct CellResult: Sendable, Equatable, Codable {
    /// How a cell ended.
    public enum Status: String, Sendable, Equatable, Codable {
        /// Ran to its end.
        case succeeded
        /// An `expect-error` cell that failed, as it should.
        case failedAsExpected
        /// Failed unexpectedly: a compile error, a trap, a timeout, or an `expect-error` cell that succeeded.
        case failed
        /// Not run because an earlier cell failed.
        case notRun
        /// `eval: false`.
        case skipped
    }

    public var index: Int
    public var status: Status
    public var outputs: [CellOutput]

    public init(index: Int, status: Status, outputs: [CellOutput]) {
        self.index = index
        self.status = status
        self.outputs = outputs
    }

    /// Whether this result should stop the build (unless `--keep-going`).
    public var isUnexpectedFailure: Bool { status == .failed }
}

/// One thing a cell showed.
public enum CellOutput: Sendable, Equatable, Codable {
    /// Printed to standard output.
    case text(String)
    /// Passed to `show`, or the value of the cell's last expression.
    case display(Display)
    /// A compile error, a trap or a timeout.
    case error(CellError)
    /// Something the reader should know about the output itself (it was cut, say).
    case note(String)
}

/// An error located in a cell, kept relative to the cell so that editing the
/// prose around it does not stale a cached result.
public struct CellError: Sendable, Equatable, Codable {
    /// 0 for the cell's first line of code; nil when the error belongs to the whole cell.
    public var lineOffset: Int?
    public var column: Int?
    public var message: String

    public init(lineOffset: Int?, column: Int?, message: String) {
        self.lineOffset = lineOffset
        self.column = column
        self.message = message
    }

    /// The error in the compiler's format, at the cell's place in the lesson.
    public func diagnostic(path: String, cell: Cell) -> Diagnostic {
        Diagnostic(
            path: path, line: cell.firstLine + (lineOffset ?? 0),
            column: lineOffset == nil ? nil : column, message: message)
    }
}

/// Everything one lesson's cells produced.
public struct LessonRun: Sendable, Equatable {
    /// One result per cell, by cell index.
    public var results: [CellResult]
    /// Whether this came from the execution cache rather than a fresh run.
    public var fromCache: Bool

    public init(results: [CellResult], fromCache: Bool) {
        self.results = results
        self.fromCache = fromCache
    }

    /// Results for a lesson none of whose cells ran (no engine, or `eval: false`).
    public static func notExecuted(_ lesson: Lesson) -> LessonRun {
        LessonRun(
            results: lesson.cells.map { CellResult(index: $0.index, status: .skipped, outputs: []) },
            fromCache: false)
    }

    /// The unexpected errors, located in the lesson, for stderr.
    public func diagnostics(for lesson: Lesson) -> [Diagnostic] {
        let cells = lesson.cells
        var diagnostics: [Diagnostic] = []
        for result in results where result.isUnexpectedFailure && cells.indices.contains(result.index) {
            for case .error(let error) in result.outputs {
                diagnostics.append(error.diagnostic(path: lesson.source.path, cell: cells[result.index]))
            }
        }
        return diagnostics
    }
}
