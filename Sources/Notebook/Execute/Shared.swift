import Synchronization

/// A value that concurrent work updates: counters, results by lesson, failures.
public final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    public init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// Changes the value under the lock; returns what `body` returns.
    @discardableResult
    public func update<Result>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { body(&$0) }
    }

    /// A copy of the value now.
    public var value: Value {
        mutex.withLock { $0 }
    }
}
