import Bibliography
import Markdown
import Notebook

/// What a long-lived process (`lessons serve`) keeps between resolves, each
/// part reused while what it is made from is unchanged: the bibliography as
/// last read (its file's bytes), each lesson's numbering (its display math
/// parsed for labels; its text and number), each file's citation groups (its
/// text), and the cited works with their labels (the list of entries).
public final class ResolveMemory: Sendable {
    private let bibliography = Shared<(path: String, contents: [UInt8], parsed: Bibliography)?>(nil)
    private let numberings = Shared<[String: (source: LessonSource, number: String, numbering: Numbering)]>([:])
    private let citations = Shared<[String: (source: LessonSource, groups: [(group: CitationGroup, range: SourceRange)])]>([:])
    private let citedWorks = Shared<(entries: [Entry], works: CitedWorks)?>(nil)

    public init() {}

    func bibliography(of file: CourseFile, parse: () throws(BibliographyError) -> Bibliography) throws(BibliographyError) -> Bibliography {
        if let known = bibliography.value, known.path == file.path, known.contents == file.contents { return known.parsed }
        let parsed = try parse()
        bibliography.update { $0 = (file.path, file.contents, parsed) }
        return parsed
    }

    func numbering(of lesson: Lesson) -> Numbering {
        let path = lesson.source.relativePath
        if let known = numberings.value[path], known.number == lesson.number, known.source == lesson.source {
            return known.numbering
        }
        let numbering = Numbering(lesson: lesson)
        numberings.update { $0[path] = (lesson.source, lesson.number, numbering) }
        return numbering
    }

    /// The citation groups of a file (a lesson, `course.md`, a part's introduction), found again only when it changed.
    func citations(
        in file: Lesson, find: (Lesson) -> [(group: CitationGroup, range: SourceRange)]
    ) -> [(group: CitationGroup, range: SourceRange)] {
        let path = file.source.relativePath
        if let known = citations.value[path], known.source == file.source { return known.groups }
        let groups = find(file)
        citations.update { $0[path] = (file.source, groups) }
        return groups
    }

    /// The works cited, with their labels worked out again only when the list changed.
    func citedWorks(_ entries: [Entry]) -> CitedWorks {
        if let known = citedWorks.value, known.entries == entries { return known.works }
        let works = CitedWorks(entries)
        citedWorks.update { $0 = (entries, works) }
        return works
    }

    /// Forgets files that are no longer in the course.
    func keep(only paths: Set<String>) {
        numberings.update { $0 = $0.filter { paths.contains($0.key) } }
        citations.update { $0 = $0.filter { paths.contains($0.key) } }
    }
}
