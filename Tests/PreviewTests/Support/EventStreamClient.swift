import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A page's side of the reload stream, as a browser's EventSource reads it.
final class EventStreamClient: @unchecked Sendable {
    /// One event: its name and its data line.
    struct Event: Sendable, Equatable {
        var name: String
        var data: String
    }

    // Used by one test at a time, from one thread at a time.
    private let socket: Int32
    private var decoder = ChunkDecoder()
    private var received: [UInt8] = []
    let status: Int
    let contentType: String?

    init(port: UInt16, page: String? = nil, token: String? = nil) throws {
        socket = try RawHTTP.connect(port: port)
        var query = ""
        if let page { query += "?page=\(page)" }
        if let token { query += "&token=\(token)" }
        try RawHTTP.send(socket, "GET /_lessons/events\(query) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        var bytes: [UInt8] = []
        while RawHTTP.headerEnd(bytes) == nil {
            guard let chunk = try RawHTTP.receive(socket, timeout: .seconds(60)) else { break }
            bytes += chunk
        }
        guard let end = RawHTTP.headerEnd(bytes) else { throw RawHTTP.Failure(description: "the event stream sent no header") }
        let head = try RawHTTP.parse(Array(bytes[..<(end + 4)]), method: "HEAD")
        status = head.status
        contentType = head.headers["content-type"]
        received = decoder.feed(Array(bytes[(end + 4)...]))
    }

    deinit { close(socket) }

    /// The next named event (comments and `retry:` lines skipped); `nil` if none came in time.
    func next(timeout: Duration = .seconds(60)) -> Event? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let blank = received.indices.dropLast().first(where: { received[$0] == 10 && received[$0 + 1] == 10 }) {
                let block = String(decoding: received[..<blank], as: UTF8.self)
                received.removeFirst(blank + 2)
                var name = "message", data = ""
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
                }
                if block.split(separator: "\n").contains(where: { $0.hasPrefix("event: ") || $0.hasPrefix("data: ") }) {
                    return Event(name: name, data: data)
                }
                continue
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero, let bytes = try? RawHTTP.receive(socket, timeout: left) else { return nil }
            received += decoder.feed(bytes)
        }
    }

    /// Events until one satisfies `matches` (returned), or `nil` when time runs out.
    func first(timeout: Duration = .seconds(60), where matches: (Event) -> Bool) -> Event? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard let event = next(timeout: deadline - ContinuousClock.now) else { return nil }
            if matches(event) { return event }
        }
        return nil
    }
}
