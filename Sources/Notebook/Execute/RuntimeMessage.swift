#if canImport(Glibc)
import Glibc
#endif

/// What the Swift runtime says when a program traps:
/// `Lessons/x.md:12: Fatal error: Index out of range`.
struct RuntimeMessage {
    var line: Int?
    var message: String

    static func parse(_ text: String, path: String) -> RuntimeMessage {
        let kinds = ["Fatal error", "Precondition failed", "Assertion failed"]
        for raw in text.split(separator: "\n").reversed() {
            let line = raw.trimming(" \t")
            guard let kind = kinds.first(where: { line.contains(": \($0)") || line.hasPrefix($0) }) else { continue }
            let start = line.range(of: kind)!.lowerBound
            let location = line[..<start].dropLast(2)
            // `fatalError` names its file by `#fileID`: `<module>/<file name>`.
            var lineNumber: Int?
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if let colon = location.lastIndex(of: ":") {
                let file = location[..<colon]
                if file == path || file.hasSuffix("/" + name) || file == name {
                    lineNumber = Int(location[location.index(after: colon)...])
                }
            }
            return RuntimeMessage(line: lineNumber, message: String(line[start...]))
        }
        let lines = text.split(separator: "\n").suffix(20).joined(separator: "\n")
        return RuntimeMessage(line: nil, message: lines.trimming(" \t\n"))
    }

    /// Signals a program raises itself by what it does: traps, aborts, bad
    /// memory accesses. Any other signal came from outside the lesson.
    static func isFault(_ signal: Int32) -> Bool {
        [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS].contains(signal)
    }

    /// Why a program stopped by a signal it did not raise itself stopped.
    static func stoppedFromOutside(_ signal: Int32) -> String {
        switch signal {
        case SIGXCPU: "the program used all the processor time it may (\(signalName(signal))): raise the cells' timeouts"
        case SIGKILL: "the program was killed (\(signalName(signal))) by something outside the lesson, perhaps for lack of memory"
        default: "the program was stopped by \(signalName(signal)), which the lesson did not raise"
        }
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL, a trap"
        case SIGTRAP: "SIGTRAP, a trap"
        case SIGABRT: "SIGABRT"
        case SIGBUS: "SIGBUS"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGSEGV: "SIGSEGV, a bad memory access or a stack overflow"
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        case SIGXCPU: "SIGXCPU"
        case SIGSYS: "SIGSYS"
        default: "signal \(signal)"
        }
    }
}

/// The notes a cell's outputs may end with.
enum OutputNotes {
    static func cut(printed: Int, cap: Int) -> String {
        "Output cut: the cell printed \(byteCount(printed)); only the first \(byteCount(cap)) is shown."
    }

    static let displaysDropped =
        "The cell showed more than \(CellTranscript.maximumDisplays) values (or \(byteCount(CellTranscript.maximumDisplayBytes)) of them); the rest are not shown."

    static func byteCount(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return formatted(Double(bytes) / 1_000_000) + " MB" }
        if bytes >= 1_000 { return formatted(Double(bytes) / 1_000) + " kB" }
        return "\(bytes) bytes"
    }

    static func seconds(_ value: Double) -> String {
        formatted(value) + " s"
    }

    private static func formatted(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
