import Foundation

/// What `Lessons/` holds: the course page (`course.md`, optional) and the lesson files.
public struct CourseSource: Sendable {
    /// The folder as the user named it.
    public var folder: String
    /// `course.md`: the course title (front matter or first heading) and its introduction.
    public var course: LessonSource?
    /// Every other `*.md`, sorted by file name (the order in the course comes later).
    public var lessons: [LessonSource]

    public init(folder: String, course: LessonSource?, lessons: [LessonSource]) {
        self.folder = folder
        self.course = course
        self.lessons = lessons
    }

    /// The name of the file that describes the course rather than teaching a lesson.
    public static let courseFileName = "course.md"

    /// Reads every Markdown file of a folder; all problems are reported together.
    public static func read(folder: String) throws(LessonErrors) -> CourseSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw LessonErrors([Diagnostic(path: folder, message: "the lessons folder does not exist")])
        }
        guard isDirectory.boolValue else {
            throw LessonErrors([Diagnostic(path: folder, message: "is not a folder")])
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw LessonErrors([Diagnostic(path: folder, message: "cannot list the folder")])
        }
        var course: LessonSource?
        var lessons: [LessonSource] = []
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            do {
                let source = try LessonSource.read(path: path)
                if name == courseFileName {
                    course = source
                } else if let problem = Self.problemWithName(name, path: path) {
                    problems.append(problem)
                } else {
                    lessons.append(source)
                }
            } catch {
                problems.append(error)
            }
        }
        if problems.isEmpty, lessons.isEmpty {
            problems.append(Diagnostic(path: folder, message: "no lessons: the folder has no *.md files besides \(courseFileName)"))
        }
        guard problems.isEmpty else { throw LessonErrors(problems) }
        return CourseSource(folder: folder, course: course, lessons: lessons)
    }

    /// A lesson's file name becomes its page's name, so it must be safe in a URL.
    static func problemWithName(_ name: String, path: String) -> Diagnostic? {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
        return allowed ? nil : Diagnostic(
            path: path, message: "a lesson's file name may hold only ASCII letters, digits, '-', '_' and '.' (it names the page)")
    }
}
