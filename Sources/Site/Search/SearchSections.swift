import CellChannel
import Foundation
import Markdown
import Notebook
import Resolve

/// One stretch of a lesson as search sees it: what its contents list calls a
/// section (from an `##` or `###` heading to the next), or the lesson's top
/// (its title and what comes before the first such heading).
struct SearchSection: Sendable, Equatable {
    /// The heading's id on the page; `""` for the top of the lesson.
    var id: String
    /// The heading's text; the lesson's title for its top.
    var title: String
    /// The title, and the text of smaller headings inside the section.
    var headings: String
    /// Paragraphs, lists, quotes, tables, image descriptions; formulas as plain text (`FormulaText`).
    var prose = ""
    /// Cells and code blocks.
    var code = ""
    /// What the cells printed and showed, tables and plots in their text form.
    var output = ""
    /// Captions of the tables and plots the cells showed.
    var captions = ""
}

extension SearchSection {
    /// A lesson's sections, in page order, with the heading ids the page uses.
    /// A cell's outputs count only when the page shows them (`output: true`).
    static func sections(of lesson: Lesson, run: LessonRun?, targets: PageTargets) -> [SearchSection] {
        var walker = Walker(targets: targets, results: Dictionary((run?.results ?? []).map { ($0.index, $0) }) { a, _ in a })
        walker.sections = [SearchSection(id: "", title: lesson.title, headings: lesson.title)]
        walker.visit(lesson.blocks)
        return walker.sections
    }

    private struct Walker {
        let targets: PageTargets
        let results: [Int: CellResult]
        var sections: [SearchSection] = []

        mutating func visit(_ blocks: [LessonBlock]) {
            for block in blocks {
                switch block {
                case .prose(let prose): visit(prose)
                case .cell(let cell): visit(cell)
                case .exercise(let exercise):
                    add("Exercise " + exercise.title, to: \.prose)
                    visit(exercise.blocks)
                    visit(exercise.solution)
                case .callout(let callout):
                    add(callout.title.isEmpty ? callout.kind.label : callout.title, to: \.prose)
                    visit(callout.blocks)
                }
            }
        }

        mutating func visit(_ block: Block) {
            switch block {
            case .heading(let heading):
                let text = InlineText.plain(heading.inlines)
                if (2...3).contains(heading.level) {
                    sections.append(SearchSection(id: targets.headingIDs[heading.range.start] ?? "", title: text, headings: text))
                } else {
                    add(text, to: \.headings)
                }
            case .paragraph(let paragraph): add(InlineText.plain(paragraph.inlines), to: \.prose)
            case .blockQuote(let quote): quote.blocks.forEach { visit($0) }
            case .list(let list): for item in list.items { item.blocks.forEach { visit($0) } }
            case .table(let table):
                for row in [table.header] + table.rows {
                    add(row.cells.map { InlineText.plain($0.inlines) }.joined(separator: " "), to: \.prose)
                }
            case .codeBlock(let code): add(code.code, to: \.code)
            case .htmlBlock, .thematicBreak: break
            }
        }

        mutating func visit(_ cell: Cell) {
            if cell.options.echo { add(cell.code, to: \.code) }
            guard cell.options.output, let result = results[cell.index] else { return }
            for output in result.outputs {
                switch output {
                case .text(let text): add(TerminalEscapes.removed(text), to: \.output)
                case .display(let display):
                    let shown = display.removingEscapes()
                    add(TextForm.text(of: shown), to: \.output)
                    add(Self.captions(of: shown).joined(separator: " "), to: \.captions)
                case .error, .note: break
                }
            }
        }

        private mutating func add(_ text: String, to field: WritableKeyPath<SearchSection, String>) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            let last = sections.count - 1
            if !sections[last][keyPath: field].isEmpty { sections[last][keyPath: field] += field == \.code ? "\n" : " " }
            sections[last][keyPath: field] += trimmed
        }

        static func captions(of display: Display) -> [String] {
            switch display {
            case .text: []
            case .table(let table): [table.caption].compactMap { $0 }
            case .plot(let plot): [plot.title, plot.caption].compactMap { $0 }
            case .figure(let figure): [figure.caption].compactMap { $0 } + figure.panels.flatMap { captions(of: .plot($0)) }
            }
        }
    }
}
