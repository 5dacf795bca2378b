import Foundation

/// The `swiftc` that compiles cells, and its exact version, which every cache key includes.
public struct Compiler: Sendable, Equatable, Codable {
    public var path: String
    /// `swiftc -version`'s first line.
    public var version: String
    /// Where the Swift runtime libraries that compiled programs load are
    /// (`swiftc -print-target-info`): a sandbox must show them to a program.
    public var libraryFolders: [String]

    public init(path: String, version: String, libraryFolders: [String] = []) {
        self.path = path
        self.version = version
        self.libraryFolders = libraryFolders
    }

    /// `$SWIFTC`, else the first `swiftc` on `PATH`. What it says of itself is remembered in
    /// `cacheFolder` by the compiler's path, size and date, since asking costs a process.
    public static func find(
        environment: [String: String], cacheFolder: String?, processes: ChildProcesses = ChildProcesses()
    ) throws(ExecutionFailure) -> Compiler {
        let path = try locate(environment: environment)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        var identity = SHA256()
        identity.update(field: path)
        identity.update(field: "\(size) \(date)")
        let memo = cacheFolder.map { URL(fileURLWithPath: $0).appendingPathComponent("compiler-\(identity.hexDigest().prefix(16)).json") }
        if let memo, let data = try? Data(contentsOf: memo), let compiler = try? JSONDecoder().decode(Compiler.self, from: data),
           compiler.path == path, !compiler.version.isEmpty {
            return compiler
        }
        let version = try ask(path, processes: processes)
        try checkMajorVersion(version, path: path)
        let compiler = Compiler(path: path, version: version, libraryFolders: try libraryFolders(path, processes: processes))
        if let memo, let data = try? JSONEncoder().encode(compiler) {
            try? FileManager.default.createDirectory(at: memo.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileReplacement.write(data, to: memo.path)
        }
        return compiler
    }

    /// The runtime library folders the compiler links programs against.
    private static func libraryFolders(_ path: String, processes: ChildProcesses) throws(ExecutionFailure) -> [String] {
        struct TargetInfo: Decodable {
            struct Paths: Decodable { var runtimeLibraryPaths: [String] }
            var paths: Paths
        }
        let result = try ToolRun.run(path, arguments: ["-print-target-info"], timeout: 60, processes: processes)
        guard result.status == .exited(0), let start = result.output.firstIndex(of: "{"),
              let info = try? JSONDecoder().decode(TargetInfo.self, from: Data(result.output[start...].utf8)) else {
            throw ExecutionFailure("\(path) -print-target-info failed: \(result.output)")
        }
        return info.paths.runtimeLibraryPaths
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

    private static func ask(_ path: String, processes: ChildProcesses) throws(ExecutionFailure) -> String {
        let result = try ToolRun.run(path, arguments: ["-version"], timeout: 60, processes: processes)
        guard result.status == .exited(0),
              let line = result.output.split(separator: "\n").first(where: { $0.contains("Swift version") }) else {
            throw ExecutionFailure("\(path) -version failed: \(result.output)")
        }
        return String(line)
    }
}
