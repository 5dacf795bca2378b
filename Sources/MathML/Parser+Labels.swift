/// What one line of a display formula has said about its number:
/// `\label{key}`, `\tag{…}` or `\tag*{…}`, `\nonumber` (or `\notag`).
/// Offsets are character offsets in the TeX, for messages.
struct LineMarks: Sendable {
    /// The commands that mark a line; they make no atom.
    static let commands: Set<String> = ["label", "tag", "nonumber", "notag"]

    /// Where the line's first token is: its position when it has no label.
    var start: Int
    var label: (key: String, offset: Int)?
    var tag: (tag: EquationTag, offset: Int)?
    var noNumber: Int?

    init(start: Int) {
        self.start = start
    }

    var isEmpty: Bool { label == nil && tag == nil && noNumber == nil }
}

extension Parser {
    /// Begins a new line that may take a number, at the next token.
    mutating func startLine() {
        marks = LineMarks(start: (try? scanner.peek().offset) ?? scanner.position)
        lineLevel = depth
    }

    /// Records `\label`, `\tag` or `\nonumber`, after the command.
    mutating func mark(_ name: String, token: Token) throws(TeXError) {
        guard display else {
            throw map.error("\(token.spelling) in inline math; labels, tags and \\nonumber belong to display formulas",
                            at: token.offset)
        }
        switch name {
        case "label":
            let key = try labelKey(after: token)
            if let first = marks.label {
                throw map.error("a second \\label on one line; \\label{\(first.key)} at \(map.describe(first.offset)) already names it",
                                at: token.offset)
            }
            marks.label = (key, token.offset)
        case "tag":
            let parenthesized = !scanner.skip("*")
            guard depth == lineLevel else {
                let place = environments.last.map { "inside \($0)" } ?? "inside braces or \\left…\\right"
                throw map.error("\\tag is not allowed \(place); put it at the top level of its line", at: token.offset)
            }
            let text = try scanner.textArgument(of: token)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw map.error("\\tag needs a text, such as \\tag{*}", at: token.offset)
            }
            if let first = marks.tag {
                throw map.error("a second \\tag on one line; the first is at \(map.describe(first.offset))", at: token.offset)
            }
            if marks.noNumber != nil {
                throw map.error("\\tag and \\nonumber on one line; keep one", at: token.offset)
            }
            marks.tag = (EquationTag(text: text, parenthesized: parenthesized), token.offset)
        default:
            if marks.tag != nil {
                throw map.error("\\tag and \(token.spelling) on one line; keep one", at: token.offset)
            }
            marks.noNumber = token.offset
        }
    }

    /// The numbering of the line just read, if it shows a number or a tag.
    ///
    /// `numbered`: the line takes a number unless it says otherwise (`equation`,
    /// `align`); a label alone asks for one where `labelNumbers` (a plain formula).
    mutating func finishLine(numbered: Bool, labelNumbers: Bool, context: String) throws(TeXError) -> EquationLine? {
        let marks = self.marks
        let position = map.position(of: marks.label?.offset ?? marks.start)
        if let tag = marks.tag {
            return EquationLine(label: marks.label?.key, tag: tag.tag, position: position)
        }
        if marks.noNumber != nil {
            if let label = marks.label {
                throw map.error("\\label{\(label.key)} on a line with \\nonumber; the line has no number for it to name",
                                at: label.offset)
            }
            return nil
        }
        if numbered || (labelNumbers && marks.label != nil) {
            return EquationLine(label: marks.label?.key, tag: nil, position: position)
        }
        if let label = marks.label {
            throw map.error("\\label{\(label.key)} in \(context), which numbers no line; number it, or give the line a \\tag",
                            at: label.offset)
        }
        return nil
    }

    /// The numbering of a line of `environment`.
    mutating func finishLine(in environment: DisplayEnvironment) throws(TeXError) -> EquationLine? {
        try finishLine(numbered: environment.numbersLines, labelNumbers: false, context: environment.rawValue)
    }

    /// The key of `\label{key}`: letters, digits and `- _ : .`, which make a fine id in HTML.
    private mutating func labelKey(after label: Token) throws(TeXError) -> String {
        guard scanner.skip("{") else {
            throw map.error("missing '{' after \\label", at: scanner.position)
        }
        let open = scanner.position - 1
        var key = ""
        while let character = scanner.rawCharacter, character != "}" {
            guard character.isASCII, character.isLetter || character.isNumber || "-_:.".contains(character) else {
                let shown = character.isWhitespace ? "a space" : "'\(character)'"
                throw map.error("\\label key with \(shown); use letters, digits and - _ : .", at: scanner.position)
            }
            key.append(character)
            scanner.skipRawCharacter()
        }
        guard scanner.rawCharacter == "}" else {
            throw map.error("unbalanced brace: '{' at \(map.describe(open)) is never closed", at: open)
        }
        scanner.skipRawCharacter()
        guard !key.isEmpty else {
            throw map.error("\\label{} needs a key, such as \\label{eq:soft-f1}", at: label.offset)
        }
        return key
    }
}
