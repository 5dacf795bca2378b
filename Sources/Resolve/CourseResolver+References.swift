import Bibliography
import Markdown
import Notebook

/// Cross-references (`@eq-x`, `[-@fig-y]`) and citations (`[@lipton2014, p. 3]`).
extension CourseResolver {
    /// A numbered target of the course, with where it is.
    struct Target {
        var lesson: Int
        var id: String
        var kind: ReferenceTarget.Kind
        var number: String
        var position: SourcePosition
    }

    /// Every lesson's numbered targets; one id twice is an error naming both places.
    mutating func number(_ lessons: inout [PageTargets]) -> [String: Target] {
        var targets: [String: Target] = [:]
        for (index, lesson) in course.lessons.enumerated() {
            let numbering = memory?.numbering(of: lesson) ?? Numbering(lesson: lesson)
            problems += numbering.problems
            lessons[index].equations = numbering.equations
            lessons[index].cellCaptions = numbering.cellCaptions
            lessons[index].imageCaptions = numbering.imageCaptions
            for target in numbering.targets {
                if let first = targets[target.id] {
                    let firstPath = course.lessons[first.lesson].source.path
                    problems.append(Diagnostic(
                        path: lesson.source.path, line: target.position.line, column: target.position.column,
                        message: "the id '\(target.id)' is already given at \(firstPath):\(first.position.line):\(first.position.column)"))
                    continue
                }
                targets[target.id] = Target(lesson: index, id: target.id, kind: target.kind, number: target.number, position: target.position)
            }
        }
        return targets
    }

    /// The course's BibTeX file, if it has one: `bibliography:` in course.md, else
    /// `references.bib`. One that does not read is reported here, and
    /// citations are then not checked against it.
    mutating func readBibliography() -> Bibliography? {
        let name = course.settings.bibliography ?? "references.bib"
        guard let file = course.files.first(where: { $0.relativePath == name }) else {
            if let named = course.settings.bibliography, let intro = course.introduction {
                problems.append(Diagnostic(path: intro.source.path, message: "bibliography: no file '\(named)' in the lessons folder"))
            }
            return nil
        }
        do {
            let parse = { () throws(BibliographyError) in
                try Bibliography.parse(String(decoding: file.contents, as: UTF8.self), path: file.path)
            }
            if let memory { return try memory.bibliography(of: file, parse: parse) }
            return try parse()
        } catch {
            problems.append(Diagnostic(path: error.path, line: error.line, column: error.column, message: error.message))
            bibliographyUnreadable = true
            return nil
        }
    }

    /// Finds every reference and citation the file writes: cross-references are
    /// looked up among `targets`, citations in `bibliography`.
    mutating func references(
        in file: Lesson, pageFolder: String, current: Int?, targets: [String: Target], bibliography: Bibliography?,
        into page: inout PageTargets
    ) {
        let groups = memory?.citations(in: file, find: Self.citations) ?? Self.citations(in: file)
        lazy var locator = SourceLocator(text: file.source.text)
        var seen: [String: Int] = [:]
        func problem(_ key: String, _ range: SourceRange, _ message: String) {
            guard checksLinks else { return }
            let occurrence = seen["@" + key, default: 0]
            let position = locator.position(of: "@" + key, in: range, occurrence: occurrence)
            problems.append(Diagnostic(path: file.source.path, line: position.line, column: position.column, message: message))
        }
        for (group, range) in groups {
            let kinds = Set(group.items.map { ReferenceTarget.kind(ofKey: $0.key) != nil })
            if kinds.count > 1, let item = group.items.first {
                problem(item.key, range, "one citation mixes cross-references and works; write them in two")
            }
            for item in group.items {
                defer { seen["@" + item.key, default: 0] += 1 }
                if let kind = ReferenceTarget.kind(ofKey: item.key) {
                    guard let target = targets[item.key] else {
                        problem(item.key, range, "no \(kind.rawValue.lowercased()) with id '\(item.key)' in the course")
                        continue
                    }
                    page.references[item.key] = ReferenceTarget(
                        kind: target.kind, number: target.number,
                        destination: destination(of: target, pageFolder: pageFolder, current: current))
                } else if let bibliography {
                    guard bibliography.entry(item.key) != nil else {
                        problem(item.key, range, "no work '\(item.key)' in \(bibliography.path)")
                        continue
                    }
                    if !page.citedKeys.contains(item.key) { page.citedKeys.append(item.key) }
                } else if !bibliographyUnreadable {
                    problem(item.key, range, "'@\(item.key)' cites a work, but the course has no bibliography (add references.bib to the lessons folder, or write \\@ for an at sign)")
                }
            }
        }
    }

    /// Every `@…` group the file writes, with the text it stands in.
    static func citations(in file: Lesson) -> [(group: CitationGroup, range: SourceRange)] {
        var groups: [(group: CitationGroup, range: SourceRange)] = []
        LessonContent(inline: { inline, range in
            guard case .text(let text) = inline, text.utf8.contains(UInt8(ascii: "@")) else { return }
            for case .citation(let group) in CitationScanner.segments(text) { groups.append((group, range)) }
        }).visit(file)
        return groups
    }

    /// Where a target is, from a page in `pageFolder` (the lesson `current`, if one) and inside the handout.
    func destination(of target: Target, pageFolder: String, current: Int?) -> Destination {
        let source = course.lessons[target.lesson].source
        if target.kind == .lesson {
            return Destination(
                onPage: SitePaths.relative(from: pageFolder, to: SitePaths.page(of: source)), inHandout: "#" + source.slug)
        }
        let onPage = current == target.lesson
            ? "#" + target.id
            : SitePaths.relative(from: pageFolder, to: SitePaths.page(of: source)) + "#" + target.id
        let anchor = target.kind == .equation
            ? HandoutAnchor.equationID(target.id, lesson: source.slug)
            : HandoutAnchor.id(target.id, lesson: source.slug)
        return Destination(onPage: onPage, inHandout: "#" + anchor)
    }
}
