import Markdown
import Notebook

/// A lesson's body as HTML, with the list of its sections.
struct LessonHTML {
    /// Where the lesson is being rendered: its own page, or inside the handout.
    struct Setting {
        /// Prepended to heading ids, so lessons sharing the handout do not clash.
        var idPrefix = ""
        /// Added to every heading level (the handout nests lessons one level down).
        var headingShift = 0
        /// Show worked solutions at all.
        var includeSolutions = true
        /// Fold solutions behind a "Solution" toggle (on screen) or print them open.
        var foldSolutions = true
        /// Prefix of cell element ids.
        var cellIDPrefix = ""
        /// Rewrites links between lessons for where they are rendered.
        var links = LessonLinks()
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
        var anchors = HeadingAnchors(prefix: setting.idPrefix)
        var ids: [SourcePosition: String] = [:]
        var headings: [Heading] = []
        Self.collectHeadings(lesson.blocks, into: &headings)
        for heading in headings { ids[heading.range.start] = anchors.id(for: heading.inlines.plainText) }

        let renderer = HTMLRenderer(
            allowsRawHTML: lesson.frontMatter.allowsRawHTML,
            headingID: { ids[$0.range.start] },
            codeBlock: { code in
                code.language == "swift"
                    ? "<pre><code class=\"language-swift\">" + SwiftHighlighter.html(code.code) + "</code></pre>\n"
                    : nil
            },
            math: { try math.html($0, path: path) },
            linkDestination: setting.links.destination)
        do {
            var writer = BodyWriter(renderer: renderer, cells: cells, setting: setting)
            body = try writer.render(lesson.blocks)
            sections = try headings.filter { (2...3).contains($0.level) }.map { heading in
                Section(
                    id: ids[heading.range.start] ?? "",
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
            default: break
            }
        }
    }

    /// Walks the lesson's blocks in order, writing prose, cells and exercises.
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
                    html += CellHTML.wrap(cells[cell.index] ?? "", cell: cell, idPrefix: setting.cellIDPrefix)
                case .exercise(let exercise):
                    html += try render(exercise)
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
                html += setting.foldSolutions
                    ? "<details class=\"solution\">\n<summary>Solution</summary>\n" + solution + "</details>\n"
                    : "<div class=\"solution\">\n<p class=\"solution-title\">Solution</p>\n" + solution + "</div>\n"
            }
            return html + "</section>\n"
        }

        static func shifted(_ block: Block, by shift: Int) -> Block {
            guard shift != 0, case .heading(var heading) = block else { return block }
            heading.level = min(6, heading.level + shift)
            return .heading(heading)
        }
    }
}
