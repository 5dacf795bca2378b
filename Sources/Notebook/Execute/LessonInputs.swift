import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The files beside a lesson that its cells can read, and a digest of what
/// they hold, which is part of the key of the lesson's cached results: change
/// `Lessons/data/points.csv` and every lesson that can read it runs again.
///
/// A lesson that names its files (`files:` in its front matter or a cell's
/// options, relative to the lesson's folder) can read those, and depends on
/// those alone. Any other can read the whole lessons folder and depends on
/// every file in it except the lessons themselves (`*.md`) and hidden ones.
struct LessonInputs: Equatable {
    /// The lesson's folder, absolute: the cells' working directory.
    var folder: String
    /// What the cells may read, absolute paths.
    var readable: [String]
    /// Whether the lesson named its files.
    var declared: Bool
    /// What the readable files hold (their paths relative to the lessons folder, and their bytes).
    var digest: String

    /// A named file outside the lessons folder, in words.
    struct Problem: Error {
        var message: String
        /// The cell that named it; nil for the front matter.
        var cell: Int?
    }

    /// The inputs of `lesson`, whose lessons folder is `root` (nil: the lesson's own folder).
    /// `undeclaredDigest` is the digest of the whole lessons folder, computed once per build.
    static func of(_ lesson: Lesson, root: String?, undeclaredDigest: (String) -> String) throws(Problem) -> LessonInputs {
        let file = absolute(lesson.source.path)
        let folder = (file as NSString).deletingLastPathComponent
        let root = root.map(absolute) ?? folder
        var named: [(path: String, cell: Int?)] = lesson.frontMatter.files.map { ($0, nil) }
        for cell in lesson.cells where cell.options.eval {
            named += cell.options.files.map { ($0, cell.index) }
        }
        guard !named.isEmpty else {
            return LessonInputs(folder: folder, readable: [root], declared: false, digest: undeclaredDigest(root))
        }
        var readable: [String] = []
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        for (path, cell) in named {
            let resolved = absolute(folder + "/" + path)
            // A link that leads out of the lessons folder would show its target to the cells.
            let real = URL(fileURLWithPath: resolved).resolvingSymlinksInPath().path
            guard resolved == root || resolved.hasPrefix(root + "/"), real == realRoot || real.hasPrefix(realRoot + "/") else {
                throw Problem(message: "'files: \(path)' is outside the lessons folder \(root)", cell: cell)
            }
            if !readable.contains(resolved) { readable.append(resolved) }
        }
        readable.sort()
        var hash = SHA256()
        for path in readable {
            hash.update(field: path)
            for file in files(under: path, skippingLessons: false) { add(file, relativeTo: root, to: &hash) }
        }
        return LessonInputs(folder: folder, readable: readable, declared: true, digest: hash.hexDigest())
    }

    /// The digest of every file of the lessons folder but lessons and hidden files.
    static func digest(ofFolder root: String) -> String {
        var hash = SHA256()
        for file in files(under: root, skippingLessons: true) { add(file, relativeTo: root, to: &hash) }
        return hash.hexDigest()
    }

    /// Regular files under `path` (or `path` itself), sorted, not entering
    /// hidden entries or linked folders; links to files count as their targets.
    static func files(under path: String, skippingLessons: Bool) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        if info.st_mode & S_IFMT == S_IFREG { return [path] }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [] }
        var found: [String] = []
        var folders = [path]
        while let folder = folders.popLast() {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                if name.hasPrefix(".") || skippingLessons && name.hasSuffix(".md") { continue }
                let entry = folder + "/" + name
                var link = stat()
                guard lstat(entry, &link) == 0 else { continue }
                if link.st_mode & S_IFMT == S_IFDIR {
                    folders.append(entry)
                } else if stat(entry, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                    found.append(entry)
                }
            }
        }
        return found.sorted()
    }

    private static func add(_ file: String, relativeTo root: String, to hash: inout SHA256) {
        hash.update(field: String(file.dropFirst(root.count)))
        guard let handle = FileHandle(forReadingAtPath: file) else {
            hash.update(field: "unreadable")
            return
        }
        defer { try? handle.close() }
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(chunk) }
        hash.update(field: "end")
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
