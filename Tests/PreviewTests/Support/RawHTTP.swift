import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 client on a plain socket: sends the request line exactly as
/// written (no client normalises `..` away), reads the whole response.
enum RawHTTP {
    struct Response: Sendable {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func get(port: UInt16, _ target: String, method: String = "GET") throws -> Response {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var bytes: [UInt8] = []
        while let chunk = try receive(socket, timeout: .seconds(60)) { bytes += chunk }
        return try parse(bytes, method: method)
    }

    static func connect(port: UInt16) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            sent += count
        }
    }

    /// The next bytes, or `nil` at the end of the stream; throws when nothing came in time.
    static func receive(_ socket: Int32, timeout: Duration) throws -> [UInt8]? {
        var ready = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&ready, 1, milliseconds) == 1 else { throw Failure(description: "no answer within \(timeout)") }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw Failure(description: "recv: \(String(cString: strerror(errno)))") }
        return count == 0 ? nil : Array(buffer[..<count])
    }

    /// Splits a response into status, headers and body (chunked or not).
    static func parse(_ bytes: [UInt8], method: String = "GET") throws -> Response {
        guard let end = headerEnd(bytes) else { throw Failure(description: "no complete header in \(bytes.count) bytes") }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if method != "HEAD", headers["transfer-encoding"] == "chunked" {
            var decoder = ChunkDecoder()
            body = decoder.feed(body)
        }
        return Response(status: status, headers: headers, body: body)
    }

    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}

/// Undoes chunked transfer encoding as bytes arrive.
struct ChunkDecoder {
    private var raw: [UInt8] = []

    mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
        raw += bytes
        var out: [UInt8] = []
        while let lineEnd = raw.firstIndex(of: 10), lineEnd > 0, raw[lineEnd - 1] == 13 {
            let sizeText = String(decoding: raw[..<(lineEnd - 1)], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { break }
            let start = lineEnd + 1
            guard raw.count >= start + size + 2 else { break }
            out += raw[start..<(start + size)]
            raw.removeFirst(start + size + 2)
        }
        return out
    }
}
