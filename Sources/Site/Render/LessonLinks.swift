/// Links between lessons, as authors write them (`02-losses.md`, or the page
/// `02-losses.html#summary`), pointed at the right place: the lesson's page,
/// or its part of the handout.
struct LessonLinks {
    /// Every lesson's slug (its file name without `.md`).
    var slugs: Set<String> = []
    /// In the handout: the slug of the lesson being rendered, whose heading ids carry it as a prefix.
    var handoutLesson: String?

    func destination(_ url: String) -> String {
        guard !url.contains(":"), !url.hasPrefix("/") else { return url }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        if file.isEmpty {
            guard let fragment, let current = handoutLesson else { return url }
            return "#" + current + "-" + fragment
        }
        var slug: String?
        for suffix in [".md", ".html"] where file.hasSuffix(suffix) && slugs.contains(String(file.dropLast(suffix.count))) {
            slug = String(file.dropLast(suffix.count))
        }
        guard let slug else { return url }
        if handoutLesson != nil {
            return "#" + slug + (fragment.map { "-" + $0 } ?? "")
        }
        return slug + ".html" + (fragment.map { "#" + $0 } ?? "")
    }
}
