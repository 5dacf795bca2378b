import Dispatch
import Markdown
import Notebook
import Resolve

/// Renders a course and its cells' results into the files of the site:
/// `index.html`, one page per lesson, `handout.html`, `search.html` and the
/// search index, each lesson's download, the stylesheet and script, and the
/// files beside the lessons.
public struct SiteRenderer: Sendable {
    let theme: Theme
    let math = MathHTML()

    /// A renderer with the tool's default theme.
    public init() throws {
        theme = try Theme.standard()
    }

    /// Every file of the site, in a fixed order; same inputs, same bytes.
    ///
    /// With `memory`, lessons whose inputs are unchanged since the last call
    /// are taken from it rather than rendered again.
    public func render(
        _ course: Course, resolution: Resolution, runs: [LessonRun?], memory: RenderMemory? = nil
    ) throws(LessonErrors) -> [SiteFile] {
        var problems: [Diagnostic] = []
        var pages: [LessonHTML] = []
        var handoutParts: [LessonHTML] = []
        let includeSolutions = course.settings.handoutSolutions
        memory?.keep(only: Set(course.lessons.map(\.source.relativePath)))
        let keys = course.lessons.enumerated().map { index, lesson in
            let targets = resolution.lessons[index]
            return RenderMemory.Key(
                source: lesson.source, number: lesson.number, results: index < runs.count ? runs[index]?.results : nil,
                targets: targets, works: targets.citedKeys.map { RenderMemory.Work($0, in: resolution.bibliography) },
                includeSolutions: includeSolutions)
        }
        // The search index reads only the lessons and their results: it is made on
        // another core while this one renders the pages.
        let searchFiles = Shared<[SiteFile]>([])
        let searching = DispatchGroup(), packaging = DispatchGroup()
        DispatchQueue.global().async(group: searching) {
            let index = SearchIndex(course: course, targets: resolution.lessons, runs: runs) { index in
                let run = index < runs.count ? runs[index] : nil
                let analyse = { SearchIndex.analyse(course.lessons[index], run: run, targets: resolution.lessons[index]) }
                return memory?.searchSections(keys[index], make: analyse) ?? analyse()
            }
            searchFiles.update { $0 = index.files }
        }
        // So are the lessons' downloads, which the pages need only for their sizes.
        let downloadsMade = Shared<(files: [Int: SiteFile], problems: [Diagnostic])>(([:], []))
        DispatchQueue.global().async(group: packaging) {
            var problems: [Diagnostic] = []
            let files = downloadFiles(course, runs: runs, memory: memory, problems: &problems)
            downloadsMade.update { $0 = (files, problems) }
        }
        defer {  // nothing this call started outlives it, even when it throws
            searching.wait()
            packaging.wait()
        }
        for (index, lesson) in course.lessons.enumerated() {
            let run = index < runs.count ? runs[index] : nil
            let targets = resolution.lessons[index]
            let key = keys[index]
            if let known = memory?.rendered(key) {
                pages.append(known.page)
                handoutParts.append(known.handout)
                continue
            }
            let cells = LessonHTML.cellContents(lesson, run: run, highlight: memory?.highlighted ?? SwiftHighlighter.html)
            do {
                pages.append(try LessonHTML(
                    lesson: lesson, cells: cells, setting: .init(targets: targets, bibliography: resolution.bibliography), math: math))
                handoutParts.append(try LessonHTML(
                    lesson: lesson, cells: cells,
                    setting: .init(targets: targets, bibliography: resolution.bibliography, inHandout: true, idPrefix: lesson.source.slug + "-", headingShift: 1,
                                   includeSolutions: includeSolutions, folds: false),
                    math: math))
                memory?.remember(RenderMemory.Rendered(key: key, page: pages[pages.count - 1], handout: handoutParts[handoutParts.count - 1]))
            } catch {
                problems += error.diagnostics
            }
        }
        let introduction = collect(&problems) { () throws(LessonErrors) in
            try course.introduction.map { intro throws(LessonErrors) in
                try LessonHTML(
                    lesson: intro, cells: [:],
                    setting: .init(targets: resolution.introduction, bibliography: resolution.bibliography, headingShift: 1), math: math).body
            } ?? ""
        }
        let partIntroductions = course.parts.enumerated().map { index, part in
            collect(&problems) { () throws(LessonErrors) in
                try part.introduction.map { intro throws(LessonErrors) in
                    try LessonHTML(
                        lesson: intro, cells: [:],
                        setting: .init(targets: resolution.parts[index], bibliography: resolution.bibliography, headingShift: 2),
                        math: math).body
                } ?? ""
            }
        }
        let titles = course.lessons.map { lesson in collect(&problems) { () throws(LessonErrors) in try titleHTML(lesson) } }
        packaging.wait()
        let downloads = downloadsMade.value.files
        problems += downloadsMade.value.problems
        guard problems.isEmpty else { throw LessonErrors(problems) }

        let summaries = course.lessons.enumerated().map { index, lesson in
            lesson.summary.map {
                ReferenceHTML(targets: resolution.lessons[index], bibliography: resolution.bibliography, inHandout: false).plainText($0)
            }
        }
        let outline = CourseOutline(
            course: course, titles: titles, handoutSections: handoutParts.map(\.sections), partIntroductions: partIntroductions,
            summaries: summaries)
        let common: [String: Any] = ["courseTitle": course.title, "lessonCount": course.lessons.count]
        var files: [SiteFile] = []
        files.append(SiteFile(path: SitePaths.index, text: theme.render("index", common.merging([
            "pageTitle": course.title, "root": "", "introduction": introduction,
            "groups": outline.groups(from: ""),
        ]) { a, _ in a })))
        for (index, lesson) in course.lessons.enumerated() {
            let path = SitePaths.page(of: lesson.source)
            let folder = SitePaths.folder(of: path)
            var context = common
            context["pageTitle"] = lesson.title + " · " + course.title
            context["root"] = SitePaths.toTop(from: folder)
            context["numberLabel"] = outline.numberLabel(index)
            context["titleHTML"] = titles[index]
            context["body"] = pages[index].body
            context["sections"] = pages[index].sections.map(CourseOutline.sectionContext)
            context["hasSections"] = !pages[index].sections.isEmpty
            context["hasSidebar"] = true
            context["sidebar"] = outline.sidebar(current: index, sections: pages[index].sections, from: folder)
            if let download = downloads[index] {
                context["download"] = [
                    "href": SitePaths.relative(from: folder, to: download.path),
                    "size": "\(max(1, (download.contents.count + 500) / 1000)) KB",
                ]
            }
            if index > 0 { context["previous"] = outline.entry(index - 1, from: folder) }
            if index + 1 < course.lessons.count { context["next"] = outline.entry(index + 1, from: folder) }
            files.append(SiteFile(path: path, text: theme.render("page", context)))
        }
        files.append(SiteFile(path: SitePaths.handout, text: theme.render("handout", common.merging([
            "pageTitle": course.title + " · Handout", "root": "", "introduction": introduction,
            "groups": outline.groups(from: "") { ["body": handoutParts[$0].body, "numberLabel": outline.numberLabel($0)] },
            "hasBibliography": resolution.bibliography != nil,
            "bibliography": resolution.bibliography.map { works in
                let make = { works.referenceListHTML { "ref-" + $0.key } }
                return memory?.bibliographyHTML(works, make: make) ?? make()
            } ?? "",
        ]) { a, _ in a })))
        files.append(SiteFile(path: SearchIndex.pagePath, text: theme.render("search", common.merging([
            "pageTitle": "Search · " + course.title, "root": "",
        ]) { a, _ in a })))
        searching.wait()
        files += searchFiles.value
        files += course.lessons.indices.compactMap { downloads[$0] }
        files += theme.assets
        let generated = Set(files.map(\.path))
        let clashes = course.files.filter { generated.contains($0.relativePath) }
        guard clashes.isEmpty else {
            throw LessonErrors(clashes.map { Diagnostic(path: $0.path, message: "the site makes its own \($0.relativePath); rename this file") })
        }
        files += course.files.map { SiteFile(path: $0.relativePath, contents: $0.contents) }
        return files
    }

