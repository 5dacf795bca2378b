import Markdown
import Notebook

/// The `main.swift` of a lesson's download: every cell in order, at top
/// level as in the lesson's program, each under a `// Cell N` marker with the
/// heading it stands under and the paragraph before it as comments.
///
/// Outside the site builder, `show` prints a display's text form (tables as
/// grids, plots as text art), so the program prints what the page shows.
/// Two kinds of cell cannot run as they do in the builder and stay comments:
/// `eval: false` cells (the page does not run them either), and
/// `expect-error` cells — one that fails to compile would stop the whole
/// package from building, and one that traps would end the program — whose
/// error, as the page shows it, is written above their code.
enum LessonMain {
    /// How much of the paragraph before a cell its comment keeps.
    static let proseLimit = 240
    static let width = 78

    static func source(lesson: Lesson, run: LessonRun?, introduction: [String]) -> String {
        let results = Dictionary((run?.results ?? []).map { ($0.index, $0) }) { a, _ in a }
        let contexts = CellContext.of(lesson)
        var imports = ["import LessonKit"]
        var body = ""
        var section: String?
        for cell in lesson.cells {
            let context = contexts[cell.index] ?? CellContext()
            body += "\n"
            if let heading = context.section, heading != section {
                body += comment("MARK: " + heading) + "\n"
                section = heading
            }
            if let paragraph = context.paragraph {
                body += comment(shortened(paragraph)) + "//\n"
            }
            if !cell.options.eval {
                body += comment("Cell \(cell.index + 1) is shown on the page but not run (eval: false):")
                body += commentedCode(cell.code)
            } else if cell.options.expectError {
                body += comment("Cell \(cell.index + 1) fails on purpose (expect-error), so it stays a comment here.")
                let errors = (results[cell.index]?.outputs ?? []).compactMap { output -> String? in
                    guard case .error(let error) = output else { return nil }
                    return error.diagnostic(path: lesson.source.path, cell: cell).description
                }
                if !errors.isEmpty {
                    let lines = errors.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
                    body += "// The page shows:\n" + lines.map { "//   " + $0 + "\n" }.joined()
                }
                body += commentedCode(cell.code)
            } else {
                var notes: [String] = []
                if !cell.options.echo { notes.append("its code is hidden on the page") }
                if !cell.options.output { notes.append("the page does not show what it prints") }
                body += "// Cell \(cell.index + 1)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")") + "\n"
                let standalone = StandaloneCell(cell)
                for line in standalone.imports where !imports.contains(line) { imports.append(line) }
                body += tidied(standalone.code)
            }
        }
        let header = introduction.map { $0.isEmpty ? "//\n" : "// " + $0 + "\n" }.joined()
        return header + "\n" + imports.joined(separator: "\n") + "\n" + body
    }

    /// Text as `//` comment lines, wrapped at `width`.
    static func comment(_ text: String) -> String {
        var lines: [String] = []
        var line = "//"
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            if line.count + 1 + word.count > width, line != "//" {
                lines.append(line)
                line = "//"
            }
            line += " " + word
        }
        lines.append(line)
        return lines.map { $0 + "\n" }.joined()
    }

    /// The first `proseLimit` characters, cut after a whole word.
    static func shortened(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var out = ""
        for word in words {
            if out.count + word.count + 1 > proseLimit { return out + " …" }
            out += (out.isEmpty ? "" : " ") + word
        }
        return out
    }

    static func commentedCode(_ code: String) -> String {
        tidied(code).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "//\n" : "// " + $0 + "\n" }.joined()
    }

    /// Lines without trailing spaces (hoisted imports leave some), no blank lines around the code.
    static func tidied(_ code: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let bytes = line.utf8
            let end = bytes.lastIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }.map(bytes.index(after:)) ?? bytes.startIndex
            return String(decoding: bytes[..<end], as: UTF8.self)
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0 + "\n" }.joined()
    }

    /// What a cell's comment says about where it stands.
    struct CellContext {
        /// The `##` or `###` heading it stands under.
        var section: String?
        /// The paragraph just before it, unless an earlier cell already followed that paragraph.
        var paragraph: String?

        static func of(_ lesson: Lesson) -> [Int: CellContext] {
            var contexts: [Int: CellContext] = [:]
            var section: String?
            var paragraph: String?
            func visit(_ blocks: [LessonBlock]) {
                for block in blocks {
                    switch block {
                    case .prose(.heading(let heading)):
                        if (2...3).contains(heading.level) { section = InlineText.plain(heading.inlines) }
                        paragraph = nil
                    case .prose(.paragraph(let text)):
                        paragraph = InlineText.plain(text.inlines)
                    case .prose:
                        break
                    case .cell(let cell):
                        contexts[cell.index] = CellContext(section: section, paragraph: paragraph)
                        paragraph = nil
                    case .exercise(let exercise):
                        paragraph = nil
                        visit(exercise.blocks)
                        visit(exercise.solution)
                    case .callout(let callout):
                        visit(callout.blocks)
                    }
                }
            }
            visit(lesson.blocks)
            return contexts
        }
    }
}
