@testable import Bibliography
import Testing

/// Names split exactly as BibTeX splits them ("Tame the BeaST" and btxdoc examples among them).
@Suite struct NameTests {
    struct Split: Sendable, CustomTestStringConvertible {
        let field: String
        let parts: [[String]]
        init(_ field: String, _ parts: [String]...) {
            self.field = field
            self.parts = parts
        }
        var testDescription: String { field }
    }

    static let splits: [Split] = [
        Split("Donald E. Knuth", ["Donald E.", "", "Knuth", ""]),
        Split("Knuth, Donald E.", ["Donald E.", "", "Knuth", ""]),
        Split("Ludwig van Beethoven", ["Ludwig", "van", "Beethoven", ""]),
        Split("van Beethoven, Ludwig", ["Ludwig", "van", "Beethoven", ""]),
        Split("King, Jr, Martin Luther", ["Martin Luther", "", "King", "Jr"]),
        Split("Steele, Jr., Guy L.", ["Guy L.", "", "Steele", "Jr."]),
        // BibTeX's well-known trap: one comma means "Last, First", whatever follows it.
        Split("Guy L. Steele, Jr.", ["Jr.", "", "Guy L. Steele", ""]),
        Split("von Neumann, Jr, John", ["John", "von", "Neumann", "Jr"]),
        Split("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
              ["Charles Louis Xavier Joseph", "de la", "Vallée Poussin", ""]),
        Split("Jean de La Fontaine du Bois Joli", ["Jean", "de La Fontaine du", "Bois Joli", ""]),
        Split("jean de la fontaine", ["", "jean de la", "fontaine", ""]),
        Split("Jean {de la} Fontaine", ["Jean de la", "", "Fontaine", ""]),
        Split("Rannen Triki, Amal", ["Amal", "", "Rannen Triki", ""]),
        Split("Amal Rannen-Triki", ["Amal", "", "Rannen-Triki", ""]),
        Split("Jean-Paul Sartre", ["Jean-Paul", "", "Sartre", ""]),
        Split("Donald~E.~Knuth", ["Donald E.", "", "Knuth", ""]),
        Split("{Barnes and Noble}", ["", "", "Barnes and Noble", ""]),
        Split("{scikit-learn developers}", ["", "", "scikit-learn developers", ""]),
        Split("{\\'E}mile Zola", ["Émile", "", "Zola", ""]),
        Split("Émile Zola", ["Émile", "", "Zola", ""]),
        // A braced special letter counts by its own case: {\o} is lower case, {\O} upper.
        // (pybtex 0.26.1 sees no case in {\o} and reads "Karl {\o}ster" as first names.)
        Split("Karl {\\o}ster Hansen", ["Karl", "øster", "Hansen", ""]),
        Split("Karl {\\O}ster Hansen", ["Karl Øster", "", "Hansen", ""]),
        Split("Jean {\\'e}tienne Dupont", ["Jean", "étienne", "Dupont", ""]),
        Split("Hasan {\\c{C}}elik", ["Hasan", "", "Çelik", ""]),
        // An ordinary braced group never decides: "{von}" is not a von part.
        Split("John {von} Neumann", ["John von", "", "Neumann", ""]),
        Split("Qui\\~{n}onero-Candela, Joaquin", ["Joaquin", "", "Quiñonero-Candela", ""]),
        // A hyphen separates words as a space does, so the von part can end at one
        // (pybtex 0.26.1 keeps "cd-Ef" as one word and makes it the von part).
        Split("Ab cd-Ef Gh", ["Ab", "cd", "Ef Gh", ""]),
        Split("Smith,", ["", "", "Smith", ""]),
        Split("Madonna", ["", "", "Madonna", ""]),
    ]

    @Test(arguments: splits) func splitsAsBibTeX(_ split: Split) throws {
        let list = try NameParser.list(split.field)
        #expect(list.names.map { [$0.first, $0.von, $0.last, $0.jr] } == split.parts)
    }

    @Test func namesAreSeparatedByAndOutsideBraces() throws {
        let list = try NameParser.list("Bartlett, Peter L. AND Michael I. Jordan and {Barnes and Noble} and others")
        #expect(list.names.map(\.last) == ["Bartlett", "Jordan", "Barnes and Noble"])
        #expect(list.andOthers)
        #expect(try NameParser.list("Anderson and Sandberg").names.map(\.last) == ["Anderson", "Sandberg"])
        #expect(try NameParser.list("others").names.map(\.last) == ["others"])
    }

    @Test func initialsKeepHyphensAndAccents() throws {
        let list = try NameParser.list("Lin, Tsung-Yi and Zachary Chase Lipton and {\\'E}douard Pauwels and M{\\\"u}ller, K.-R. and {IEEE}")
        #expect(list.names.map(\.initials) == ["T.-Y.", "Z. C.", "É.", "K.-R.", ""])
    }

    @Test func describesItselfInBibTeXsUnambiguousForm() throws {
        let name = try #require(try NameParser.list("Steele, Jr., Guy L.").names.first)
        #expect(name.description == "Steele, Jr., Guy L.")
        #expect(Name(first: "John", von: "von", last: "Neumann").surname == "von Neumann")
    }
}
