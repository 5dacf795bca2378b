/// The optional `---` block at the top of a lesson.
///
/// A small, strict subset of YAML: one `key: value` per line, values plain,
/// or in single or double quotes; `#` starts a comment. Anything else is an
/// error at its line rather than a guess.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var summary: String?
    /// Where the lesson stands in the course; lessons without one come after, by file name.
    public var order: Int?
    /// Lets raw HTML in this lesson's Markdown through (off by default).
    public var allowsRawHTML: Bool = false
    /// In `course.md`: whether the handout prints exercises' solutions (on by default).
    public var handoutSolutions: Bool = true
    /// In `course.md`: whether symbolic links in the lessons folder may point
    /// outside it (off: their targets would be published without anyone noticing).
    public var allowsOutsideLinks: Bool = false
    /// In `course.md`: the BibTeX file citations come from, inside the lessons
    /// folder (`references.bib` when not given).
    public var bibliography: String?
    /// More memory, processes or scratch space for the lesson's program.
    public var resources = ResourceRequest()
    /// Files beside the lesson that its cells read (see ``InputFiles``).
    public var files: [String] = []
    /// How many lines of the file the block takes, fences included (0 without one).
    public var lineCount: Int = 0

    public init(title: String? = nil, summary: String? = nil, order: Int? = nil, allowsRawHTML: Bool = false) {
        self.title = title
        self.summary = summary
        self.order = order
        self.allowsRawHTML = allowsRawHTML
    }

    static let keys = ["title", "summary", "order", "raw-html", "handout-solutions", "allow-outside-links", "bibliography", "files"] + ResourceRequest.keys

    /// Reads the front matter at the top of `text`, if any. Errors carry the line.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), first.trimmingTrailingSpace == "---" else { return FrontMatter() }
        var matter = FrontMatter()
        var number = 1
        var seen: [String: Int] = [:]
        while let raw = lines.next() {
            number += 1
            let line = raw.trimmingTrailingSpace
            if line == "---" || line == "..." {
                matter.lineCount = number
                return matter
            }
            let content = line.drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            func fail(_ message: String, column: Int = 1) -> Diagnostic {
                Diagnostic(path: path, line: number, column: column, message: "front matter: " + message)
            }
            guard content.count == line.count else { throw fail("keys must start at the beginning of the line") }
            guard let colon = line.firstIndex(of: ":") else { throw fail("expected 'key: value'") }
            let key = String(line[..<colon])
            if let first = seen[key] { throw fail("'\(key)' is given twice (first at line \(first))") }
            seen[key] = number
            let value = try Self.value(line[line.index(after: colon)...]) { message in
                fail(message, column: line.distance(from: line.startIndex, to: colon) + 2)
            }
            switch key {
            case "title": matter.title = value
            case "summary": matter.summary = value
            case "order":
                guard let order = Int(value) else { throw fail("order must be a whole number, not '\(value)'") }
                matter.order = order
            case "raw-html", "handout-solutions", "allow-outside-links":
                guard let flag = Bool(value) else { throw fail("\(key) must be true or false, not '\(value)'") }
                switch key {
                case "raw-html": matter.allowsRawHTML = flag
                case "handout-solutions": matter.handoutSolutions = flag
                default: matter.allowsOutsideLinks = flag
                }
            case "bibliography":
                matter.bibliography = value
            case "files":
                let (paths, problem) = InputFiles.parse(value)
                if let problem { throw fail(problem) }
                matter.files = paths
            case _ where ResourceRequest.keys.contains(key):
                if let problem = matter.resources.set(key, to: value) { throw fail(problem) }
            default:
                throw fail("unknown key '\(key)' (known: \(keys.joined(separator: ", ")))")
            }
        }
        throw Diagnostic(path: path, line: 1, column: 1, message: "front matter: the '---' here is never closed by a line of '---'")
    }

    private static func value(
        _ raw: Substring, fail: (String) -> Diagnostic
    ) throws(Diagnostic) -> String {
        let text = raw.drop { $0 == " " }
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            let plain = text.split(separator: " #", maxSplits: 1).first.map(String.init) ?? ""
            guard !plain.isEmpty else { throw fail("a value is missing") }
            return plain
        }
        var value = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == quote {
                let rest = text[text.index(after: index)...].drop { $0 == " " }
                guard rest.isEmpty || rest.hasPrefix("#") else { throw fail("unexpected text after the closing quote") }
                return value
            }
            if character == "\\", quote == "\"", text.index(after: index) < text.endIndex {
                index = text.index(after: index)
                let escaped = text[index]
                value.append(escaped == "n" ? "\n" : escaped)
            } else {
                value.append(character)
            }
            index = text.index(after: index)
        }
        throw fail("a quoted value is never closed")
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}
