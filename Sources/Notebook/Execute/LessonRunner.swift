import Foundation
import CellChannel

/// Runs lessons' cells: one program per lesson, compiled against the runtime
/// library, run with timeouts and an output cap, results cached. Lessons run
/// side by side, one per core.
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
        /// Bytes of printed text kept per cell.
        public var outputCap = 1_000_000
        /// Where `swiftc` is looked up (`SWIFTC`, `PATH`).
        public var environment: [String: String] = ProcessInfo.processInfo.environment
        /// Lessons run at once.
        public var jobs = ProcessInfo.processInfo.activeProcessorCount

        public init() {}
    }

    /// What a batch of runs cost: what the cache saved, what had to be compiled.
    public struct Report: Sendable, Equatable {
        /// Whether the runtime library had to be compiled.
        public var builtRuntime = false
        public var fromCache = 0
        public var compiled = 0
        public var ran = 0
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
        let (compiler, runtime) = try prepareRuntime { tally.update { $0.builtRuntime = true } }

        let slots = Shared([Result<LessonRun, ExecutionFailure>?](repeating: nil, count: lessons.count))
        let queue = DispatchQueue(label: "lessons", attributes: .concurrent)
        let group = DispatchGroup()
        let limit = DispatchSemaphore(value: max(1, settings.jobs))
        for (index, lesson) in lessons.enumerated() {
            limit.wait()
            queue.async(group: group) {
                defer { limit.signal() }
                let result = Result { () throws(ExecutionFailure) -> LessonRun in
                    try self.run(lesson, compiler: compiler, runtime: runtime, tally: tally)
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
        let compiler = try Compiler.find(environment: settings.environment, cacheFolder: userCache)
        let runtime = try RuntimeLibrary.prepare(compiler: compiler, cacheFolder: userCache, built: built)
        return (compiler, runtime)
    }

    private func userCacheFolder() throws(ExecutionFailure) -> String {
        if let folder = settings.userCacheFolder, !folder.isEmpty { return folder }
        return try UserCache.folder(environment: settings.environment)
    }

    /// Removes the compiled runtime of this tool and compiler from the per-user cache.
    public func removeRuntime() throws(ExecutionFailure) -> String? {
        let userCache = try userCacheFolder()
        let compiler = try Compiler.find(environment: settings.environment, cacheFolder: userCache)
        return try RuntimeLibrary.remove(compiler: compiler, cacheFolder: userCache)
    }

    /// Runs one lesson, or takes its results from the cache.
    func run(_ lesson: Lesson, compiler: Compiler, runtime: RuntimeLibrary, tally: Shared<Report>) throws(ExecutionFailure) -> LessonRun {
        let cells = lesson.cells
        guard cells.contains(where: { $0.options.eval }) else { return .notExecuted(lesson) }
        let cache = ExecutionCache(cacheFolder: settings.cacheFolder)
        let key = ExecutionCache.key(lesson: lesson, runtime: runtime, compiler: compiler, outputCap: settings.outputCap)
        if settings.useCache, let results = cache.load(key), results.count == cells.count {
            tally.update { $0.fromCache += 1 }
            return LessonRun(results: results, fromCache: true)
        }

        let workspace = try Workspace()
        defer { workspace.remove() }
        var results: [Int: CellResult] = [:]
        let path = lesson.source.path
        var included = cells.filter { $0.options.eval }
        var timedOut = false
        while true {
            let program = LessonProgram(cells: included, path: path, outputCap: settings.outputCap)
            let errors = try compile(program, in: workspace, compiler: compiler, runtime: runtime, path: path)
            tally.update { $0.compiled += 1 }
            if errors.isEmpty {
                let run = try execute(program, in: workspace, tally: tally)
                timedOut = run.ending == .timedOut
                results.merge(OutputAssembly(program: program, path: path, outputCap: settings.outputCap).results(of: run)) { $1 }
                break
            }
            // An expect-error cell that does not compile has failed as it should:
            // keep its errors and compile the lesson without it.
            let expected = Set(included.filter { $0.options.expectError && errors.byCell[$0.index] != nil }.map(\.index))
            for index in expected {
                results[index] = CellResult(index: index, status: .failedAsExpected, outputs: errors.byCell[index]!.map { .error($0) })
            }
            included.removeAll { expected.contains($0.index) }
            if !expected.isEmpty, expected.count == errors.byCell.count, errors.elsewhere.isEmpty { continue }

            // A real compile error: the cells before the first broken one still
            // run, so the page shows as much as it can; the rest cannot.
            for (index, cellErrors) in errors.byCell where !expected.contains(index) {
                results[index] = CellResult(index: index, status: .failed, outputs: cellErrors.map { .error($0) })
            }
            if !errors.elsewhere.isEmpty, let first = included.first?.index, results[first] == nil {
                results[first] = CellResult(index: first, status: .failed, outputs: [.error(CellError(
                    lineOffset: nil, column: nil,
                    message: "the lesson's program did not compile:\n" + errors.elsewhere.joined(separator: "\n")))])
            }
            if let broken = included.firstIndex(where: { results[$0.index]?.status == .failed }), broken > 0 {
                let before = LessonProgram(cells: Array(included[..<broken]), path: path, outputCap: settings.outputCap)
                let beforeErrors = try compile(before, in: workspace, compiler: compiler, runtime: runtime, path: path)
                tally.update { $0.compiled += 1 }
                if beforeErrors.isEmpty {
                    let run = try execute(before, in: workspace, tally: tally)
                    timedOut = run.ending == .timedOut
                    let assembled = OutputAssembly(program: before, path: path, outputCap: settings.outputCap).results(of: run)
                    results.merge(assembled) { old, new in old.status == .failedAsExpected ? old : new }
                }
            }
            break
        }
        let ordered = cells.map { cell in
            results[cell.index] ?? CellResult(index: cell.index, status: cell.options.eval ? .notRun : .skipped, outputs: [])
        }
        // A timeout depends on how busy the machine was: run such a lesson again next time.
        if !timedOut { cache.store(ordered, for: key) }
        return LessonRun(results: ordered, fromCache: false)
    }

    /// Runs a compiled program, each cell under its own timeout.
    private func execute(_ program: LessonProgram, in workspace: Workspace, tally: Shared<Report>) throws(ExecutionFailure) -> ProgramRun {
        let run = try ProgramRun.run(
            executable: workspace.executable, directory: workspace.folder.path,
            timeouts: Dictionary(uniqueKeysWithValues: program.placements.map { ($0.cell.index, $0.cell.options.timeout) }),
            environment: workspace.cellEnvironment)
        tally.update { $0.ran += 1 }
        return run
    }

    /// Compiles the program; its errors, sorted into cells (empty when it compiled).
    private func compile(
        _ program: LessonProgram, in workspace: Workspace, compiler: Compiler, runtime: RuntimeLibrary, path: String
    ) throws(ExecutionFailure) -> CompileErrors {
        let main = workspace.folder.appendingPathComponent("main.swift")
        do {
            try program.source.write(to: main, atomically: true, encoding: .utf8)
        } catch {
            throw ExecutionFailure("cannot write \(main.path): \(error.localizedDescription)")
        }
        // Swift 5 mode: cells are top-level scripts, and the strict concurrency
        // checks of Swift 6 would make course authors fight globals.
        let arguments = ["-swift-version", "5", "-Onone", "-suppress-warnings", "-diagnostic-style", "llvm",
                         "-module-name", "LessonProgram", main.path, "-o", workspace.executable] + runtime.programArguments
        let result = try ToolRun.run(
            compiler.path, arguments: arguments, directory: FileManager.default.currentDirectoryPath,
            environment: settings.environment, timeout: 300)
        if result.status == .exited(0) { return CompileErrors() }
        var errors = CompileErrors(output: result.output, path: path, program: program)
        if errors.isEmpty {
            errors.elsewhere.append(result.output.isEmpty ? "swiftc failed (\(result.status))" : result.output)
        }
        return errors
    }
}

/// A temporary folder a lesson's program is written, built and run in.
struct Workspace {
    let folder: URL

    init() throws(ExecutionFailure) {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExecutionFailure("cannot create a work folder: \(error.localizedDescription)")
        }
    }

    var executable: String { folder.appendingPathComponent("lesson").path }

    /// A minimal environment: cells see their own folder as home and nothing of the builder's.
    var cellEnvironment: [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": folder.path, "TMPDIR": folder.path,
         "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
