/// A note set apart from the prose — `::: note`, `::: warning` … `:::`, or
/// GitHub's `> [!NOTE]` — drawn as a titled box.
public struct Callout: Sendable, Equatable {
    /// The five kinds GitHub and Quarto share.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case note, tip, important, warning, caution

        /// "Note", "Tip", …: the title when the author gives none.
        public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public var kind: Kind
    /// Written after the kind (`::: tip Read this first`); empty for the kind's label.
    public var title: String
    /// `::: note collapse …`: folded until the reader opens it (printed open).
    public var collapses: Bool
    public var blocks: [LessonBlock]
    /// The line that opens it.
    public var line: Int

    public init(kind: Kind, title: String, collapses: Bool, blocks: [LessonBlock], line: Int) {
        self.kind = kind
        self.title = title
        self.collapses = collapses
        self.blocks = blocks
        self.line = line
    }

    /// The kinds, as authors write them, for error messages.
    static var knownKinds: String { Kind.allCases.map(\.rawValue).joined(separator: ", ") }
}
