import Foundation

/// A lesson file's text, read and checked, with the name to report it by.
public struct LessonSource: Sendable, Hashable {
    /// The path as the user sees it (`Lessons/03-x.md`), used in every message.
    public var path: String
    /// The path inside the lessons folder (`03-x.md`, `01-basics/02-y.md`):
    /// where its page goes in the site, and what links between lessons name.
    public var relativePath: String
    public var text: String

    /// A source; `relativePath` defaults to the file's name (a lesson at the top of the course).
    public init(path: String, relativePath: String? = nil, text: String) {
        self.path = path
        self.relativePath = relativePath ?? (path.split(separator: "/").last.map(String.init) ?? path)
        self.text = text
    }

    /// The relative path without `.md`, folders joined by `-`: unique in the
    /// course, it names the lesson's part of the handout (`01-basics-02-y`).
    public var slug: String {
        let name = relativePath.hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath
        return name.replacingOccurrences(of: "/", with: "-")
    }

    /// The folder inside the lessons folder that holds the file (`""` at the top).
    public var relativeFolder: String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    /// Reads a file, refusing what is not UTF-8 with the line of the first bad byte.
    public static func read(path: String, relativePath: String? = nil) throws(Diagnostic) -> LessonSource {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic(path: path, message: "cannot read the file: \(FileProblem.describe(error))")
        }
        var source = try decode(data, path: path)
        if let relativePath { source.relativePath = relativePath }
        return source
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

    /// Two sources are the same file as read: same names, same bytes. (String's
    /// own equality and hashing normalise Unicode first, which costs more than
    /// everything else `lessons serve` does on a save, and two files that
    /// differ only in normalisation are different files.)
    public static func == (a: LessonSource, b: LessonSource) -> Bool {
        a.path == b.path && a.relativePath == b.relativePath && sameBytes(a.text, b.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(relativePath)
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        guard !a.isEmpty else { return true }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
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
