/// Reads TeX source as math-mode tokens, or as raw text inside `\text{…}`.
///
/// Math mode ignores spaces and `%` comments, as TeX does.
struct Scanner: Sendable {
    let map: SourceMap
    private(set) var position = 0

    init(_ source: String) {
        map = SourceMap(source)
    }

    private var characters: [Character] { map.characters }

    /// The next math-mode token, consumed.
    mutating func next() throws(TeXError) -> Token {
        skipSpaceAndComments()
        let start = position
        guard position < characters.count else { return Token(kind: .end, offset: start) }
        let character = characters[position]
        position += 1
        let kind: Token.Kind
        switch character {
        case "\\": kind = .command(try commandName(start: start))
        case "{": kind = .beginGroup
        case "}": kind = .endGroup
        case "^": kind = .caret
        case "_": kind = .underscore
        case "&": kind = .alignment
        case "'": kind = .prime
        default: kind = .character(character)
        }
        return Token(kind: kind, offset: start)
    }

    /// The next math-mode token, left in place.
    func peek() throws(TeXError) -> Token {
        var copy = self
        return try copy.next()
    }

    /// The character right at the cursor, spaces included; nil at the end.
    var rawCharacter: Character? {
        position < characters.count ? characters[position] : nil
    }

    /// Moves past the character at the cursor.
    mutating func skipRawCharacter() {
        position += 1
    }

    /// Skips spaces and comments, then tells whether `character` comes next (and consumes it).
    mutating func skip(_ character: Character) -> Bool {
        skipSpaceAndComments()
        guard rawCharacter == character else { return false }
        position += 1
        return true
    }

    private mutating func commandName(start: Int) throws(TeXError) -> String {
        guard position < characters.count else {
            throw map.error("'\\' at the end of the formula", at: start)
        }
        let first = characters[position]
        position += 1
        guard first.isASCII, first.isLetter else {
            // A control symbol: `\,` `\{` `\\`; a backslash before a line break is a control space.
            return first.isNewline ? " " : String(first)
        }
        var name = String(first)
        while position < characters.count, characters[position].isASCII, characters[position].isLetter {
            name.append(characters[position])
            position += 1
        }
        return name
    }

    private mutating func skipSpaceAndComments() {
        while position < characters.count {
            let character = characters[position]
            if character.isWhitespace {
                position += 1
            } else if character == "%" {
                while position < characters.count, !characters[position].isNewline { position += 1 }
            } else {
                return
            }
        }
    }
}
