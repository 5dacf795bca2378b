/// The files `lessons init` writes: a small course that builds as it is and
/// shows each thing an author uses, a `.gitignore`, and a CI workflow.
struct Scaffold {
    /// Whether the author commits the built `Site/` (then CI checks it is up to date).
    var commitsSite: Bool
    /// A git URL the CI workflow installs `lessons` from; empty leaves a note to fill it in.
    var toolSource: String

    /// Every file, by path relative to the course folder.
    var files: [(path: String, text: String)] {
        [
            ("Lessons/course.md", Self.courseText),
            ("Lessons/01-first-lesson.md", Self.firstLessonText),
            (".gitignore", gitignore),
            (".github/workflows/lessons.yml", workflow),
        ]
    }

    var gitignore: String {
        "# Cell results, kept per course by `lessons build`.\n.lessons-cache/\n"
            + (commitsSite ? "" : "# The built site: publish it from CI, or remove this line to commit it.\nSite/\n")
    }
}
