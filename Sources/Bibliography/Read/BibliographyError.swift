/// A mistake in a `.bib` file, with where it is.
///
/// Lines count from 1; columns count UTF-8 bytes from 1, as the Swift
/// compiler and cmark count them, so `description` reads like any other
/// diagnostic of the build: `Lessons/references.bib:12:5: error: …`.
public struct BibliographyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the caller named it.
    public let path: String
    public let line: Int
    public let column: Int
    /// What is wrong, in words, e.g. `unknown macro 'jmlr'`.
    public let message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message`.
    public var description: String { "\(path):\(line):\(column): error: \(message)" }
}
