extension Plot {
    /// The plot as text in its own ``style``, ``width`` and ``height``, the caption below.
    public func text() -> String {
        text(width: width, height: height)
    }

    /// The plot as text in its own ``style``: `width` columns in all, a drawing area `height` rows tall.
    public func text(width: Int, height: Int) -> String {
        withCaption(layout(width: width, height: height, style: style, showsTitle: true).text, width: width)
    }

    /// The plot in 7-bit ASCII at its own ``width`` and ``height``, whatever its ``style``.
    public func ascii() -> String {
        ascii(width: width, height: height)
    }

    /// The plot in 7-bit ASCII: `width` columns in all, a drawing area `height` rows tall.
    ///
    /// No line is wider than `width`; the frame's x axis is exactly that wide.
    public func ascii(width: Int, height: Int) -> String {
        withCaption(layout(width: width, height: height, style: .ascii, showsTitle: true).text, width: width)
    }

    /// The text with the caption, if any, below it after a blank line.
    private func withCaption(_ text: String, width: Int) -> String {
        guard let caption else { return text }
        return text + "\n\n" + caption.wrapped(to: max(Plot.minimumWidth, width)).joined(separator: "\n")
    }

    /// The plot laid out in parts, so that panels can stand side by side.
    func layout(width requestedWidth: Int, height requestedHeight: Int, style: Style, showsTitle: Bool)
        -> PlotLayout
    {
        let width = min(SizeBounds.maximumWidth, max(Plot.minimumWidth, requestedWidth))
        let rows = min(SizeBounds.maximumHeight, max(Plot.minimumHeight, requestedHeight))
        let glyphs = AxisGlyphs(style)
        let (xLower, xUpper) = resolvedXRange()
        let yTicks = chooseYTicks(rows: rows, xLower: xLower, xUpper: xUpper)
        let labelWidth = max(1, yTicks.labels.map(\.columns).max() ?? 1)
        let left = labelWidth + 2

        let (xTicks, columns) = chooseXTicks(
            xLower, xUpper, yTicks: yTicks, left: left, width: width, rows: rows, style: style)
        let canvas = Canvas(
            columns: columns, rows: rows, style: style, x: xLower...xUpper, y: yTicks.lower...yTicks.upper)

        var header: [String] = []
        if showsTitle, let title {
            header += title.wrapped(to: width).map { centered($0, left: left, columns: columns, width: width) }
        }
        if let yLabel {
            header += yLabel.wrapped(to: width).map { $0.columns <= left ? $0.padded(left: left) : $0 }
        }

        var body: [String] = []
        var labelAtRow = Array(repeating: String?.none, count: rows)
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            if let row = canvas.row(of: value) { labelAtRow[row] = label }
        }
        for (index, drawn) in canvas.draw(series).enumerated() {
            let label = labelAtRow[rows - 1 - index]
            body.append((label ?? "").padded(left: labelWidth) + " " + String(label == nil ? glyphs.yAxis : glyphs.yTick) + drawn)
        }
        var axis = Array(repeating: glyphs.xAxis, count: max(columns, width - left))
        var tickLine = Array(repeating: Character(" "), count: width)
        for (value, label) in zip(xTicks.values, xTicks.labels) {
            guard let column = canvas.column(of: value) else { continue }
            axis[column] = glyphs.xTick
            let start = labelStart(label, column: column, left: left, width: width)
            for (offset, character) in label.enumerated() where start + offset < width {
                tickLine[start + offset] = character
            }
        }
        body.append(String(repeating: " ", count: labelWidth + 1) + String(glyphs.corner) + String(axis))
        if !xTicks.values.isEmpty { body.append(String(tickLine)) }

        var footer: [String] = []
        if let xLabel {
            footer += xLabel.wrapped(to: width).map { centered($0, left: left, columns: columns, width: width) }
        }
        footer += legendLines(style: style, left: left, width: width)

        return PlotLayout(
            header: header.map(\.trimmingTrailingSpaces),
            body: body.map(\.trimmingTrailingSpaces),
            footer: footer.map(\.trimmingTrailingSpaces))
    }

    /// The legend: each series' marker (or braille dash sample) and name, wrapped.
    private func legendLines(style: Style, left: Int, width: Int) -> [String] {
        var joined = 0
        let entries = series.map { s -> String in
            var key = String(s.marker)
            if style == .braille && s.kind != .scatter {
                key = DashPattern.forSeries(joined).sample(cells: 2)
                joined += 1
            }
            let empty = s.finitePoints.isEmpty ? " (no finite points)" : ""
            return (key + " " + s.name.singleLine + empty).trimmingTrailingSpaces
        }
        let indent = width - left >= 20 ? left : 0
        var lines: [String] = []
        var line = ""
        for entry in entries {
            if !line.isEmpty && indent + line.columns + 3 + entry.columns <= width {
                line += "   " + entry
            } else {
                if !line.isEmpty { lines.append(line) }
                line = entry
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.flatMap { $0.columns <= width - indent ? [$0] : $0.wrapped(to: width - indent) }
            .map { String(repeating: " ", count: indent) + $0 }
    }

    /// `text` centred over the drawing area if it fits there, else over the whole width.
    private func centered(_ text: String, left: Int, columns: Int, width: Int) -> String {
        text.columns <= columns
            ? String(repeating: " ", count: left) + text.centered(in: columns)
            : text.centered(in: width)
    }
}

/// A plot as lines of text, in parts: panels side by side line up their bodies.
struct PlotLayout {
    /// The title and the name of the y axis.
    var header: [String]
    /// The drawing, its axes and tick labels.
    var body: [String]
    /// The name of the x axis and the legend.
    var footer: [String]

    var lines: [String] { header + body + footer }
    var text: String { lines.joined(separator: "\n") }
}

/// The characters that draw the axes.
struct AxisGlyphs {
    var yAxis: Character
    var yTick: Character
    var corner: Character
    var xAxis: Character
    var xTick: Character

    init(_ style: Plot.Style) {
        switch style {
        case .ascii: (yAxis, yTick, corner, xAxis, xTick) = ("|", "+", "+", "-", "+")
        case .braille: (yAxis, yTick, corner, xAxis, xTick) = ("│", "┤", "└", "─", "┬")
        }
    }
}
