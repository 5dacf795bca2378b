import Markdown
import Notebook

/// Renders a course and its cells' results into the files of the site:
/// `index.html`, one page per lesson, `handout.html`, and the stylesheet.
public struct SiteRenderer: Sendable {
    let theme: Theme
    let math = MathHTML()

    /// A renderer with the package's default theme.
    public init() throws {
        theme = try Theme.standard()
    }

    /// Every file of the site, in a fixed order; same inputs, same bytes.
    public func render(_ course: Course, runs: [LessonRun?]) throws(LessonErrors) -> [SiteFile] {
        var problems: [Diagnostic] = []
        var pages: [LessonHTML] = []
        var handoutParts: [LessonHTML] = []
        let includeSolutions = course.introduction?.frontMatter.handoutSolutions ?? true
        let slugs = Set(course.lessons.map(\.source.slug))
        for (index, lesson) in course.lessons.enumerated() {
            let run = index < runs.count ? runs[index] : nil
            let slug = lesson.source.slug
            let cells = LessonHTML.cellContents(lesson, run: run)
            do {
                pages.append(try LessonHTML(lesson: lesson, cells: cells, setting: .init(links: LessonLinks(slugs: slugs)), math: math))
                handoutParts.append(try LessonHTML(
                    lesson: lesson, cells: cells,
                    setting: .init(
                        idPrefix: slug + "-", headingShift: 1,
                        includeSolutions: includeSolutions, foldSolutions: false,
                        cellIDPrefix: slug + "-", links: LessonLinks(slugs: slugs, handoutLesson: slug)),
                    math: math))
            } catch {
                problems += error.diagnostics
            }
        }
        var introduction = ""
        if let intro = course.introduction {
            if let cell = intro.cells.first {
                problems.append(Diagnostic(
                    path: intro.source.path, line: cell.range.start.line, column: 1,
                    message: "course.md introduces the course; cells belong in lessons"))
            }
            do {
                introduction = try LessonHTML(
                    lesson: intro, cells: [:], setting: .init(headingShift: 1, links: LessonLinks(slugs: slugs)), math: math).body
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw LessonErrors(problems) }

        let titles = try course.lessons.map { lesson throws(LessonErrors) in try titleHTML(lesson) }
        let entries: [[String: Any]] = course.lessons.enumerated().map { index, lesson in
            var entry: [String: Any] = [
                "number": index + 1, "href": lesson.source.slug + ".html",
                "anchor": lesson.source.slug, "titleHTML": titles[index],
            ]
            if let summary = lesson.summary { entry["summary"] = summary }
            entry["sections"] = handoutParts[index].sections.map(Self.sectionContext)
            entry["hasSections"] = !handoutParts[index].sections.isEmpty
            return entry
        }
        let common: [String: Any] = ["courseTitle": course.title, "lessonCount": course.lessons.count]

        var files: [SiteFile] = []
        files.append(SiteFile(path: "index.html", text: theme.render("index", common.merging([
            "pageTitle": course.title, "introduction": introduction, "lessons": entries,
        ]) { a, _ in a })))
        for (index, lesson) in course.lessons.enumerated() {
            var context = common
            context["pageTitle"] = lesson.title + " · " + course.title
            context["number"] = index + 1
            context["titleHTML"] = titles[index]
            context["body"] = pages[index].body
            context["sections"] = pages[index].sections.map(Self.sectionContext)
            context["hasSections"] = !pages[index].sections.isEmpty
            if index > 0 { context["previous"] = entries[index - 1] }
            if index + 1 < entries.count { context["next"] = entries[index + 1] }
            files.append(SiteFile(path: lesson.source.slug + ".html", text: theme.render("page", context)))
        }
        let handoutLessons: [[String: Any]] = entries.enumerated().map { index, entry in
            entry.merging(["body": handoutParts[index].body]) { a, _ in a }
        }
        files.append(SiteFile(path: "handout.html", text: theme.render("handout", common.merging([
            "pageTitle": course.title + " · Handout", "introduction": introduction, "lessons": handoutLessons,
        ]) { a, _ in a })))
        files += theme.assets
        return files
    }

    /// The lesson's title as inline HTML (its `#` heading may hold code or math).
    private func titleHTML(_ lesson: Lesson) throws(LessonErrors) -> String {
        guard let heading = lesson.titleHeading else { return HTMLEscaping.escape(lesson.title) }
        let path = lesson.source.path
        do {
            return try HTMLRenderer(math: { [math] in try math.html($0, path: path) }).render(heading.inlines)
        } catch let error as Diagnostic {
            throw LessonErrors([error])
        } catch {
            throw LessonErrors([Diagnostic(path: path, message: "\(error)")])
        }
    }

    private static func sectionContext(_ section: LessonHTML.Section) -> [String: Any] {
        ["id": section.id, "html": section.html, "level": section.level]
    }
}
