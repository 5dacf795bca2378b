/// Plots shown together as one figure: side by side, or one above the other.
///
/// The course's signature figure is two panels: a hard metric's step beside
/// its smooth surrogate, and their derivatives, zero beside a bell.
///
/// ```swift
/// let figure = Figure.sideBySide(value, derivative, caption: "Hard vs soft precision")
/// print(figure.text())
/// ```
///
/// Side by side, panels share the width (``width`` columns in all, four
/// between panels) and each drawing area is ``height`` rows tall; drawing
/// areas line up even when only one panel has a title.
public struct Figure: Sendable, Codable, Equatable {
    /// How the panels are arranged.
    public enum Arrangement: String, Sendable, Codable, CaseIterable {
        /// In one row, left to right.
        case sideBySide
        /// In one column, top to bottom.
        case stacked
    }

    /// The plots, in reading order.
    public var panels: [Plot]
    /// How the panels are arranged.
    public var arrangement: Arrangement
    /// A sentence below the figure (the HTML `<figcaption>`), or `nil`.
    public var caption: String?
    /// Columns of the whole figure (default 78).
    public var width: Int
    /// Rows of each panel's drawing area (default 12).
    public var height: Int

    /// The default width: two panels in an 80-column terminal or on A4.
    public static let defaultWidth = 78
    /// The default height of each panel's drawing area.
    public static let defaultHeight = 12
    /// Columns between panels side by side.
    public static let gap = 4

    /// A figure of `panels` arranged as asked.
    public init(
        _ panels: [Plot], arrangement: Arrangement = .sideBySide, caption: String? = nil,
        width: Int = Figure.defaultWidth, height: Int = Figure.defaultHeight
    ) {
        self.panels = panels
        self.arrangement = arrangement
        self.caption = caption
        self.width = width
        self.height = height
    }

    /// Plots in one row, left to right.
    public static func sideBySide(_ panels: Plot..., caption: String? = nil) -> Figure {
        Figure(panels, arrangement: .sideBySide, caption: caption)
    }

    /// Plots in one column, top to bottom.
    public static func stacked(_ panels: Plot..., caption: String? = nil) -> Figure {
        Figure(panels, arrangement: .stacked, caption: caption)
    }

    /// The figure as text, each panel in its own style, with the caption below.
    public func text() -> String {
        text(width: width, height: height)
    }

    /// The figure as text: `width` columns in all, drawing areas `height` rows tall.
    public func text(width: Int, height: Int) -> String {
        withCaption(lines(width: width, height: height, ascii: false), width: width)
    }

    /// The figure in 7-bit ASCII at its own size, whatever the panels' styles.
    public func ascii() -> String {
        ascii(width: width, height: height)
    }

    /// The figure in 7-bit ASCII: `width` columns in all, drawing areas `height` rows tall.
    public func ascii(width: Int, height: Int) -> String {
        withCaption(lines(width: width, height: height, ascii: true), width: width)
    }

    /// The figure as an HTML5 `<figure>`: the panels' text in one `<pre>`, the
    /// caption (else the panels' titles) in `<figcaption>`, and each panel's
    /// series described for screen readers. All author text is escaped.
    public func html() -> String {
        let drawing = lines(width: width, height: height, ascii: false).joined(separator: "\n")
        let titles = panels.compactMap(\.title)
        return figureHTML(
            drawing: drawing, summary: summary,
            caption: caption ?? (titles.isEmpty ? "Figure of \(panels.count) plots" : listed(titles)))
    }

    /// A plain-language account of every panel, for screen readers.
    public var summary: String {
        let names = panelNames
        return zip(names, panels).map { name, panel in name + ": " + panel.summary }.joined(separator: " ")
    }

    /// "Left panel", "Right panel", … as a reader would point at them.
    private var panelNames: [String] {
        switch (arrangement, panels.count) {
        case (.sideBySide, 2): ["Left panel", "Right panel"]
        case (.stacked, 2): ["Top panel", "Bottom panel"]
        default: panels.indices.map { "Panel \($0 + 1)" }
        }
    }

    /// The panels' lines, without the caption.
    private func lines(width: Int, height: Int, ascii: Bool) -> [String] {
        let layouts: [PlotLayout]
        switch arrangement {
        case .stacked:
            layouts = panels.map { $0.layout(width: width, height: height, style: ascii ? .ascii : $0.style, showsTitle: true) }
            return layouts.map(\.lines).joined(separator: [""]).map { $0 }
        case .sideBySide:
            let count = max(1, panels.count)
            let shared = min(width, SizeBounds.maximumWidth) - Figure.gap * (count - 1)
            let panelWidth = min(SizeBounds.maximumWidth, max(Plot.minimumWidth, shared / count))
            layouts = panels.map {
                $0.layout(width: panelWidth, height: height, style: ascii ? .ascii : $0.style, showsTitle: true)
            }
            let headers = layouts.map(\.header).map { $0 }
            let bodies = layouts.map(\.body)
            let footers = layouts.map(\.footer)
            return side(headers, panelWidth, padTop: true) + side(bodies, panelWidth, padTop: false)
                + side(footers, panelWidth, padTop: false)
        }
    }

    /// Blocks of lines set side by side, short blocks padded with blank lines.
    private func side(_ blocks: [[String]], _ panelWidth: Int, padTop: Bool) -> [String] {
        let height = blocks.map(\.count).max() ?? 0
        let padded = blocks.map { block in
            let blank = Array(repeating: "", count: height - block.count)
            return padTop ? blank + block : block + blank
        }
        let spacer = String(repeating: " ", count: Figure.gap)
        return (0..<height).map { row in
            padded.map { $0[row].padded(to: panelWidth) }.joined(separator: spacer).trimmingTrailingSpaces
        }
    }

    private func withCaption(_ lines: [String], width: Int) -> String {
        guard let caption else { return lines.joined(separator: "\n") }
        return (lines + [""] + caption.wrapped(to: max(Plot.minimumWidth, width))).joined(separator: "\n")
    }
}
