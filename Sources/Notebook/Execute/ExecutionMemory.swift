/// What a long-lived process (`lessons serve`) keeps between builds so that a
/// rebuild after a save asks nothing twice: the compiler, runtime and sandbox
/// it found, and every lesson's results it has read or run, by cache key.
///
/// The keys are the execution cache's, so a result is reused exactly when the
/// disk cache would give it; only the reading and decoding are saved.
public final class ExecutionMemory: Sendable {
    struct Prepared: Sendable {
        var compiler: Compiler
        var runtime: RuntimeLibrary
        var sandbox: Sandbox
    }

    let prepared = Shared<Prepared?>(nil)
    private let results = Shared<[String: [CellResult]]>([:])

    public init() {}

    func results(for key: String) -> [CellResult]? {
        results.value[key]
    }

    func remember(_ results: [CellResult], for key: String) {
        self.results.update { $0[key] = results }
    }
}
