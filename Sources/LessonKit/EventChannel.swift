import CellChannel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The program's side of the event channel to the site builder: it reads
/// the builder's start message, then sends events and waits for each to be
/// acknowledged, so that what was printed before an event reaches the
/// builder before the event does.
final class EventChannel: @unchecked Sendable {
    let limits: ProcessLimits
    private let secret: String
    /// One event at a time, whichever thread shows something.
    private let sending = NSLock()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    private init(start: StartMessage) {
        secret = start.secret
        limits = start.limits
    }

    /// The channel the builder opened, once its start message is read; nil
    /// when the program runs on its own (descriptor 3 is not open).
    static func connect() -> EventChannel? {
        let descriptor = ChannelProtocol.descriptor
        guard fcntl(descriptor, F_GETFD) != -1 else { return nil }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < 64 * 1024 {
            let count = read(descriptor, &byte, 1)
            if count == -1, errno == EINTR { continue }
            guard count == 1 else { break }
            if byte == UInt8(ascii: "\n") {
                guard let start = try? JSONDecoder().decode(StartMessage.self, from: Data(line)) else { break }
                return EventChannel(start: start)
            }
            line.append(byte)
        }
        fail("the site builder's start message could not be read")
    }

    /// Sends one event and waits for the builder to take it.
    func send(_ event: CellEvent) {
        guard var data = try? encoder.encode(ChannelMessage(secret: secret, event: event)) else {
            Self.fail("an event could not be encoded")
        }
        data.append(UInt8(ascii: "\n"))
        sending.lock()
        defer { sending.unlock() }
        let written = data.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(ChannelProtocol.descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count == -1, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        var answer: UInt8 = 0
        var count = 0
        repeat { count = read(ChannelProtocol.descriptor, &answer, 1) } while count == -1 && errno == EINTR
        guard written, count == 1, answer == ChannelProtocol.acknowledgement else {
            Self.fail("the event channel to the site builder was closed or written to by a cell")
        }
    }

    /// Ends the program when the builder can no longer be told what happens.
    static func fail(_ reason: String) -> Never {
        let message = "lessons runtime: \(reason)\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        _exit(70)
    }
}
