extension Scanner {
    /// The argument of `\text` and its kin, read as text: spaces count, and
    /// runs of white space become one space, as in a TeX paragraph.
    mutating func textArgument(of command: Token) throws(TeXError) -> String {
        guard skip("{") else {
            let token = try next()
            guard case .character(let character) = token.kind else {
                throw map.error("missing argument for \(command.spelling)", at: token.offset)
            }
            return String(character)
        }
        let open = position - 1
        var text = ""
        var depth = 0
        while let character = rawCharacter {
            let offset = position
            skipRawCharacter()
            switch character {
            case "{":
                depth += 1
            case "}":
                if depth == 0 { return text }
                depth -= 1
            case "\\":
                text += try textEscape(at: offset)
            case "$":
                throw map.error("math inside \(command.spelling){…} is not supported", at: offset)
            case "~":
                text.append("\u{A0}")
            case "%":
                while let next = rawCharacter, !next.isNewline { skipRawCharacter() }
            default:
                if character.isWhitespace {
                    if !text.hasSuffix(" ") { text.append(" ") }
                } else {
                    text.append(character)
                }
            }
        }
        throw map.error("unbalanced brace: '{' at \(map.describe(open)) is never closed", at: open)
    }

    /// What a backslash sequence inside text stands for.
    private mutating func textEscape(at offset: Int) throws(TeXError) -> String {
        guard let first = rawCharacter else {
            throw map.error("'\\' at the end of the formula", at: offset)
        }
        skipRawCharacter()
        guard first.isASCII, first.isLetter else {
            switch first {
            case "{", "}", "$", "%", "&", "#", "_": return String(first)
            case " ", "\n", "\t": return " "
            case ",": return "\u{2009}"
            default: throw map.error("unknown command \\\(first) in text", at: offset)
            }
        }
        var name = String(first)
        while let next = rawCharacter, next.isASCII, next.isLetter {
            name.append(next)
            skipRawCharacter()
        }
        // A control word swallows the spaces after it, as in TeX.
        while let next = rawCharacter, next == " " { skipRawCharacter() }
        switch name {
        case "textbackslash": return "\\"
        case "ldots", "dots", "textellipsis": return "\u{2026}"
        case "quad": return "\u{2003}"
        case "qquad": return "\u{2003}\u{2003}"
        default: throw map.error("unknown command \\\(name) in text", at: offset)
        }
    }
}
