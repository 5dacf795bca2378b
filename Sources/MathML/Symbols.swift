/// What a symbol command such as `\alpha`, `\le` or `\sum` stands for.
enum Symbol: Sendable, Equatable {
    /// An ordinary symbol, `<mi>`: letters, ∞, ∂.
    case ordinary(String, upright: Bool)
    /// An operator, `<mo>`, of a TeX class.
    case symbol(String, Operator.Kind)
    /// A large operator (∑, ∫); `limits` when scripts go under and over in display style.
    case large(String, limits: Bool)
    /// A named operator (log, lim); `limits` as for large operators.
    case name(String, limits: Bool)

    /// The symbol for a command name (without the backslash), if it is one.
    static func named(_ name: String) -> Symbol? { table[name] }

    private static let table: [String: Symbol] = {
        var table: [String: Symbol] = [:]
        for (name, text) in greekLower { table[name] = .ordinary(text, upright: false) }
        for (name, text) in greekUpper { table[name] = .ordinary(text, upright: true) }
        for (name, text, upright) in ordinaries { table[name] = .ordinary(text, upright: upright) }
        for (name, text) in binaries { table[name] = .symbol(text, .binary) }
        for (name, text) in relations { table[name] = .symbol(text, .relation) }
        for (name, text) in opens { table[name] = .symbol(text, .open) }
        for (name, text) in closes { table[name] = .symbol(text, .close) }
        for (name, text) in punctuation { table[name] = .symbol(text, .punctuation) }
        for (name, text) in dots { table[name] = .symbol(text, .ordinary) }
        for (name, text, limits) in largeOperators { table[name] = .large(text, limits: limits) }
        for (name, text, limits) in operatorNames { table[name] = .name(text, limits: limits) }
        return table
    }()

    static let greekLower: [(String, String)] = [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
        ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
        ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"),
        ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"),
        ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"),
        ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
    ]

    /// Capital Greek is upright in TeX; MathML would slant a lone letter.
    static let greekUpper: [(String, String)] = [
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"),
        ("Pi", "Π"), ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ]

    static let ordinaries: [(String, String, Bool)] = [
        ("infty", "∞", false), ("partial", "∂", false), ("nabla", "∇", true), ("ell", "ℓ", false),
        ("hbar", "ℏ", false), ("imath", "ı", false), ("jmath", "ȷ", false), ("aleph", "ℵ", false),
        ("Re", "ℜ", false), ("Im", "ℑ", false), ("wp", "℘", false),
        ("emptyset", "∅", true), ("varnothing", "∅", true), ("forall", "∀", true),
        ("exists", "∃", true), ("nexists", "∄", true), ("neg", "¬", true), ("lnot", "¬", true),
        ("top", "⊤", true), ("bot", "⊥", true), ("angle", "∠", true), ("triangle", "△", true),
        ("%", "%", true), ("#", "#", true), ("$", "$", true),
        ("_", "_", true), ("&", "&", true), ("checkmark", "✓", true),
    ]

    static let binaries: [(String, String)] = [
        ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"),
        ("star", "⋆"), ("circ", "∘"), ("bullet", "∙"), ("cap", "∩"), ("cup", "∪"),
        ("setminus", "∖"), ("wedge", "∧"), ("land", "∧"), ("vee", "∨"), ("lor", "∨"),
        ("oplus", "⊕"), ("ominus", "⊖"), ("otimes", "⊗"), ("oslash", "⊘"), ("odot", "⊙"),
        ("uplus", "⊎"), ("sqcup", "⊔"), ("sqcap", "⊓"), ("dagger", "†"), ("ddagger", "‡"),
        ("amalg", "⨿"), ("diamond", "⋄"), ("wr", "≀"), ("cdotp", "⋅"),
    ]

