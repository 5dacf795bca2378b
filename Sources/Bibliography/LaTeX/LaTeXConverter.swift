/// Turns the LaTeX of a field value into Unicode runs (see `FieldText`).
///
/// Accents and special letters become Unicode letters (`\'e`, `{\"o}`,
/// `\c{c}`, `\ss`, `\o`, `\i`), `--` and `---` dashes, `~` a no-break space,
/// ``` `` ``` and `''` curly quotes; `$…$` keeps its text with digits after
/// `_` and `^` as sub- and superscripts. An unknown command is dropped and
/// its argument kept as text. Nothing here fails: any input gives some text.
///
/// One pass over the scalars with an explicit stack of groups, so deep
/// nesting costs memory, not recursion, and time stays linear.
struct LaTeXConverter {
    private struct Group {
        var isProtected: Bool
        var style: FieldText.Style
        /// Drops what the group would write (`\href`'s address).
        var isDropped = false
        /// Accents waiting for the group's first letter (`\'{e}`).
        var accents: [Unicode.Scalar] = []
        /// In math, the group is a sub- or superscript (`x_{10}`).
        var script: Script?
    }

    private enum Script { case sub, superscript }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var groups: [Group] = [Group(isProtected: false, style: .plain)]
    /// Indices of groups whose `accents` still wait for a letter.
    private var accentGroups: [Int] = []
    /// Accents for the very next letter (`\'e`).
    private var pendingAccents: [Unicode.Scalar] = []
    private var pendingStyle: FieldText.Style??
    private var pendingDrop = false
    private var pendingScript: Script?
    private var inMath = false
    private var runs: [FieldText.Run] = []

    init(_ latex: String) {
        scalars = Array(latex.unicodeScalars)
    }

    mutating func convert() -> [FieldText.Run] {
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "{": openGroup()
            case "}": closeGroup()
            case "\\": command()
            case "$":
                if index < scalars.count, scalars[index] == "$" { index += 1 }
                inMath.toggle()
            case "~": write("\u{A0}")
            case "_" where inMath: pendingScript = .sub
            case "^" where inMath: pendingScript = .superscript
            case "-" where !inMath: dash()
            case "`" where next == "`": index += 1; write("“")
            case "'" where next == "'": index += 1; write("”")
            case " ", "\t", "\n", "\r": space()
            default: write(Character(scalar))
            }
        }
        if runs.last?.text.last == " " {
            runs[runs.count - 1].text.removeLast()
            if runs[runs.count - 1].text.isEmpty { runs.removeLast() }
        }
        return runs
    }

    private var next: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    // MARK: - Groups

    private mutating func openGroup() {
        let parent = groups[groups.count - 1]
        var group = Group(isProtected: parent.isProtected, style: parent.style, isDropped: parent.isDropped)
        if groups.count == 1 {
            // BibTeX protects a top-level group unless it starts with a command: `{\'E}` is a letter.
            group.isProtected = next != "\\"
        }
        if let style = pendingStyle { group.style = style ?? group.style }
        if pendingDrop { group.isDropped = true }
        if !pendingAccents.isEmpty {
            group.accents = pendingAccents
            pendingAccents = []
            accentGroups.append(groups.count)
        }
        group.script = pendingScript
        pendingStyle = nil
        pendingDrop = false
        pendingScript = nil
        groups.append(group)
    }

    private mutating func closeGroup() {
        guard groups.count > 1 else { return }  // a stray `}`: BibTeX balanced the value already
        if accentGroups.last == groups.count - 1 { accentGroups.removeLast() }
        groups.removeLast()
        pendingAccents = []
    }

    // MARK: - Commands

    private mutating func command() {
        guard index < scalars.count else { return }
        let start = index
        let isWord = Self.isASCIILetter(scalars[index])
        if isWord {
            while index < scalars.count, Self.isASCIILetter(scalars[index]) { index += 1 }
        } else {
            index += 1
        }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[start..<index])
        if isWord { skipSpaces() }
        switch LaTeXCommand.named(name) {
        case .symbol(let text):
            for character in text { write(character) }
        case .accent(let mark):
            skipSpaces()
            pendingAccents.append(mark)
        case .styled(let style):
            skipSpaces()
            if next == "{" { pendingStyle = .some(style) }
        case .declaration(let style):
            if let style { groups[groups.count - 1].style = style }
        case .verbatim:
            skipSpaces()
            if next == "{" { verbatimArgument(dropped: groups[groups.count - 1].isDropped) }
        case .dropsArgument:
            skipSpaces()
            if next == "{" { pendingDrop = true }
        case nil:
            break  // unknown: its arguments, if any, are read as ordinary groups
        }
    }

    /// `\url{…}`: the argument as written, braces balanced.
    private mutating func verbatimArgument(dropped: Bool) {
        index += 1
        var depth = 0
        var text = ""
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "}" {
                if depth == 0 { break }
                depth -= 1
            } else if scalar == "{" {
                depth += 1
            }
            text.unicodeScalars.append(scalar)
        }
        if !dropped { append(text, isProtected: true) }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private mutating func skipSpaces() {
        while let scalar = next, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { index += 1 }
    }

    // MARK: - Text

    private mutating func dash() {
        if next == "-" {
            index += 1
            if next == "-" {
                index += 1
                write("—")
            } else {
                write("–")
            }
        } else {
            write("-")
        }
    }

    private mutating func space() {
        skipSpaces()
        write(" ")
    }

    /// Writes one character in the current group, with waiting accents and scripts on it.
    private mutating func write(_ character: Character) {
        let group = groups[groups.count - 1]
        var character = character
        if character.isLetter || character.isNumber {
            for mark in pendingAccents.reversed() { character = Accents.put(mark, on: character) }
            pendingAccents = []
            while let waiting = accentGroups.popLast() {
                for mark in groups[waiting].accents.reversed() { character = Accents.put(mark, on: character) }
                groups[waiting].accents = []
            }
        }
        if inMath, let script = pendingScript ?? group.script {
            character = Self.scripted(character, script)
        }
        pendingScript = nil
        pendingStyle = nil
        pendingDrop = false
        guard !group.isDropped else { return }
        append(String(character), isProtected: group.isProtected || inMath, style: group.style)
    }

    private mutating func append(_ text: String, isProtected: Bool, style: FieldText.Style? = nil) {
        let style = style ?? groups[groups.count - 1].style
        if text == " ", runs.last?.text.last == " " { return }
        if text == " ", runs.isEmpty { return }
        if let last = runs.last, last.isProtected == isProtected, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(FieldText.Run(text, isProtected: isProtected, style: style))
        }
    }

    private static let subscripts = Array("₀₁₂₃₄₅₆₇₈₉")
    private static let superscripts = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")

    private static func scripted(_ character: Character, _ script: Script) -> Character {
        guard let digit = character.wholeNumberValue, character.isASCII else { return character }
        return script == .sub ? subscripts[digit] : superscripts[digit]
    }
}
