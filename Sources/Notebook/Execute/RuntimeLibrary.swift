import Foundation

/// The modules cells import (`LessonKit` and what it re-exports), compiled
/// from this package's own sources into the cache, once per compiler and
/// per version of those sources.
///
/// A `.swiftmodule` loads only in the compiler that wrote it, and `swift run`
/// does not build dynamic library products, so the tool compiles them itself.
public struct RuntimeLibrary: Sendable {
    /// Where the `.swiftmodule`s and `lib*.so`s are.
    public var folder: String
    /// Compiler version, flags and every source's contents, hashed.
    public var key: String

    /// The modules in build order, with what each imports and how it is optimised.
    /// Only Autodiff's loops are hot (lessons train models with it); optimising
    /// the others would triple the time of a build from an empty cache.
    static let modules: [(name: String, dependencies: [String], optimization: [String])] = [
        ("Autodiff", [], ["-O", "-num-threads", "2"]),
        ("Figures", [], ["-Onone"]),
        ("Metrics", ["Autodiff", "Figures"], ["-O", "-num-threads", "2"]),
        ("LessonKit", ["Autodiff", "Figures", "Metrics"], ["-Onone"]),
    ]

    static let flags = ["-wmo", "-swift-version", "6", "-parse-as-library", "-suppress-warnings"]

    /// The package's `Sources/` folder, found from this file's own path
    /// (`LESSONS_RUNTIME_SOURCES` overrides it for a relocated tool).
    static func sourcesFolder(environment: [String: String]) -> URL {
        if let folder = environment["LESSONS_RUNTIME_SOURCES"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Compiler arguments that let a program import and link the runtime.
    public var programArguments: [String] {
        ["-I", folder, "-L", folder] + Self.modules.reversed().map { "-l" + $0.name }
            + ["-Xlinker", "-rpath", "-Xlinker", folder]
    }

    /// Uses the cached build for these sources, or builds it (and says so through `built`).
    static func prepare(
        compiler: Compiler, cacheFolder: String, environment: [String: String], built: (() -> Void)? = nil
    ) throws(ExecutionFailure) -> RuntimeLibrary {
        let sources = try sourceFiles(environment: environment)
        var hash = SHA256()
        hash.update(field: compiler.version)
        hash.update(field: flags.joined(separator: " "))
        for ((module, files), settings) in zip(sources, modules) {
            hash.update(field: module + " " + settings.optimization.joined(separator: " "))
            for file in files {
                hash.update(field: file.lastPathComponent)
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw ExecutionFailure("cannot read \(file.path)")
                }
                hash.update(field: String(decoding: data, as: UTF8.self))
            }
        }
        let key = hash.hexDigest()
        let root = URL(fileURLWithPath: cacheFolder).appendingPathComponent("runtime")
        let folder = root.appendingPathComponent(String(key.prefix(32)))
        let library = RuntimeLibrary(folder: folder.path, key: key)
        if library.isComplete { return library }

        try? FileManager.default.removeItem(at: folder)
        let staging = root.appendingPathComponent(".building-\(getpid())-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ExecutionFailure("cannot create \(staging.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: staging) }
        built?()
        try compile(sources, with: compiler, into: staging.path)
        try writeSeal(in: staging, key: key)
        if rename(staging.path, folder.path) != 0, !library.isComplete {
            throw ExecutionFailure("cannot move the runtime library into \(folder.path)")
        }
        return library
    }

    /// Each module's sources, sorted, from the package.
    private static func sourceFiles(environment: [String: String]) throws(ExecutionFailure) -> [(String, [URL])] {
        let root = sourcesFolder(environment: environment)
        var result: [(String, [URL])] = []
        for module in modules {
            let folder = root.appendingPathComponent(module.name)
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                throw ExecutionFailure("the sources of \(module.name) are not at \(folder.path)")
            }
            let files = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
                .sorted { $0.path < $1.path }
            guard !files.isEmpty else { throw ExecutionFailure("no sources for \(module.name) at \(folder.path)") }
            result.append((module.name, files))
        }
        return result
    }

    /// Compiles independent modules side by side, then those that need them.
    private static func compile(_ sources: [(String, [URL])], with compiler: Compiler, into folder: String) throws(ExecutionFailure) {
        let files = Dictionary(uniqueKeysWithValues: sources)
        var done: Set<String> = []
        while done.count < modules.count {
            let ready = modules.filter { !done.contains($0.name) && Set($0.dependencies).isSubset(of: done) }
            let failures = Shared([String]())
            DispatchQueue.concurrentPerform(iterations: ready.count) { index in
                let module = ready[index]
                let arguments = flags + module.optimization + [
                    "-module-name", module.name, "-emit-library", "-emit-module",
                    "-emit-module-path", folder + "/\(module.name).swiftmodule",
                    "-o", folder + "/lib\(module.name).so", "-I", folder, "-L", folder,
                ] + module.dependencies.map { "-l" + $0 } + ["-Xlinker", "-rpath", "-Xlinker", folder]
                    + (files[module.name] ?? []).map(\.path)
                do {
                    let run = try ToolRun.run(compiler.path, arguments: arguments, directory: folder, timeout: 600)
                    if run.status != .exited(0) {
                        failures.update { $0.append("compiling \(module.name) for cells failed:\n\(run.output)") }
                    }
                } catch {
                    failures.update { $0.append("\(error)") }
                }
            }
            if let failure = failures.value.first { throw ExecutionFailure(failure) }
            done.formUnion(ready.map(\.name))
        }
    }

    /// The seal lists every file with its size; a build without a matching seal is not trusted.
    private static func writeSeal(in folder: URL, key: String) throws(ExecutionFailure) {
        var lines = [key]
        for module in modules {
            for name in ["\(module.name).swiftmodule", "lib\(module.name).so"] {
                let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? NSNumber)?.intValue ?? -1
                lines.append("\(name) \(size)")
            }
        }
        do {
            try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent(sealName), atomically: true, encoding: .utf8)
        } catch {
            throw ExecutionFailure("cannot write the runtime seal: \(error.localizedDescription)")
        }
    }

    static let sealName = "seal"

    /// Whether the folder holds a whole build for this key, every file the size the seal says.
    var isComplete: Bool {
        let root = URL(fileURLWithPath: folder)
        guard let seal = try? String(contentsOf: root.appendingPathComponent(Self.sealName), encoding: .utf8) else {
            return false
        }
        let lines = seal.split(separator: "\n")
        guard lines.first.map(String.init) == key, lines.count == 1 + 2 * Self.modules.count else { return false }
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let size = Int(parts[1]), size > 0,
                  let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(String(parts[0])).path),
                  (attributes[.size] as? NSNumber)?.intValue == size else { return false }
        }
        return true
    }
}
