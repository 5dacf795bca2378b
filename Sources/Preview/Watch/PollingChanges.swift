import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes under a folder found by scanning it and comparing each file's
/// modification time, size and inode with the last scan: for file systems
/// (and systems) without inotify.
final class PollingChanges: ChangeSource {
    let descriptor: Int32? = nil
    let idleWait: Duration
    private let root: String
    private var last: [String: Stamp]

    /// What a scan remembers of a file.
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    init(root: String, interval: Duration) {
        self.root = root
        idleWait = interval
        last = Self.scan(root)
    }

    func changes() -> [String] {
        let now = Self.scan(root)
        defer { last = now }
        return Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }.sorted()
    }

    /// Every file under the folder (not following links to folders), by relative path.
    static func scan(_ root: String, _ relative: String = "") -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let folder = relative.isEmpty ? root : root + "/" + relative
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !EditorFiles.ignores(name) {
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(root + "/" + child, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                stamps.merge(scan(root, child)) { a, _ in a }
            } else {
                stamps[child] = Stamp(
                    seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec),
                    size: Int64(status.st_size), inode: UInt64(status.st_ino))
            }
        }
        return stamps
    }
}
