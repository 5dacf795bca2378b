import Markdown

/// The whole course: its title and introduction, and its lessons in reading order.
public struct Course: Sendable {
    /// From `course.md` (front matter title or first heading), else a default.
    public var title: String
    /// `course.md` as a lesson (its prose introduces the course on the index page).
    public var introduction: Lesson?
    /// In order: front matter `order`, then file name.
    public var lessons: [Lesson]

    public init(title: String, introduction: Lesson?, lessons: [Lesson]) {
        self.title = title
        self.introduction = introduction
        self.lessons = lessons
    }

    /// The title of a course whose folder has no `course.md`.
    public static let defaultTitle = "Lessons"

    /// Splits every file of the course; errors from all files are reported together.
    public static func make(from source: CourseSource, parser: MarkdownParser = MarkdownParser()) throws(LessonErrors) -> Course {
        var problems: [Diagnostic] = []
        var lessons: [Lesson] = []
        var introduction: Lesson?
        if let course = source.course {
            do { introduction = try LessonSplitter.lesson(from: course, parser: parser) } catch { problems += error.diagnostics }
        }
        for file in source.lessons {
            do { lessons.append(try LessonSplitter.lesson(from: file, parser: parser)) } catch { problems += error.diagnostics }
        }
        guard problems.isEmpty else { throw LessonErrors(problems) }
        lessons.sort { a, b in
            switch (a.frontMatter.order, b.frontMatter.order) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.source.slug < b.source.slug
            }
        }
        let title = introduction.map { $0.frontMatter.title ?? $0.titleHeading.map { $0.inlines.plainText } ?? defaultTitle }
        return Course(title: title ?? defaultTitle, introduction: introduction, lessons: lessons)
    }
}
