import Bibliography
import Foundation
import Markdown
import Notebook

extension Resolution {
    /// Names every heading and checks every link and image of the course: a
    /// link to a lesson, heading, part or file that does not exist is an error
    /// at its line and column. External URLs are not fetched.
    ///
    /// `checksLinks: false` leaves links, references and citations to what the
    /// course does not hold as written (one lesson read on its own, away from its course).
    ///
    /// With `memory`, what an earlier call read and is unchanged (the bibliography) is reused.
    public static func make(course: Course, checksLinks: Bool = true, memory: ResolveMemory? = nil) throws(LessonErrors) -> Resolution {
        var resolver = CourseResolver(course: course, checksLinks: checksLinks)
        resolver.memory = memory
        return try resolver.resolve()
    }
}

/// The resolve step for one course.
struct CourseResolver {
    let course: Course
    let checksLinks: Bool
    var problems: [Diagnostic] = []
    /// The bibliography exists but did not read (its errors are reported once).
    var bibliographyUnreadable = false
    var memory: ResolveMemory?
    /// Lessons by their path under `Lessons/`, and by their page's path.
    private let lessonByPath: [String: Int]
    private let lessonByPage: [String: Int]
    private let partByFolder: [String: Int]
    private let files: Set<String>
    /// Every id on each lesson's page.
    private var pageIDs: [Set<String>] = []
    /// Ids that stand on equations (their handout anchors are written differently).
    private var equationIDs: Set<String> = []

    init(course: Course, checksLinks: Bool) {
        self.course = course
        self.checksLinks = checksLinks
        var byPath: [String: Int] = [:], byPage: [String: Int] = [:]
        for (index, lesson) in course.lessons.enumerated() {
            byPath[lesson.source.relativePath] = index
            byPage[SitePaths.page(of: lesson.source)] = index
        }
        lessonByPath = byPath
        lessonByPage = byPage
        partByFolder = Dictionary(uniqueKeysWithValues: course.parts.enumerated().map { ($1.folder, $0) })
        files = Set(course.files.map(\.relativePath))
    }

    mutating func resolve() throws(LessonErrors) -> Resolution {
        let files = course.lessons + [course.introduction].compactMap { $0 } + course.parts.compactMap(\.introduction)
        memory?.keep(only: Set(files.map(\.source.relativePath)))
        var lessons = course.lessons.map { lesson in
            let (targets, ids) = names(in: lesson)
            pageIDs.append(ids)
            return targets
        }
        let targets = number(&lessons)
        for (id, target) in targets where target.kind != .lesson {
            pageIDs[target.lesson].insert(id)
            if target.kind == .equation { equationIDs.insert(id) }
        }
        let bibliography = readBibliography()
        for index in lessons.indices {
            let lesson = course.lessons[index]
            let folder = lesson.source.relativeFolder
            lessons[index].destinations = destinations(in: lesson, pageFolder: folder, current: index)
            references(in: lesson, pageFolder: folder, current: index, targets: targets, bibliography: bibliography, into: &lessons[index])
        }
        let introduction = course.introduction.map { page(for: $0, targets: targets, bibliography: bibliography) } ?? PageTargets()
        let parts = course.parts.map { part in
            part.introduction.map { page(for: $0, targets: targets, bibliography: bibliography) } ?? PageTargets()
        }
        guard problems.isEmpty else { throw LessonErrors(problems) }
        let cited = (lessons + [introduction] + parts).flatMap(\.citedKeys)
        let works = bibliography.map { bibliography in
            let entries = cited.compactMap { bibliography.entry($0) }
            return memory?.citedWorks(entries) ?? CitedWorks(entries)
        }
        return Resolution(lessons: lessons, introduction: introduction, parts: parts, bibliography: cited.isEmpty ? nil : works)
    }

    /// `course.md` and `part.md` are rendered at the top of the site (index and handout).
    private mutating func page(for file: Lesson, targets: [String: Target], bibliography: Bibliography?) -> PageTargets {
        var (page, _) = names(in: file)
        page.destinations = destinations(in: file, pageFolder: "", current: nil)
        references(in: file, pageFolder: "", current: nil, targets: targets, bibliography: bibliography, into: &page)
        return page
    }

    /// The ids on a lesson's page: cells', then those the author wrote
    /// (`{#id}`; one id twice is an error naming both places), then those made
    /// from headings' text.
    private mutating func names(in lesson: Lesson) -> (PageTargets, Set<String>) {
        var targets = PageTargets()
        var ids = PageIDs()
        for cell in lesson.cells { _ = ids.claim("cell-\(cell.index + 1)") }
        var headings: [Heading] = []
        LessonContent(heading: { headings.append($0) }).visit(lesson)
        var written: [String: SourcePosition] = [:]
        for heading in headings {
            guard let id = heading.attributes.id else { continue }
            if let first = written[id] {
                problems.append(Diagnostic(
                    path: lesson.source.path, line: heading.range.start.line, column: heading.range.start.column,
                    message: "the id '\(id)' is already used at line \(first.line)"))
            } else if PageIDs.reserved.contains(id) || PageIDs.isGenerated(id) || !ids.claim(id) {
                problems.append(Diagnostic(
                    path: lesson.source.path, line: heading.range.start.line, column: heading.range.start.column,
                    message: "the id '\(id)' is one the page gives its own elements; choose another"))
            }
            written[id] = heading.range.start
            targets.headingIDs[heading.range.start] = id
        }
        for heading in headings where heading.attributes.id == nil {
            targets.headingIDs[heading.range.start] = ids.make(from: heading.inlines.plainText)
        }
        return (targets, ids.used)
    }

