/// The works a course cites, cited and listed in APA 7 author–date style.
///
/// Labels are computed over the whole set: two works whose labels would read
/// the same ("Lipton et al., 2014") get letters after the year ("2014a",
/// "2014b") in reference-list order. APA would first write out more names
/// when "et al." hides different authors; here every clash gets a letter,
/// so a label is never longer than its bare form plus one letter.
///
/// The reference list is sorted by the authors' names (surname with its von
/// part, then initials, name by name, so a single author comes before the
/// same author with others), then year, then title, accents and case ignored.
public struct CitedWorks: Sendable {
    /// The works in reference-list order.
    public let entries: [Entry]
    private let labels: [String: AuthorYear]
    private let byKey: [String: Entry]

    /// `works` may repeat a key; the first entry with that key counts.
    public init(_ works: [Entry]) {
        var byKey: [String: Entry] = [:]
        var unique: [Entry] = []
        for entry in works where byKey[entry.key] == nil {
            byKey[entry.key] = entry
            unique.append(entry)
        }
        let keys = Dictionary(uniqueKeysWithValues: unique.map { ($0.key, SortKey($0)) })
        let sorted = unique.sorted { keys[$0.key]! < keys[$1.key]! }

        var labels: [String: AuthorYear] = [:]
        var clashes: [String: [String]] = [:]
        for entry in sorted {
            let creator = Creator(entry)
            let label = AuthorYear(
                authors: creator.citation(narrative: false), narrativeAuthors: creator.citation(narrative: true),
                year: entry.year ?? "n.d.")
            labels[entry.key] = label
            clashes[label.authors.plain + "\u{0}" + label.year, default: []].append(entry.key)
        }
        for keys in clashes.values where keys.count > 1 {
            for (number, key) in keys.enumerated() {
                let year = labels[key]!.year
                labels[key]!.year = year + (year == "n.d." ? "-" : "") + Self.letters(number)
            }
        }
        self.entries = sorted
        self.labels = labels
        self.byKey = byKey
    }

    /// The cited work with this key, if it is in the set.
    public func entry(_ key: String) -> Entry? { byKey[key] }

    /// The in-text label of a cited work; nil for a key not in the set.
    public func label(_ key: String) -> AuthorYear? { labels[key] }

    /// a, b, …, z, aa, ab, …
    private static func letters(_ number: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        return number < 26 ? String(alphabet[number]) : letters(number / 26 - 1) + String(alphabet[number % 26])
    }
}

/// What a work is cited by in the text: "Lipton et al." and "2014a".
public struct AuthorYear: Sendable, Hashable, CustomStringConvertible {
    /// "Bartlett & Jordan"; an organisation or a title when the work has no author.
    public var authors: FieldText
    /// "Bartlett and Jordan", as a sentence names them.
    public var narrativeAuthors: FieldText
    /// "2014", "2014a", "n.d.".
    public var year: String

    public init(authors: FieldText, narrativeAuthors: FieldText, year: String) {
        self.authors = authors
        self.narrativeAuthors = narrativeAuthors
        self.year = year
    }

    /// "Lipton et al., 2014".
    public var description: String { authors.plain + ", " + year }
}

/// Who a work is by, for citing and sorting: its authors, else its editors,
/// else the organisation that issued it, else its title.
enum Creator {
    case people(NameList)
    case editors(NameList)
    case body(FieldText)
    case title(FieldText, isPart: Bool)

    init(_ entry: Entry) {
        if !entry.authors.isEmpty {
            self = .people(entry.authors)
        } else if !entry.editors.isEmpty {
            self = .editors(entry.editors)
        } else if let organization = entry.text("organization") ?? entry.text("institution"), !organization.isEmpty,
                  entry.type != .inproceedings, entry.type != .incollection {
            self = .body(organization)
        } else {
            self = .title(entry.title ?? FieldText(runs: []), isPart: entry.type.isPart)
        }
    }

    /// The label's author part; a title is shortened at its colon, italic for a
    /// whole work and in quotes for a part, as APA cites works without author.
    func citation(narrative: Bool) -> FieldText {
        switch self {
        case .people(let names), .editors(let names):
            return FieldText(runs: [.init(APANames.citation(names, narrative: narrative))])
        case .body(let name):
            return FieldText(runs: [.init(name.plain)])
        case .title(let title, let isPart):
            let short = String(title.plain.prefix { $0 != ":" })
            return FieldText(runs: [isPart ? .init("“" + short + "”") : .init(short, style: .italic)])
        }
    }

    /// Names as compared when sorting, one string per name.
    var sortNames: [String] {
        switch self {
        case .people(let names), .editors(let names):
            return names.names.map { Accents.folded($0.surname + "\u{1}" + $0.initials + "\u{1}" + $0.jr) }
        case .body(let name): return [Accents.folded(name.plain)]
        case .title(let title, _): return [Accents.folded(title.plain)]
        }
    }
}

/// Reference-list order: names, year (undated first), title, then key.
struct SortKey: Comparable {
    let names: [String]
    let year: Int
    let title: String
    let key: String

    init(_ entry: Entry) {
        names = Creator(entry).sortNames
        let digits = entry.year?.prefix { $0.isASCII && $0.isNumber } ?? ""
        year = Int(digits) ?? (entry.year == nil ? Int.min : Int.max)
        title = Accents.folded(entry.title?.plain ?? "")
        key = entry.key
    }

    static func < (a: SortKey, b: SortKey) -> Bool {
        if a.names != b.names { return a.names.lexicographicallyPrecedes(b.names) }
        if a.year != b.year { return a.year < b.year }
        if a.title != b.title { return a.title < b.title }
        return a.key < b.key
    }
}
