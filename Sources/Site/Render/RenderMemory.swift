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
    }
}
