import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a built site so that a reader never sees half of it, and a failure
/// leaves the previous site as it was.
///
/// Files go to a fresh folder beside the output, which is then exchanged with
/// the output in one `renameat2(RENAME_EXCHANGE)`. Only files the previous
/// build listed in its manifest are replaced; anything else in the folder is
/// carried over, and a folder that holds files but no manifest is refused.
public struct SiteWriter: Sendable {
    public var output: String

    public init(output: String) {
        self.output = output
    }

    /// Why the site could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Writes `files` (and their manifest) as the new contents of the output folder.
    public func write(_ files: [SiteFile]) throws(Failure) {
        let fm = FileManager.default
        let all = files + [Manifest.file(listing: files)]
        let previous = try previousManifest()
        let carried = try filesToCarry(previous: previous, generated: Set(all.map(\.path)))

        let target = URL(fileURLWithPath: output).standardizedFileURL
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).building-\(getpid())")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in all {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents).write(to: url)
            }
            for path in carried {
                let destination = staging.appendingPathComponent(path)
                try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: target.appendingPathComponent(path), to: destination)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(description: "\(output): error: cannot write the site: \(error.localizedDescription)")
        }

        if previous == nil, !fm.fileExists(atPath: target.path) {
            guard rename(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(at: staging)
                throw Failure(description: "\(output): error: cannot move the new site into place: \(reason)")
            }
            return
        }
        guard exchange(staging.path, target.path) else {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: staging)
            throw Failure(description: "\(output): error: cannot swap in the new site: \(reason)")
        }
        // `staging` now holds the previous site: every file of it was either
        // listed in its manifest or carried over into the new one.
        try? fm.removeItem(at: staging)
    }

    /// The paths the last build wrote; nil if the folder is missing or empty.
    private func previousManifest() throws(Failure) -> Set<String>? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            throw Failure(description: "\(output): error: the output exists and is not a folder")
        }
        let manifest = URL(fileURLWithPath: output).appendingPathComponent(Manifest.fileName)
        if let text = try? String(contentsOf: manifest, encoding: .utf8) {
            return Manifest.paths(in: text)
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output)) ?? []
        guard entries.isEmpty else {
            throw Failure(description: "\(output): error: refusing to write into a folder that holds files but was not written by `lessons build` (it has no \(Manifest.fileName)); empty it or choose another --output")
        }
        return nil
    }

    /// Files in the output that the last build did not write: they are kept.
    private func filesToCarry(previous: Set<String>?, generated: Set<String>) throws(Failure) -> [String] {
        guard let previous else { return [] }
        let present = Self.files(under: output)
        let foreign = present.filter { !previous.contains($0) }
        if let clash = foreign.first(where: generated.contains) {
            throw Failure(description: "\(output)/\(clash): error: the build would overwrite this file, which `lessons build` did not write; move it away")
        }
        return foreign
    }

    /// Every regular file under a folder, as sorted relative paths.
    static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var paths: [String] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { paths.append(String(path.dropFirst(prefix.count))) }
        }
        return paths.sorted()
    }

    /// Swaps two paths atomically where the system can (Linux's `renameat2`);
    /// otherwise with two renames.
    private func exchange(_ a: String, _ b: String) -> Bool {
        if let exchangePaths = Self.renameExchange {
            let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
            if exchangePaths(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 { return true }
        }
        let aside = b + ".previous"
        guard rename(b, aside) == 0 else { return false }
        guard rename(a, b) == 0 else { _ = rename(aside, b); return false }
        return rename(aside, a) == 0
    }

    private typealias RenameExchange = @convention(c) (
        Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
    ) -> Int32

    /// glibc's `renameat2`, which Swift's Glibc module does not declare.
    private static let renameExchange: RenameExchange? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameExchange.self)
    }()
}