    static let relations: [(String, String)] = [
        ("in", "∈"), ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"), ("subseteq", "⊆"),
        ("subsetneq", "⊊"), ("supset", "⊃"), ("supseteq", "⊇"), ("supsetneq", "⊋"),
        ("nsubseteq", "⊈"), ("sqsubseteq", "⊑"), ("sqsupseteq", "⊒"),
        ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("leqslant", "⩽"), ("geqslant", "⩾"),
        ("lt", "<"), ("gt", ">"), ("ne", "≠"), ("neq", "≠"), ("approx", "≈"), ("sim", "∼"),
        ("simeq", "≃"), ("cong", "≅"), ("equiv", "≡"), ("propto", "∝"), ("ll", "≪"), ("gg", "≫"),
        ("lesssim", "≲"), ("gtrsim", "≳"), ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"),
        ("succeq", "⪰"), ("asymp", "≍"), ("doteq", "≐"), ("triangleq", "≜"), ("coloneqq", "≔"),
        ("mid", "∣"), ("nmid", "∤"), ("parallel", "∥"), ("perp", "⊥"), ("models", "⊨"),
        ("vdash", "⊢"), ("dashv", "⊣"), ("bowtie", "⋈"),
        ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"), ("gets", "←"),
        ("leftrightarrow", "↔"), ("mapsto", "↦"), ("longmapsto", "⟼"),
        ("longrightarrow", "⟶"), ("longleftarrow", "⟵"), ("longleftrightarrow", "⟷"),
        ("Rightarrow", "⇒"), ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"),
        ("Longrightarrow", "⟹"), ("Longleftarrow", "⟸"), ("Longleftrightarrow", "⟺"),
        ("implies", "⟹"), ("impliedby", "⟸"), ("iff", "⟺"),
        ("uparrow", "↑"), ("downarrow", "↓"), ("updownarrow", "↕"), ("Uparrow", "⇑"),
        ("Downarrow", "⇓"), ("nearrow", "↗"), ("searrow", "↘"), ("hookrightarrow", "↪"),
        ("rightharpoonup", "⇀"), ("rightleftharpoons", "⇌"),
    ]

    static let opens: [(String, String)] = [
        ("{", "{"), ("lbrace", "{"), ("langle", "⟨"), ("lvert", "|"), ("lVert", "‖"),
        ("lfloor", "⌊"), ("lceil", "⌈"), ("lbrack", "["),
    ]

    static let closes: [(String, String)] = [
        ("}", "}"), ("rbrace", "}"), ("rangle", "⟩"), ("rvert", "|"), ("rVert", "‖"),
        ("rfloor", "⌋"), ("rceil", "⌉"), ("rbrack", "]"),
    ]

    static let punctuation: [(String, String)] = [
        ("colon", ":"), ("ldotp", "."),
    ]

    /// Dots and bars that TeX treats as ordinary symbols but MathML writes as `<mo>`.
    static let dots: [(String, String)] = [
        ("ldots", "…"), ("dots", "…"), ("dotsc", "…"), ("cdots", "⋯"), ("dotsb", "⋯"),
        ("dotsm", "⋯"), ("dotsi", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
        ("|", "‖"), ("Vert", "‖"), ("vert", "|"), ("backslash", "\\"), ("prime", "′"),
    ]

    static let largeOperators: [(String, String, Bool)] = [
        ("sum", "∑", true), ("prod", "∏", true), ("coprod", "∐", true), ("bigcup", "⋃", true),
        ("bigcap", "⋂", true), ("bigvee", "⋁", true), ("bigwedge", "⋀", true),
        ("bigoplus", "⨁", true), ("bigotimes", "⨂", true), ("bigodot", "⨀", true),
        ("biguplus", "⨄", true), ("bigsqcup", "⨆", true),
        ("int", "∫", false), ("iint", "∬", false), ("iiint", "∭", false), ("oint", "∮", false),
    ]

    /// Names set upright; a space marks two words set a thin space apart.
    static let operatorNames: [(String, String, Bool)] = [
        ("lim", "lim", true), ("limsup", "lim sup", true), ("liminf", "lim inf", true),
        ("max", "max", true), ("min", "min", true), ("sup", "sup", true), ("inf", "inf", true),
        ("det", "det", true), ("Pr", "Pr", true), ("gcd", "gcd", true),
        ("argmax", "arg max", true), ("argmin", "arg min", true),
        ("arg", "arg", false), ("log", "log", false), ("ln", "ln", false), ("lg", "lg", false),
        ("exp", "exp", false), ("sin", "sin", false), ("cos", "cos", false), ("tan", "tan", false),
        ("cot", "cot", false), ("sec", "sec", false), ("csc", "csc", false),
        ("sinh", "sinh", false), ("cosh", "cosh", false), ("tanh", "tanh", false),
        ("coth", "coth", false), ("arcsin", "arcsin", false), ("arccos", "arccos", false),
        ("arctan", "arctan", false), ("deg", "deg", false), ("dim", "dim", false),
        ("hom", "hom", false), ("ker", "ker", false), ("sgn", "sgn", false),
    ]
}
