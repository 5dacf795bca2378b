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
        /// The works it cites (letters such as 2014a depend on the whole course).
        var works: [Work]
        var includeSolutions: Bool
    }

    /// A cited work as a page shows it: its label and its entry (nil for a key the bibliography lacks).
    struct Work: Equatable, Sendable {
        var label: AuthorYear?
        var entry: Entry?

        init(_ key: String, in works: CitedWorks?) {
            label = works?.label(key)
            entry = works?.entry(key)
        }
    }

    struct Rendered: Sendable {
        var key: Key
        var page: LessonHTML
        var handout: LessonHTML
    }

    private let lessons = Shared<[String: Rendered]>([:])
    private let searchSections = Shared<[String: (key: Key, sections: [SearchIndex.Analysed])]>([:])
    private let downloads = Shared<[String: (key: DownloadKey, package: LessonPackage, file: SiteFile)]>([:])

    /// What a lesson's download is made from: its text and results, and the files it may ship.
    struct DownloadKey: Equatable, Sendable {
        var source: LessonSource
        var results: [CellResult]?
        var courseTitle: String
        var courseFiles: [CourseFile]
    }

    private let bibliography = Shared<(works: [Work], html: String)?>(nil)
    private let highlightedCode = Shared<[String: String]>([:])

    /// The handout's reference list, rendered again only when a cited work or its label changed.
    func bibliographyHTML(_ works: CitedWorks, make: () -> String) -> String {
        let key = works.entries.map { Work($0.key, in: works) }
        if let known = bibliography.value, known.works == key { return known.html }
        let html = make()
        bibliography.update { $0 = (key, html) }
        return html
    }

    /// A cell's code highlighted, as `SwiftHighlighter` does it, parsed again
    /// only when the code is new: a prose edit re-renders the lesson's cells
    /// with their code unchanged.
    @Sendable func highlighted(_ code: String) -> String {
        if let known = highlightedCode.value[code] { return known }
        let html = SwiftHighlighter.html(code)
        highlightedCode.update {
            // Every edit of a cell leaves its old code here; a long session starts again.
            if $0.count >= 10_000 { $0 = [:] }
            $0[code] = html
        }
        return html
    }

    func searchSections(_ key: Key, make: () -> [SearchIndex.Analysed]) -> [SearchIndex.Analysed] {
        if let known = searchSections.value[key.source.relativePath], known.key == key { return known.sections }
        let sections = make()
        searchSections.update { $0[key.source.relativePath] = (key, sections) }
        return sections
    }

    /// A lesson's archive, made again only when what it is made from changed,
    /// and compressed again only when a file in it changed (most prose edits
    /// leave the cells and the comments beside them as they were).
    func download(
        _ key: DownloadKey, package: () -> LessonPackage, zip: (LessonPackage) throws -> SiteFile
    ) rethrows -> SiteFile {
        let path = key.source.relativePath
        let known = downloads.value[path]
        if let known, known.key == key { return known.file }
        let package = package()
        let file = try known.flatMap { $0.package == package ? $0.file : nil } ?? zip(package)
        downloads.update { $0[path] = (key, package, file) }
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
