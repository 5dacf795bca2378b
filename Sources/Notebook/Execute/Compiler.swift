import Foundation

/// The `swiftc` that compiles cells, and its exact version, which every cache key includes.
public struct Compiler: Sendable, Equatable {
    public var path: String
    /// `swiftc -version`'s first line.
    public var version: String

    public init(path: String, version: String) {
        self.path = path
        self.version = version
    }

    /// `$SWIFTC`, else the first `swiftc` on `PATH`. The version is remembered in
    /// `cacheFolder` by the compiler's path, size and date, since asking costs a process.
    public static func find(environment: [String: String], cacheFolder: String?) throws(ExecutionFailure) -> Compiler {
        let path = try locate(environment: environment)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        var identity = SHA256()
        identity.update(field: path)
        identity.update(field: "\(size) \(date)")
        let memo = cacheFolder.map { URL(fileURLWithPath: $0).appendingPathComponent("compiler-\(identity.hexDigest().prefix(16)).txt") }
        if let memo, let version = try? String(contentsOf: memo, encoding: .utf8), !version.isEmpty {
            return Compiler(path: path, version: version)
        }
        let version = try ask(path)
        try checkMajorVersion(version, path: path)
        if let memo {
            try? FileManager.default.createDirectory(at: memo.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? version.write(to: memo, atomically: true, encoding: .utf8)
        }
        return Compiler(path: path, version: version)
    }

    private static func locate(environment: [String: String]) throws(ExecutionFailure) -> String {
        if let explicit = environment["SWIFTC"], !explicit.isEmpty { return explicit }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(folder) + "/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        throw ExecutionFailure("no swiftc on PATH: install Swift, or set SWIFTC to the compiler")
    }

    /// The oldest Swift the runtime's sources compile with.
    static let minimumMajorVersion = 6

    /// Refuses a compiler too old for the runtime, before it fails on every line.
    static func checkMajorVersion(_ version: String, path: String) throws(ExecutionFailure) {
        guard let range = version.range(of: "Swift version ") else { return }
        let major = version[range.upperBound...].prefix { $0.isNumber }
        guard let number = Int(major), number < minimumMajorVersion else { return }
        throw ExecutionFailure("\(path) is Swift \(major), but cells need Swift \(minimumMajorVersion) or newer (\(version))")
    }

    private static func ask(_ path: String) throws(ExecutionFailure) -> String {
        let result = try ToolRun.run(path, arguments: ["-version"], timeout: 60)
        guard result.status == .exited(0),
              let line = result.output.split(separator: "\n").first(where: { $0.contains("Swift version") }) else {
            throw ExecutionFailure("\(path) -version failed: \(result.output)")
        }
        return String(line)
    }
}
