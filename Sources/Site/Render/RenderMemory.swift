import Bibliography
import Notebook
import Resolve

/// Lessons already rendered by a long-lived process (`lessons serve`): a
/// lesson whose text, results, numbers and links are what they were is not
/// rendered again, so a save re-renders the lesson it touched and reuses the rest.
public final class RenderMemory: Sendable {
    /// What a lesson's rendering depends on besides the theme.
    struct Key: Equatable, Sendable {
        var source: LessonSource
        var number: String
        var results: [CellResult]?
        var targets: PageTargets
        /// The labels and entries of the works it cites (letters such as 2014a depend on the whole course).
        var works: [String]
        var includeSolutions: Bool
    }

    struct Rendered: Sendable {
        var key: Key
        var page: LessonHTML
        var handout: LessonHTML
    }

    private let lessons = Shared<[String: Rendered]>([:])
    private let searchSections = Shared<[String: (key: Key, sections: [SearchIndex.Analysed])]>([:])
    private let downloads = Shared<[String: (key: DownloadKey, file: SiteFile)]>([:])

    /// What a lesson's download depends on: its text and results, and the files it ships.
    struct DownloadKey: Equatable, Sendable {
        var source: LessonSource
        var results: [CellResult]?
        var courseTitle: String
        var courseFiles: [CourseFile]
    }

    func searchSections(_ key: Key, make: () -> [SearchIndex.Analysed]) -> [SearchIndex.Analysed] {
        if let known = searchSections.value[key.source.relativePath], known.key == key { return known.sections }
        let sections = make()
        searchSections.update { $0[key.source.relativePath] = (key, sections) }
        return sections
    }

    func download(_ key: DownloadKey, make: () throws -> SiteFile) rethrows -> SiteFile {
        if let known = downloads.value[key.source.relativePath], known.key == key { return known.file }
        let file = try make()
        downloads.update { $0[key.source.relativePath] = (key, file) }
        return file
    }

    public init() {}

    func rendered(_ key: Key) -> Rendered? {
        guard let known = lessons.value[key.source.relativePath], known.key == key else { return nil }
        return known
    }

    func remember(_ rendered: Rendered) {
        lessons.update { $0[rendered.key.source.relativePath] = rendered }
    }

    /// Forgets lessons that are no longer in the course.
    func keep(only paths: Set<String>) {
        lessons.update { $0 = $0.filter { paths.contains($0.key) } }
        searchSections.update { $0 = $0.filter { paths.contains($0.key) } }
        downloads.update { $0 = $0.filter { paths.contains($0.key) } }
    }
}
