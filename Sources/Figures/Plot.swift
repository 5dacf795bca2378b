/// A chart drawn in text: line, step and scatter series on shared axes.
///
/// ```swift
/// var plot = Plot(title: "precision vs score", xLabel: "score", yLabel: "value")
/// plot.step("hard", xs: xs, ys: hard)
/// plot.line("soft", xs: xs, ys: soft)
/// print(plot.text())
/// ```
///
/// Axes carry tick labels at round numbers; each series has its own marker,
/// named in the legend. NaN and ±∞ leave gaps. A step series jumps straight
/// up or down where its value changes, the way a hard metric does.
///
/// A `Plot` is a plain value: it keeps its own size (``width`` columns in all,
/// a drawing area ``height`` rows tall) and is `Codable`, so a lesson program
/// can hand it to the site builder, which renders the same bytes.
public struct Plot: Sendable, Equatable {
    /// Which characters draw the series and axes.
    public enum Style: String, Sendable, Codable, CaseIterable {
        /// 7-bit ASCII: one marker per character cell; prints in any font.
        case ascii
        /// Unicode braille dots, 2×4 per character cell, with box-drawing axes:
        /// finer curves. Line and step series are told apart by their dash
        /// pattern (solid, dotted, dashed, sparse); scatter series keep their markers.
        case braille
    }

    /// The heading above the chart, or `nil`.
    public var title: String?
    /// The name of the horizontal axis, or `nil`.
    public var xLabel: String?
    /// The name of the vertical axis, or `nil`.
    public var yLabel: String?
    /// A sentence for the HTML `<figcaption>`; when `nil` the title serves.
    public var caption: String?
    /// The x values shown; `nil` spans the data.
    public var xRange: ClosedRange<Double>?
    /// The y values shown; `nil` spans the data, widened to round tick values.
    public var yRange: ClosedRange<Double>?
    /// Columns of the whole figure, tick labels included (default 72).
    public var width: Int
    /// Rows of the drawing area, between the title and the x axis (default 16).
    public var height: Int
    /// The characters used to draw.
    public var style: Style
    /// The series, drawn in order (later ones on top).
    public var series: [Series]

    /// The default width: fits an 80-column terminal and a printed A4 page.
    public static let defaultWidth = 72
    /// The default height of the drawing area.
    public static let defaultHeight = 16
    /// The smallest width drawn; a smaller request is widened to this.
    public static let minimumWidth = 20
    /// The smallest drawing-area height drawn; a smaller request is raised to this.
    public static let minimumHeight = 3

    /// An empty plot; add series with ``line(_:xs:ys:marker:)``,
    /// ``step(_:xs:ys:marker:)`` and ``scatter(_:xs:ys:marker:)``.
    public init(
        title: String? = nil,
        xLabel: String? = nil,
        yLabel: String? = nil,
        caption: String? = nil,
        xRange: ClosedRange<Double>? = nil,
        yRange: ClosedRange<Double>? = nil,
        width: Int = Plot.defaultWidth,
        height: Int = Plot.defaultHeight,
        style: Style = .ascii,
        series: [Series] = []
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.caption = caption
        self.xRange = xRange
        self.yRange = yRange
        self.width = width
        self.height = height
        self.style = style
        self.series = series
    }

    /// Adds a series; without a marker it gets the next unused one (`*`, `o`, `x`, …).
    public mutating func add(_ name: String, _ kind: Series.Kind, xs: [Double], ys: [Double], marker: Character? = nil) {
        series.append(Series(name, kind: kind, xs: xs, ys: ys, marker: marker ?? nextMarker))
    }

    /// Adds a series joined by straight segments.
    public mutating func line(_ name: String, xs: [Double], ys: [Double], marker: Character? = nil) {
        add(name, .line, xs: xs, ys: ys, marker: marker)
    }

    /// Adds a series that holds each value until the next x, then jumps vertically.
    public mutating func step(_ name: String, xs: [Double], ys: [Double], marker: Character? = nil) {
        add(name, .step, xs: xs, ys: ys, marker: marker)
    }

    /// Adds a series of unjoined points.
    public mutating func scatter(_ name: String, xs: [Double], ys: [Double], marker: Character? = nil) {
        add(name, .scatter, xs: xs, ys: ys, marker: marker)
    }

    /// Adds a line through `ys` at x = 0, 1, 2, ….
    public mutating func line(_ name: String, ys: [Double], marker: Character? = nil) {
        line(name, xs: ys.indices.map(Double.init), ys: ys, marker: marker)
    }

