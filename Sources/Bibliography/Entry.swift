/// One work of a bibliography, as its `.bib` entry describes it.
public struct Entry: Sendable, Hashable {
    /// The citation key, exactly as written (`lipton2014`).
    public let key: String
    /// The type as written after `@`, in lower case (`conference`).
    public let typeName: String
    /// What kind of work it is, aliases resolved (`inproceedings`).
    public let type: EntryType
    /// Every field by lower-case name: macros expanded, `#` joined, white space
    /// collapsed, LaTeX left as written. `author` and `editor` are here too.
    public let fields: [String: String]
    public let authors: NameList
    public let editors: NameList
    /// Where the entry's `@` is in its file (line from 1, column in UTF-8 bytes from 1).
    public let line: Int
    public let column: Int

    public init(
        key: String, typeName: String, fields: [String: String],
        authors: NameList = NameList(), editors: NameList = NameList(), line: Int = 1, column: Int = 1
    ) {
        self.key = key
        self.typeName = typeName
        self.type = EntryType(bibTeXName: typeName)
        self.fields = fields
        self.authors = authors
        self.editors = editors
        self.line = line
        self.column = column
    }

    /// A field's text with its LaTeX turned into Unicode (`title`, `journal`, …).
    public func text(_ field: String) -> FieldText? {
        fields[field.lowercased()].map(FieldText.init(latex:))
    }

    /// A field that holds an identifier or address (`url`, `doi`, `eprint`),
    /// as written, with TeX escapes such as `\_` and `\%` undone and braces
    /// dropped. `~` and `--` are not typography there, so nothing else changes.
    public func verbatim(_ field: String) -> String? {
        fields[field.lowercased()].map(Self.unescaped)
    }

    public var title: FieldText? { text("title") }

    /// The `year` field, else the year of a biblatex `date` (`2020-05-12`).
    public var year: String? {
        if let year = text("year")?.plain, !year.isEmpty { return year }
        guard let date = fields["date"] else { return nil }
        let digits = date.prefix { $0.isASCII && $0.isNumber }
        return digits.count == 4 ? String(digits) : nil
    }

    /// The DOI as written (`10.1214/aos/1079120130`, sometimes with `https://doi.org/`).
    public var doi: String? { verbatim("doi") }

    /// `url`, else the argument of a `\url{…}` in `howpublished`.
    public var url: String? {
        if let url = verbatim("url") { return url }
        guard let howpublished = fields["howpublished"], let start = howpublished.firstRange(of: "\\url{") else { return nil }
        let rest = howpublished[start.upperBound...]
        guard let end = rest.firstIndex(of: "}") else { return nil }
        return Self.unescaped(String(rest[..<end]))
    }

    /// The arXiv identifier: `eprint` when `archivePrefix` or `eprinttype` says arXiv.
    public var arXiv: String? {
        let archive = (fields["archiveprefix"] ?? fields["eprinttype"])?.lowercased()
        guard archive == "arxiv", let eprint = verbatim("eprint") else { return nil }
        return eprint
    }

    static func unescaped(_ text: String) -> String {
        var out = ""
        var escape = false
        for character in text {
            if escape {
                if !"_%#&$~{}".contains(character) { out.append("\\") }
                out.append(character)
                escape = false
            } else if character == "\\" {
                escape = true
            } else if character != "{" && character != "}" {
                out.append(character)
            }
        }
        if escape { out.append("\\") }
        return out
    }
}
