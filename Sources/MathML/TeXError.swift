/// A mistake in a formula's TeX source, with where it is in that source.
///
/// Positions count `Character`s in the TeX text handed to
/// ``mathML(fromTeX:display:)``: `offset` from 0, `line` and `column` from 1.
/// A caller that knows where the formula starts in its file adds them up
/// to report `file:LINE:COL: error: message`.
public struct TeXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `unknown command \foo`.
    public let message: String
    /// Characters from the start of the TeX source to the mistake.
    public let offset: Int
    /// Line of the mistake in the TeX source, from 1.
    public let line: Int
    /// Column of the mistake on its line, in characters, from 1.
    public let column: Int

    /// An error at a position already known as offset, line and column.
    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `LINE:COL: message`, the way compilers print it.
    public var description: String { "\(line):\(column): \(message)" }
}

/// Line and column of each character offset in one TeX source.
struct SourceMap: Sendable {
    let characters: [Character]

    /// Where `offset` is, counting a newline (`\n`, `\r\n` or `\r`) as the end of a line.
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in characters.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// "column 5", or "line 2, column 5" when the source has several lines.
    func describe(_ offset: Int) -> String {
        let (line, column) = location(of: offset)
        if characters.contains(where: \.isNewline) {
            return "line \(line), column \(column)"
        }
        return "column \(column)"
    }

    /// An error at `offset`.
    func error(_ message: String, at offset: Int) -> TeXError {
        let (line, column) = location(of: offset)
        return TeXError(message: message, offset: offset, line: line, column: column)
    }
}
