import ArgumentParser
import Notebook

/// Options shared by `build` and `run`: how cells execute.
struct ExecutionOptions: ParsableArguments {
    @Flag(help: "Run every cell again instead of reusing cached results.")
    var noCache = false

    @Option(help: "Where the compiled runtime and cached results are kept.")
    var cache = ".lessons-cache"

    @Option(help: ArgumentHelp("Bytes of printed text kept per cell.", valueName: "bytes"))
    var outputCap = 1_000_000

    var settings: LessonRunner.Settings {
        var settings = LessonRunner.Settings()
        settings.useCache = !noCache
        settings.cacheFolder = cache
        settings.outputCap = outputCap
        return settings
    }
}
