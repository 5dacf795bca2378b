import Notebook

/// Saves the watcher has seen and no build has taken yet. Saves made while a
/// build runs are merged into one next build, however many batches they came in.
final class PendingChanges: Sendable {
    private let paths = Shared(Set<String>())
    private let signal: AsyncStream<Void>.Continuation
    /// Yields when there may be paths to take; several signals before a take collapse into one.
    let signals: AsyncStream<Void>

    init() {
        (signals, signal) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    func add(_ changed: [String]) {
        paths.update { $0.formUnion(changed) }
        signal.yield()
    }

    /// Everything pending, sorted; empties the set.
    func take() -> [String] {
        paths.update { paths -> [String] in
            defer { paths = [] }
            return paths.sorted()
        }
    }

    /// Ends `signals`.
    func finish() {
        signal.finish()
    }
}
