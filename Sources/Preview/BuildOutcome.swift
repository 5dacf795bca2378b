import Notebook
import Site

/// What one build of the course gives the preview.
public struct BuildOutcome: Sendable, Equatable {
    /// Every file of the site, or `nil` when the build failed: the last good
    /// files stay served, with `diagnostics` shown over them.
    public var files: [SiteFile]?
    /// Shown over the open page in the compiler's format; empty clears what is shown.
    public var diagnostics: [Diagnostic]
    /// What the build did, for the rebuild's line: `(7 lessons: 6 from cache, 1 run)`.
    public var summary: String

    public init(files: [SiteFile]?, diagnostics: [Diagnostic] = [], summary: String = "") {
        self.files = files
        self.diagnostics = diagnostics
        self.summary = summary
    }
}

/// Builds the course again. `changedPaths` are what the watcher saw change since
/// the last build, as the author names them (`Lessons/02-x.md`); empty for the
/// first build. It must not throw: a broken lesson is an outcome, not an error.
public typealias Rebuild = @Sendable (_ changedPaths: [String]) async -> BuildOutcome
