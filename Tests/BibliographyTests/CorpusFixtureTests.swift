import Bibliography
import Foundation
import Testing

/// Our reading of corpus.bib against pybtex's (scripts/bibtex_fixtures.py):
/// types, keys, names split into first/von/last/jr, titles and years.
@Suite struct CorpusFixtureTests {
    struct Reading: Decodable, Sendable {
        struct Person: Decodable, Sendable, Equatable {
            var first, von, last, jr: String
        }
        struct People: Decodable, Sendable {
            var names: [Person]
            var andOthers: Bool
        }
        var key: String
        var type: String
        var author: People
        var editor: People
        var titleLaTeX: String?
        var title: String?
        var year: String?
    }

    struct Fixture: Decodable {
        var generator: String
        var entries: [Reading]
    }

    static let fixture: Fixture = {
        let data = try! Data(contentsOf: Corpus.folder.appendingPathComponent("corpus.json"))
        return try! JSONDecoder().decode(Fixture.self, from: data)
    }()

    /// Titles where pybtex's LaTeX reader and ours differ on purpose: key → (pybtex, ours, why).
    static let titleDifferences: [String: (pybtex: String, ours: String, why: String)] = [
        "arthur2007": (
            "$k$-means++: The Advantages of Careful Seeding", "k-means++: The Advantages of Careful Seeding",
            "pybtex leaves math as written; we write its text (and keep its case)"),
    ]

    @Test func theCorpusIsReadWhole() {
        #expect(Self.fixture.generator == "pybtex 0.26.1")
        #expect(Self.fixture.entries.count == 48)
        #expect(Corpus.bibliography.entries.map(\.key) == Self.fixture.entries.map(\.key))
    }

    @Test(arguments: fixture.entries.map(\.key))
    func entryMatchesPybtex(_ key: String) throws {
        let expected = try #require(Self.fixture.entries.first { $0.key == key })
        let entry = try #require(Corpus.bibliography.entry(key))
        #expect(entry.typeName == expected.type)
        #expect(entry.fields["year"] == expected.year)
        #expect(entry.fields["title"] == expected.titleLaTeX)
        if let difference = Self.titleDifferences[key] {
            #expect(expected.title == difference.pybtex)
            #expect(entry.title?.plain == difference.ours)
        } else {
            #expect(entry.title?.plain == expected.title)
        }
        for (role, list, people) in [("author", entry.authors, expected.author), ("editor", entry.editors, expected.editor)] {
            let ours = list.names.map { Reading.Person(first: $0.first, von: $0.von, last: $0.last, jr: $0.jr) }
            #expect(ours == people.names, "\(role)s of \(key)")
            #expect(list.andOthers == people.andOthers, "\(role)s of \(key)")
        }
    }
}
