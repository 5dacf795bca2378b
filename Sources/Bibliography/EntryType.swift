/// The kinds of work a reference list distinguishes.
///
/// BibTeX's standard types, and biblatex's `online`. Aliases map to one
/// case: `conference` is `inproceedings`, `electronic` and `www` are `online`,
/// `thesis` and `report` (biblatex) are `phdthesis` and `techreport`.
/// A type BibTeX's styles do not know is read as `misc`, as they read it.
public enum EntryType: String, Sendable, Hashable, CaseIterable {
    case article, book, booklet, inbook, incollection, inproceedings, manual
    case mastersthesis, misc, online, phdthesis, proceedings, techreport, unpublished

    /// The type for a name as written after `@`, in any case.
    public init(bibTeXName name: String) {
        switch name.lowercased() {
        case "conference": self = .inproceedings
        case "electronic", "www": self = .online
        case "thesis": self = .phdthesis
        case "report": self = .techreport
        case let other: self = EntryType(rawValue: other) ?? .misc
        }
    }

    /// A part of a larger work (its title is not italic in APA style).
    var isPart: Bool {
        switch self {
        case .article, .inproceedings, .incollection: true
        default: false
        }
    }
}
