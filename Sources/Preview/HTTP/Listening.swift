import FlyingFox
import FlyingSocks
import Foundation
import Notebook

/// Starts the HTTP server on the first free port from the one asked for.
enum Listening {
    /// A server that is listening, and the task that runs it.
    struct Started: Sendable {
        var server: HTTPServer
        var running: Task<Void, Never>
        var port: UInt16
    }

    /// Tries `port`, `port + 1`, … (`tries` ports in all; port 0 lets the system choose);
    /// `busy` hears of each port that was taken.
    static func start(
        host: String, port: UInt16, tries: Int,
        handler: @escaping @Sendable (HTTPRequest) async -> HTTPResponse,
        busy: @Sendable (UInt16) -> Void
    ) async throws(PreviewError) -> Started {
        let last = port == 0 ? 0 : UInt16(min(Int(UInt16.max), Int(port) + max(tries, 1) - 1))
        for candidate in port...last {
            let address = try self.address(host: host, port: candidate)
            let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: ClosureHTTPHandler(handler))
            let failure = Shared<SocketError?>(nil)
            let running = Task {
                do {
                    try await server.run()
                } catch {
                    failure.update { $0 = error as? SocketError ?? .disconnected }
                }
            }
            // `run` either fails at bind or listen, or keeps running.
            let deadline = ContinuousClock.now + .seconds(5)
            while !(await server.isListening), failure.value == nil, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(2))
            }
            if await server.isListening {
                return Started(server: server, running: running, port: await boundPort(server) ?? candidate)
            }
            running.cancel()
            switch failure.value {
            case .failed(_, let code, _) where code == EADDRINUSE:
                if candidate < last { busy(candidate) }
                continue
            case .failed(_, let code, _):
                throw .cannotListen(host: host, port: candidate, reason: String(cString: strerror(code)))
            default:
                throw .cannotListen(host: host, port: candidate, reason: "the server did not start")
            }
        }
        throw .portsInUse(host: host, first: port, last: last)
    }

    /// The socket address for `--host` (IPv4 or IPv6; `localhost` is the IPv4 loopback).
    static func address(host: String, port: UInt16) throws(PreviewError) -> any SocketAddress {
        let trimmed = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        do {
            if trimmed == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
            if trimmed.contains(":") { return try sockaddr_in6.inet6(ip6: trimmed, port: port) }
            return try sockaddr_in.inet(ip4: trimmed, port: port)
        } catch {
            throw .badHost(host)
        }
    }

    /// The URL of the site's front page (`http://127.0.0.1:8000/`).
    static func url(host: String, port: UInt16) -> String {
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        return "http://" + (bare.contains(":") ? "[\(bare)]" : bare) + ":\(port)/"
    }

    private static func boundPort(_ server: HTTPServer) async -> UInt16? {
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: return port
        default: return nil
        }
    }
}
