import Markdown

/// Turns a parsed Markdown file into a `Lesson`: prose, cells and exercises.
///
/// Top-level fenced `swift` blocks (also directly inside an exercise) are
/// cells; code in lists or quotes stays code. Exercises are written
///
///     ::: exercise Optional title
///     The task, with prose and cells.
///     ::: solution
///     The worked solution.
///     :::
public enum LessonSplitter {
    /// Reads front matter, parses the Markdown, and splits it into a lesson.
    public static func lesson(from source: LessonSource, parser: MarkdownParser = MarkdownParser()) throws(LessonErrors) -> Lesson {
        let path = source.path
        do throws(Diagnostic) {
            let matter = try FrontMatter.parse(source.text, path: path)
            let document: Document
            do {
                document = try parser.parse(blankingFirstLines(matter.lineCount, of: source.text))
            } catch {
                throw Diagnostic(path: path, line: error.position.line, column: error.position.column, message: error.message)
            }
            var blocks = document.blocks
            var titleHeading: Heading?
            if let index = blocks.firstIndex(where: { if case .heading(let h) = $0 { h.level == 1 } else { false } }),
               case .heading(let heading) = blocks[index] {
                titleHeading = heading
                blocks.remove(at: index)
            }
            var builder = Builder(path: path, items: try FenceItems.items(of: blocks, path: path))
            let lessonBlocks = try builder.topLevel()
            let title = matter.title ?? titleHeading.map { $0.inlines.plainText } ?? source.slug
            var lesson = Lesson(
                source: source, frontMatter: matter, title: title,
                titleHeading: matter.title == nil ? titleHeading : nil,
                summary: matter.summary ?? firstParagraphText(blocks), blocks: lessonBlocks)
            lesson.footnotes = document.footnotes
            if matter.allowsRawHTML, let problem = RawHTMLBalance.problems(in: lessonBlocks, path: path).first {
                throw problem
            }
            return lesson
        } catch {
            throw LessonErrors([error])
        }
    }

    /// Front matter is replaced by empty lines so cmark's line numbers stay the file's.
    static func blankingFirstLines(_ count: Int, of text: String) -> String {
        guard count > 0 else { return text }
        var seen = 0
        var index = text.startIndex
        while seen < count, let newline = text[index...].firstIndex(of: "\n") {
            index = text.index(after: newline)
            seen += 1
        }
        if seen < count { index = text.endIndex }
        return String(repeating: "\n", count: count) + text[index...]
    }

    /// The first paragraph of prose (not one that holds only an image or a formula), as plain text.
    static func firstParagraphText(_ blocks: [Block]) -> String? {
        for case .paragraph(let paragraph) in blocks where paragraph.inlines.contains(where: Self.isProse) {
            let text = paragraph.inlines.plainText
            guard text.count > 200 else { return text }
            let cut = text.prefix(200)
            return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return nil
    }

    private static func isProse(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let text): !text.allSatisfy(\.isWhitespace)
        case .image, .math, .softBreak, .lineBreak: false
        default: true
        }
    }

    /// Groups the flat stream of blocks and fences into lesson blocks.
    struct Builder {
        let path: String
        var items: [FenceItems.Item]
        var position = 0
        var cellCount = 0

        init(path: String, items: [FenceItems.Item]) {
            self.path = path
            self.items = items
        }

        /// Where the blocks being read stand, for what they may hold and how they end.
        private enum Context {
            case top
            case exercise(line: Int)
            case callout(line: Int)
        }

        mutating func topLevel() throws(Diagnostic) -> [LessonBlock] {
            try blocks(in: .top).blocks
        }

        /// Blocks up to the fence that ends `context`: `:::` (returned as nil),
        /// or `::: solution` inside an exercise (returned as `.solution`).
        private mutating func blocks(in context: Context) throws(Diagnostic) -> (blocks: [LessonBlock], end: FenceItems.Kind?) {
            var blocks: [LessonBlock] = []
            while position < items.count {
                let item = items[position]
                position += 1
                switch item {
                case .block(let block):
                    blocks.append(try lessonBlock(block))
                case .fence(.exercise(let title), let line):
                    switch context {
                    case .top: blocks.append(.exercise(try exercise(title: title, line: line)))
                    case .exercise(let open), .callout(let open):
                        throw Diagnostic(path: path, line: line, column: 1,
                                         message: "an exercise cannot stand inside another block; close the one at line \(open) with ':::' first")
                    }
                case .fence(.callout(let kind, let title, let collapses), let line):
                    let inner = try self.blocks(in: .callout(line: line))
                    blocks.append(.callout(Callout(kind: kind, title: title, collapses: collapses, blocks: inner.blocks, line: line)))
                case .fence(.solution, let line):
                    guard case .exercise = context else {
                        throw Diagnostic(path: path, line: line, column: 1, message: "'::: solution' outside an exercise")
                    }
                    return (blocks, .solution)
                case .fence(.close, let line):
                    guard case .top = context else { return (blocks, .close) }
                    throw Diagnostic(path: path, line: line, column: 1, message: "':::' closes nothing")
                }
            }
            switch context {
            case .top: return (blocks, nil)
            case .exercise(let line):
                throw Diagnostic(path: path, line: line, column: 1, message: "'::: exercise' is never closed with ':::'")
            case .callout(let line):
                throw Diagnostic(path: path, line: line, column: 1, message: "this ':::' block is never closed with ':::'")
            }
        }

        private mutating func exercise(title: String, line: Int) throws(Diagnostic) -> Exercise {
            let task = try blocks(in: .exercise(line: line))
            guard task.end == .solution else {
                return Exercise(title: title, blocks: task.blocks, solution: [], line: line)
            }
            let solution = try blocks(in: .exercise(line: line))
            if solution.end == .solution {
                throw Diagnostic(path: path, line: line, column: 1, message: "an exercise has one '::: solution'")
            }
            return Exercise(title: title, blocks: task.blocks, solution: solution.blocks, line: line)
        }

        private mutating func lessonBlock(_ block: Block) throws(Diagnostic) -> LessonBlock {
            if case .blockQuote(let quote) = block, let callout = try GitHubAlert.callout(in: quote, path: path) {
                return .callout(callout)
            }
            guard case .codeBlock(let code) = block, code.isFenced, code.language == Cell.language else {
                return .prose(block)
            }
            defer { cellCount += 1 }
            return .cell(try Cell.make(index: cellCount, from: code, path: path))
        }
    }
}
