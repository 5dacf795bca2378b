import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a file (`flock`), held until released or until the
/// process ends — so a killed build never leaves a stale lock behind.
struct FileLock {
    private let descriptor: Int32

    /// Waits until the lock is free, then takes it.
    init(path: String) throws(ExecutionFailure) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExecutionFailure("cannot open the lock \(path): \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw ExecutionFailure("cannot lock \(path): \(reason)")
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
