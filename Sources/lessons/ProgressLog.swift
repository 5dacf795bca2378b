import Foundation
import Notebook

#if canImport(Glibc)
import Glibc
#endif

/// Messages on standard error: diagnostics always, progress on a terminal
/// (or with `--verbose`).
final class ProgressLog: Sendable {
    /// One line at a time, from whichever thread finished a lesson.
    private let writing = Shared(())
    let showsProgress: Bool

    init(verbose: Bool) {
        showsProgress = verbose || isatty(2) == 1
    }

    /// A log that shows progress only if told to (`lessons serve` rebuilds quietly).
    init(showingProgress: Bool) {
        showsProgress = showingProgress
    }

    /// A line of progress (`[3/7] 03-x.md`).
    func progress(_ message: String) {
        guard showsProgress else { return }
        write(message)
    }

    /// A summary a user wants to see on a terminal.
    func info(_ message: String) {
        progress(message)
    }

    func error(_ message: String) {
        write(message)
    }

    /// Prints what went wrong, in the compiler's format where there is a place.
    func report(_ failure: Error) {
        switch failure {
        case let errors as LessonErrors:
            for diagnostic in errors.diagnostics { error(diagnostic.description) }
        case let diagnostic as Diagnostic:
            error(diagnostic.description)
        default:
            error("error: \(failure)")
        }
    }

    private func write(_ line: String) {
        writing.update { _ in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
