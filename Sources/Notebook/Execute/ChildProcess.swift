import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program started in a process group of its own, with exactly the
/// descriptors it is given (every other one is closed in it), and known to
/// the runner's ``ChildProcesses`` until it has been waited for.
struct ChildProcess {
    let pid: pid_t
    let registry: ChildProcesses

    /// How a child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
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
        directory: String, descriptors: Descriptors, registry: ChildProcesses
    ) throws(ExecutionFailure) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptors.input, 0)
        posix_spawn_file_actions_adddup2(&actions, descriptors.output, 1)
        posix_spawn_file_actions_adddup2(&actions, descriptors.error, 2)
        if let events = descriptors.events { posix_spawn_file_actions_adddup2(&actions, events, 3) }
        // Descriptors the builder inherited without close-on-exec stay out of cells.
        _ = Self.addCloseFrom?(&actions, descriptors.events == nil ? 3 : 4)
        guard let addChdir = Self.addChdir, addChdir(&actions, directory) == 0 else {
            throw ExecutionFailure("cannot set the working directory of a child process")
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGXFSZ] { sigaddset(&defaults, signal) }
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
        // Registered under the registry's lock, so an interruption either sees the child or comes before it.
        let status = registry.starting { () -> Int32 in
            let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            return status == 0 ? pid : -status
        }
        guard status > 0 else {
            throw ExecutionFailure("cannot start \(executable): \(String(cString: strerror(-status)))")
        }
        return ChildProcess(pid: pid, registry: registry)
    }

    /// How the child ended, if it has (and then it is forgotten by the registry).
    func poll() -> Ending? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else {
            if result == -1, errno != EINTR {
                registry.ended(pid)
                return .exited(-1)
            }
            return nil
        }
        // The group may outlive its leader (processes a tool started): stop them too.
        kill(-pid, SIGKILL)
        registry.ended(pid)
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff) }
        return .signalled(status & 0x7f)
    }

    /// Asks the child's process group to stop (a lesson's keeper then stops
    /// what its cells started).
    func terminateGroup() {
        kill(-pid, SIGTERM)
    }

    /// Stops the child's process group at once.
    func killGroup() {
        kill(-pid, SIGKILL)
    }

    private typealias AddChdir = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np`, which Swift's Glibc
    /// module does not declare.
    private static let addChdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np")

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34).
    private static let addCloseFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")
}

/// A C function the Glibc module does not declare, looked up by name.
func symbol<Function>(_ name: String) -> Function? {
    guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(address, to: Function.self)
}

/// The processes a runner has started and not yet waited for, so that an
/// interrupted build can stop them all: compilers, and lessons' programs
/// (whose keepers stop what the cells started).
public final class ChildProcesses: Sendable {
    private let groups = Shared(Set<pid_t>())

    public init() {}

    /// Runs `spawn` (which returns a pid, or a negative error) and remembers the child.
    func starting(_ spawn: () -> Int32) -> Int32 {
        groups.update { groups in
            let pid = spawn()
            if pid > 0 { groups.insert(pid) }
            return pid
        }
    }

    func ended(_ pid: pid_t) {
        groups.update { _ = $0.remove(pid) }
    }

    /// Asks every process group still running to stop (`SIGTERM`): a
    /// lesson's keeper then stops what its cells started, and whatever is
    /// left dies with the builder (bubblewrap and keepers watch for that).
    public func terminateAll() {
        for pid in groups.value { kill(-pid, SIGTERM) }
    }
}

/// The machinery of running cells failed (not a cell): no compiler, no disk space.
public struct ExecutionFailure: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
