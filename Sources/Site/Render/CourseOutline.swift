import Notebook
import Resolve

/// The course as the templates list it — parts and lessons, with numbers,
/// titles and links — seen from one page of the site (links are relative).
struct CourseOutline {
    let course: Course
    /// Each lesson's title as inline HTML (its `#` heading may hold code or math).
    let titles: [String]
    /// Each lesson's sections, with handout ids (for the handout's contents).
    let handoutSections: [[LessonHTML.Section]]
    /// Each part's introduction (`part.md`), rendered.
    let partIntroductions: [String]
    /// Each lesson's summary with its references written out, if it has one.
    let summaries: [String?]

    /// One lesson as a template entry, its link relative to `folder`.
    func entry(_ index: Int, from folder: String) -> [String: Any] {
        let lesson = course.lessons[index]
        var entry: [String: Any] = [
            "number": lesson.number,
            "href": SitePaths.relative(from: folder, to: SitePaths.page(of: lesson.source)),
            "anchor": lesson.source.slug,
            "titleHTML": titles[index],
            "sections": handoutSections[index].map(Self.sectionContext),
            "hasSections": !handoutSections[index].isEmpty,
        ]
        if let summary = summaries[index] { entry["summary"] = summary }
        return entry
    }

    /// The lessons in groups: one per part, or one without a heading for a course without parts.
    func groups(from folder: String, extra: (Int) -> [String: Any] = { _ in [:] }) -> [[String: Any]] {
        func lessons(_ range: Range<Int>) -> [[String: Any]] {
            range.map { entry($0, from: folder).merging(extra($0)) { _, new in new } }
        }
        guard !course.parts.isEmpty else {
            return [["hasHeader": false, "lessons": lessons(course.lessons.indices)]]
        }
        return course.parts.enumerated().map { index, part in
            [
                "hasHeader": true, "number": part.number, "title": part.title,
                "anchor": "part-" + part.folder, "introduction": partIntroductions[index],
                "lessons": lessons(part.lessons),
            ]
        }
    }

    /// The lessons for a lesson page's sidebar: the current one marked, with its page's sections.
    func sidebar(current index: Int, sections: [LessonHTML.Section], from folder: String) -> [[String: Any]] {
        groups(from: folder) { other in
            other == index
                ? ["current": true, "pageSections": sections.map(Self.sectionContext), "hasPageSections": !sections.isEmpty]
                : [:]
        }
    }

    /// "Lesson 3 of 7", or "Part 2 · Lesson 2.3" in a course with parts.
    func numberLabel(_ index: Int) -> String {
        let lesson = course.lessons[index]
        guard let part = lesson.part, course.parts.indices.contains(part) else {
            return "Lesson \(lesson.number) of \(course.lessons.count)"
        }
        return "Part \(course.parts[part].number): \(course.parts[part].title) · Lesson \(lesson.number)"
    }

    static func sectionContext(_ section: LessonHTML.Section) -> [String: Any] {
        ["id": section.id, "html": section.html, "level": section.level]
    }
}
