import Markdown

/// Finds `:::` fence lines in top-level paragraphs, even when an author wrote
/// no blank line around them (cmark then folds them into the paragraph).
enum FenceItems {
    enum Kind: Equatable {
        case exercise(title: String)
        case callout(Callout.Kind, title: String, collapses: Bool)
        case solution
        case close
    }

    enum Item {
        case block(Block)
        case fence(Kind, line: Int)
    }

    /// The words that may follow `:::`.
    static var knownWords: String { "exercise, solution, " + Callout.knownKinds }

    static func items(of blocks: [Block], path: String) throws(Diagnostic) -> [Item] {
        var items: [Item] = []
        for block in blocks {
            guard case .paragraph(let paragraph) = block, paragraph.inlines.contains(where: isFenceStart) else {
                items.append(.block(block))
                continue
            }
            items.append(contentsOf: try split(paragraph, path: path))
        }
        return items
    }

    private static func isFenceStart(_ inline: Inline) -> Bool {
        if case .text(let text) = inline { return text.hasPrefix(":::") }
        return false
    }

    /// Cuts a paragraph at its soft breaks and lifts out the lines that are fences.
    private static func split(_ paragraph: Paragraph, path: String) throws(Diagnostic) -> [Item] {
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
        func endLine() throws(Diagnostic) {
            if let fence = try fence(lineInlines, line: line, path: path) {
                flushParagraph()
                items.append(.fence(fence, line: line))
                currentStart = line + 1
            } else {
                if current.isEmpty { currentStart = line }
                current.append(contentsOf: lineInlines)
            }
            lineInlines = []
        }
        for inline in paragraph.inlines {
            if inline == .softBreak {
                try endLine()
                if !current.isEmpty { current.append(.softBreak) }
                line += 1
            } else {
                lineInlines.append(inline)
            }
        }
        try endLine()
        flushParagraph()
        return items
    }

    private static func fence(_ inlines: [Inline], line: Int, path: String) throws(Diagnostic) -> Kind? {
        guard inlines.count == 1, case .text(let text) = inlines[0], text.hasPrefix(":::") else { return nil }
        let rest = text.drop { $0 == ":" }.drop { $0 == " " }
        let word = rest.prefix { $0 != " " }
        var title = rest.dropFirst(word.count).drop { $0 == " " }
        switch word {
        case "": return .close
        case "exercise": return .exercise(title: String(title))
        case "solution": return .solution
        default:
            guard let kind = Callout.Kind(rawValue: String(word).lowercased()) else {
                throw Diagnostic(path: path, line: line, column: 1,
                                 message: "unknown block '::: \(word)' (known: \(knownWords))")
            }
            let collapses = title.prefix { $0 != " " } == "collapse"
            if collapses { title = title.dropFirst("collapse".count).drop { $0 == " " } }
            return .callout(kind, title: String(title), collapses: collapses)
        }
    }
}
