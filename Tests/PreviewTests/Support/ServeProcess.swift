import Foundation
import Notebook
#if canImport(Glibc)
import Glibc
#endif

/// `lessons serve` run as an author runs it, in a project folder of its own.
final class ServeProcess: Sendable {
    static var tool: String {
        Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("lessons").path
    }

    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-serve-\(UUID().uuidString)")
    /// Standard output so far.
    let output = Shared("")
    let errors = Shared("")
    private let process = Process()
    private let readers = DispatchGroup()

    /// Writes `files` (paths relative to the project) and starts `lessons serve --port 0`.
    init(files: [String: String]) throws {
        for (path, text) in files { try Self.save(text, to: root.appendingPathComponent(path)) }
        process.executableURL = URL(fileURLWithPath: Self.tool)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        read(out.fileHandleForReading) { [output] text in output.update { $0 += text } }
        read(err.fileHandleForReading) { [errors] text in errors.update { $0 += text } }
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        readers.wait()
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs the tool to its end in an empty folder: its exit status and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    /// Saves as editors do: a temporary file renamed over the file.
    static func save(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).swp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func save(_ path: String, _ text: String) throws {
        try Self.save(text, to: root.appendingPathComponent(path))
    }

    /// The port from `serving Lessons at http://127.0.0.1:PORT/`, once printed.
    func port(timeout: Duration = .seconds(30)) async -> UInt16? {
        guard let line = await line(containing: "serving Lessons at http://127.0.0.1:", timeout: timeout) else { return nil }
        return UInt16(line.split(separator: ":").last?.split(separator: "/").first ?? "")
    }

    /// Complete lines of standard output so far.
    var lines: [String] {
        output.value.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The first line of standard output, after the first `skipped`, containing `text`.
    func line(containing text: String, after skipped: Int = 0, timeout: Duration = .seconds(60)) async -> String? {
        let found = await eventually(timeout: timeout) { lines.dropFirst(skipped).contains { $0.contains(text) } }
        return found ? lines.dropFirst(skipped).first { $0.contains(text) } : nil
    }

    /// Ctrl-C; the exit status, or `nil` if it did not exit within `timeout`.
    func interrupt(timeout: Duration = .seconds(10)) async -> Int32? {
        process.interrupt()
        let exited = await eventually(timeout: timeout) { !process.isRunning }
        return exited ? process.terminationStatus : nil
    }

    private func read(_ handle: FileHandle, _ take: @escaping @Sendable (String) -> Void) {
        readers.enter()
        Thread { [readers] in
            while case let data = handle.availableData, !data.isEmpty {
                take(String(decoding: data, as: UTF8.self))
            }
            readers.leave()
        }.start()
    }
}
