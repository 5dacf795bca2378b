import Foundation

/// Walks the lessons folder: Markdown at the top and one folder down (parts),
/// every other file at any depth, symbolic links checked.
struct CourseWalk {
    let folder: String
    private let root: String
    private var rootReal = ""
    private var allowsOutsideLinks = false
    private var course: LessonSource?
    private var lessons: [LessonSource] = []
    private var parts: [String: PartSource] = [:]
    private var files: [CourseFile] = []
    private var problems: [Diagnostic] = []
    private var visitedFolders: Set<String> = []

    init(folder: String) {
        self.folder = folder
        root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        rootReal = Self.realPath(root) ?? root
    }

    /// `course.md` first: its front matter says whether links may leave the folder.
    mutating func readCoursePage() {
        let path = root + "/" + CourseSource.courseFileName
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            let source = try LessonSource.read(path: path, relativePath: CourseSource.courseFileName)
            course = source
            allowsOutsideLinks = (try? FrontMatter.parse(source.text, path: path))?.allowsOutsideLinks ?? false
        } catch {
            problems.append(error)
        }
    }

    mutating func visit(relative: String, depth: Int) {
        let here = relative.isEmpty ? root : root + "/" + relative
        if let real = Self.realPath(here) {
            guard visitedFolders.insert(real).inserted else { return }
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: here).sorted()
        } catch {
            problems.append(Diagnostic(path: here, message: "cannot list the folder: \(FileProblem.describe(error))"))
            return
        }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            let path = root + "/" + relativePath
            guard let kind = kind(of: path) else { continue }
            switch kind {
            case .folder where name.hasSuffix(".md"):
                problems.append(Diagnostic(path: path, message: "cannot read the file: is a directory, not a lesson"))
            case .folder:
                visit(relative: relativePath, depth: depth + 1)
            case .file where name.hasSuffix(".md"):
                markdown(name: name, relativePath: relativePath, path: path, depth: depth)
            case .file:
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    files.append(CourseFile(path: path, relativePath: relativePath, contents: [UInt8](data)))
                } catch {
                    problems.append(Diagnostic(path: path, message: "cannot read the file: \(FileProblem.describe(error))"))
                }
            }
        }
    }

    private enum Kind { case file, folder }

    /// A regular file or a folder (following links that stay inside the lessons
    /// folder); nil, with a problem recorded, for anything else.
    private mutating func kind(of path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            problems.append(Diagnostic(path: path, message: String(cString: strerror(errno))))
            return nil
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = Self.realPath(path) else {
                let reason = errno == ELOOP ? "too many levels of symbolic links" : "a symbolic link to nothing (\(String(cString: strerror(errno))))"
                problems.append(Diagnostic(path: path, message: reason))
                return nil
            }
            if !allowsOutsideLinks, target != rootReal, !target.hasPrefix(rootReal + "/") {
                problems.append(Diagnostic(path: path, message: "is a symbolic link to \(target), outside the lessons folder; its contents would be published (allow it with `allow-outside-links: true` in \(CourseSource.courseFileName))"))
                return nil
            }
            guard stat(path, &info) == 0 else { return nil }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default:
            problems.append(Diagnostic(path: path, message: "is not a regular file or a folder"))
            return nil
        }
    }

    private mutating func markdown(name: String, relativePath: String, path: String, depth: Int) {
        if depth == 0, name == CourseSource.courseFileName { return }  // read first
        guard depth <= 1 else {
            problems.append(Diagnostic(path: path, message: "lessons stand at most one folder deep (a part folder); move this file up, or rename it if it is not a lesson"))
            return
        }
        let source: LessonSource
        do {
            source = try LessonSource.read(path: path, relativePath: relativePath)
        } catch {
            problems.append(error)
            return
        }
        if depth == 0 {
            if let problem = CourseSource.problemWithName(name, path: path, atTop: true) { problems.append(problem) } else { lessons.append(source) }
            return
        }
        let partFolder = String(relativePath.prefix { $0 != "/" })
        var part = parts[partFolder] ?? PartSource(folder: partFolder, introduction: nil, lessons: [])
        if name == PartSource.partFileName {
            part.introduction = source
        } else if let problem = CourseSource.problemWithName(name, path: path, atTop: false) {
            problems.append(problem)
        } else {
            part.lessons.append(source)
        }
        parts[partFolder] = part
    }

    func finish() throws(LessonErrors) -> CourseSource {
        var problems = self.problems
        let parts = self.parts.values.sorted { $0.folder < $1.folder }
        if problems.isEmpty, lessons.isEmpty, parts.allSatisfy(\.lessons.isEmpty) {
            problems.append(Diagnostic(path: folder, message: "no lessons: the folder has no *.md files besides \(CourseSource.courseFileName)"))
        }
        if !parts.isEmpty, let first = lessons.first {
            problems.append(Diagnostic(path: first.path, message: "a course with parts keeps every lesson in a part folder; move this lesson into one (the course's introduction belongs in \(CourseSource.courseFileName))"))
        }
        for part in parts {
            if let problem = CourseSource.problemWithName(part.folder + ".md", path: root + "/" + part.folder, atTop: false) {
                problems.append(Diagnostic(path: problem.path, message: problem.message.replacingOccurrences(of: "a lesson's file name", with: "a part's folder name")))
            }
        }
        for part in parts where part.lessons.isEmpty {
            problems.append(Diagnostic(path: root + "/" + part.folder, message: "the part has \(PartSource.partFileName) but no lessons"))
        }
        guard problems.isEmpty else { throw LessonErrors(problems) }
        return CourseSource(
            folder: folder, course: course, lessons: lessons, parts: parts,
            files: files.sorted { $0.relativePath < $1.relativePath })
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
