import Markdown

/// Finds where a piece of text stands in a Markdown file, for messages that
/// point at an inline element (the parsed tree keeps positions of blocks).
struct SourceLocator {
    private let lines: [[UInt8]]

    init(text: String) {
        lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    /// The `occurrence`-th place (from 0) of `needle` inside `range`, else
    /// anywhere in the file (a reference definition may stand elsewhere), else
    /// the start of `range`. Columns count UTF-8 bytes from 1, as cmark's do.
    func position(of needle: String, in range: SourceRange, occurrence: Int = 0) -> SourcePosition {
        let bytes = Array(needle.utf8)
        guard !bytes.isEmpty else { return range.start }
        var found = 0
        let inside = max(1, range.start.line)...max(range.start.line, min(range.end.line, lines.count))
        for line in inside where line <= lines.count {
            let from = line == range.start.line ? max(0, range.start.column - 1) : 0
            for column in matches(of: bytes, in: lines[line - 1], from: from) {
                if found == occurrence { return SourcePosition(line: line, column: column + 1) }
                found += 1
            }
        }
        for (index, line) in lines.enumerated() {
            if let column = matches(of: bytes, in: line, from: 0).first {
                return SourcePosition(line: index + 1, column: column + 1)
            }
        }
        return range.start
    }

    private func matches(of needle: [UInt8], in line: [UInt8], from start: Int) -> [Int] {
        guard line.count >= needle.count, start <= line.count - needle.count else { return [] }
        return (start...(line.count - needle.count)).filter { line[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
