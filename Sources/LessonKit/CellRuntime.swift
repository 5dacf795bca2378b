import CellChannel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The cell runtime: what the generated lesson program calls around and
/// inside cells. Not for authors; its names start with `_` for that reason.
public enum _LessonRuntime {
    /// The event channel the builder opened, if it did (otherwise `show` just prints).
    static let channel: EventChannel? = EventChannel.connect()

    /// Prepares the process before the first cell: line-buffered output, so a
    /// trap loses no whole line; the builder's limits; and a keeper that stops
    /// whatever the cells start when the program ends (``ProcessKeeper``).
    public static func start() {
        StandardStreams.bufferOutputByLine()
        guard let channel else { return }
        // Past the file-size limit a write fails with EFBIG instead of killing the program.
        signal(SIGXFSZ, SIG_IGN)
        ProcessKeeper.apply(channel.limits)
        ProcessKeeper.split(reportingTo: channel)
    }

    /// Marks the start of cell `cell`.
    public static func begin(cell: Int) {
        emit(.begin(cell: cell))
    }

    /// Marks the end of cell `cell`.
    public static func end(cell: Int) {
        emit(.end(cell: cell))
    }

    /// Marks the end of the program, after its last cell.
    public static func finish() {
        emit(.finished)
    }

    /// Sends a display to the builder, or prints it when there is none. A
    /// display too large to draw stops the cell, with what is too large.
    static func send(_ display: Display) {
        if let problem = display.sizeProblem { fatalError("cannot show this: \(problem)") }
        guard channel != nil else {
            print(TextForm.text(of: display))
            return
        }
        emit(.display(display))
    }

    /// The descriptor the forked copy of an `expect-error` cell reports success on.
    nonisolated(unsafe) private static var successReport: Int32 = -1

    /// Runs an `expect-error` cell in a forked copy of the program, so that its
    /// failure — even a trap — does not end the lesson. Returns true in the
    /// copy (which then runs the cell) and false in the original, after the
    /// copy has ended and its outcome has been reported. A copy that calls
    /// `exit` ends the whole program the same way: `exit` ends a lesson
    /// wherever it is called.
    public static func enterExpectedFailure(cell: Int) -> Bool {
        begin(cell: cell)
        StandardStreams.flush()
        var report: [Int32] = [-1, -1]
        guard pipe(&report) == 0 else { EventChannel.fail("could not run an expect-error cell (no pipe)") }
        let child = fork()
        if child == 0 {
            close(report[0])
            successReport = report[1]
            return true
        }
        close(report[1])
        // Non-blocking: a process the cell started may still hold the other end.
        _ = fcntl(report[0], F_SETFL, O_NONBLOCK)
        guard child > 0 else { EventChannel.fail("could not run an expect-error cell (fork failed)") }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        var byte: UInt8 = 0
        let succeeded = read(report[0], &byte, 1) == 1
        close(report[0])
        let signal = status & 0x7f
        if signal != 0 {
            emit(.failedAsExpected(cell: cell, signal: signal))
        } else if succeeded, (status >> 8) & 0xff == 0 {
            emit(.succeededUnexpectedly(cell: cell))
        } else {
            _exit((status >> 8) & 0xff)
        }
        return false
    }

    /// Ends the forked copy of an `expect-error` cell that ran without failing.
    public static func leaveExpectedFailure(cell: Int) -> Never {
        StandardStreams.flush()
        var byte: UInt8 = 1
        _ = write(successReport, &byte, 1)
        _exit(0)
    }

    private static func emit(_ event: CellEvent) {
        guard let channel else { return }
        StandardStreams.flush()
        channel.send(event)
    }
}

/// Shows the value of a cell's last expression; the generated program wraps that expression in it.
public func _display<T>(_ value: T) {
    show(value)
}

/// A last expression of type `Void` (`print(…)`, `x.backward()`) shows nothing.
public func _display(_ value: Void) {}

/// A last expression of type `Void?` (`optionalVar?.backward()`) shows nothing either.
public func _display(_ value: Void?) {}
