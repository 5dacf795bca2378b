import MathML
import Markdown

/// A numbered thing a reference can name: an equation, a figure, a table, a
/// section or a lesson.
public struct ReferenceTarget: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case equation = "Equation", figure = "Figure", table = "Table", section = "Section", lesson = "Lesson"
    }

    public var kind: Kind
    /// "5.2", or an equation's literal tag.
    public var number: String
    /// Where the target is, seen from the page being rendered and from inside the handout.
    public var destination: Destination

    public init(kind: Kind, number: String, destination: Destination) {
        self.kind = kind
        self.number = number
        self.destination = destination
    }

    /// The id prefixes that make `@key` a cross-reference rather than a citation.
    public static let prefixes: [String: Kind] = ["eq-": .equation, "fig-": .figure, "tbl-": .table, "sec-": .section]

    /// The kind a key's prefix names, if any.
    public static func kind(ofKey key: String) -> Kind? {
        prefixes.first { key.hasPrefix($0.key) }?.value
    }
}

/// A display formula whose lines take numbers, with what to show and which ids to give.
public struct NumberedEquation: Sendable, Equatable {
    public var formula: DisplayFormula
    /// For each of `formula.lines`: "5.2", or nil for a line that shows its tag.
    public var numbers: [String?]
    /// For each of `formula.lines`: the id its row gets (before any handout prefix).
    public var ids: [String?]

    /// Equal when they show the same numbers and ids on the same lines (the
    /// TeX itself is the lesson's, found at the same place).
    public static func == (a: Self, b: Self) -> Bool {
        a.formula.lines == b.formula.lines && a.numbers == b.numbers && a.ids == b.ids
    }
}

/// A figure's or a table's number and caption, as shown with it.
public struct Caption: Sendable, Equatable {
    /// "Figure 5.1", "Table 5.2"; nil for a caption without a label.
    public var label: String?
    /// The element's id (`fig-sweep`), before any handout prefix.
    public var id: String?
    public var text: String
    public var kind: ReferenceTarget.Kind

    public init(label: String?, id: String?, text: String, kind: ReferenceTarget.Kind) {
        self.label = label
        self.id = id
        self.text = text
        self.kind = kind
    }

    /// "Figure 5.1: The sweep." or the text alone.
    public var shown: String { label.map { $0 + ": " + text } ?? text }
}
