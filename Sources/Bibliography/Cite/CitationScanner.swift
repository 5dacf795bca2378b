/// Finds Pandoc's citation syntax in a run of prose.
///
/// - `[@key]`, `[@key, p. 3]`, `[see @a, pp. 3-5; also @b]`: bracketed
///   citations, items separated by `;`, each with one key and optional text
///   before and after it. A bracket whose parts do not all hold a key is text.
/// - `[-@key]` and `-@key`: the author is left out.
/// - `@key` in running text is narrative; `@key [p. 3]` adds a locator, and
///   `@key [@other]` more works.
///
/// A key starts with a letter or `_` and goes on with letters, digits and `_`,
/// and with `:.#$%&-+?<>~/` when a letter or digit follows (so the period
/// ending a sentence is not part of it). An `@` right after a letter, digit or
/// backslash starts no citation: `a@b.org` is an address, `\@` an escape.
/// Brackets do not nest inside a citation.
///
/// Work is linear in the text: each bracket is read up to the next bracket only.
public enum CitationScanner {
    /// `text` cut into prose and citations, in order; the citations' byte
    /// ranges, with the text segments between them, cover `text` exactly.
    public static func segments(_ text: String) -> [ProseSegment] {
        var scan = Scan(text)
        return scan.run()
    }
}

private struct Scan {
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, and of the end.
    let offsets: [Int]
    var segments: [ProseSegment] = []
    var textStart = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    mutating func run() -> [ProseSegment] {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var found: (group: CitationGroup, start: Int, end: Int)?
            if scalar == "[", !follows(index, "\\") {
                found = bracketed(at: index).map { ($0.group, index, $0.end) }
            } else if scalar == "@" {
                found = narrative(at: index)
            }
            if let (group, start, end) = found {
                flushText(upTo: start)
                segments.append(.citation(group))
                index = end
                textStart = end
            } else {
                index += 1
            }
        }
        flushText(upTo: scalars.count)
        return segments
    }

    private mutating func flushText(upTo end: Int) {
        guard end > textStart else { return }
        let text = string(textStart..<end)
        if case .text(let previous) = segments.last {
            segments[segments.count - 1] = .text(previous + text)
        } else {
            segments.append(.text(text))
        }
    }

    // MARK: - Citations

    /// `[…]` at `open`, when every `;`-separated part holds a key.
    private func bracketed(at open: Int) -> (group: CitationGroup, end: Int)? {
        guard let close = closingBracket(after: open) else { return nil }
        var items: [CitationItem] = []
        for part in parts(open + 1..<close) {
            guard let item = item(in: part) else { return nil }
            items.append(item)
        }
        return (CitationGroup(items: items, isNarrative: false, range: offsets[open]..<offsets[close + 1]), close + 1)
    }

    /// `@key` (or `-@key`) at `at`, with an optional `[locator]` or `[@more]` after it.
    private func narrative(at sign: Int) -> (group: CitationGroup, start: Int, end: Int)? {
        let suppress = sign > 0 && scalars[sign - 1] == "-"
        let start = suppress ? sign - 1 : sign
        guard canCite(before: start), let keyEnd = keyEnd(at: sign) else { return nil }
        var first = CitationItem(
            key: string(sign + 1..<keyEnd), suppressesAuthor: suppress, keyRange: offsets[sign + 1]..<offsets[keyEnd])
        var items: [CitationItem] = []
        var end = keyEnd
        if let (open, close) = locatorBracket(after: keyEnd) {
            let parts = parts(open + 1..<close)
            var more: [CitationItem] = []
            var ok = true
            for (number, part) in parts.enumerated() {
                if number == 0, hasNoKey(part) {
                    (first.locator, first.suffix) = Locator.split(string(part))
                } else if let item = item(in: part) {
                    more.append(item)
                } else {
                    ok = false
                }
            }
            if ok {
                items = more
                end = close + 1
            } else {
                first.locator = nil
                first.suffix = ""
            }
        }
        let group = CitationGroup(items: [first] + items, isNarrative: true, range: offsets[start]..<offsets[end])
        return (group, start, end)
    }

    /// `[…]` right after a narrative key (spaces and one line break between),
    /// not a footnote `[^…]`, not followed by `[` or `(` as a link would be.
    private func locatorBracket(after keyEnd: Int) -> (Int, Int)? {
        var index = keyEnd
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        if index < scalars.count, scalars[index] == "\r" { index += 1 }
        if index < scalars.count, scalars[index] == "\n" { index += 1 }
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == "[",
              index + 1 < scalars.count, scalars[index + 1] != "^",
              let close = closingBracket(after: index) else { return nil }
        if close + 1 < scalars.count, scalars[close + 1] == "[" || scalars[close + 1] == "(" { return nil }
        return (index, close)
    }

    /// One part of a bracket: prefix, `@key` or `-@key`, suffix.
    private func item(in part: Range<Int>) -> CitationItem? {
        var index = part.lowerBound
        while index < part.upperBound {
            if scalars[index] == "@" {
                let suppress = index > part.lowerBound && scalars[index - 1] == "-"
                let start = suppress ? index - 1 : index
                if canCite(before: start), let keyEnd = keyEnd(at: index), keyEnd <= part.upperBound {
                    let (locator, suffix) = Locator.split(string(keyEnd..<part.upperBound))
                    return CitationItem(
                        key: string(index + 1..<keyEnd), prefix: trimmed(string(part.lowerBound..<start)),
                        locator: locator, suffix: trimmedEnd(suffix), suppressesAuthor: suppress,
                        keyRange: offsets[index + 1]..<offsets[keyEnd])
                }
            }
            index += 1
        }
        return nil
    }

    private func hasNoKey(_ part: Range<Int>) -> Bool {
        !part.contains { scalars[$0] == "@" && canCite(before: $0 > part.lowerBound && scalars[$0 - 1] == "-" ? $0 - 1 : $0) && keyEnd(at: $0) != nil }
    }

    /// The ranges between `;`s.
    private func parts(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where scalars[index] == ";" {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// The `]` closing the bracket at `open`, if no other bracket comes first.
    private func closingBracket(after open: Int) -> Int? {
        var index = open + 1
        while index < scalars.count {
            if scalars[index] == "]" { return index }
            if scalars[index] == "[" { return nil }
            index += 1
        }
        return nil
    }

    // MARK: - Keys

    /// A citation may start at `start` (the `@` or its `-`).
    private func canCite(before start: Int) -> Bool {
        guard start > 0 else { return true }
        let previous = scalars[start - 1]
        return !(isWordCharacter(previous) || previous == "\\")
    }

    /// Where the key after the `@` at `at` ends, or nil when no key follows.
    private func keyEnd(at sign: Int) -> Int? {
        var index = sign + 1
        guard index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "_" else { return nil }
        index += 1
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if isWordCharacter(scalar) || scalar == "_" {
                index += 1
            } else if Self.internalPunctuation.contains(scalar), let next, isWordCharacter(next) || next == "_" {
                index += 1
            } else if scalar == ":" || scalar == "/", next == "/" {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private static let internalPunctuation: Set<Unicode.Scalar> = Set(":.#$%&-+?<>~/".unicodeScalars)

    private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    // MARK: - Text

    private func follows(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index > 0 && scalars[index - 1] == scalar
    }

    private func string(_ range: Range<Int>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range])
        return String(text)
    }

    private func trimmed(_ text: String) -> String {
        String(trimmedEnd(text).drop { $0.isWhitespace })
    }

    private func trimmedEnd(_ text: String) -> String {
        var text = text
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
