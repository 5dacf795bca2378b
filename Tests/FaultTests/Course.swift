import Foundation
@testable import Notebook

#if canImport(Glibc)
import Glibc
#endif

/// A project folder for a hostile course: `Lessons/` from fixtures, a
/// temporary folder of its own for the builder (so the test can see what it
/// leaves there), and the `lessons` tool run inside it.
final class Course {
    static let tool = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("lessons").path
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// Whether bubblewrap can make a sandbox on this machine.
    static let sandboxed = Sandbox.find(environment: ProcessInfo.processInfo.environment, processes: ChildProcesses()).bubblewrap != nil

    let root: String
    var lessons: String { root + "/Lessons" }
    /// The builder's `TMPDIR`.
    var temporary: String { root + "/tmp" }

    /// A course whose lessons are the fixtures named, with `replacing` applied to their text.
    init(_ fixtures: [String] = [], replacing: [String: String] = [:], in parent: String = FileManager.default.temporaryDirectory.path) throws {
        root = parent + "/lessons-fault-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        for name in fixtures {
            var text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
            for (placeholder, value) in replacing { text = text.replacingOccurrences(of: placeholder, with: value) }
            try write("Lessons/" + name, text)
        }
    }

    deinit { WorkArea.removeTree(root) }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    /// What the builder left in its temporary folder.
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).sorted()
    }

    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The environment the tool runs with: this test's, its own `TMPDIR`, and `changes` (nil removes).
    func environment(_ changes: [String: String?]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary
        for (key, value) in changes { environment[key] = value }
        return environment
    }

    /// Runs `command` (the tool unless given) to its end.
    func run(_ arguments: [String], environment changes: [String: String?] = [:], command: [String] = [Course.tool]) throws -> Outcome {
        let running = try start(arguments, environment: changes, command: command)
        let status = running.wait()
        return Outcome(status: status, output: read("out.txt") ?? "", errors: read("err.txt") ?? "")
    }

    /// Starts the tool in a process group of its own (as a shell starts a
    /// foreground job), its output to `out.txt` and `err.txt`.
    func start(_ arguments: [String], environment changes: [String: String?] = [:], command: [String] = [Course.tool]) throws -> Running {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, root + "/out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, root + "/err.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        let addChdir = unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np")!, to: AddChdir.self)
        _ = addChdir(&actions, root)
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = environment(changes).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return Running(pid: pid)
    }

    /// A started command.
    struct Running {
        let pid: pid_t

        /// Its exit status (128 + the signal when killed, as a shell says).
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }
}

/// The processes on this machine whose command line contains `marker`.
func processes(containing marker: String) -> [pid_t] {
    var found: [pid_t] = []
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = pid_t(name), pid != getpid(),
              let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { continue }
        let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        if words.contains(where: { $0.contains(marker) }) { found.append(pid) }
    }
    return found
}

/// Polls `condition` every 20 ms for at most `seconds`; whether it came true.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// A marker no other process on the machine has: a number of seconds for `sleep`.
func uniqueMarker() -> String {
    "4242.\(UInt32.random(in: 100_000...999_999))"
}
