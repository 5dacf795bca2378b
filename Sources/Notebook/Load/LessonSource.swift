import Foundation

/// A lesson file's text, read and checked, with the name to report it by.
public struct LessonSource: Sendable, Equatable {
    /// The path as the user sees it (`Lessons/03-x.md`), used in every message.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without `.md`: the lesson's page is `<slug>.html`.
    public var slug: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Reads a file, refusing what is not UTF-8 with the line of the first bad byte.
    public static func read(path: String) throws(Diagnostic) -> LessonSource {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic(path: path, message: "cannot read the file: \(FileProblem.describe(error))")
        }
        return try decode(data, path: path)
    }

    /// Decodes bytes as UTF-8 (a leading byte-order mark is dropped).
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> LessonSource {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidByte(bytes)
            throw Diagnostic(path: path, line: line, column: column, message: "the file is not valid UTF-8")
        }
        return LessonSource(path: path, text: normalisingLineEndings(text))
    }

    /// CRLF and a lone CR (old Mac files) both end a line, as CommonMark says.
    static func normalisingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n"), previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == UInt8(ascii: "\r")
            out.append(previousWasCR ? UInt8(ascii: "\n") : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0, index = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                if scalar == "\n" { line += 1; lineStart = consumed + 1 }
                consumed += width
            case .emptyInput:
                break loop
            case .error:
                index = consumed
                break loop
            }
        }
        return (line, index - lineStart + 1)
    }
}