    /// Where each link and image of `lesson` points; records a problem for each broken one.
    private mutating func destinations(in lesson: Lesson, pageFolder: String, current: Int?) -> [String: Destination] {
        var found: [(url: String, range: SourceRange, isImage: Bool)] = []
        LessonContent(inline: { inline, range in
            switch inline {
            case .link(let link): found.append((link.destination, range, false))
            case .image(let image): found.append((image.source, range, true))
            default: break
            }
        }).visit(lesson)
        var result: [String: Destination] = [:]
        var seen: [String: Int] = [:]
        // Only a broken link needs its place: the file is split into lines then.
        lazy var locator = SourceLocator(text: lesson.source.text)
        for (url, range, isImage) in found {
            let occurrence = seen[url, default: 0]
            seen[url] = occurrence + 1
            switch destination(of: url, from: lesson.source.relativeFolder, pageFolder: pageFolder, current: current, isImage: isImage) {
            case .success(let destination?):
                result[url] = destination
            case .success(nil):
                break
            case .failure where !checksLinks:
                break
            case .failure(let problem):
                let position = locator.position(of: url, in: range, occurrence: occurrence)
                problems.append(Diagnostic(path: lesson.source.path, line: position.line, column: position.column, message: problem.message))
            }
        }
        return result
    }

    struct Problem: Error {
        var message: String
    }

    /// A URL's destinations, nil for one left as written (external, absolute), or why it is broken.
    func destination(
        of url: String, from folder: String, pageFolder: String, current: Int?, isImage: Bool
    ) -> Result<Destination?, Problem> {
        guard !url.isEmpty, !url.hasPrefix("/"), !Self.hasScheme(url) else { return .success(nil) }
        let (path, suffix, fragment) = Self.split(url)
        if path.isEmpty {
            guard let fragment, let current else { return .success(nil) }
            guard pageIDs[current].contains(fragment) else {
                return .failure(Problem(message: "no heading or element with id '\(fragment)' in this lesson"))
            }
            return .success(Destination(onPage: url, inHandout: "#" + handoutAnchor(fragment, lesson: course.lessons[current].source.slug)))
        }
        let decoded = path.removingPercentEncoding ?? path
        guard let target = SitePaths.join(folder, decoded) else {
            return .failure(Problem(message: "'\(url)' points above the lessons folder"))
        }
        let folderPath = target.hasSuffix("/") ? String(target.dropLast()) : target
        if !isImage, let lesson = lessonByPath[target] ?? lessonByPage[target] {
            return lessonDestination(lesson, fragment: fragment, pageFolder: pageFolder, url: url)
        }
        if !isImage, let part = partByFolder[folderPath] ?? partByFolder[target.hasSuffix("/" + PartSource.partFileName) ? SitePaths.folder(of: target) : ""] {
            let anchor = "part-" + course.parts[part].folder
            return .success(Destination(onPage: SitePaths.relative(from: pageFolder, to: SitePaths.index) + "#" + anchor, inHandout: "#" + anchor))
        }
        if !isImage, target == CourseSource.courseFileName || target == SitePaths.index || target == SitePaths.handout {
            let page = target == SitePaths.handout ? SitePaths.handout : SitePaths.index
            let rest = fragment.map { "#" + $0 } ?? ""
            return .success(Destination(onPage: SitePaths.relative(from: pageFolder, to: page) + rest, inHandout: page + rest))
        }
        if files.contains(target) {
            return .success(Destination(
                onPage: SitePaths.relative(from: pageFolder, to: path == decoded ? target : Self.encodedPath(target)) + suffix,
                inHandout: (path == decoded ? target : Self.encodedPath(target)) + suffix))
        }
        if target.hasSuffix(".md") || target.hasSuffix(".html") {
            return .failure(Problem(message: "no lesson '\(target)' in the course"))
        }
        if target.hasSuffix("/") {
            return .failure(Problem(message: "no part '\(folderPath)' in the course"))
        }
        return .failure(Problem(message: "no file '\(target)' in the lessons folder" + (isImage ? " (the image would be missing)" : "")))
    }

    private func lessonDestination(_ lesson: Int, fragment: String?, pageFolder: String, url: String) -> Result<Destination?, Problem> {
        let source = course.lessons[lesson].source
        if let fragment, !pageIDs[lesson].contains(fragment) {
            return .failure(Problem(message: "no heading or element with id '\(fragment)' in \(source.relativePath)"))
        }
        let page = SitePaths.relative(from: pageFolder, to: SitePaths.page(of: source))
        return .success(Destination(
            onPage: page + (fragment.map { "#" + $0 } ?? ""),
            inHandout: "#" + (fragment.map { handoutAnchor($0, lesson: source.slug) } ?? source.slug)))
    }

    /// The handout's id for an id on a lesson's page.
    private func handoutAnchor(_ id: String, lesson slug: String) -> String {
        equationIDs.contains(id) ? HandoutAnchor.equationID(id, lesson: slug) : HandoutAnchor.id(id, lesson: slug)
    }

    /// `path`, `?query` (kept with the path), `#fragment`.
    static func split(_ url: String) -> (path: String, suffix: String, fragment: String?) {
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var suffix = ""
        if let question = rest.firstIndex(of: "?") {
            suffix = String(rest[question...])
            rest = rest[..<question]
        }
        return (String(rest), suffix + (fragment.map { "#" + $0 } ?? ""), fragment)
    }

    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), let first = url.first, first.isLetter else { return false }
        return url[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    static func encodedPath(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
