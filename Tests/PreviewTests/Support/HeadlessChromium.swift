import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium with one page open, driven through the DevTools protocol
/// over a pipe (`--remote-debugging-pipe`: commands on the browser's fd 3,
/// replies on fd 4, each a JSON object ended by a NUL byte), so a test can
/// read a live page's DOM while the page reloads by itself.
final class HeadlessChromium: @unchecked Sendable {
    // Used from one thread at a time by one test.
    private let pid: pid_t
    private let commands: Int32
    private let replies: Int32
    private let profile: String
    private var lastID = 0
    private var received: [UInt8] = []
    private var session: String?

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Chromium's path on `PATH`, or `nil` when it is not installed.
    static func find() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Starts the browser on `url` and attaches to its page.
    init(executable: String, url: String) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-chromium-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else {
            throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
        }
        for end in toBrowser + fromBrowser { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // Above 4, so putting them on 3 and 4 in the child cannot overwrite one with the other.
        let browserReads = fcntl(toBrowser[0], F_DUPFD_CLOEXEC, 10), browserWrites = fcntl(fromBrowser[1], F_DUPFD_CLOEXEC, 10)
        close(toBrowser[0])
        close(fromBrowser[1])

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, browserReads, 3)
        posix_spawn_file_actions_adddup2(&actions, browserWrites, 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile)", "--remote-debugging-pipe", url,
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, &argv, environ)
        close(browserReads)
        close(browserWrites)
        commands = toBrowser[1]
        replies = fromBrowser[0]
        pid = child
        guard status == 0 else {
            close(commands)
            close(replies)
            try? FileManager.default.removeItem(atPath: profile)
            throw Failure(description: "could not start \(executable): \(String(cString: strerror(status)))")
        }
        try attach()
    }

    deinit {
        _ = try? call("Browser.close", inPage: false, timeout: .seconds(5))
        var status: Int32 = 0
        let deadline = ContinuousClock.now + .seconds(5)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        close(commands)
        close(replies)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// The value of a JavaScript expression in the page; `nil` while the page is
    /// between documents (reloading).
    func evaluate(_ expression: String) -> Any? {
        guard let reply = try? call("Runtime.evaluate", ["expression": expression, "returnByValue": true]),
              let result = reply["result"] as? [String: Any], reply["exceptionDetails"] == nil
        else { return nil }
        return result["value"]
    }

    /// The value of a JavaScript expression that gives a number.
    func number(_ expression: String) -> Double? {
        (evaluate(expression) as? NSNumber)?.doubleValue
    }

    /// The value of a JavaScript expression that gives true or false.
    func bool(_ expression: String) -> Bool? {
        evaluate(expression) as? Bool
    }

    /// Waits until a JavaScript expression is `true` in the page.
    func waitUntil(_ expression: String, timeout: Duration = .seconds(30)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if evaluate(expression) as? Bool == true { return true }
            usleep(50_000)
        }
        return false
    }

    private func attach() throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let targets = try call("Target.getTargets", inPage: false)["targetInfos"] as? [[String: Any]] ?? []
            if let page = targets.first(where: { $0["type"] as? String == "page" }), let id = page["targetId"] as? String {
                let attached = try call("Target.attachToTarget", ["targetId": id, "flatten": true], inPage: false)
                session = attached["sessionId"] as? String
                return
            }
            usleep(100_000)
        }
        throw Failure(description: "no page to attach to")
    }

    /// Sends a command and returns its result (events in between are skipped).
    @discardableResult
    func call(_ method: String, _ parameters: [String: Any] = [:], inPage: Bool = true, timeout: Duration = .seconds(15)) throws -> [String: Any] {
        lastID += 1
        let id = lastID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if inPage, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser stopped reading") }
            sent += count
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            if let end = received.firstIndex(of: 0) {
                let reply = try JSONSerialization.jsonObject(with: Data(received[..<end])) as? [String: Any] ?? [:]
                received.removeFirst(end + 1)
                guard reply["id"] as? Int == id else { continue }
                if let error = reply["error"] as? [String: Any] { throw Failure(description: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            let left = deadline - ContinuousClock.now
            var ready = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            guard left > .zero, poll(&ready, 1, Int32(left.components.seconds * 1000) + 1) == 1 else {
                throw Failure(description: "\(method): no reply in time")
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser closed its pipe") }
            received += buffer[..<count]
        }
    }
}