    /// Adds a line of `f` sampled at `points` evenly spaced x in `range` (201 unless given, as for `sweep`).
    public mutating func line(
        _ name: String, over range: ClosedRange<Double>, points: Int = 201, marker: Character? = nil,
        _ f: (Double) -> Double
    ) {
        let xs = Plot.evenlySpaced(range, count: points)
        line(name, xs: xs, ys: xs.map(f), marker: marker)
    }

    /// Adds a step series of `f` sampled at `points` evenly spaced x in `range` (201 unless given).
    public mutating func step(
        _ name: String, over range: ClosedRange<Double>, points: Int = 201, marker: Character? = nil,
        _ f: (Double) -> Double
    ) {
        let xs = Plot.evenlySpaced(range, count: points)
        step(name, xs: xs, ys: xs.map(f), marker: marker)
    }

    /// Old spelling of `line(_:over:points:marker:_:)`: `samples` is now `points`, the word the probes use.
    @available(*, deprecated, renamed: "line(_:over:points:marker:_:)")
    public mutating func line(
        _ name: String, over range: ClosedRange<Double>, samples: Int, marker: Character? = nil,
        _ f: (Double) -> Double
    ) {
        line(name, over: range, points: samples, marker: marker, f)
    }

    /// Old spelling of `step(_:over:points:marker:_:)`: `samples` is now `points`.
    @available(*, deprecated, renamed: "step(_:over:points:marker:_:)")
    public mutating func step(
        _ name: String, over range: ClosedRange<Double>, samples: Int, marker: Character? = nil,
        _ f: (Double) -> Double
    ) {
        step(name, over: range, points: samples, marker: marker, f)
    }

    /// `count` evenly spaced values from the lower to the upper bound, both included.
    public static func evenlySpaced(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [range.lowerBound] : [] }
        let span = range.upperBound - range.lowerBound
        return (0..<count).map { i in
            i == count - 1 ? range.upperBound : range.lowerBound + span * Double(i) / Double(count - 1)
        }
    }

    private var nextMarker: Character {
        let used = Set(series.map(\.marker))
        return Plot.markers.first { !used.contains($0) } ?? Plot.markers[series.count % Plot.markers.count]
    }
}

extension Plot: Codable {
    private enum CodingKeys: String, CodingKey {
        case title, xLabel, yLabel, caption, xRange, yRange, width, height, style, series
    }

    /// Decodes a plot; absent fields take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title),
            xLabel: try c.decodeIfPresent(String.self, forKey: .xLabel),
            yLabel: try c.decodeIfPresent(String.self, forKey: .yLabel),
            caption: try c.decodeIfPresent(String.self, forKey: .caption),
            xRange: try c.decodeIfPresent(StoredRange.self, forKey: .xRange)?.range,
            yRange: try c.decodeIfPresent(StoredRange.self, forKey: .yRange)?.range,
            width: try c.decodeIfPresent(Int.self, forKey: .width) ?? Plot.defaultWidth,
            height: try c.decodeIfPresent(Int.self, forKey: .height) ?? Plot.defaultHeight,
            style: try c.decodeIfPresent(Style.self, forKey: .style) ?? .ascii,
            series: try c.decodeIfPresent([Series].self, forKey: .series) ?? [])
    }

    /// Encodes a plot so that any JSON coder accepts it (infinite bounds included).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(xLabel, forKey: .xLabel)
        try c.encodeIfPresent(yLabel, forKey: .yLabel)
        try c.encodeIfPresent(caption, forKey: .caption)
        try c.encodeIfPresent(xRange.map(StoredRange.init), forKey: .xRange)
        try c.encodeIfPresent(yRange.map(StoredRange.init), forKey: .yRange)
        try c.encode(width, forKey: .width)
        try c.encode(height, forKey: .height)
        try c.encode(style, forKey: .style)
        try c.encode(series, forKey: .series)
    }
}

/// A closed range coded as `[lower, upper]`, infinite bounds as strings.
private struct StoredRange: Codable {
    var range: ClosedRange<Double>

    init(_ range: ClosedRange<Double>) {
        self.range = range
    }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let lower = try c.decode(StoredNumber.self).value
        let upper = try c.decode(StoredNumber.self).value
        guard lower <= upper else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "range bounds out of order")
        }
        range = lower...upper
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(StoredNumber(range.lowerBound))
        try c.encode(StoredNumber(range.upperBound))
    }
}
