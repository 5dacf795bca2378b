import Markdown

/// The whole course: its title and introduction, its parts if it has any,
/// its lessons in reading order, and the files published beside them.
public struct Course: Sendable {
    /// From `course.md` (front matter title or first heading), else a default.
    public var title: String
    /// `course.md` as a lesson (its prose introduces the course on the index page).
    public var introduction: Lesson?
    /// Empty for a course without part folders.
    public var parts: [Part]
    /// In reading order: by part, then front matter `order`, then file name. Each knows its number.
    public var lessons: [Lesson]
    /// Images, data and other files under `Lessons/`, published at the same paths.
    public var files: [CourseFile]

    public init(title: String, introduction: Lesson?, parts: [Part] = [], lessons: [Lesson], files: [CourseFile] = []) {
        self.title = title
        self.introduction = introduction
        self.parts = parts
        self.lessons = lessons
        self.files = files
    }

    /// The title of a course whose folder has no `course.md`.
    public static let defaultTitle = "Lessons"

    /// The course page's front matter (course-wide settings).
    public var settings: FrontMatter { introduction?.frontMatter ?? FrontMatter() }

    /// Splits every file of the course; errors from all files are reported together.
    ///
    /// With `memory`, files split by an earlier call and unchanged since are reused.
    public static func make(
        from source: CourseSource, parser: MarkdownParser = MarkdownParser(), memory: SplitMemory? = nil
    ) throws(LessonErrors) -> Course {
        var problems: [Diagnostic] = []
        memory?.keep(only: Set(source.allLessons + [source.course].compactMap { $0 } + source.parts.compactMap(\.introduction)))
        func split(_ file: LessonSource) -> Lesson? {
            do {
                if let memory { return try memory.lesson(for: file, parser: parser) }
                return try LessonSplitter.lesson(from: file, parser: parser)
            } catch {
                problems += error.diagnostics
                return nil
            }
        }
        let introduction = source.course.flatMap(split)
        var lessons: [Lesson] = []
        var parts: [Part] = []
        if source.parts.isEmpty {
            lessons = inReadingOrder(source.lessons.compactMap(split))
        } else {
            let made = source.parts.map { part in
                (part, part.introduction.flatMap(split), inReadingOrder(part.lessons.compactMap(split)))
            }
            let ordered = made.sorted { a, b in
                precedes(a.1?.frontMatter.order, a.0.folder, b.1?.frontMatter.order, b.0.folder)
            }
            for (index, (part, intro, partLessons)) in ordered.enumerated() {
                let title = intro.map { $0.frontMatter.title ?? $0.titleHeading.map { $0.inlines.plainText } ?? Part.title(fromFolder: part.folder) }
                parts.append(Part(
                    title: title ?? Part.title(fromFolder: part.folder), summary: intro?.frontMatter.summary,
                    folder: part.folder, introduction: intro, number: index + 1,
                    lessons: lessons.count..<(lessons.count + partLessons.count)))
                lessons += partLessons.enumerated().map { position, lesson in
                    var numbered = lesson
                    numbered.number = "\(index + 1).\(position + 1)"
                    numbered.part = index
                    return numbered
                }
            }
        }
        if let intro = introduction, let cell = intro.cells.first {
            problems.append(Diagnostic(
                path: intro.source.path, line: cell.range.start.line, column: 1,
                message: "course.md introduces the course; cells belong in lessons"))
        }
        for part in parts {
            if let cell = part.introduction?.cells.first, let path = part.introduction?.source.path {
                problems.append(Diagnostic(path: path, line: cell.range.start.line, column: 1,
                                           message: "part.md introduces a part; cells belong in lessons"))
            }
        }
        guard problems.isEmpty else { throw LessonErrors(problems) }
        let title = introduction.map { $0.frontMatter.title ?? $0.titleHeading.map { $0.inlines.plainText } ?? defaultTitle }
        return Course(title: title ?? defaultTitle, introduction: introduction, parts: parts, lessons: lessons, files: source.files)
    }

    /// Lessons by front matter `order`, then file name; numbered 1, 2, 3….
    private static func inReadingOrder(_ lessons: [Lesson]) -> [Lesson] {
        lessons.sorted { a, b in
            precedes(a.frontMatter.order, a.source.relativePath, b.frontMatter.order, b.source.relativePath)
        }.enumerated().map { index, lesson in
            var numbered = lesson
            numbered.number = "\(index + 1)"
            return numbered
        }
    }

    /// An explicit `order` comes first, then names.
    private static func precedes(_ a: Int?, _ aName: String, _ b: Int?, _ bName: String) -> Bool {
        switch (a, b) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return aName < bName
        }
    }
}
