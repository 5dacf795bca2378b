import Foundation
import CellChannel

/// Runs lessons' cells: one program per lesson, compiled against the runtime
/// library, run in a sandbox with timeouts, limits and an output cap, results
/// cached. Lessons run side by side, one per core.
public struct LessonRunner: Sendable {
    /// How cells run.
    public struct Settings: Sendable {
        /// The course's cached cell results (kept out of version control).
        public var cacheFolder: String = ".lessons-cache"
        /// The per-user cache of the compiled runtime, shared by every course;
        /// nil: `UserCache.folder(environment:)`.
        public var userCacheFolder: String?
        /// Read cached results (results are written either way).
        public var useCache = true
        /// Bytes of printed text kept per cell (within ``outputCapRange``).
        public var outputCap = 1_000_000
        /// Where `swiftc` is looked up (`SWIFTC`, `PATH`), and `bwrap`.
        public var environment: [String: String] = ProcessInfo.processInfo.environment
        /// Lessons run at once.
        public var jobs = ProcessInfo.processInfo.activeProcessorCount
        /// The lessons folder, whose files every lesson's cells may read
        /// (see `LessonInputs`); nil: each lesson's own folder.
        public var lessonsFolder: String?
        /// Run cells under bubblewrap when it is installed and works (`--no-sandbox` turns it off).
        public var sandbox = true
        /// The build's temporary folder; nil: each `run` makes one and removes it after.
        public var workArea: WorkArea?
        /// Every process the runner starts, so that an interrupted build can stop them.
        public var processes = ChildProcesses()
        /// What earlier builds in this process found and ran; nil: nothing is kept.
        public var memory: ExecutionMemory?

        /// The output caps a runner accepts: a cell's kept text is held in memory.
        public static let outputCapRange = 1...100_000_000

        public init() {}
    }

    /// What a batch of runs cost: what the cache saved, what had to be compiled.
    public struct Report: Sendable, Equatable {
        /// Whether the runtime library had to be compiled.
        public var builtRuntime = false
        public var fromCache = 0
        public var compiled = 0
        public var ran = 0
        /// Why cells ran without a sandbox, if they did (to be said once).
        public var unsandboxedReason: String?
    }

    public var settings: Settings

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Runs every lesson (cached ones are not run again); `progress` hears of each as it finishes.
    public func run(
        _ lessons: [Lesson], progress: @escaping @Sendable (Int, Lesson) -> Void = { _, _ in }
    ) throws(ExecutionFailure) -> (runs: [LessonRun], report: Report) {
        let tally = Shared(Report())
        guard lessons.contains(where: { $0.cells.contains { $0.options.eval } }) else {
            return (lessons.map(LessonRun.notExecuted), tally.value)
        }
        guard Settings.outputCapRange.contains(settings.outputCap) else {
            throw ExecutionFailure("the output cap must be between \(Settings.outputCapRange.lowerBound) and \(Settings.outputCapRange.upperBound) bytes, not \(settings.outputCap)")
        }
        let prepared: ExecutionMemory.Prepared
        if let known = settings.memory?.prepared.value {
            prepared = known
        } else {
            let (compiler, runtime) = try prepareRuntime { tally.update { $0.builtRuntime = true } }
            let sandbox = settings.sandbox
                ? Sandbox.find(environment: settings.environment, processes: settings.processes)
                : .none("--no-sandbox")
            prepared = ExecutionMemory.Prepared(compiler: compiler, runtime: runtime, sandbox: sandbox)
            settings.memory?.prepared.update { $0 = prepared }
        }
        let (compiler, runtime, sandbox) = (prepared.compiler, prepared.runtime, prepared.sandbox)
        tally.update { $0.unsandboxedReason = sandbox.unsandboxedReason }
        let workArea: WorkArea
        if let given = settings.workArea { workArea = given } else { workArea = try WorkArea.create() }
        defer { if settings.workArea == nil { workArea.remove() } }

        // The lessons folder's digest, computed once for all the lessons that depend on all of it.
        let digests = Shared([String: String]())
        let environment = LessonJob.Environment(
            settings: settings, compiler: compiler, runtime: runtime, sandbox: sandbox, workArea: workArea,
            folderDigest: { root in
                if let known = digests.value[root] { return known }
                let digest = LessonInputs.digest(ofFolder: root)
                digests.update { $0[root] = digest }
                return digest
            })

        let slots = Shared([Result<LessonRun, ExecutionFailure>?](repeating: nil, count: lessons.count))
        let queue = DispatchQueue(label: "lessons", attributes: .concurrent)
        let group = DispatchGroup()
        let limit = DispatchSemaphore(value: max(1, settings.jobs))
        for (index, lesson) in lessons.enumerated() {
            limit.wait()
            queue.async(group: group) {
                defer { limit.signal() }
                let result = Result { () throws(ExecutionFailure) -> LessonRun in
                    try LessonJob(lesson: lesson, environment: environment, tally: tally).run()
                }
                slots.update { $0[index] = result }
                progress(index, lesson)
            }
        }
        group.wait()
        var runs: [LessonRun] = []
        for result in slots.value {
            switch result {
            case .success(let run): runs.append(run)
            case .failure(let failure): throw failure
            case nil: throw ExecutionFailure("a lesson was not run")
            }
        }
        return (runs, tally.value)
    }

    /// Finds the compiler and makes sure the runtime is compiled for it
    /// (`built` hears when it had to be compiled now).
    public func prepareRuntime(built: (() -> Void)? = nil) throws(ExecutionFailure) -> (Compiler, RuntimeLibrary) {
        let userCache = try userCacheFolder()
        let compiler = try Compiler.find(environment: settings.environment, cacheFolder: userCache, processes: settings.processes)
        let runtime = try RuntimeLibrary.prepare(
            compiler: compiler, cacheFolder: userCache, processes: settings.processes, built: built)
        return (compiler, runtime)
    }

    private func userCacheFolder() throws(ExecutionFailure) -> String {
        if let folder = settings.userCacheFolder, !folder.isEmpty { return folder }
        return try UserCache.folder(environment: settings.environment)
    }

    /// Removes the compiled runtime of this tool and compiler from the per-user cache.
    public func removeRuntime() throws(ExecutionFailure) -> String? {
        let userCache = try userCacheFolder()
        let compiler = try Compiler.find(environment: settings.environment, cacheFolder: userCache, processes: settings.processes)
        return try RuntimeLibrary.remove(compiler: compiler, cacheFolder: userCache)
    }
}
