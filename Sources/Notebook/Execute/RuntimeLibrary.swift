import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The modules cells import (`LessonKit` and what it depends on), compiled
/// from the sources embedded in the tool into the per-user cache, once per
/// compiler and per version of those sources, and shared by every course.
///
/// A `.swiftmodule` loads only in the compiler that wrote it, so the tool
/// compiles them itself rather than shipping binaries.
public struct RuntimeLibrary: Sendable {
    /// Where the `.swiftmodule`s and `lib*.so`s are.
    public var folder: String
    /// Compiler version, flags and every source's contents, hashed.
    public var key: String

    /// Modules compiled with optimisation. Only their loops are hot (lessons
    /// train models with Autodiff and evaluate Metrics in loops); optimising
    /// the others would triple the time of a first build.
    static let optimized: Set<String> = ["Autodiff", "Metrics"]

    static let flags = ["-wmo", "-swift-version", "6", "-parse-as-library", "-suppress-warnings"]

    static func optimization(of module: String) -> [String] {
        optimized.contains(module) ? ["-O", "-num-threads", "2"] : ["-Onone"]
    }

    /// Compiler arguments that let a program import and link the runtime.
    public var programArguments: [String] {
        ["-I", folder, "-L", folder] + RuntimeSources.modules.reversed().map { "-l" + $0.name }
            + ["-Xlinker", "-rpath", "-Xlinker", folder]
    }

    /// The key of the runtime these sources and this compiler make.
    static func key(compiler: Compiler, modules: [RuntimeSources.Module]) -> String {
        var hash = SHA256()
        hash.update(field: compiler.version)
        hash.update(field: flags.joined(separator: " "))
        for module in modules {
            hash.update(field: module.name + " " + module.dependencies.joined(separator: ",") + " "
                + optimization(of: module.name).joined(separator: " "))
            for file in module.files {
                hash.update(field: file.path)
                hash.update(field: file.text)
            }
        }
        return hash.hexDigest()
    }

    /// Uses the cached build for these sources, or builds it (and says so through `built`).
    ///
    /// Safe when several builds prepare the same runtime at once: one compiles
    /// under a lock while the others wait, then find it complete.
    static func prepare(
        compiler: Compiler, cacheFolder: String, modules: [RuntimeSources.Module] = RuntimeSources.modules,
        processes: ChildProcesses = ChildProcesses(), built: (() -> Void)? = nil
    ) throws(ExecutionFailure) -> RuntimeLibrary {
        let key = key(compiler: compiler, modules: modules)
        let root = URL(fileURLWithPath: cacheFolder).appendingPathComponent("runtime")
        let folder = root.appendingPathComponent(String(key.prefix(32)))
        let library = RuntimeLibrary(folder: folder.path, key: key)
        removeAbandonedStaging(in: root)
        if library.isComplete(modules: modules) { return library }

        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw ExecutionFailure("cannot create the runtime cache \(root.path): \(FileProblem.describe(error))")
        }
        let lock = try FileLock(path: folder.path + ".lock")
        defer { lock.release() }
        if library.isComplete(modules: modules) { return library }

        try? FileManager.default.removeItem(at: folder)
        let staging = root.appendingPathComponent(".building-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        built?()
        try writeSources(modules, into: staging)
        try compile(modules, with: compiler, into: staging.path, processes: processes)
        try writeSeal(in: staging, key: key, modules: modules)
        guard rename(staging.path, folder.path) == 0 else {
            throw ExecutionFailure("cannot move the runtime library into \(folder.path): \(String(cString: strerror(errno)))")
        }
        return library
    }

