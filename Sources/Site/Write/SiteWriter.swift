import Foundation
import Notebook

#if canImport(Glibc)
import Glibc
#endif

/// Writes a built site so that a reader never sees half of it, and a failure
/// leaves the previous site as it was.
///
/// Files go to a fresh folder beside the output, which is then exchanged with
/// the output in one `renameat2(RENAME_EXCHANGE)`. Only files the previous
/// build listed in its manifest are replaced; anything else in the folder
/// (files, folders, symbolic links) is carried over as it is, and a folder
/// that holds files but no manifest is refused. An output that is a symbolic
/// link is written through: its target is what gets replaced.
///
/// Writers of one output take turns (a lock on the folder that holds it), so
/// a staging folder that is there while the lock is held was left by a build
/// that was killed, and is removed.
public struct SiteWriter: Sendable {
    public var output: String

    public init(output: String) {
        self.output = output
    }

    /// Why the site could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Where the next site is put together before the swap (removed if the build is interrupted).
    public var stagingFolder: String {
        let target = (try? resolvedOutput()) ?? URL(fileURLWithPath: output).standardizedFileURL.path
        return Self.stagingFolder(for: target)
    }

    static func stagingFolder(for target: String) -> String {
        let url = URL(fileURLWithPath: target)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).building-\(getpid())").path
    }

    /// Writes `files` (and their manifest) as the new contents of the output folder.
    public func write(_ files: [SiteFile]) throws(Failure) {
        let fm = FileManager.default
        let target = try resolvedOutput()
        let parent = (target as NSString).deletingLastPathComponent
        try? fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let lock = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw fail("cannot open the folder \(parent): \(FileProblem.describe(errno: errno))") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0, errno == EINTR {}
        Self.removeAbandonedStaging(beside: target)

        let all = files + [Manifest.file(listing: files)]
        let previous = try previousManifest(target)
        let carried = try CarriedEntries.find(in: target, previous: previous, generated: all.map(\.path), output: output)

        let staging = Self.stagingFolder(for: target)
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in all {
                let url = URL(fileURLWithPath: staging).appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents).write(to: url)
            }
            try carried.copy(from: target, to: staging)
        } catch let failure as Failure {
            try? fm.removeItem(atPath: staging)
            throw failure
        } catch {
            try? fm.removeItem(atPath: staging)
            throw fail("cannot write the site: \(FileProblem.describe(error))")
        }

        if previous == nil, !fm.fileExists(atPath: target) {
            guard rename(staging, target) == 0 else {
                let reason = FileProblem.describe(errno: errno)
                try? fm.removeItem(atPath: staging)
                throw fail("cannot move the new site into place: \(reason)")
            }
            return
        }
        guard exchange(staging, target) else {
            let reason = FileProblem.describe(errno: errno)
            try? fm.removeItem(atPath: staging)
            throw fail("cannot swap in the new site: \(reason)")
        }
        // `staging` now holds the previous site: every entry of it was either
        // listed in its manifest or carried over into the new one.
        try? fm.removeItem(atPath: staging)
    }

    /// The output's real path: a symbolic link is followed to its end (a
    /// link to a folder that does not exist yet names where to make it).
    func resolvedOutput() throws(Failure) -> String {
        var path = URL(fileURLWithPath: output).standardizedFileURL.path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
                throw fail("cannot read the symbolic link \(path)")
            }
            let base = (path as NSString).deletingLastPathComponent
            path = URL(fileURLWithPath: link.hasPrefix("/") ? link : base + "/" + link).standardizedFileURL.path
        }
        throw fail("too many levels of symbolic links")
    }

    /// Staging folders beside `target` that no running build owns (the caller holds the lock).
    static func removeAbandonedStaging(beside target: String) {
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).building-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }

    /// The paths the last build wrote; nil if the folder is missing or empty.
    private func previousManifest(_ target: String) throws(Failure) -> Set<String>? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { throw fail("the output exists and is not a folder") }
        let manifest = URL(fileURLWithPath: target).appendingPathComponent(Manifest.fileName)
        if let text = try? String(contentsOf: manifest, encoding: .utf8) {
            return Manifest.paths(in: text)
        }
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: target)
        } catch {
            throw fail("cannot list the output folder: \(FileProblem.describe(error))")
        }
        guard entries.isEmpty else {
            throw fail("refusing to write into a folder that holds files but was not written by `lessons build` (it has no \(Manifest.fileName)); empty it or choose another --output")
        }
        return nil
    }

    private func fail(_ message: String) -> Failure {
        Failure(description: "\(output): error: \(message)")
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
