import Bibliography
import Notebook

/// What a long-lived process (`lessons serve`) keeps between resolves: the
/// course's bibliography as last read, so that a save which leaves the `.bib`
/// file alone does not parse it again.
public final class ResolveMemory: Sendable {
    private let bibliography = Shared<(path: String, contents: [UInt8], parsed: Bibliography)?>(nil)

    public init() {}

    func bibliography(of file: CourseFile, parse: () throws(BibliographyError) -> Bibliography) throws(BibliographyError) -> Bibliography {
        if let known = bibliography.value, known.path == file.path, known.contents == file.contents { return known.parsed }
        let parsed = try parse()
        bibliography.update { $0 = (file.path, file.contents, parsed) }
        return parsed
    }
}