    /// Removes the build for these sources and this compiler; its folder, or nil if there was none.
    static func remove(compiler: Compiler, cacheFolder: String, modules: [RuntimeSources.Module] = RuntimeSources.modules) throws(ExecutionFailure) -> String? {
        let key = key(compiler: compiler, modules: modules)
        let folder = URL(fileURLWithPath: cacheFolder).appendingPathComponent("runtime/\(key.prefix(32))")
        guard FileManager.default.fileExists(atPath: folder.path) else { return nil }
        let lock = try FileLock(path: folder.path + ".lock")
        defer {
            lock.release()
            unlink(folder.path + ".lock")
        }
        do {
            try FileManager.default.removeItem(at: folder)
        } catch {
            throw ExecutionFailure("cannot remove \(folder.path): \(FileProblem.describe(error))")
        }
        return folder.path
    }

    /// Staging folders of builds that were killed (their process is gone).
    private static func removeAbandonedStaging(in root: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names where name.hasPrefix(".building-") {
            let pid = name.dropFirst(".building-".count).prefix { $0.isNumber }
            if let pid = pid_t(pid), pid != getpid(), kill(pid, 0) == -1, errno == ESRCH {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
            }
        }
    }

    /// The sources, written out for the compiler (and kept, so its messages point at real files).
    private static func writeSources(_ modules: [RuntimeSources.Module], into staging: URL) throws(ExecutionFailure) {
        do {
            for module in modules {
                for file in module.files {
                    let url = staging.appendingPathComponent("src/\(module.name)/\(file.path)")
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(file.text.utf8).write(to: url)
                }
            }
        } catch {
            throw ExecutionFailure("cannot write the runtime's sources into \(staging.path): \(FileProblem.describe(error))")
        }
    }

    /// Compiles independent modules side by side, then those that need them.
    private static func compile(
        _ modules: [RuntimeSources.Module], with compiler: Compiler, into folder: String, processes: ChildProcesses
    ) throws(ExecutionFailure) {
        var done: Set<String> = []
        while done.count < modules.count {
            let ready = modules.filter { !done.contains($0.name) && Set($0.dependencies).isSubset(of: done) }
            let failures = Shared([String]())
            DispatchQueue.concurrentPerform(iterations: ready.count) { index in
                let module = ready[index]
                let arguments = flags + optimization(of: module.name) + [
                    "-module-name", module.name, "-emit-library", "-emit-module",
                    "-emit-module-path", folder + "/\(module.name).swiftmodule",
                    "-o", folder + "/lib\(module.name).so", "-I", folder, "-L", folder,
                ] + module.dependencies.map { "-l" + $0 } + ["-Xlinker", "-rpath", "-Xlinker", "$ORIGIN"]
                    + module.files.map { folder + "/src/\(module.name)/\($0.path)" }
                do {
                    let run = try ToolRun.run(
                        compiler.path, arguments: arguments, directory: folder, timeout: 600, processes: processes)
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
    private static func writeSeal(in folder: URL, key: String, modules: [RuntimeSources.Module]) throws(ExecutionFailure) {
        var lines = [key]
        for module in modules {
            for name in ["\(module.name).swiftmodule", "lib\(module.name).so"] {
                let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? NSNumber)?.intValue ?? -1
                lines.append("\(name) \(size)")
            }
        }
        do {
            try FileReplacement.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: folder.appendingPathComponent(sealName).path)
        } catch {
            throw ExecutionFailure("cannot write the runtime seal in \(folder.path): \(FileProblem.describe(error))")
        }
    }

    static let sealName = "seal"

    /// Stops trusting this build (a program could not load it): the next
    /// build compiles the runtime again.
    func distrust() {
        unlink(folder + "/" + Self.sealName)
    }

    /// Whether the folder holds a whole build for this key, every file the size the seal says.
    func isComplete(modules: [RuntimeSources.Module]) -> Bool {
        let root = URL(fileURLWithPath: folder)
        guard let seal = try? String(contentsOf: root.appendingPathComponent(Self.sealName), encoding: .utf8) else {
            return false
        }
        let lines = seal.split(separator: "\n")
        guard lines.first.map(String.init) == key, lines.count == 1 + 2 * modules.count else { return false }
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let size = Int(parts[1]), size > 0,
                  let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(String(parts[0])).path),
                  (attributes[.size] as? NSNumber)?.intValue == size else { return false }
        }
        return true
    }
}
