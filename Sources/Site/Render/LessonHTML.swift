import Bibliography
import Markdown
import Notebook
import Resolve

/// A lesson's body as HTML, with the list of its sections.
struct LessonHTML: Sendable {
    /// Where the lesson is being rendered: its own page, or inside the handout.
    struct Setting {
        /// Heading ids, link destinations, numbers and citations from the resolve step.
        var targets = PageTargets()
        /// The course's cited works, for citations and the References section.
        var bibliography: CitedWorks?
        /// Rendered into the handout: ids take `idPrefix`, links their handout form.
        var inHandout = false
        /// Prepended to heading and cell ids, so lessons sharing the handout do not clash.
        var idPrefix = ""
        /// Added to every heading level (the handout nests lessons one level down).
        var headingShift = 0
        /// Show worked solutions at all.
        var includeSolutions = true
        /// Fold solutions and collapsible callouts (on screen), or print them open.
        var folds = true
    }

    /// One entry of a lesson's contents list.
    struct Section: Sendable {
        var id: String
        var html: String
        var level: Int
    }

    var body: String
    var sections: [Section]

    /// What is inside each cell's element, by cell index: highlighting and
    /// outputs are rendered once per lesson, for its page and the handout.
    static func cellContents(
        _ lesson: Lesson, run: LessonRun?, highlight: (String) -> String = SwiftHighlighter.html
    ) -> [Int: CellHTML.Parts] {
        let results = Dictionary(uniqueKeysWithValues: (run?.results ?? []).map { ($0.index, $0) })
        return Dictionary(uniqueKeysWithValues: lesson.cells.map { cell in
            (cell.index, CellHTML.parts(cell, result: results[cell.index], path: lesson.source.path, highlight: highlight))
        })
    }

    init(lesson: Lesson, cells: [Int: CellHTML.Parts], setting: Setting, math: MathHTML) throws(LessonErrors) {
        let path = lesson.source.path
        let targets = setting.targets
        let prefix = setting.idPrefix
        func destination(_ url: String) -> String {
            guard let resolved = targets.destinations[url] else { return url }
            return setting.inHandout ? resolved.inHandout : resolved.onPage
        }
        let references = ReferenceHTML(targets: targets, bibliography: setting.bibliography, inHandout: setting.inHandout)
        var renderer = HTMLRenderer(
            allowsRawHTML: lesson.frontMatter.allowsRawHTML,
            headingID: { heading in targets.headingIDs[heading.range.start].map { prefix + $0 } },
            codeBlock: { code in
                code.language == "swift"
                    ? "<pre><code class=\"language-swift\">" + SwiftHighlighter.html(code.code) + "</code></pre>\n"
                    : nil
            },
            math: { formula in
                if formula.isDisplay, let numbered = targets.equations[formula.position] {
                    return math.html(numbered) { id in
                        setting.inHandout ? HandoutAnchor.equationID(id, lesson: lesson.source.slug) : id
                    }
                }
                return try math.html(formula, path: path)
            },
            linkDestination: destination, imageSource: destination,
            footnotePrefix: prefix,
            wrapTable: { "<div class=\"table-wrapper\">\n" + $0 + "</div>\n" })
        renderer.textHTML = references.text
        var headings: [Heading] = []
        Self.collectHeadings(lesson.blocks, into: &headings)
        do {
            var writer = BodyWriter(renderer: renderer, cells: cells, setting: setting)
            body = try writer.render(lesson.blocks) + renderer.render(footnotes: lesson.footnotes)
            if !setting.inHandout { body += references.referencesSection(headingLevel: 2 + setting.headingShift) }
            sections = try headings.filter { (2...3).contains($0.level) }.map { heading in
                Section(
                    id: targets.headingIDs[heading.range.start].map { prefix + $0 } ?? "",
                    html: try renderer.render(heading.inlines),
                    level: heading.level)
            }
        } catch let error as Diagnostic {
            throw LessonErrors([error])
        } catch {
            throw LessonErrors([Diagnostic(path: path, message: "\(error)")])
        }
    }

