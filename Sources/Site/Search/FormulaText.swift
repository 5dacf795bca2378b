/// A formula's TeX as a line of plain text, for search snippets and the
/// words search finds: `\frac{\partial\, \mathrm{softP}}{\partial p_i}` →
/// `∂ softP/∂ p_i`. Symbols become their Unicode characters, fractions
/// `a/b`, styling commands and braces go; whatever it does not know keeps
/// its name. The page itself shows MathML; this is only for reading a hit.
enum FormulaText {
    static let symbols: [String: String] = [
        "sum": "∑", "prod": "∏", "int": "∫", "partial": "∂", "nabla": "∇", "in": "∈", "notin": "∉",
        "cdot": "·", "times": "×", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠",
        "approx": "≈", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←", "mid": "|", "pm": "±",
        "ldots": "…", "dots": "…", "cdots": "⋯", "sqrt": "√", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "eta": "η",
        "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
        "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Phi": "Φ", "Omega": "Ω", "{": "{", "}": "}", "%": "%", "$": "$",
        ",": " ", ";": " ", ":": " ", "!": "", "quad": " ", "qquad": " ", "\\": " ",
    ]
    /// Commands that only style or size what follows; their argument stays.
    static let dropped: Set<String> = [
        "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "text", "textrm",
        "operatorname", "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "displaystyle",
        "hat", "tilde", "bar", "widehat", "widetilde", "overline", "vec", "dot",
    ]

    static func plain(_ tex: String) -> String {
        var reader = Reader(scalars: Array(tex.unicodeScalars))
        let words = reader.sequence(until: nil).split(separator: " ", omittingEmptySubsequences: true)
        var out = ""
        for word in words {
            // `\sum_i` reads `∑_i`, not `∑ _i`.
            if !out.isEmpty, word.first != "_", word.first != "^" { out += " " }
            out += word
        }
        return out
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var at = 0

        /// Text up to `end` (a closing brace) or the end.
        mutating func sequence(until end: Unicode.Scalar?) -> String {
            var out = ""
            while at < scalars.count, scalars[at] != end {
                out += item()
            }
            if at < scalars.count { at += 1 }
            return out
        }

        /// One command, group or character.
        mutating func item() -> String {
            let scalar = scalars[at]
            at += 1
            switch scalar {
            case "{": return sequence(until: "}")
            case "}": return ""
            case "&", "~", "\n": return " "
            case "\\": return command()
            default: return String(scalar)
            }
        }

        mutating func command() -> String {
            guard at < scalars.count else { return "" }
            var name = String(scalars[at])
            at += 1
            if name.unicodeScalars.first!.properties.isAlphabetic {
                while at < scalars.count, scalars[at].properties.isAlphabetic, scalars[at].isASCII {
                    name.unicodeScalars.append(scalars[at])
                    at += 1
                }
            }
            if name == "frac" || name == "dfrac" || name == "tfrac" {
                let numerator = argument(), denominator = argument()
                return Self.grouped(numerator) + "/" + Self.grouped(denominator)
            }
            if FormulaText.dropped.contains(name) { return "" }
            if let symbol = FormulaText.symbols[name] { return symbol }
            // `\log p`, `\unknown{a}`: a name it does not know stays a word of its own.
            return Self.isLetterName(name) ? name + " " : name
        }

        /// A command's argument: a group, or the next item after spaces.
        mutating func argument() -> String {
            while at < scalars.count, scalars[at] == " " { at += 1 }
            guard at < scalars.count else { return "" }
            return item()
        }

        static func isLetterName(_ name: String) -> Bool { name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }

        /// `y_i S - T` → `(y_i S - T)`: parentheses where a fraction's part has more than one term.
        static func grouped(_ text: String) -> String {
            let trimmed = text.split(separator: " ").joined(separator: " ")
            return trimmed.contains(where: { " +-".contains($0) }) ? "(" + trimmed + ")" : trimmed
        }
    }
}
