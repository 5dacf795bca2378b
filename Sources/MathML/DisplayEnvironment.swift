/// The LaTeX environments that are a whole display formula and decide which
/// of their lines take a number: `equation` and `align` number theirs,
/// the starred forms do not, and `\tag` gives any line a tag of its own.
enum DisplayEnvironment: String, Sendable, CaseIterable {
    case equation, equationStar = "equation*"
    case align, alignStar = "align*"
    case gather, gatherStar = "gather*"

    /// Whether a line takes a number unless it says `\nonumber` or `\tag`.
    var numbersLines: Bool {
        switch self {
        case .equation, .align, .gather: true
        case .equationStar, .alignStar, .gatherStar: false
        }
    }

    /// Whether `\\` starts a new line (in `equation`, lines go in `split`).
    var hasLines: Bool {
        switch self {
        case .equation, .equationStar: false
        case .align, .alignStar, .gather, .gatherStar: true
        }
    }

    /// Whether `&` lines up pairs of columns.
    var aligns: Bool { self == .align || self == .alignStar }

    /// Column alignments of the lines.
    var columns: [Table.Column] { aligns ? [.pairRight, .pairLeft] : [.center] }

    /// The environment to use inside other math instead.
    private var inner: String? {
        switch self {
        case .equation, .equationStar: nil
        case .align, .alignStar: "aligned"
        case .gather, .gatherStar: "gathered"
        }
    }

    /// What is wrong with this environment inside other math.
    func misplaced(inDisplay display: Bool) -> String {
        let begin = "\\begin{\(rawValue)}"
        guard display else { return "\(begin) is display math; it cannot stand in inline math" }
        let instead = inner.map { "; inside other math use \\begin{\($0)}" } ?? ""
        return "\(begin) must be the whole formula\(instead)"
    }
}
