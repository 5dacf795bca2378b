/// What the LaTeX converter knows of each command.
enum LaTeXCommand {
    /// Writes this text (`\ss` → ß, `\alpha` → α).
    case symbol(String)
    /// Puts this combining mark on the next letter or group (`\'`, `\c`).
    case accent(Unicode.Scalar)
    /// Sets the style of its argument (`\emph{…}`); nil keeps the surrounding style.
    case styled(FieldText.Style?)
    /// Sets the style for the rest of the group (`{\em …}`); nil keeps the style.
    case declaration(FieldText.Style?)
    /// Its argument is an address, written as is (`\url{…}`).
    case verbatim
    /// Its first argument is dropped (`\href{url}{text}` keeps the text).
    case dropsArgument

    static func named(_ name: String) -> LaTeXCommand? {
        if let mark = Accents.marks[name] { return .accent(mark) }
        if let text = symbols[name] { return .symbol(text) }
        switch name {
        case "emph", "textit", "textsl", "mathit": return .styled(.italic)
        case "textbf", "mathbf", "boldsymbol": return .styled(.bold)
        case "textrm", "textsf", "texttt", "textsc", "textup", "textnormal", "textmd", "mbox", "hbox",
             "text", "mathrm", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "operatorname",
             "ensuremath", "NoCaseChange", "MakeUppercase", "MakeLowercase", "uppercase", "lowercase":
            return .styled(nil)
        case "em", "it", "itshape", "sl", "slshape": return .declaration(.italic)
        case "bf", "bfseries": return .declaration(.bold)
        case "rm", "normalfont", "upshape", "mdseries": return .declaration(.plain)
        case "url", "path", "nolinkurl": return .verbatim
        case "href", "noopsort", "hspace", "vspace", "hskip", "vskip", "kern", "label": return .dropsArgument
        default: return nil
        }
    }

    /// Letters, punctuation and math symbols, by command name.
    static let symbols: [String: String] = [
        // Letters of Latin alphabets (LaTeX manual, table 3.2) and more.
        "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ",
        "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð",
        "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
        // Control symbols.
        "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
        " ": " ", "\\": " ", "-": "", "/": "", "@": "", "!": "", ",": "\u{2009}", ";": " ", ":": " ",
        // Text symbols.
        "ldots": "…", "dots": "…", "textellipsis": "…", "textendash": "–", "textemdash": "—",
        "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
        "guillemotleft": "«", "guillemotright": "»", "textbackslash": "\\", "textasciitilde": "~",
        "textasciicircum": "^", "textunderscore": "_", "textbar": "|", "textless": "<", "textgreater": ">",
        "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "copyright": "©", "textcopyright": "©",
        "textregistered": "®", "texttrademark": "™", "pounds": "£", "textdegree": "°", "euro": "€",
        "textperiodcentered": "·", "textbullet": "•", "slash": "/", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "enspace": "\u{2002}", "thinspace": "\u{2009}", "space": " ", "nobreakspace": "\u{A0}",
        "relax": "", "protect": "", "newblock": " ", "par": " ", "noindent": "", "unskip": "",
        "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2ε",
        // Greek letters and common math symbols.
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
        "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ",
        "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ",
        "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "ell": "ℓ", "infty": "∞", "partial": "∂", "nabla": "∇", "times": "×", "cdot": "⋅", "pm": "±",
        "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
        "sim": "∼", "to": "→", "rightarrow": "→", "leftarrow": "←", "in": "∈", "sum": "∑", "prod": "∏",
        "int": "∫", "sqrt": "√", "log": "log", "exp": "exp", "min": "min", "max": "max", "arg": "arg",
        "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩", "mid": "|", "vert": "|",
    ]
}
