import Markdown

/// A lesson ready to run and render: its metadata and its blocks in order.
public struct Lesson: Sendable {
    public var source: LessonSource
    public var frontMatter: FrontMatter
    /// From the front matter, else the first `#` heading, else the file name.
    public var title: String
    /// The heading the title came from, if it did (rendered instead of plain `title`).
    public var titleHeading: Heading?
    /// From the front matter, else the first paragraph's text.
    public var summary: String?
    public var blocks: [LessonBlock]
    /// Its footnotes (`[^label]: …`), numbered by first reference; the page lists them at the end.
    public var footnotes: [Footnote] = []
    /// Its number as readers see it: "3", or "2.3" (part 2, lesson 3) in a course with parts.
    /// Set by `Course.make`; empty for a lesson read on its own.
    public var number: String = ""
    /// The index of its part in `Course.parts`, if the course has parts.
    public var part: Int?

    public init(
        source: LessonSource, frontMatter: FrontMatter, title: String, titleHeading: Heading?,
        summary: String?, blocks: [LessonBlock]
    ) {
        self.source = source
        self.frontMatter = frontMatter
        self.title = title
        self.titleHeading = titleHeading
        self.summary = summary
        self.blocks = blocks
    }

    /// The lesson's cells in order.
    public var cells: [Cell] {
        var cells: [Cell] = []
        func collect(_ blocks: [LessonBlock]) {
            for block in blocks {
                switch block {
                case .cell(let cell): cells.append(cell)
                case .exercise(let exercise):
                    collect(exercise.blocks)
                    collect(exercise.solution)
                case .callout(let callout):
                    collect(callout.blocks)
                case .prose: break
                }
            }
        }
        collect(blocks)
        return cells
    }
}

/// A piece of a lesson: prose for the renderer, a cell to run, an exercise, or a callout.
public enum LessonBlock: Sendable, Equatable {
    case prose(Block)
    case cell(Cell)
    case exercise(Exercise)
    case callout(Callout)
}

/// A task for the reader, with a worked solution the site folds away.
public struct Exercise: Sendable, Equatable {
    /// Written after `::: exercise` (may be empty).
    public var title: String
    /// The task.
    public var blocks: [LessonBlock]
    /// Everything after `::: solution`.
    public var solution: [LessonBlock]
    /// The `::: exercise` line.
    public var line: Int

    public init(title: String, blocks: [LessonBlock], solution: [LessonBlock], line: Int) {
        self.title = title
        self.blocks = blocks
        self.solution = solution
        self.line = line
    }
}
