import ArgumentParser
import Notebook

/// Options shared by `build` and `run`: how cells execute.
struct ExecutionOptions: ParsableArguments {
    @Flag(help: "Run every cell again instead of reusing cached results.")
    var noCache = false

    @Option(help: "Where cached cell results are kept.")
    var cache = ".lessons-cache"

    @Option(help: ArgumentHelp("Bytes of printed text kept per cell.", valueName: "bytes"))
    var outputCap = 1_000_000

    @Flag(help: "Run cells without bubblewrap even where it is installed: they can then read and write whatever you can.")
    var noSandbox = false

    func validate() throws {
        let range = LessonRunner.Settings.outputCapRange
        guard range.contains(outputCap) else {
            throw ValidationError("--output-cap must be between \(range.lowerBound) and \(range.upperBound) bytes, not \(outputCap)")
        }
    }

    /// The runner's settings for one command, with the command's work area and
    /// the stopping of its processes when it is interrupted (see ``ExecutionSession``).
    func session(alsoRemovingOnInterrupt extra: [String] = []) throws -> ExecutionSession {
        var settings = LessonRunner.Settings()
        settings.useCache = !noCache
        settings.cacheFolder = cache
        settings.outputCap = outputCap
        settings.sandbox = !noSandbox
        return try ExecutionSession(settings: settings, alsoRemoving: extra)
    }
}
