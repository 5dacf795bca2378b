import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a tool (the compiler) to its end and collects what it wrote.
struct ToolRun {
    var status: ChildProcess.Ending
    /// Whether it ran past its time and was stopped.
    var timedOut: Bool
    /// Standard output and standard error, together (at most `outputLimit` bytes of it).
    var output: String

    static let outputLimit = 4 << 20

    static func run(
        _ executable: String, arguments: [String], directory: String = FileManager.default.currentDirectoryPath,
        environment: [String: String] = ProcessInfo.processInfo.environment, timeout: Double,
        processes: ChildProcesses
    ) throws(ExecutionFailure) -> ToolRun {
        let output = try Descriptors.pipe()
        let null = try Descriptors.null()
        defer {
            close(output.read)
            close(null)
        }
        let child: ChildProcess
        do {
            defer { close(output.write) }
            child = try ChildProcess.start(
                executable, arguments: arguments, environment: environment, directory: directory,
                descriptors: .init(input: null, output: output.write, error: output.write, events: nil),
                registry: processes)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var timedOut = false
        var ending: ChildProcess.Ending?
        var open = true
        // Until the tool has ended and its output is closed (a tool's own
        // children may hold it a moment longer; not more than a second).
        var closingBy = Date.distantFuture
        while true {
            if open {
                Descriptors.wait(for: [output.read], milliseconds: 20)
                let reading = Descriptors.drain(output.read, buffer: &buffer) { chunk in
                    collected += chunk.prefix(max(0, outputLimit - collected.count))
                }
                if reading != .data, reading != .empty { open = false }
            } else {
                usleep(20_000)
            }
            if ending == nil, let ended = child.poll() {
                ending = ended
                closingBy = Date().addingTimeInterval(1)
            }
            if ending != nil, !open || Date() > closingBy { break }
            if ending == nil, !timedOut, Date() > deadline {
                child.killGroup()
                timedOut = true
            }
        }
        return ToolRun(status: ending!, timedOut: timedOut, output: String(decoding: collected, as: UTF8.self))
    }
}
