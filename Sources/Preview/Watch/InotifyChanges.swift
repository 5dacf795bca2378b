#if canImport(Glibc)
import Foundation
import Glibc

/// Changes under a folder from the kernel: one inotify watch per folder, added
/// as folders appear. Files are reported when written and closed, moved in or
/// out (an atomic save's rename), created or deleted.
final class InotifyChanges: ChangeSource {
    let descriptor: Int32?
    let idleWait: Duration = .milliseconds(500)
    private let root: String
    /// Folder (relative to the root, `""` for the root) of each watch.
    private var folders: [Int32: String] = [:]
    /// The root went away (a checkout replacing it, say): it is watched again when it is back.
    private var rootIsGone = false
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    static let fileEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
    static let folderEvents = UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// `nil` when inotify is unavailable or the folder cannot be watched.
    init?(root: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        descriptor = fd
        self.root = root
        guard watchTree("") != nil else {
            Glibc.close(fd)
            return nil
        }
    }

    deinit {
        if let descriptor { Glibc.close(descriptor) }
    }

    func changes() -> [String] {
        guard let fd = descriptor else { return [] }
        var changed: [String] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset + 16 <= count {
                    let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    offset += 16 + length
                    changed += event(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
                }
            }
        }
        if rootIsGone, watchTree("") != nil {
            rootIsGone = false
            changed.append("")
        }
        return changed
    }

    /// What one event means: the paths it changed; watches added or dropped as folders come and go.
    private func event(watch: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: rebuild everything, and watch folders that may have appeared.
            _ = watchTree("")
            return [""]
        }
        guard let folder = folders[watch] else { return [] }
        if name.isEmpty {
            // The watched folder itself went away. Below the root, its parent's
            // event names it; the root is watched again once it is back.
            if !folder.isEmpty {
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
                return []
            }
            guard mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 else { return [] }
            unwatchAll()
            rootIsGone = true
            return [""]
        }
        guard !EditorFiles.ignores(name) else { return [] }
        let path = folder.isEmpty ? name : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return [path] + (watchTree(path) ?? []) }
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { unwatch(path) }
        }
        return [path]
    }

    /// Watches a folder and the folders inside it; returns the files found in
    /// them (a folder moved in brings its files), or `nil` if the folder cannot be watched.
    private func watchTree(_ relative: String) -> [String]? {
        let path = relative.isEmpty ? root : root + "/" + relative
        let flags = Self.fileEvents | Self.folderEvents | (relative.isEmpty ? 0 : UInt32(IN_DONT_FOLLOW))
        guard let fd = descriptor else { return nil }
        let watch = inotify_add_watch(fd, path, flags)
        guard watch >= 0 else { return nil }
        folders[watch] = relative
        var files: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !EditorFiles.ignores(name) {
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(root + "/" + child, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                files += watchTree(child) ?? []
            } else {
                files.append(child)
            }
        }
        return files
    }

    private func unwatchAll() {
        guard let fd = descriptor else { return }
        for watch in folders.keys { inotify_rm_watch(fd, watch) }
        folders = [:]
    }

    /// Drops the watches of a folder that moved away or was deleted, and of the folders inside it.
    private func unwatch(_ relative: String) {
        guard let fd = descriptor, !relative.isEmpty else { return }
        for (watch, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(fd, watch)
            folders[watch] = nil
        }
    }
}
#endif
