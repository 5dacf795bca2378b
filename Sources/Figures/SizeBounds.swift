/// How large a plot, figure or table may be.
///
/// A display travels from a lesson's program to the site builder and is
/// drawn on a page and in a terminal; these bounds keep one mistaken
/// argument (`Plot(width: 100_000_000)`) from costing the builder gigabytes.
/// Drawing clamps to them; ``Plot/sizeProblem``, ``Figure/sizeProblem`` and
/// ``Table/sizeProblem`` say in words what is over, so that a lesson gets an
/// error instead of a silently different picture.
public enum SizeBounds {
    /// Columns of a plot or figure: several times any screen or page.
    public static let maximumWidth = 1_000
    /// Rows of a plot's drawing area.
    public static let maximumHeight = 500
    /// Series in one plot.
    public static let maximumSeries = 100
    /// Points in one plot, all series together (a drawing has at most
    /// `maximumWidth × maximumHeight` character cells; more points add nothing).
    public static let maximumPoints = 1_000_000
    /// Panels in one figure.
    public static let maximumPanels = 100
    /// Cells in one table (rows × columns).
    public static let maximumTableCells = 200_000
    /// Columns in one table.
    public static let maximumTableColumns = 1_000
    /// Characters in any one title, label, caption, name or table cell.
    public static let maximumTextLength = 100_000

    static func check(_ value: Int, _ name: String, atMost maximum: Int) -> String? {
        value > maximum ? "\(name) is \(value); at most \(maximum) is allowed" : nil
    }

    static func check(_ text: String?, _ name: String) -> String? {
        guard let text, text.utf8.count > maximumTextLength else { return nil }
        return "\(name) is \(text.utf8.count) bytes long; at most \(maximumTextLength) is allowed"
    }
}

extension Plot {
    /// What makes this plot too large to draw, in words; nil when it is within ``SizeBounds``.
    public var sizeProblem: String? {
        let points = series.reduce(0) { $0 + $1.xs.count }
        let checks: [String?] = [
            SizeBounds.check(width, "the plot's width", atMost: SizeBounds.maximumWidth),
            SizeBounds.check(height, "the plot's height", atMost: SizeBounds.maximumHeight),
            SizeBounds.check(series.count, "the number of series in the plot", atMost: SizeBounds.maximumSeries),
            SizeBounds.check(points, "the number of points in the plot", atMost: SizeBounds.maximumPoints),
            SizeBounds.check(title, "the plot's title"), SizeBounds.check(caption, "the plot's caption"),
            SizeBounds.check(xLabel, "the plot's x label"), SizeBounds.check(yLabel, "the plot's y label"),
        ] + series.map { SizeBounds.check($0.name, "a series name") }
        return checks.lazy.compactMap { $0 }.first
    }
}

extension Figure {
    /// What makes this figure too large to draw, in words; nil when it is within ``SizeBounds``.
    public var sizeProblem: String? {
        if let problem = SizeBounds.check(width, "the figure's width", atMost: SizeBounds.maximumWidth)
            ?? SizeBounds.check(height, "the figure's height", atMost: SizeBounds.maximumHeight)
            ?? SizeBounds.check(panels.count, "the number of panels in the figure", atMost: SizeBounds.maximumPanels)
            ?? SizeBounds.check(caption, "the figure's caption") {
            return problem
        }
        return panels.lazy.compactMap(\.sizeProblem).first
    }
}

extension Table {
    /// What makes this table too large to draw, in words; nil when it is within ``SizeBounds``.
    public var sizeProblem: String? {
        let cells = rows.reduce(0) { $0 + $1.count }
        if let problem = SizeBounds.check(columnCount, "the number of columns in the table", atMost: SizeBounds.maximumTableColumns)
            ?? SizeBounds.check(alignments.count, "the number of column alignments", atMost: SizeBounds.maximumTableColumns)
            ?? SizeBounds.check(cells, "the number of cells in the table", atMost: SizeBounds.maximumTableCells)
            ?? SizeBounds.check(caption, "the table's caption") {
            return problem
        }
        for text in columns {
            if let problem = SizeBounds.check(text, "a column heading") { return problem }
        }
        for row in rows {
            for cell in row {
                if case .text(let text) = cell, let problem = SizeBounds.check(text, "a table cell") { return problem }
            }
        }
        return nil
    }
}
