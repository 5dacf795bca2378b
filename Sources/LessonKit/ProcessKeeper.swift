#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import CellChannel

/// What makes sure no process a cell started outlives the lesson's program,
/// with or without a sandbox around it.
///
/// At start-up the program splits in two. The child runs the cells. The
/// parent, the keeper, adopts every process the cells leave behind
/// (`PR_SET_CHILD_SUBREAPER`, so even a `fork` + `setsid` daemon stays its
/// descendant) and, when the child ends or the site builder goes away
/// (`PR_SET_PDEATHSIG`) or asks it to stop (`SIGTERM`), kills them all and
/// exits the way the child did.
enum ProcessKeeper {
    /// Applies the builder's limits to this process and all it will start.
    static func apply(_ limits: ProcessLimits) {
        set(resource: 9, to: limits.memory)  // RLIMIT_AS
        set(resource: 6, to: limits.processes)  // RLIMIT_NPROC
        set(resource: 1, to: limits.fileSize)  // RLIMIT_FSIZE
        set(resource: 4, to: 0)  // RLIMIT_CORE: a crash leaves no core file in the lesson's folder
        // SIGXCPU at the limit, SIGKILL a little later if it is ignored.
        var cpu = rlimit(rlim_cur: rlim_t(limits.cpuSeconds), rlim_max: rlim_t(limits.cpuSeconds + 5))
        setrlimit(__rlimit_resource_t(0), &cpu)
    }

    private static func set(resource: Int32, to value: Int) {
        var limit = rlimit(rlim_cur: rlim_t(max(0, value)), rlim_max: rlim_t(max(0, value)))
        setrlimit(__rlimit_resource_t(resource), &limit)
    }

    /// Splits the process; returns in the child, which runs the cells. The
    /// keeper never returns.
    static func split(reportingTo channel: EventChannel) {
        let prctl = Self.prctl
        _ = prctl?(36, 1, 0, 0, 0)  // PR_SET_CHILD_SUBREAPER
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGCHLD, SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, signal) }
        var previous = sigset_t()
        sigprocmask(SIG_BLOCK, &signals, &previous)
        let builder = getppid()
        _ = prctl?(1, UInt(SIGTERM), 0, 0, 0)  // PR_SET_PDEATHSIG
        if getppid() != builder { _exit(71) }  // the builder is already gone

        let keeper = getpid()
        let child = fork()
        if child == 0 {
            _ = prctl?(1, UInt(SIGKILL), 0, 0, 0)
            if getppid() != keeper { _exit(71) }
            sigprocmask(SIG_SETMASK, &previous, nil)
            return
        }
        guard child > 0 else { EventChannel.fail("could not start the lesson's program (fork failed)") }
        keep(child, signals: signals, channel: channel)
    }

    /// Waits for the child or a request to stop, then stops everything and
    /// exits as the child did.
    private static func keep(_ child: pid_t, signals: sigset_t, channel: EventChannel) -> Never {
        var signals = signals
        while true {
            var info = siginfo_t()
            let signal = sigwaitinfo(&signals, &info)
            if signal == SIGCHLD {
                var status: Int32 = 0
                while true {
                    let pid = waitpid(-1, &status, WNOHANG)
                    if pid == child {
                        stopDescendants()
                        // The builder cannot tell from a sandbox's exit status how the cells' process ended.
                        let signal = status & 0x7f
                        channel.send(signal == 0 ? .programExited(status: (status >> 8) & 0xff) : .programKilled(signal: signal))
                        end(like: status)
                    }
                    if pid <= 0 { break }
                }
            } else if signal > 0 {
                stopDescendants()
                _exit(128 + signal)
            }
        }
    }

    /// Kills every descendant: those left over become the keeper's children
    /// as their parents die, so killing children until none is left reaches them all.
    private static func stopDescendants() {
        while true {
            for pid in children() { kill(pid, SIGKILL) }
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid == -1, errno == EINTR { continue }
            if pid == -1 { return }
        }
    }

    /// The keeper's children, from `/proc/self/task/*/children`.
    private static func children() -> [pid_t] {
        var pids: [pid_t] = []
        guard let tasks = opendir("/proc/self/task") else { return [] }
        defer { closedir(tasks) }
        while let entry = readdir(tasks) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let _ = Int(name) else { continue }
            let descriptor = open("/proc/self/task/\(name)/children", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                bytes += buffer[..<count]
            }
            close(descriptor)
            pids += String(decoding: bytes, as: UTF8.self).split { $0 == " " || $0 == "\n" }.compactMap { pid_t($0) }
        }
        return pids
    }

    /// Exits with the child's status, or dies of the signal it died of.
    private static func end(like status: Int32) -> Never {
        let signal = status & 0x7f
        if signal == 0 { _exit((status >> 8) & 0xff) }
        Glibc.signal(signal, SIG_DFL)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigprocmask(SIG_SETMASK, &unblocked, nil)
        kill(getpid(), signal)
        _exit(128 + signal)
    }

    private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

    /// glibc's `prctl`, which Swift cannot call directly (it is variadic).
    private static let prctl: Prctl? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return nil }
        return unsafeBitCast(symbol, to: Prctl.self)
    }()
}
