import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a tool (the compiler) to its end and collects what it wrote.
struct ToolRun {
    var status: ChildProcess.Ending
    /// Standard output and standard error, together.
    var output: String

    static func run(
        _ executable: String, arguments: [String], directory: String = FileManager.default.currentDirectoryPath,
        environment: [String: String] = ProcessInfo.processInfo.environment, timeout: Double
    ) throws(ExecutionFailure) -> ToolRun {
        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessons-tool-\(getpid())-\(UUID().uuidString).log").path
        let fd = open(log, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ExecutionFailure("cannot create \(log)") }
        let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer {
            close(fd)
            close(null)
            unlink(log)
        }
        let child = try ChildProcess.start(
            executable, arguments: arguments, environment: environment, directory: directory,
            descriptors: .init(input: null, output: fd, error: fd, events: nil))
        let deadline = Date().addingTimeInterval(timeout)
        let ending = child.wait { Date() > deadline }
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return ToolRun(status: ending, output: text)
    }
}
