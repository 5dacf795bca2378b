import CellChannel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The cell runtime: what the generated lesson program calls around and
/// inside cells. Not for authors; its names start with `_` for that reason.
public enum _LessonRuntime {
    /// The event channel the builder opened for the program.
    static let eventDescriptor: Int32 = 3

    /// Whether the program runs under the builder (otherwise `show` just prints).
    static let hasEventChannel: Bool = fcntl(eventDescriptor, F_GETFD) != -1

    /// Prepares the process: line-buffered output, so a trap loses no whole line,
    /// and a ceiling on how much a runaway cell can write.
    public static func start(outputLimit: Int) {
        StandardStreams.bufferOutputByLine()
        signal(SIGXFSZ, SIG_IGN)
        var limit = rlimit(rlim_cur: rlim_t(outputLimit), rlim_max: rlim_t(outputLimit))
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
    }

    /// Marks the start of cell `cell`; returns where its printed text starts.
    @discardableResult
    public static func begin(cell: Int) -> Int {
        let offset = outputOffset()
        emit(.begin(cell: cell, offset: offset))
        return offset
    }

    /// Marks the end of cell `cell`. Of what it printed since `start`, only the
    /// first `cap` bytes are kept, so one chatty cell cannot crowd out the rest.
    public static func end(cell: Int, start: Int, cap: Int) {
        var offset = outputOffset()
        if offset - start > cap {
            let printed = offset - start
            offset = start + cap
            ftruncate(1, off_t(offset))
            lseek(1, off_t(offset), SEEK_SET)
            emit(.outputCut(cell: cell, offset: offset, printed: printed))
        }
        emit(.end(cell: cell, offset: offset))
    }

    /// Sends a display to the builder, or prints it when there is none.
    static func send(_ display: Display) {
        guard hasEventChannel else {
            print(TextForm.text(of: display))
            return
        }
        emit(.display(offset: outputOffset(), display: display))
    }

    /// Runs an `expect-error` cell in a forked copy of the program, so that its
    /// failure — even a trap — does not end the lesson. Returns true in the
    /// copy (which then runs the cell) and false in the original, after the
    /// copy has ended and its outcome has been reported.
    public static func enterExpectedFailure(cell: Int) -> Bool {
        begin(cell: cell)
        StandardStreams.flush()
        let errorStart = lseek(2, 0, SEEK_CUR)
        let child = fork()
        if child == 0 { return true }
        guard child > 0 else {
            emit(.failedAsExpected(cell: cell, offset: outputOffset(), message: "could not fork to run the cell"))
            return false
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        let exitedNormally = (status & 0x7f) == 0
        if exitedNormally && (status >> 8) & 0xff == expectedFailureSuccessStatus {
            emit(.succeededUnexpectedly(cell: cell, offset: outputOffset()))
        } else {
            emit(.failedAsExpected(
                cell: cell, offset: outputOffset(), message: errorText(since: errorStart, status: status)))
        }
        return false
    }

    /// Ends the forked copy of an `expect-error` cell that ran without failing.
    public static func leaveExpectedFailure(cell: Int) -> Never {
        StandardStreams.flush()
        _exit(expectedFailureSuccessStatus)
    }

    static let expectedFailureSuccessStatus: Int32 = 86

    /// What the forked copy wrote to standard error, or how it ended.
    private static func errorText(since start: off_t, status: Int32) -> String {
        let end = lseek(2, 0, SEEK_END)
        var text = ""
        if start >= 0, end > start {
            var buffer = [UInt8](repeating: 0, count: Int(min(end - start, 64 * 1024)))
            let count = pread(2, &buffer, buffer.count, start)
            if count > 0 { text = String(decoding: buffer[..<count], as: UTF8.self) }
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { return trimmed }
        if (status & 0x7f) != 0 { return "the cell crashed (signal \(status & 0x7f))" }
        return "the cell exited with status \((status >> 8) & 0xff)"
    }

    /// How far standard output has grown, after flushing what is buffered.
    static func outputOffset() -> Int {
        StandardStreams.flush()
        return Int(max(0, lseek(1, 0, SEEK_CUR)))
    }

    private static func emit(_ event: CellEvent) {
        guard hasEventChannel else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard var data = try? encoder.encode(event) else { return }
        data.append(UInt8(ascii: "\n"))
        data.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let n = write(eventDescriptor, bytes.baseAddress! + written, bytes.count - written)
                if n <= 0 { if errno == EINTR { continue } else { return } }
                written += n
            }
        }
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
