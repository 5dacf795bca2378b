/// A person's (or a body's) name split as BibTeX splits it, in Unicode.
///
/// "Donald E. Knuth" has first "Donald E.", last "Knuth"; "Ludwig van
/// Beethoven" has von "van"; "King, Jr, Martin Luther" has jr "Jr";
/// "{Barnes and Noble}" is all last name.
public struct Name: Sendable, Hashable, CustomStringConvertible {
    /// First and middle names: "Donald E.", "Jean-Paul".
    public var first: String
    /// The lower-case particle before the last name: "van", "de la".
    public var von: String
    /// The last name, or a body's whole name: "Knuth", "Barnes and Noble".
    public var last: String
    /// "Jr", "III".
    public var jr: String
    /// One initial per first-name word, hyphens kept: "Jean-Paul Karl" → "J.-P. K.".
    public var initials: String

    public init(first: String = "", von: String = "", last: String, jr: String = "", initials: String? = nil) {
        self.first = first
        self.von = von
        self.last = last
        self.jr = jr
        self.initials = initials ?? Self.initials(of: first)
    }

    /// "von Last": how the name is cited in the text.
    public var surname: String { von.isEmpty ? last : von + " " + last }

    /// "von Last, Jr, First", the unambiguous BibTeX form.
    public var description: String {
        var text = surname
        if !jr.isEmpty { text += ", " + jr }
        if !first.isEmpty { text += ", " + first }
        return text
    }

    /// Initials of first names already in Unicode, split at spaces and hyphens.
    static func initials(of first: String) -> String {
        var out = ""
        var atWordStart = true
        for character in first {
            if character == " " || character == "-" || character == "\u{A0}" {
                if !out.isEmpty, !atWordStart { out.append(character == "-" ? "-" : " ") }
                atWordStart = true
            } else if atWordStart, character.isLetter {
                out.append(character)
                out.append(".")
                atWordStart = false
            }
        }
        return out
    }
}

/// The names of a field such as `author`; "and others" sets `andOthers`.
public struct NameList: Sendable, Hashable {
    public var names: [Name]
    /// The list ended with "and others": there are more names than `names`.
    public var andOthers: Bool

    public init(_ names: [Name] = [], andOthers: Bool = false) {
        self.names = names
        self.andOthers = andOthers
    }

    public var isEmpty: Bool { names.isEmpty }
}
