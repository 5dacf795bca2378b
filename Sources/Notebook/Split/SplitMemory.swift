import Markdown

/// Lessons already split by a long-lived process (`lessons serve`), by their
/// source: a file that did not change is not parsed again.
public final class SplitMemory: Sendable {
    private let lessons = Shared<[LessonSource: Lesson]>([:])

    public init() {}

    func lesson(for source: LessonSource, parser: MarkdownParser) throws(LessonErrors) -> Lesson {
        if let known = lessons.value[source] { return known }
        let lesson = try LessonSplitter.lesson(from: source, parser: parser)
        lessons.update { $0[source] = lesson }
        return lesson
    }

    /// Forgets sources that are no longer in the course (or were edited).
    func keep(only sources: Set<LessonSource>) {
        lessons.update { $0 = $0.filter { sources.contains($0.key) } }
    }
}
