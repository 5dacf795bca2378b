import Markdown

/// Finds `:::` fence lines in top-level paragraphs, even when an author wrote
/// no blank line around them (cmark then folds them into the paragraph).
enum FenceItems {
    enum Kind: Equatable {
        case exercise, solution, close
    }

    enum Item {
        case block(Block)
        case fence(Kind, title: String, line: Int)
    }

    static func items(of blocks: [Block]) -> [Item] {
        var items: [Item] = []
        for block in blocks {
            guard case .paragraph(let paragraph) = block, paragraph.inlines.contains(where: isFenceStart) else {
                items.append(.block(block))
                continue
            }
            items.append(contentsOf: split(paragraph))
        }
        return items
    }

    private static func isFenceStart(_ inline: Inline) -> Bool {
        if case .text(let text) = inline { return text.hasPrefix(":::") }
        return false
    }

    /// Cuts a paragraph at its soft breaks and lifts out the lines that are fences.
    private static func split(_ paragraph: Paragraph) -> [Item] {
        var items: [Item] = []
        var line = paragraph.range.start.line
        var current: [Inline] = []
        var currentStart = line
        var lineInlines: [Inline] = []

        func flushParagraph() {
            while current.last == .softBreak { current.removeLast() }
            if !current.isEmpty {
                var range = paragraph.range
                range.start = SourcePosition(line: currentStart, column: 1)
                items.append(.block(.paragraph(Paragraph(inlines: current, range: range))))
            }
            current = []
        }
        func endLine() {
            if let fence = fence(lineInlines) {
                flushParagraph()
                items.append(.fence(fence.kind, title: fence.title, line: line))
                currentStart = line + 1
            } else {
                if current.isEmpty { currentStart = line }
                current.append(contentsOf: lineInlines)
            }
            lineInlines = []
        }
        for inline in paragraph.inlines {
            if inline == .softBreak {
                endLine()
                if !current.isEmpty { current.append(.softBreak) }
                line += 1
            } else {
                lineInlines.append(inline)
            }
        }
        endLine()
        flushParagraph()
        return items
    }

    private static func fence(_ inlines: [Inline]) -> (kind: Kind, title: String)? {
        guard inlines.count == 1, case .text(let text) = inlines[0], text.hasPrefix(":::") else { return nil }
        let rest = text.dropFirst(3).drop { $0 == " " }
        let word = rest.prefix { $0 != " " }
        let title = rest.dropFirst(word.count).drop { $0 == " " }
        switch word {
        case "": return (.close, "")
        case "exercise": return (.exercise, String(title))
        case "solution": return (.solution, "")
        default: return nil
        }
    }
}
