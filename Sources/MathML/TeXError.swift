/// A mistake in a formula's TeX source, with where it is in that source.
///
/// Positions count UTF-8 bytes of the TeX text handed to
/// ``mathML(fromTeX:display:)`` or ``DisplayFormula/init(tex:numbered:)``,
/// as cmark and the Swift compiler do: `offset` from 0, `line` and `column`
/// from 1. In `é + \foo` the `\foo` is at column 6. A caller that knows
/// where the formula starts in its file (in the same units) adds them up
/// to report `file:LINE:COL: error: message`.
public struct TeXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `unknown command \foo`.
    public let message: String
    /// UTF-8 bytes from the start of the TeX source to the mistake.
    public let offset: Int
    /// Line of the mistake in the TeX source, from 1.
    public let line: Int
    /// Column of the mistake on its line, in UTF-8 bytes, from 1.
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

/// A place in a formula's TeX source, counted as ``TeXError`` counts it.
public struct TeXPosition: Sendable, Hashable {
    /// UTF-8 bytes from the start of the TeX source.
    public let offset: Int
    /// Line in the TeX source, from 1.
    public let line: Int
    /// Column on that line, in UTF-8 bytes, from 1.
    public let column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }
}

/// Where each character of one TeX source is, for messages.
///
/// The parser walks `Character`s; positions it reports count UTF-8 bytes.
struct SourceMap: Sendable {
    let characters: [Character]
    /// `bytes[i]`: UTF-8 bytes before character `i`; one more entry than characters.
    private let bytes: [Int]

    init(_ source: String) {
        characters = Array(source)
        var bytes = [0]
        bytes.reserveCapacity(characters.count + 1)
        for character in characters { bytes.append(bytes[bytes.count - 1] + character.utf8.count) }
        self.bytes = bytes
    }

    /// Offset, line and column of character `index`, counting a newline
    /// (`\n`, `\r\n` or `\r`) as the end of a line.
    func position(of index: Int) -> TeXPosition {
        let index = min(max(index, 0), characters.count)
        var line = 1
        var lineStart = 0
        for (offset, character) in characters[..<index].enumerated() where character.isNewline {
            line += 1
            lineStart = offset + 1
        }
        return TeXPosition(offset: bytes[index], line: line, column: bytes[index] - bytes[lineStart] + 1)
    }

    /// "column 5", or "line 2, column 5" when the source has several lines.
    func describe(_ index: Int) -> String {
        let position = position(of: index)
        if characters.contains(where: \.isNewline) {
            return "line \(position.line), column \(position.column)"
        }
        return "column \(position.column)"
    }

    /// An error at character `index`.
    func error(_ message: String, at index: Int) -> TeXError {
        let position = position(of: index)
        return TeXError(message: message, offset: position.offset, line: position.line, column: position.column)
    }
}
