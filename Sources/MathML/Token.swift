/// One lexical unit of TeX math, with the offset of its first character.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `\name` or a control symbol such as `\,`, `\{`, `\\` (stored without the backslash).
        case command(String)
        /// `{`
        case beginGroup
        /// `}`
        case endGroup
        /// `^`
        case caret
        /// `_`
        case underscore
        /// `&`
        case alignment
        /// `'`
        case prime
        /// Any other character: letters, digits, punctuation, Unicode symbols.
        case character(Character)
        /// No more input.
        case end
    }

    let kind: Kind
    let offset: Int

    /// How the token reads in TeX, for messages.
    var spelling: String {
        switch kind {
        case .command(let name): "\\" + name
        case .beginGroup: "{"
        case .endGroup: "}"
        case .caret: "^"
        case .underscore: "_"
        case .alignment: "&"
        case .prime: "'"
        case .character(let character): String(character)
        case .end: "end of formula"
        }
    }
}

extension Token.Kind {
    /// An ASCII digit, which may start or continue a number.
    var isDigit: Bool {
        if case .character(let character) = self { character.isASCII && character.isNumber } else { false }
    }
}
