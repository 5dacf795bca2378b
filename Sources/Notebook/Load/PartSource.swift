/// A folder of lessons that the course groups as a part
/// (`Lessons/01-foundations/`), with its optional `part.md`.
public struct PartSource: Sendable {
    /// The folder's name inside the lessons folder (`01-foundations`).
    public var folder: String
    /// `part.md`: the part's title (front matter or first heading) and an introduction.
    public var introduction: LessonSource?
    /// The lesson files of the folder, sorted by name.
    public var lessons: [LessonSource]

    public init(folder: String, introduction: LessonSource?, lessons: [LessonSource]) {
        self.folder = folder
        self.introduction = introduction
        self.lessons = lessons
    }

    /// The name of the file that describes a part.
    public static let partFileName = "part.md"
}
