/// Splits `author` and `editor` fields into names the way BibTeX 0.99 does.
///
/// Names are separated by "and" (any case) between spaces, outside braces;
/// a final "others" means more names than listed. Each name is read in one
/// of three forms: "First von Last", "von Last, First", "von Last, Jr, First".
/// Words are separated by spaces, `~` and hyphens outside braces; a braced
/// group stays one word ("{Barnes and Noble}"). The von part is the run of
/// words whose first letter outside braces is lower case (a braced
/// `{\ss}`-style letter counts by its own case), never the last word.
///
/// Two small differences from BibTeX, both as pybtex has them: `\~` and `\ `
/// are an accent and a space, not a tie after a stray backslash; and a
/// letter's case is Unicode's, so "Émile" starts with a capital (BibTeX 0.99
/// skips bytes above 127 and would see the "m").
enum NameParser {
    /// A name that cannot be read; the caller adds where it is.
    struct Problem: Error {
        let message: String
    }

    static func list(_ field: String) throws(Problem) -> NameList {
        var names: [Name] = []
        var andOthers = false
        let parts = splitAtAnd(field)
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1, index > 0, part == "others" {
                andOthers = true
            } else if let name = try name(part) {
                names.append(name)
            }
        }
        return NameList(names, andOthers: andOthers)
    }

    /// One name, or nil when it has no words.
    static func name(_ text: String) throws(Problem) -> Name? {
        let words = NameWords(text)
        guard !words.tokens.isEmpty else { return nil }
        guard words.commas.count <= 2 else {
            throw Problem(message: "the name '\(text)' has more than two commas; write 'von Last, Jr, First' or brace a comma that belongs to the name")
        }
        let count = words.tokens.count
        var first = 0..<0, von = 0..<0, last = 0..<0, jr = 0..<0
        if words.commas.isEmpty {
            var vonStart = 0
            var found = false
            while vonStart < count - 1 {
                if isVon(words.tokens[vonStart].text) {
                    found = true
                    break
                }
                vonStart += 1
            }
            if found {
                let vonEnd = lastVonEnd(words, from: vonStart, before: count)
                von = vonStart..<vonEnd
                last = vonEnd..<count
            } else {
                // No von: the last name takes the last word and the words hyphenated to it.
                while vonStart > 0, words.tokens[vonStart].separator == .hyphen { vonStart -= 1 }
                last = vonStart..<count
            }
            first = 0..<vonStart
        } else {
            let lastEnd = words.commas[0]
            let vonEnd = lastEnd > 0 ? lastVonEnd(words, from: 0, before: lastEnd) : 0
            von = 0..<vonEnd
            last = vonEnd..<lastEnd
            if words.commas.count == 2 {
                jr = lastEnd..<words.commas[1]
                first = words.commas[1]..<count
            } else {
                first = lastEnd..<count
            }
        }
        return Name(
            first: words.join(first), von: words.join(von), last: words.join(last), jr: words.join(jr),
            initials: words.initials(first))
    }

    /// Where the von part that starts at `start` ends: after its last lower-case
    /// word, the word before `end` excluded (BibTeX's von_name_ends_and_last_name_starts_stuff).
    private static func lastVonEnd(_ words: NameWords, from start: Int, before end: Int) -> Int {
        var vonEnd = end - 1
        while vonEnd > start {
            if isVon(words.tokens[vonEnd - 1].text) { return vonEnd }
            vonEnd -= 1
        }
        return vonEnd
    }

    /// Whether a word starts a von part: its first letter outside braces is
    /// lower case, or its first `{\…}` special letter is.
    static func isVon(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isLowercase { return true }
            if scalar.properties.isUppercase { return false }
            if scalar == "{" {
                if index + 1 < scalars.count, scalars[index + 1] == "\\" {
                    return specialLetterIsLower(scalars, from: index + 2)
                }
                var depth = 0
                while index < scalars.count {
                    if scalars[index] == "{" { depth += 1 }
                    if scalars[index] == "}" { depth -= 1; if depth == 0 { break } }
                    index += 1
                }
            }
            index += 1
        }
        return false
    }

    private static let lowerLetters: Set<String> = ["i", "j", "oe", "ae", "aa", "o", "l", "ss"]
    private static let upperLetters: Set<String> = ["OE", "AE", "AA", "O", "L"]

    /// The case of `{\…}`: `{\o}` is lower, `{\O}` upper, `{\'E}` upper by its letter.
    private static func specialLetterIsLower(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        var name = ""
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        if lowerLetters.contains(name) { return true }
        if upperLetters.contains(name) { return false }
        var depth = 1
        while index < scalars.count, depth > 0 {
            let scalar = scalars[index]
            if scalar.properties.isLowercase { return true }
            if scalar.properties.isUppercase { return false }
            if scalar == "{" { depth += 1 }
            if scalar == "}" { depth -= 1 }
            index += 1
        }
        return false
    }

    /// The field split at " and " outside braces, each name trimmed.
    static func splitAtAnd(_ field: String) -> [String] {
        let scalars = Array(field.unicodeScalars)
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{" { depth += 1 }
            if scalar == "}", depth > 0 { depth -= 1 }
            if depth == 0, isSpace(scalar), index + 4 < scalars.count, isSpace(scalars[index + 4]),
               String(String.UnicodeScalarView(scalars[index + 1...index + 3])).lowercased() == "and" {
                parts.append(String(current))
                current = String.UnicodeScalarView()
                index += 4
                continue
            }
            current.append(scalar)
            index += 1
        }
        parts.append(String(current))
        return parts.map(trimmed)
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
