/// A pipe table (GitHub's extension): a header row, an alignment row, and
/// body rows, each cell holding inline content.
///
///     | Loss  | Smooth |
///     |:------|:------:|
///     | $0/1$ | no     |
public struct Table: Sendable, Equatable {
    /// How a column's cells are aligned, from the colons of the alignment row.
    public enum Alignment: Sendable, Equatable {
        /// `---`
        case none
        /// `:--`
        case left
        /// `:-:`
        case center
        /// `--:`
        case right
    }

    /// One entry per column.
    public var alignments: [Alignment]
    public var header: TableRow
    /// Every body row has exactly `alignments.count` cells: short rows are
    /// filled with empty cells and extra cells are dropped, as cmark-gfm does.
    public var rows: [TableRow]
    /// From the header row's first byte to the last row's last byte.
    public var range: SourceRange

    public init(alignments: [Alignment], header: TableRow, rows: [TableRow], range: SourceRange) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.range = range
    }
}

/// One line of a table.
public struct TableRow: Sendable, Equatable {
    public var cells: [TableCell]
    /// The row's line, from its first to its last non-blank byte.
    public var range: SourceRange

    public init(cells: [TableCell], range: SourceRange) {
        self.cells = cells
        self.range = range
    }
}

/// One cell: inline content only (a cell never holds blocks).
public struct TableCell: Sendable, Equatable {
    public var inlines: [Inline]
    /// The bytes between the cell's pipes, spaces included (cmark-gfm's
    /// convention). A cell that fills a short row has an empty range at the
    /// row's end: its start column is one past its end column.
    public var range: SourceRange

    public init(inlines: [Inline], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }
}
