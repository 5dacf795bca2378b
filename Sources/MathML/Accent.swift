/// A mark set over or under its argument: `\hat`, `\overline`, `\underbrace`.
struct Accent: Sendable, Equatable {
    let mark: Operator
    let over: Bool
    /// An accent sits close to its base; a brace does not, and takes its scripts as limits.
    let isAccent: Bool

    /// The accent command `name` (without backslash), if it is one.
    static func named(_ name: String) -> Accent? {
        switch name {
        case "hat": accent("^")
        // Of the hats, only the combining one stretches in Chromium with common math fonts;
        // of the tildes, only the ASCII one does.
        case "widehat": accent("\u{302}", stretchy: true)
        case "tilde": accent("~")
        case "widetilde": accent("~", stretchy: true)
        case "bar": accent("¯")
        case "vec": Accent(mark: Operator(text: "→", stretchy: false, mathsize: "70%"), over: true, isAccent: true)
        case "overrightarrow": accent("→", stretchy: true)
        case "overleftarrow": accent("←", stretchy: true)
        case "dot": accent("˙")
        case "ddot": accent("¨")
        case "check": accent("ˇ")
        case "breve": accent("˘")
        case "acute": accent("´")
        case "grave": accent("`")
        case "mathring": accent("˚")
        case "overbrace": Accent(mark: Operator(text: "⏞", stretchy: true), over: true, isAccent: false)
        case "underbrace": Accent(mark: Operator(text: "⏟", stretchy: true), over: false, isAccent: false)
        default: nil
        }
    }

    private static func accent(_ mark: String, stretchy: Bool = false, over: Bool = true) -> Accent {
        Accent(mark: Operator(text: mark, stretchy: stretchy), over: over, isAccent: true)
    }
}
