/// A table of values with named columns, shown as an ASCII grid or as HTML.
///
/// ```swift
/// let t = Table(columns: ["score", "label", "hard ∂", "soft ∂"],
///               rows: [[0.9, 1, 0.0, 0.12], [0.2, 0, 0.0, -0.31]],
///               caption: "Gradients at each sample")
/// print(t.text())
/// ```
///
/// Rows mix literals and variables freely (`[[x, n, "a", true]]`). Numbers
/// show to ``significantDigits`` significant digits and line up on their
/// decimal point; text is left-aligned. A `Table` is a plain value: it is
/// `Codable`, so a lesson program can hand it to the site builder as JSON.
public struct Table: Sendable, Codable, Equatable {
    /// How the entries of a column sit in it.
    public enum Alignment: String, Sendable, Codable, CaseIterable {
        /// Flush left.
        case left
        /// Flush right.
        case right
        /// Centred.
        case center
        /// Numbers lined up on their decimal point, the column flush right.
        case decimal
    }

    /// The column headings, in order.
    public var columns: [String]
    /// The rows, each a list of cells in column order.
    public var rows: [[TableCell]]
    /// A sentence shown above the table, or `nil`.
    public var caption: String?
    /// Each column's alignment; `nil` chooses `.decimal` for all-number columns, `.left` otherwise.
    public var alignments: [Alignment?]
    /// How many significant digits real numbers show (6 gives `0.535714`).
    public var significantDigits: Int

    /// A table from headings and rows of cells, literals or variables alike.
    ///
    /// - Parameters:
    ///   - columns: the headings.
    ///   - rows: one list per row, e.g. `[[0.9, 1, "a", true]]` or `[[x, n]]`.
    ///   - caption: a sentence shown above the table.
    ///   - alignments: one per column; leave out to choose from the contents.
    ///   - significantDigits: digits shown for real numbers.
    public init(
        columns: [String],
        rows: [[any TableCellConvertible]] = [],
        caption: String? = nil,
        alignments: [Alignment?]? = nil,
        significantDigits: Int = 6
    ) {
        self.columns = columns
        self.rows = rows.map { row in row.map(\.tableCell) }
        self.caption = caption
        self.alignments = alignments ?? Array(repeating: nil, count: columns.count)
        self.significantDigits = significantDigits
    }

    /// A table built column by column: `Table([("score", scores), ("label", labels)])`.
    ///
    /// Shorter columns are filled with empty cells.
    public init(
        _ columns: [(String, [any TableCellConvertible])],
        caption: String? = nil,
        alignments: [Alignment?]? = nil,
        significantDigits: Int = 6
    ) {
        let height = columns.map(\.1.count).max() ?? 0
        let rows: [[any TableCellConvertible]] = (0..<height).map { i in
            columns.map { column in i < column.1.count ? column.1[i].tableCell : TableCell.empty }
        }
        self.init(
            columns: columns.map(\.0), rows: rows, caption: caption,
            alignments: alignments, significantDigits: significantDigits)
    }

    /// Adds a row at the bottom.
    public mutating func append(_ row: [any TableCellConvertible]) {
        rows.append(row.map(\.tableCell))
    }

    /// The number of columns shown: the headings, or more if a row is longer.
    var columnCount: Int {
        max(columns.count, rows.map(\.count).max() ?? 0)
    }

    /// The heading of column `index` (empty past the named ones).
    func heading(_ index: Int) -> String {
        index < columns.count ? columns[index] : ""
    }

    /// The cell at `row`, `column` (empty past the end of a short row).
    func cell(_ row: Int, _ column: Int) -> TableCell {
        column < rows[row].count ? rows[row][column] : .empty
    }

    /// The alignment column `index` is drawn with: the chosen one, else
    /// `.decimal` when every non-empty cell is a number, else `.left`.
    public func alignment(of index: Int) -> Alignment {
        if index < alignments.count, let chosen = alignments[index] { return chosen }
        let cells = rows.indices.map { cell($0, index) }.filter { $0 != .empty }
        return !cells.isEmpty && cells.allSatisfy(\.isNumeric) ? .decimal : .left
    }
}
