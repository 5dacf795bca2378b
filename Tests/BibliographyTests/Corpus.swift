import Bibliography
import Foundation

/// The test corpus and pybtex's reading of it (scripts/bibtex_fixtures.py).
enum Corpus {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static let text: String = try! String(contentsOf: folder.appendingPathComponent("corpus.bib"), encoding: .utf8)

    static let bibliography: Bibliography = try! Bibliography.parse(text, path: "corpus.bib")

    static func entry(_ key: String) -> Entry { bibliography.entry(key)! }
}
