import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program started in a process group of its own, so that stopping it
/// stops everything it started; its output goes to files the caller opened.
struct ChildProcess {
    let pid: pid_t

    /// How a child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed by us after its deadline.
        case timedOut
    }

    /// File descriptors the child gets as 0, 1, 2 and, optionally, 3.
    struct Descriptors {
        var input: Int32
        var output: Int32
        var error: Int32
        var events: Int32?
    }

    /// Starts `executable` in `directory` with exactly `environment`.
    static func start(
        _ executable: String, arguments: [String], environment: [String: String],
        directory: String, descriptors: Descriptors
    ) throws(ExecutionFailure) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptors.input, 0)
        posix_spawn_file_actions_adddup2(&actions, descriptors.output, 1)
        posix_spawn_file_actions_adddup2(&actions, descriptors.error, 2)
        if let events = descriptors.events { posix_spawn_file_actions_adddup2(&actions, events, 3) }
        guard let addChdir = Self.addChdir, addChdir(&actions, directory) == 0 else {
            throw ExecutionFailure("cannot set the working directory of a child process")
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGXFSZ] { sigaddset(&defaults, signal) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw ExecutionFailure("cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid)
    }

    /// Waits for the child, calling `poll` every few milliseconds; when `poll`
    /// returns true the whole process group is killed.
    func wait(killWhen poll: () -> Bool) -> Ending {
        var status: Int32 = 0
        var killed = false
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1, errno != EINTR { return .exited(-1) }
            if !killed, poll() {
                kill(-pid, SIGKILL)
                killed = true
            }
            if result == 0 { usleep(2_000) }
        }
        // The group may outlive its leader (a cell's own child processes).
        kill(-pid, SIGKILL)
        if killed { return .timedOut }
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff) }
        return .signalled(status & 0x7f)
    }

    private typealias AddChdir = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np`, which Swift's Glibc
    /// module does not declare.
    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
            return nil
        }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()
}

/// The machinery of running cells failed (not a cell): no compiler, no disk space.
public struct ExecutionFailure: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
