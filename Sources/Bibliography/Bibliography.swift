/// The works of a `.bib` file, read as BibTeX reads them.
///
/// Entries `@type{key, field = value, …}` with `{…}` or `(…)` around the
/// body; values in braces, in quotes, numbers or macros, joined with `#`;
/// `@string` macros and the month macros `jan` … `dec`; `@preamble`,
/// `@comment` and text between entries ignored. Types and field names
/// ignore case. Unlike BibTeX, which warns and goes on, a repeated key
/// (in any case), a repeated field or an unknown macro is an error.
public struct Bibliography: Sendable {
    /// The file as the caller named it.
    public let path: String
    /// Entries in file order.
    public let entries: [Entry]
    private let index: [String: Int]

    public init(path: String, entries: [Entry]) {
        self.path = path
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.key] == nil {
            index[entry.key] = position
        }
        self.index = index
    }

    /// The entry cited as `key` (keys match exactly, as Pandoc matches them).
    public func entry(_ key: String) -> Entry? {
        index[key].map { entries[$0] }
    }

    /// Reads `text`, the contents of the file at `path` (used in errors only).
    public static func parse(_ text: String, path: String) throws(BibliographyError) -> Bibliography {
        let source = SourceText(text, path: path)
        var reader = BibTeXReader(source)
        var entries: [Entry] = []
        var keys: [String: Int] = [:]
        for raw in try reader.entries() {
            let folded = raw.key.lowercased()
            if let first = keys[folded] {
                throw source.error("duplicate key '\(raw.key)' (first defined at \(source.describe(first)))", at: raw.keyOffset)
            }
            keys[folded] = raw.keyOffset
            entries.append(try entry(raw, in: source))
        }
        return Bibliography(path: path, entries: entries)
    }

    private static func entry(_ raw: BibTeXReader.RawEntry, in source: SourceText) throws(BibliographyError) -> Entry {
        var fields: [String: String] = [:]
        var people: [String: NameList] = [:]
        for field in raw.fields {
            fields[field.name] = field.value
            guard field.name == "author" || field.name == "editor" else { continue }
            do {
                people[field.name] = try NameParser.list(field.value)
            } catch {
                throw source.error("\(error.message) (in the field '\(field.name)')", at: field.valueOffset)
            }
        }
        let (line, column) = source.location(of: raw.at)
        return Entry(
            key: raw.key, typeName: raw.typeName, fields: fields,
            authors: people["author"] ?? NameList(), editors: people["editor"] ?? NameList(),
            line: line, column: column)
    }
}
