import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The builder's temporary folder for one build, `$TMPDIR/lessons-build-…`:
/// each lesson's program is written and compiled in a folder of it, and,
/// without a sandbox, its cells' scratch folder is there too.
///
/// The area is locked (`flock` on its `lock` file) while its build runs, and
/// the lock dies with the build however it ends; so a build that finds an
/// area nobody holds knows its build was killed, and removes it.
public final class WorkArea: Sendable {
    public let path: String
    private let lock: Int32

    public static let prefix = "lessons-build-"

    private init(path: String, lock: Int32) {
        self.path = path
        self.lock = lock
    }

    /// Makes a fresh area in `parent` (the system's temporary folder unless
    /// given), after removing areas that killed builds left there.
    public static func create(in parent: String? = nil) throws(ExecutionFailure) -> WorkArea {
        let parent = parent ?? FileManager.default.temporaryDirectory.path
        removeAbandoned(in: parent)
        let path = parent + "/" + prefix + UUID().uuidString
        guard mkdir(path, 0o700) == 0 else {
            throw ExecutionFailure("cannot create a work folder in \(parent): \(FileProblem.describe(errno: errno))")
        }
        let lock = open(path + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0, flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            let reason = FileProblem.describe(errno: errno)
            rmdir(path)
            throw ExecutionFailure("cannot create a work folder in \(parent): \(reason)")
        }
        return WorkArea(path: path, lock: lock)
    }

    /// A new, empty folder of the area for one job.
    func folder(_ name: String) throws(ExecutionFailure) -> String {
        let folder = path + "/" + name + "-" + UUID().uuidString.prefix(8)
        guard mkdir(folder, 0o700) == 0 else {
            throw ExecutionFailure("cannot create a work folder \(folder): \(FileProblem.describe(errno: errno))")
        }
        return folder
    }

    /// Removes the area and lets go of it.
    public func remove() {
        Self.removeTree(path)
        close(lock)
    }

    /// Removes the areas of builds that are gone: those whose lock is free.
    static func removeAbandoned(in parent: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) {
            let area = parent + "/" + name
            let lock = open(area + "/lock", O_RDWR | O_CLOEXEC | O_NOFOLLOW)
            guard lock >= 0 else { continue }
            if flock(lock, LOCK_EX | LOCK_NB) == 0 { removeTree(area) }
            close(lock)
        }
    }

    /// Removes a folder and all in it, even folders a cell made unreadable.
    static func removeTree(_ path: String) {
        if (try? FileManager.default.removeItem(atPath: path)) != nil { return }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            chmod(path, 0o700)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                removeTree(path + "/" + name)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
