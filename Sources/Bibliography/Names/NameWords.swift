/// One name cut into words as BibTeX cuts it, with what separates them.
struct NameWords {
    enum Separator { case space, hyphen, tie, comma }

    struct Token {
        /// The word's LaTeX, braces kept.
        var text: String
        /// What stood before it; `.space` for the first word.
        var separator: Separator
    }

    private(set) var tokens: [Token] = []
    /// For each comma outside braces, how many words came before it.
    private(set) var commas: [Int] = []

    init(_ name: String) {
        let scalars = Array(name.unicodeScalars)
        var current = String.UnicodeScalarView()
        var separator = Separator.space
        var starting = true
        var index = 0

        func finish() {
            if !starting {
                tokens.append(Token(text: String(current), separator: separator))
                current = String.UnicodeScalarView()
                separator = .space
                starting = true
            }
        }
        func separate(_ kind: Separator) {
            if !starting {
                finish()
                separator = kind
            } else if kind == .comma {
                separator = kind
            }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let escaped = index > 0 && scalars[index - 1] == "\\"
            switch scalar {
            case "{":
                var depth = 0
                while index < scalars.count {
                    let inner = scalars[index]
                    if inner == "{" { depth += 1 }
                    if inner == "}" { depth -= 1 }
                    current.append(inner)
                    index += 1
                    if depth == 0 { break }
                }
                starting = false
                continue
            case "}":
                break  // unbalanced; BibTeX warns and drops it
            case ",":
                separate(.comma)
                commas.append(tokens.count)
            case "-":
                separate(.hyphen)
            case "~" where !escaped:
                separate(.tie)
            case " " where escaped:
                // `\ ` is a space; the backslash already went into the word.
                if !current.isEmpty { current.removeLast() }
                separate(.space)
            case " ", "\t", "\n", "\r":
                separate(.space)
            default:
                current.append(scalar)
                starting = false
            }
            index += 1
        }
        finish()
    }

    /// The words of `range` in Unicode, joined by a hyphen where the name had
    /// one and by a space otherwise (a tie is a space here: it only kept
    /// LaTeX from breaking the line).
    func join(_ range: Range<Int>) -> String {
        var out = ""
        for index in range {
            if index > range.lowerBound { out += tokens[index].separator == .hyphen ? "-" : " " }
            out += FieldText(latex: tokens[index].text).plain
        }
        return out
    }

    /// "J.-P. K." for the words "Jean-Paul Karl".
    func initials(_ range: Range<Int>) -> String {
        var out = ""
        for index in range {
            guard let letter = FieldText(latex: tokens[index].text).plain.first(where: \.isLetter) else { continue }
            if !out.isEmpty { out += tokens[index].separator == .hyphen ? "-" : " " }
            out += String(letter) + "."
        }
        return out
    }
}
