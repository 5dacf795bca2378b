import Markdown

/// Checks that the raw HTML of a lesson (`raw-html: true`) closes what it
/// opens, so that it cannot swallow what follows it: an unclosed `<!--`,
/// `<script>` or `<template>` would hide the rest of the page — and, in the
/// handout, every later lesson.
///
/// The fragments are read in order as one stream, so `<div>` in one HTML
/// block may be closed by `</div>` in a later one. Void elements and those
/// whose end tag HTML lets authors leave out (`p`, `li`, `td`, …) need none.
struct RawHTMLBalance {
    private var open: [(name: String, line: Int)] = []
    /// An unfinished comment or raw-text element (`<script>`, `<style>`, …) and where it began.
    private var pending: (closer: String, what: String, line: Int)?
    private(set) var problems: [Diagnostic] = []
    let path: String

    init(path: String) {
        self.path = path
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let optionalEnd: Set<String> = [
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
        "caption", "rt", "rp", "html", "head", "body",
    ]
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]

    /// Checks every raw HTML fragment of the lesson's blocks, in order.
    static func problems(in blocks: [LessonBlock], path: String) -> [Diagnostic] {
        var balance = RawHTMLBalance(path: path)
        balance.visit(blocks)
        balance.finish()
        return balance.problems
    }

    private mutating func visit(_ blocks: [LessonBlock]) {
        for block in blocks {
            switch block {
            case .prose(let prose): visit(prose)
            case .cell: break
            case .exercise(let exercise):
                visit(exercise.blocks)
                visit(exercise.solution)
            case .callout(let callout): visit(callout.blocks)
            }
        }
    }

    private mutating func visit(_ block: Block) {
        switch block {
        case .htmlBlock(let html): read(html.html, line: html.range.start.line)
        case .paragraph(let paragraph): visit(paragraph.inlines, line: paragraph.range.start.line)
        case .heading(let heading): visit(heading.inlines, line: heading.range.start.line)
        case .blockQuote(let quote): quote.blocks.forEach { visit($0) }
        case .list(let list): for item in list.items { item.blocks.forEach { visit($0) } }
        case .table(let table):
            for row in [table.header] + table.rows { for cell in row.cells { visit(cell.inlines, line: cell.range.start.line) } }
        case .codeBlock, .thematicBreak: break
        }
    }

    private mutating func visit(_ inlines: [Inline], line: Int) {
        for inline in inlines {
            switch inline {
            case .html(let html): read(html, line: line)
            case .emphasis(let children), .strong(let children), .strikethrough(let children): visit(children, line: line)
            case .link(let link): visit(link.children, line: line)
            default: break
            }
        }
    }

    /// Reads one fragment: comments, raw-text elements, start and end tags.
    private mutating func read(_ html: String, line: Int) {
        var rest = Substring(html)
        while !rest.isEmpty {
            if let (closer, _, _) = pending {
                guard let end = rest.range(of: closer, options: .caseInsensitive) else { return }
                rest = rest[end.upperBound...]
                pending = nil
                continue
            }
            guard let lt = rest.firstIndex(of: "<") else { return }
            rest = rest[lt...]
            if rest.hasPrefix("<!--") {
                pending = ("-->", "a comment '<!--'", line)
                rest = rest.dropFirst(4)
                continue
            }
            guard let gt = rest.firstIndex(of: ">") else { return }
            let tag = rest[rest.index(after: rest.startIndex)..<gt]
            rest = rest[rest.index(after: gt)...]
            let isEnd = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
            guard !name.isEmpty else { continue }
            if isEnd {
                close(name, line: line)
            } else if Self.rawText.contains(name) {
                pending = ("</\(name)", "<\(name)>", line)
            } else if !tag.hasSuffix("/"), !Self.voidElements.contains(name), !Self.optionalEnd.contains(name) {
                open.append((name, line))
            }
        }
    }

    private mutating func close(_ name: String, line: Int) {
        guard !Self.voidElements.contains(name), !Self.optionalEnd.contains(name) else { return }
        guard let index = open.lastIndex(where: { $0.name == name }) else {
            problems.append(Diagnostic(path: path, line: line, column: 1, message: "raw HTML closes <\(name)>, which it never opened"))
            return
        }
        for unclosed in open[(index + 1)...] {
            problems.append(Diagnostic(path: path, line: unclosed.line, column: 1,
                                       message: "raw HTML opens <\(unclosed.name)> and closes the <\(name)> around it first"))
        }
        open.removeSubrange(index...)
    }

    private mutating func finish() {
        if let (_, what, line) = pending {
            problems.append(Diagnostic(path: path, line: line, column: 1,
                                       message: "raw HTML opens \(what) that never closes; it would hide the rest of the page and, in the handout, the lessons after this one"))
        }
        for unclosed in open {
            problems.append(Diagnostic(path: path, line: unclosed.line, column: 1,
                                       message: "raw HTML opens <\(unclosed.name)> and never closes it"))
        }
    }
}
