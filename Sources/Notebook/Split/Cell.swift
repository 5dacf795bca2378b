import Markdown

/// A fenced `swift` block of a lesson: code that runs, in order, with the lesson's other cells.
public struct Cell: Sendable, Equatable {
    /// Position among the lesson's cells, from 0.
    public var index: Int
    /// The code without its option lines, each line ending in a newline.
    public var code: String
    public var options: CellOptions
    /// The Markdown line of the first line of `code`.
    public var firstLine: Int
    /// The whole fenced block in the Markdown file.
    public var range: SourceRange

    public init(index: Int, code: String, options: CellOptions, firstLine: Int, range: SourceRange) {
        self.index = index
        self.code = code
        self.options = options
        self.firstLine = firstLine
        self.range = range
    }

    /// The language that makes a fenced block a cell.
    public static let language = "swift"

    /// Reads a code block's leading `//| key: value` lines into options.
    public static func make(index: Int, from block: CodeBlock, path: String) throws(Diagnostic) -> Cell {
        var options = CellOptions()
        var lines = block.code.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        var consumed = 0
        for line in lines {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("//|") else { break }
            let lineNumber = block.firstCodeLine + consumed
            let column = line.count - trimmed.count + 1
            let body = trimmed.dropFirst(3)
            guard let colon = body.firstIndex(of: ":") else {
                throw Diagnostic(path: path, line: lineNumber, column: column,
                                 message: "cell option must read '//| key: value'")
            }
            let key = body[..<colon].trimming(" \t")
            let value = body[body.index(after: colon)...].trimming(" \t")
            if let problem = options.set(key, to: value) {
                throw Diagnostic(path: path, line: lineNumber, column: column + 4, message: problem)
            }
            consumed += 1
        }
        let code = lines.dropFirst(consumed).map { $0 + "\n" }.joined()
        return Cell(index: index, code: code, options: options,
                    firstLine: block.firstCodeLine + consumed, range: block.range)
    }
}
