/// A place inside a work: "p. 3", "pp. 3–5", "sec. 2", "chap. 4".
///
/// Read from the start of a citation's suffix as citeproc reads it: an
/// optional comma, a term (`p.`, `pp.`, `page`, `sec.`, `§`, `chap.`, …) and
/// a value of numbers or roman numerals joined by `-`, `–` or `, `. A value
/// without a term is a page, as in `[@doe99, 33-35]`.
public struct Locator: Sendable, Hashable, CustomStringConvertible {
    /// The kind of place, as citeproc names its locator terms.
    public enum Label: String, Sendable, Hashable, CaseIterable {
        case page, chapter, section, figure, volume, part, paragraph, line, note

        /// The abbreviation for one place and for several.
        var abbreviations: (singular: String, plural: String) {
            switch self {
            case .page: ("p.", "pp.")
            case .chapter: ("chap.", "chaps.")
            case .section: ("sec.", "secs.")
            case .figure: ("fig.", "figs.")
            case .volume: ("vol.", "vols.")
            case .part: ("pt.", "pts.")
            case .paragraph: ("para.", "paras.")
            case .line: ("l.", "ll.")
            case .note: ("n.", "nn.")
            }
        }

        /// How authors write the term, longest first so "pp." wins over "p.".
        static let spellings: [(String, Label)] = {
            var list: [(String, Label)] = [
                ("pg.", .page), ("page", .page), ("pages", .page),
                ("ch.", .chapter), ("chapter", .chapter), ("chapters", .chapter),
                ("section", .section), ("sections", .section), ("§", .section), ("§§", .section),
                ("figure", .figure), ("figures", .figure),
                ("volume", .volume), ("volumes", .volume),
                ("part", .part), ("parts", .part),
                ("paragraph", .paragraph), ("paragraphs", .paragraph), ("¶", .paragraph), ("¶¶", .paragraph),
                ("line", .line), ("lines", .line), ("note", .note), ("notes", .note),
            ]
            for label in allCases {
                list.append((label.abbreviations.singular, label))
                list.append((label.abbreviations.plural, label))
            }
            return list.sorted { $0.0.count > $1.0.count }
        }()
    }

    public var label: Label
    /// The value as written: "3-5", "33-35, 38-39", "IV".
    public var value: String

    public init(_ label: Label, _ value: String) {
        self.label = label
        self.value = value
    }

    /// More than one place: the value has a range or a list.
    public var isPlural: Bool { value.contains { "-–—,&".contains($0) } }

    /// "pp. 3–5": the abbreviation and the value with ranges as en dashes.
    public var description: String {
        let abbreviation = isPlural ? label.abbreviations.plural : label.abbreviations.singular
        var shown = ""
        var previousDash = false
        for character in value {
            let dash = character == "-" || character == "–"
            if dash && !previousDash { shown.append("–") }
            if !dash { shown.append(character) }
            previousDash = dash
        }
        return abbreviation + " " + shown
    }

    /// The locator at the start of `suffix`, and what follows it; nil and the
    /// suffix unchanged when it does not start with one.
    public static func split(_ suffix: String) -> (locator: Locator?, rest: String) {
        let characters = Array(suffix)
        var index = 0
        func skipSpaces() { while index < characters.count, characters[index].isWhitespace { index += 1 } }
        skipSpaces()
        if index < characters.count, characters[index] == "," { index += 1 }
        skipSpaces()
        var label = Label.page
        if let (spelling, found) = Label.spellings.first(where: { matches($0.0, characters, at: index) }) {
            label = found
            index += spelling.count
            skipSpaces()
        } else if index == characters.count || !characters[index].isNumber {
            return (nil, suffix)
        }
        let valueStart = index
        guard let end = value(characters, from: index) else { return (nil, suffix) }
        return (Locator(label, String(characters[valueStart..<end])), String(characters[end...]))
    }

    /// A term matches when it is followed by a space, a digit, or it ends in a period.
    private static func matches(_ spelling: String, _ characters: [Character], at index: Int) -> Bool {
        let term = Array(spelling)
        guard index + term.count <= characters.count else { return false }
        for (offset, character) in term.enumerated() where characters[index + offset].lowercased() != character.lowercased() {
            return false
        }
        let after = index + term.count
        if term.last == "." || after == characters.count { return true }
        return characters[after].isWhitespace || characters[after].isNumber
    }

    /// The end of a value starting at `index`: items joined by dashes or ", ".
    private static func value(_ characters: [Character], from start: Int) -> Int? {
        guard var end = item(characters, from: start) else { return nil }
        while end < characters.count {
            var next = end
            if characters[next] == "-" || characters[next] == "–" {
                while next < characters.count, characters[next] == "-" || characters[next] == "–" { next += 1 }
            } else if characters[next] == "," {
                next += 1
                while next < characters.count, characters[next] == " " { next += 1 }
                guard next < characters.count, characters[next].isNumber else { break }
            } else {
                break
            }
            guard let itemEnd = item(characters, from: next) else { break }
            end = itemEnd
        }
        return end
    }

    /// One number ("12", "3a", "2.4") or roman numeral ("iv").
    private static func item(_ characters: [Character], from start: Int) -> Int? {
        var end = start
        while end < characters.count {
            let character = characters[end]
            if character.isLetter || character.isNumber {
                end += 1
            } else if character == ".", end > start, end + 1 < characters.count, characters[end + 1].isNumber {
                end += 1
            } else {
                break
            }
        }
        guard end > start else { return nil }
        let word = characters[start..<end]
        let roman = word.allSatisfy { "ivxlcdmIVXLCDM".contains($0) }
        return word.contains(where: \.isNumber) || roman ? end : nil
    }
}
