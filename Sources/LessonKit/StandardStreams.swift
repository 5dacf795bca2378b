#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The C standard streams that `print` writes through. The program is single
/// threaded where these are called (between cells), so touching C's globals is safe.
enum StandardStreams {
    /// Flushes after every line, so a cell that traps loses no whole line it printed.
    static func bufferOutputByLine() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }

    /// Writes out what `print` has buffered.
    static func flush() {
        fflush(stdout)
        fflush(stderr)
    }
}
