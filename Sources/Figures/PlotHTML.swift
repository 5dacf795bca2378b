extension Plot {
    /// The plot as an HTML5 `<figure>`: its text in a `<pre>`, a `<figcaption>`,
    /// and a description of every series for screen readers.
    ///
    /// The `<pre>` has `role="img"` and an `aria-label` holding ``summary``, so a
    /// screen reader announces the series instead of reading the drawing. The
    /// caption is ``caption``, else the title (then left out of the drawing,
    /// to say it once), else the series' names. All author text is escaped.
    public func html() -> String {
        let titleInCaption = caption == nil && title != nil
        let drawing = layout(width: width, height: height, style: style, showsTitle: !titleInCaption).text
        let figcaption = caption ?? title ?? "Plot of " + listed(series.map(\.name))
        return figureHTML(drawing: drawing, summary: summary, caption: figcaption)
    }

    /// A plain-language account of the plot: axes, then each series with its kind and ranges.
    ///
    /// `precision vs score. x axis: score; y axis: value. hard (step, *): x from 0 to 1, y from 0 to 1. …`
    public var summary: String {
        var sentences: [String] = []
        if let title { sentences.append(title.singleLine) }
        let axes = [xLabel.map { "x axis: " + $0.singleLine }, yLabel.map { "y axis: " + $0.singleLine }]
            .compactMap { $0 }
        if !axes.isEmpty { sentences.append(axes.joined(separator: "; ")) }
        if series.isEmpty { sentences.append("No series") }
        for s in series {
            let points = s.finitePoints
            var sentence = "\(s.name.singleLine) (\(s.kind.rawValue), \(s.marker))"
            if let xLow = points.map(\.x).min(), let xHigh = points.map(\.x).max(),
                let yLow = points.map(\.y).min(), let yHigh = points.map(\.y).max()
            {
                sentence += ": " + span("x", xLow, xHigh) + ", " + span("y", yLow, yHigh)
            } else {
                sentence += ": no finite points"
            }
            sentences.append(sentence)
        }
        return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
}

/// `x from 0 to 1`, or `x = 0.5` for a single value.
private func span(_ axis: String, _ low: Double, _ high: Double) -> String {
    low == high ? "\(axis) = \(briefNumber(low))" : "\(axis) from \(briefNumber(low)) to \(briefNumber(high))"
}

/// A number to three significant digits, for descriptions.
func briefNumber(_ x: Double) -> String {
    formatNumber(x, significantDigits: 3)
}

/// `a`, `a and b`, `a, b and c`.
func listed(_ names: [String]) -> String {
    let names = names.map(\.singleLine)
    guard names.count > 1 else { return names.first ?? "nothing" }
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
}

/// The `<figure>` shared by plots and figures of several panels.
func figureHTML(drawing: String, summary: String, caption: String) -> String {
    "<figure class=\"plot\">\n"
        + "<pre role=\"img\" aria-label=\"\(summary.escapedForHTML)\">\(drawing.escapedForHTML)</pre>\n"
        + "<figcaption>\(caption.singleLine.escapedForHTML)</figcaption>\n"
        + "</figure>"
}