    private static func collectHeadings(_ blocks: [LessonBlock], into headings: inout [Heading]) {
        for block in blocks {
            switch block {
            case .prose(.heading(let heading)): headings.append(heading)
            case .exercise(let exercise):
                collectHeadings(exercise.blocks, into: &headings)
                collectHeadings(exercise.solution, into: &headings)
            case .callout(let callout):
                collectHeadings(callout.blocks, into: &headings)
            default: break
            }
        }
    }

    /// Walks the lesson's blocks in order, writing prose, cells, exercises and callouts.
    private struct BodyWriter {
        let renderer: HTMLRenderer
        let cells: [Int: CellHTML.Parts]
        let setting: Setting
        var exerciseCount = 0

        init(renderer: HTMLRenderer, cells: [Int: CellHTML.Parts], setting: Setting) {
            self.renderer = renderer
            self.cells = cells
            self.setting = setting
        }

        mutating func render(_ blocks: [LessonBlock]) throws -> String {
            var html = ""
            for block in blocks {
                switch block {
                case .prose(let prose):
                    if let figure = try figure(prose) {
                        html += figure
                    } else {
                        html += try renderer.render([Self.shifted(prose, by: setting.headingShift)])
                    }
                case .cell(let cell):
                    html += CellHTML.wrap(
                        cells[cell.index] ?? CellHTML.Parts(code: "", output: ""), cell: cell,
                        idPrefix: setting.idPrefix, caption: setting.targets.cellCaptions[cell.index])
                case .exercise(let exercise):
                    html += try render(exercise)
                case .callout(let callout):
                    html += try render(callout)
                }
            }
            return html
        }

        private mutating func render(_ exercise: Exercise) throws -> String {
            exerciseCount += 1
            var html = "<section class=\"exercise\">\n<p class=\"exercise-title\"><strong>Exercise \(exerciseCount).</strong>"
            if !exercise.title.isEmpty { html += " " + HTMLEscaping.escape(exercise.title) }
            html += "</p>\n" + (try render(exercise.blocks))
            if setting.includeSolutions, !exercise.solution.isEmpty {
                let solution = try render(exercise.solution)
                html += setting.folds
                    ? "<details class=\"solution\">\n<summary>Solution</summary>\n" + solution + "</details>\n"
                    : "<div class=\"solution\">\n<p class=\"solution-title\">Solution</p>\n" + solution + "</div>\n"
            }
            return html + "</section>\n"
        }

        /// An `<aside>` named by its title; a collapsible one folds its body in `<details>`.
        private mutating func render(_ callout: Callout) throws -> String {
            let title = HTMLEscaping.escape(callout.title.isEmpty ? callout.kind.label : callout.title)
            let label = callout.title.isEmpty ? title : callout.kind.label + ": " + title
            let body = try render(callout.blocks)
            var html = "<aside class=\"callout callout-\(callout.kind.rawValue)\" aria-label=\"\(label)\">\n"
            if callout.collapses, setting.folds {
                html += "<details>\n<summary class=\"callout-title\">\(title)</summary>\n" + body + "</details>\n"
            } else {
                html += "<p class=\"callout-title\">\(title)</p>\n" + body
            }
            return html + "</aside>\n"
        }

        /// A paragraph that holds only an image written with `{#fig-…}`: a numbered figure.
        private func figure(_ block: Block) throws -> String? {
            guard case .paragraph(let paragraph) = block else { return nil }
            let images = paragraph.inlines.filter { if case .text(let t) = $0 { !t.allSatisfy(\.isWhitespace) } else { $0 != .softBreak } }
            guard images.count == 1, case .image(var image) = images[0], let id = image.attributes.id,
                  let caption = setting.targets.imageCaptions[id] else { return nil }
            image.attributes.id = nil
            let img = try renderer.render([.image(image)])
            return "<figure class=\"image-figure\" id=\"\(setting.idPrefix)\(id)\">\n" + img
                + "\n<figcaption>" + HTMLEscaping.escape(caption.shown) + "</figcaption>\n</figure>\n"
        }

        static func shifted(_ block: Block, by shift: Int) -> Block {
            guard shift != 0, case .heading(var heading) = block else { return block }
            heading.level = min(6, heading.level + shift)
            return .heading(heading)
        }
    }
}
