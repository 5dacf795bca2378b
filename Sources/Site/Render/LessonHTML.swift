import Markdown
import Notebook
import Resolve

/// A lesson's body as HTML, with the list of its sections.
struct LessonHTML {
    /// Where the lesson is being rendered: its own page, or inside the handout.
    struct Setting {
        /// Heading ids and link destinations from the resolve step.
        var targets = PageTargets()
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
    struct Section {
        var id: String
        var html: String
        var level: Int
    }

    var body: String
    var sections: [Section]

    /// What is inside each cell's element, by cell index: highlighting and
    /// outputs are rendered once per lesson, for its page and the handout.
    static func cellContents(_ lesson: Lesson, run: LessonRun?) -> [Int: String] {
        let results = Dictionary(uniqueKeysWithValues: (run?.results ?? []).map { ($0.index, $0) })
        return Dictionary(uniqueKeysWithValues: lesson.cells.map { cell in
            (cell.index, CellHTML.inside(cell, result: results[cell.index], path: lesson.source.path))
        })
    }

    init(lesson: Lesson, cells: [Int: String], setting: Setting, math: MathHTML) throws(LessonErrors) {
        let path = lesson.source.path
        let targets = setting.targets
        let prefix = setting.idPrefix
        func destination(_ url: String) -> String {
            guard let resolved = targets.destinations[url] else { return url }
            return setting.inHandout ? resolved.inHandout : resolved.onPage
        }
        let renderer = HTMLRenderer(
            allowsRawHTML: lesson.frontMatter.allowsRawHTML,
            headingID: { heading in targets.headingIDs[heading.range.start].map { prefix + $0 } },
            codeBlock: { code in
                code.language == "swift"
                    ? "<pre><code class=\"language-swift\">" + SwiftHighlighter.html(code.code) + "</code></pre>\n"
                    : nil
            },
            math: { try math.html($0, path: path) },
            linkDestination: destination, imageSource: destination,
            footnotePrefix: prefix,
            wrapTable: { "<div class=\"table-wrapper\">\n" + $0 + "</div>\n" })
        var headings: [Heading] = []
        Self.collectHeadings(lesson.blocks, into: &headings)
        do {
            var writer = BodyWriter(renderer: renderer, cells: cells, setting: setting)
            body = try writer.render(lesson.blocks) + renderer.render(footnotes: lesson.footnotes)
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
        let cells: [Int: String]
        let setting: Setting
        var exerciseCount = 0

        init(renderer: HTMLRenderer, cells: [Int: String], setting: Setting) {
            self.renderer = renderer
            self.cells = cells
            self.setting = setting
        }

        mutating func render(_ blocks: [LessonBlock]) throws -> String {
            var html = ""
            for block in blocks {
                switch block {
                case .prose(let prose):
                    html += try renderer.render([Self.shifted(prose, by: setting.headingShift)])
                case .cell(let cell):
                    html += CellHTML.wrap(cells[cell.index] ?? "", cell: cell, idPrefix: setting.idPrefix)
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

        static func shifted(_ block: Block, by shift: Int) -> Block {
            guard shift != 0, case .heading(var heading) = block else { return block }
            heading.level = min(6, heading.level + shift)
            return .heading(heading)
        }
    }
}
