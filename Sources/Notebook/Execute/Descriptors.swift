import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Pipes and sockets between the builder and its children. Every end is
/// close-on-exec, so one lesson's program never inherits another's, and the
/// builder's ends never block.
enum Descriptors {
    /// A pipe: the builder reads, the child writes.
    static func pipe() throws(ExecutionFailure) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard let pipe2 = Self.pipe2, pipe2(&ends, O_CLOEXEC) == 0 else {
            throw ExecutionFailure("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
        return (ends[0], ends[1])
    }

    /// A connected pair of stream sockets: the builder's end, the child's end.
    static func socketPair() throws(ExecutionFailure) -> (builder: Int32, child: Int32) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw ExecutionFailure("cannot create the event channel: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
        return (ends[0], ends[1])
    }

    /// `/dev/null` for reading.
    static func null() throws(ExecutionFailure) -> Int32 {
        let descriptor = open("/dev/null", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ExecutionFailure("cannot open /dev/null: \(String(cString: strerror(errno)))") }
        return descriptor
    }

    /// What a non-blocking read found.
    enum Reading: Equatable {
        /// Bytes were read (and handed over); there may be more.
        case data
        /// Nothing now.
        case empty
        /// The other end is closed.
        case end
        /// The read failed (an I/O error).
        case failed(Int32)
    }

    /// Reads what is waiting on `descriptor`, handing it over in chunks: at
    /// most about `limit` bytes, so that a writer faster than the reader
    /// cannot keep it here (the caller has timeouts to watch).
    static func drain(
        _ descriptor: Int32, buffer: inout [UInt8], limit: Int = 4 << 20, into take: (ArraySlice<UInt8>) -> Void
    ) -> Reading {
        var found = Reading.empty
        var total = 0
        while total < limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                take(buffer[..<count])
                found = .data
                total += count
                continue
            }
            if count == 0 { return .end }
            if errno == EINTR { continue }
            // A program that ends without reading what was sent to it resets its socket: that is its end too.
            if errno == ECONNRESET { return .end }
            if errno == EAGAIN || errno == EWOULDBLOCK { return found }
            return .failed(errno)
        }
        return found
    }

    /// Waits until one of `descriptors` is readable or `milliseconds` pass.
    static func wait(for descriptors: [Int32], milliseconds: Int32) {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        _ = poll(&polled, nfds_t(polled.count), milliseconds)
    }

    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

    /// glibc's `pipe2`, which Swift's Glibc module does not declare.
    private static let pipe2: Pipe2? = symbol("pipe2")
}
