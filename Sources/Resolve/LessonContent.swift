import Markdown
import Notebook

/// Walks a lesson's prose — inside exercises, solutions and callouts too — and
/// hands each heading, and each inline element with the block it stands in,
/// to the caller.
struct LessonContent {
    var heading: (Heading) -> Void = { _ in }
    var cell: (Cell) -> Void = { _ in }
    var inline: (Inline, SourceRange) -> Void = { _, _ in }

    /// The lesson's blocks, then its footnotes.
    func visit(_ lesson: Lesson) {
        visit(lesson.blocks)
        for footnote in lesson.footnotes { footnote.blocks.forEach(visit) }
    }

    func visit(_ blocks: [LessonBlock]) {
        for block in blocks {
            switch block {
            case .prose(let prose): visit(prose)
            case .cell(let cell): self.cell(cell)
            case .exercise(let exercise):
                visit(exercise.blocks)
                visit(exercise.solution)
            case .callout(let callout):
                visit(callout.blocks)
            }
        }
    }

    func visit(_ block: Block) {
        switch block {
        case .paragraph(let paragraph):
            visit(paragraph.inlines, in: paragraph.range)
        case .heading(let heading):
            self.heading(heading)
            visit(heading.inlines, in: heading.range)
        case .blockQuote(let quote):
            quote.blocks.forEach(visit)
        case .list(let list):
            for item in list.items { item.blocks.forEach(visit) }
        case .table(let table):
            for row in [table.header] + table.rows {
                for cell in row.cells { visit(cell.inlines, in: cell.range) }
            }
        case .codeBlock, .htmlBlock, .thematicBreak:
            break
        }
    }

    func visit(_ inlines: [Inline], in range: SourceRange) {
        for inline in inlines {
            self.inline(inline, range)
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children): visit(children, in: range)
            case .link(let link): visit(link.children, in: range)
            case .image(let image): visit(image.children, in: range)
            default: break
            }
        }
    }
}
