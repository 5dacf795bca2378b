/// A `.bib` file as UTF-8 bytes, with where each of its lines starts.
///
/// BibTeX's syntax is ASCII, so the reader walks bytes; only field values
/// are turned back into `String`s. A line ends at `\n`, `\r\n` or a lone `\r`.
struct SourceText: Sendable {
    let path: String
    let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    let lineStarts: [Int]

    init(_ text: String, path: String) {
        self.path = path
        bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == .lineFeed || (byte == .carriageReturn && (index == bytes.count || bytes[index] != .lineFeed)) {
                starts.append(index)
            }
        }
        lineStarts = starts
    }

    /// Line and column (both from 1, columns in bytes) of a byte offset.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// An error pointing at `offset`.
    func error(_ message: String, at offset: Int) -> BibliographyError {
        let (line, column) = location(of: offset)
        return BibliographyError(path: path, line: line, column: column, message: message)
    }

    /// "line 12, column 3", for messages that point at a second place.
    func describe(_ offset: Int) -> String {
        let (line, column) = location(of: offset)
        return "line \(line), column \(column)"
    }

    /// The bytes from `start` to `end` as text.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let at = UInt8(ascii: "@")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let equals = UInt8(ascii: "=")
    static let hash = UInt8(ascii: "#")
    static let backslash = UInt8(ascii: "\\")

    /// Space, tab, line feed, vertical tab, form feed, carriage return.
    var isBibTeXSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }

    var isDigit: Bool { (0x30...0x39).contains(self) }

    /// Characters that may begin a BibTeX name (entry type, field, macro):
    /// anything printable in ASCII except digits and `"#%'(),={}`, as pybtex has it.
    var isNameStart: Bool {
        guard (0x21...0x7F).contains(self), !isDigit else { return false }
        return !"\"#%'(),={}".utf8.contains(self)
    }

    var isNameContinuation: Bool { isNameStart || isDigit }
}