    /// Each lesson's "run it yourself" archive, by lesson index (lessons without a cell to run have none).
    private func downloadFiles(
        _ course: Course, runs: [LessonRun?], memory: RenderMemory?, problems: inout [Diagnostic]
    ) -> [Int: SiteFile] {
        var files: [Int: SiteFile] = [:]
        for (index, lesson) in course.lessons.enumerated() where LessonPackage.offers(lesson) {
            let run = index < runs.count ? runs[index] : nil
            let package = { LessonPackage(lesson: lesson, run: run, courseTitle: course.title, courseFiles: course.files) }
            let zip = { (package: LessonPackage) in SiteFile(path: LessonPackage.path(of: lesson), contents: try package.zip()) }
            do {
                let key = RenderMemory.DownloadKey(
                    source: lesson.source, results: run?.results, courseTitle: course.title, courseFiles: course.files)
                files[index] = try memory?.download(key, package: package, zip: zip) ?? zip(package())
            } catch {
                problems.append(Diagnostic(path: lesson.source.path, message: "cannot make the lesson's download: \(error)"))
            }
        }
        return files
    }

    /// Runs `body`, moving its diagnostics into `problems`; "" when it failed.
    private func collect(_ problems: inout [Diagnostic], _ body: () throws(LessonErrors) -> String) -> String {
        do { return try body() } catch { problems += error.diagnostics; return "" }
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
}
