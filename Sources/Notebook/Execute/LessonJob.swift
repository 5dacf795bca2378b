import CellChannel
import Foundation

/// One lesson's turn in a run: its results from the cache, or its program
/// compiled (again without the `expect-error` cells that do not compile, and
/// once more up to the first broken cell, so the page shows what it can) and
/// run. Results are cached only when nothing outside the lesson decided
/// them: not after a timeout, a signal the lesson did not raise, a runtime
/// that would not load, a compiler that failed outside the lesson's cells.
struct LessonJob {
    /// What every lesson of a run shares.
    struct Environment: Sendable {
        var settings: LessonRunner.Settings
        var compiler: Compiler
        var runtime: RuntimeLibrary
        var sandbox: Sandbox
        var workArea: WorkArea
        /// The digest of a lessons folder's files (see `LessonInputs`).
        var folderDigest: @Sendable (String) -> String
    }

    let lesson: Lesson
    let environment: Environment
    let tally: Shared<LessonRunner.Report>

    private var settings: LessonRunner.Settings { environment.settings }
    private var path: String { lesson.source.path }

    func run() throws(ExecutionFailure) -> LessonRun {
        let cells = lesson.cells
        guard cells.contains(where: { $0.options.eval }) else { return .notExecuted(lesson) }
        let inputs: LessonInputs
        do {
            inputs = try LessonInputs.of(lesson, root: settings.lessonsFolder, undeclaredDigest: environment.folderDigest)
        } catch {
            let cell = error.cell ?? cells.first { $0.options.eval }!.index
            return LessonRun(results: cells.map { other in
                other.index == cell
                    ? CellResult(index: cell, status: .failed, outputs: [.error(CellError(lineOffset: nil, column: nil, message: error.message))])
                    : CellResult(index: other.index, status: other.options.eval ? .notRun : .skipped, outputs: [])
            }, fromCache: false)
        }
        let limits = LessonLimits.of(lesson)
        let cache = ExecutionCache(cacheFolder: settings.cacheFolder)
        let key = ExecutionCache.key(lesson: lesson, conditions: .init(
            runtime: environment.runtime, compiler: environment.compiler, outputCap: settings.outputCap,
            sandboxed: environment.sandbox.bubblewrap != nil, limits: limits, inputsDigest: inputs.digest))
        if settings.useCache, let results = settings.memory?.results(for: key) ?? cache.load(key), results.count == cells.count {
            settings.memory?.remember(results, for: key)
            tally.update { $0.fromCache += 1 }
            return LessonRun(results: results, fromCache: true)
        }

        let folder = try environment.workArea.folder("lesson")
        defer { WorkArea.removeTree(folder) }
        var results: [Int: CellResult] = [:]
        var outside: String?
        var included = cells.filter { $0.options.eval }
        func execute(_ program: LessonProgram) throws(ExecutionFailure) {
            let run = try self.execute(program, in: folder, inputs: inputs, limits: limits)
            if let cause = run.outsideCause { outside = outside ?? cause }
            if run.failedToLoad { environment.runtime.distrust() }
            results.merge(run.results) { old, new in old.status == .failedAsExpected ? old : new }
        }
        while true {
            let program = LessonProgram(cells: included, path: path)
            let (errors, cause) = try compile(program, in: folder)
            if let cause { outside = outside ?? cause }
            if errors.isEmpty {
                try execute(program)
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
                let before = LessonProgram(cells: Array(included[..<broken]), path: path)
                let (beforeErrors, cause) = try compile(before, in: folder)
                if let cause { outside = outside ?? cause }
                if beforeErrors.isEmpty { try execute(before) }
            }
            break
        }
        let ordered = cells.map { cell in
            results[cell.index] ?? CellResult(index: cell.index, status: cell.options.eval ? .notRun : .skipped, outputs: [])
        }
        if outside == nil {
            cache.store(ordered, for: key)
            settings.memory?.remember(ordered, for: key)
        }
        return LessonRun(results: ordered, fromCache: false)
    }

    /// Runs a compiled program, each cell under its own timeout.
    private func execute(
        _ program: LessonProgram, in folder: String, inputs: LessonInputs, limits: ProcessLimits
    ) throws(ExecutionFailure) -> ProgramRun {
        let sandbox = environment.sandbox
        let scratch: Sandbox.Scratch
        let home: String
        if sandbox.bubblewrap != nil {
            scratch = .sandboxed(bytes: limits.fileSize)
            home = "/tmp"
        } else {
            home = folder + "/scratch"
            WorkArea.removeTree(home)
            guard mkdir(home, 0o700) == 0 else {
                throw ExecutionFailure("cannot create a scratch folder \(home): \(FileProblem.describe(errno: errno))")
            }
            scratch = .folder(home)
        }
        let readable = inputs.readable + environment.compiler.libraryFolders + [environment.runtime.folder]
        let layout = Sandbox.Layout(
            program: folder + "/lesson", workingFolder: inputs.folder, readable: readable, scratch: scratch,
            workingFolderIsReadable: inputs.readable.contains { inputs.folder == $0 || inputs.folder.hasPrefix($0 + "/") })
        let run = try ProgramRun.run(.init(
            program: program, path: path, outputCap: settings.outputCap,
            sandbox: sandbox, layout: layout,
            environment: [
                "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "TMPDIR": home,
                "LANG": "C.UTF-8", "TZ": "UTC", "SWIFT_BACKTRACE": "enable=no",
            ],
            limits: LessonLimits.forRun(limits, sandboxed: sandbox.bubblewrap != nil),
            processes: settings.processes))
        tally.update { $0.ran += 1 }
        return run
    }

    /// Compiles the program: its errors, sorted into cells (empty when it
    /// compiled), and what outside the lesson made it fail, if something did.
    private func compile(_ program: LessonProgram, in folder: String) throws(ExecutionFailure) -> (CompileErrors, String?) {
        let main = folder + "/main.swift"
        do {
            try Data(program.source.utf8).write(to: URL(fileURLWithPath: main))
        } catch {
            throw ExecutionFailure("cannot write \(main): \(FileProblem.describe(error))")
        }
        // Swift 5 mode: cells are top-level scripts, and the strict concurrency
        // checks of Swift 6 would make course authors fight globals.
        let arguments = ["-swift-version", "5", "-Onone", "-suppress-warnings", "-diagnostic-style", "llvm",
                         "-module-name", "LessonProgram", main, "-o", folder + "/lesson"] + environment.runtime.programArguments
        let result = try ToolRun.run(
            environment.compiler.path, arguments: arguments, directory: FileManager.default.currentDirectoryPath,
            environment: settings.environment, timeout: 300, processes: settings.processes)
        tally.update { $0.compiled += 1 }
        if result.status == .exited(0), !result.timedOut { return (CompileErrors(), nil) }
        var errors = CompileErrors(output: result.output, path: path, program: program)
        var cause: String?
        if result.timedOut {
            cause = "the compiler ran for more than 300 s and was stopped"
        } else if case .signalled(let signal) = result.status {
            cause = "the compiler was stopped by \(RuntimeMessage.signalName(signal))"
        } else if !errors.elsewhere.isEmpty || errors.isEmpty {
            cause = "the compiler failed outside the lesson's cells"
        }
        if let cause {
            // All the compiler said (its last lines): the reason may be on a line that is not an error.
            let said = result.output.split(separator: "\n").suffix(30).joined(separator: "\n")
            let text = TerminalEscapes.neutralised(said.trimming(" \n"))
            errors.elsewhere = [text.isEmpty ? cause : cause + ":\n" + text]
        }
        return (errors, cause)
    }
}
