import CellChannel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The limits a lesson's program runs under: the defaults, raised by what
/// the lesson's front matter and cells ask for (``ResourceRequest``).
enum LessonLimits {
    static func of(_ lesson: Lesson) -> ProcessLimits {
        let evaluated = lesson.cells.filter(\.options.eval)
        let request = evaluated.reduce(lesson.frontMatter.resources) { $0.raised(by: $1.options.resources) }
        let defaults = ResourceRequest.defaults
        // Processor time: twice the cells' timeouts (two busy threads), and a minute outside them.
        let seconds = evaluated.reduce(0) { $0 + $1.options.timeout }
        return ProcessLimits(
            memory: max(defaults.memory, request.memory ?? 0),
            processes: max(defaults.processes, request.processes ?? 0),
            cpuSeconds: Int(min(2 * seconds + 60, 1e9)),
            fileSize: max(defaults.scratch, request.scratch ?? 0))
    }

    /// The limits as a run applies them. Linux counts `RLIMIT_NPROC`
    /// against all the user's processes; inside a sandbox (a user namespace
    /// of its own) those are the program's alone, but without one the
    /// user's other processes count too, so they are added.
    static func forRun(_ limits: ProcessLimits, sandboxed: Bool) -> ProcessLimits {
        guard !sandboxed, getuid() != 0 else { return limits }
        var run = limits
        run.processes += tasksOfCurrentUser()
        return run
    }

    /// Threads of all the user's processes, from `/proc/*/status`.
    static func tasksOfCurrentUser() -> Int {
        let uid = String(getuid())
        var count = 0
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where name.first?.isNumber == true {
            guard let status = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8) else { continue }
            var owned = false
            var threads = 1
            for line in status.split(separator: "\n") {
                if line.hasPrefix("Uid:") { owned = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first.map(String.init) == uid }
                if line.hasPrefix("Threads:"), let n = Int(line.dropFirst("Threads:".count).trimming(" \t")) { threads = n }
            }
            if owned { count += threads }
        }
        return count
    }
}
