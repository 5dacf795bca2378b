import Foundation

/// What `Lessons/` holds: the course page (`course.md`, optional), lessons at
/// the top or grouped in part folders, and every other file, to publish.
public struct CourseSource: Sendable {
    /// The folder as the user named it.
    public var folder: String
    /// `course.md`: the course title (front matter or first heading) and its introduction.
    public var course: LessonSource?
    /// Lessons at the top of the folder, sorted by file name (the order in the course comes later).
    public var lessons: [LessonSource]
    /// Folders of lessons, sorted by name.
    public var parts: [PartSource]
    /// Every file that is not Markdown (not hidden), sorted by path.
    public var files: [CourseFile]

    public init(
        folder: String, course: LessonSource?, lessons: [LessonSource], parts: [PartSource] = [], files: [CourseFile] = []
    ) {
        self.folder = folder
        self.course = course
        self.lessons = lessons
        self.parts = parts
        self.files = files
    }

    /// The name of the file that describes the course rather than teaching a lesson.
    public static let courseFileName = "course.md"

    /// Page names the site writes itself: a lesson may not take them.
    public static let reservedNames: Set<String> = ["index", "handout", "search", "404"]

    /// Every lesson file, parts included.
    public var allLessons: [LessonSource] { lessons + parts.flatMap(\.lessons) }

    /// Reads the folder; all problems are reported together.
    public static func read(folder: String) throws(LessonErrors) -> CourseSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw LessonErrors([Diagnostic(path: folder, message: "the lessons folder does not exist")])
        }
        guard isDirectory.boolValue else {
            throw LessonErrors([Diagnostic(path: folder, message: "is not a folder")])
        }
        var walk = CourseWalk(folder: folder)
        walk.readCoursePage()
        walk.visit(relative: "", depth: 0)
        return try walk.finish()
    }

    /// A lesson's file name becomes its page's name, so it must be safe in a URL.
    static func problemWithName(_ name: String, path: String, atTop: Bool) -> Diagnostic? {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
        guard allowed else {
            return Diagnostic(path: path, message: "a lesson's file name may hold only ASCII letters, digits, '-', '_' and '.' (it names the page)")
        }
        let stem = String(name.dropLast(3))
        if atTop, reservedNames.contains(stem.lowercased()) {
            return Diagnostic(path: path, message: "'\(name)' would overwrite the site's own \(stem).html; rename the lesson")
        }
        return nil
    }
}
