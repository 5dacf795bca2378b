// Turning a series into grid pixels. A pixel is a character cell in ASCII and
// one braille dot in braille. Pixel i is centred on the value at fraction
// i / (n − 1) of the axis, so both ends of the range land on the edge pixels.
//
// A segment covers, in every column it crosses, the rows between its heights
// at the column's two edges: steep parts become vertical runs and neighbouring
// columns always touch. A step series is a line with explicit vertical
// segments, so its jumps stand straight in one column.

/// A grid position: column `x` from the left, row `y` from the bottom.
struct Pixel: Hashable {
    var x: Int
    var y: Int
}

/// Maps values of one axis onto `pixels` grid positions.
struct Scale {
    var lower: Double
    var upper: Double
    var pixels: Int

    /// The fractional pixel position of `value` (0 at `lower`, pixels − 1 at `upper`).
    func position(_ value: Double) -> Double {
        (value - lower) / (upper - lower) * Double(pixels - 1)
    }

    /// The pixel holding `value`, or `nil` outside the grid.
    func pixel(_ value: Double) -> Int? {
        let p = position(value)
        guard p.isFinite, p >= -0.5, p <= Double(pixels) - 0.5 else { return nil }
        return max(0, min(pixels - 1, nearestWhole(p)))
    }
}

/// The pixels `series` covers on the grid of `x` by `y`, in drawing order,
/// with no pixel repeated twice in a row.
func rasterize(_ series: Plot.Series, x: Scale, y: Scale) -> [Pixel] {
    var raster = Raster(columns: x.pixels, rows: y.pixels)
    for piece in pieces(of: series, x: x, y: y) {
        switch series.kind {
        case .scatter:
            for point in piece { raster.dot(point) }
        case .line:
            raster.stroke(piece)
        case .step:
            raster.stroke(stepped(piece))
        }
    }
    return raster.pixels
}

/// A point in fractional pixel coordinates.
private typealias Point = (x: Double, y: Double)

/// The runs of consecutive drawable points; NaN and ±∞ end a run.
private func pieces(of series: Plot.Series, x: Scale, y: Scale) -> [[Point]] {
    var pieces: [[Point]] = []
    var current: [Point] = []
    for (xv, yv) in zip(series.xs, series.ys) {
        let point = (x: x.position(xv), y: y.position(yv))
        if xv.isFinite && yv.isFinite && point.x.isFinite && point.y.isFinite {
            current.append(point)
        } else if !current.isEmpty {
            pieces.append(current)
            current = []
        }
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
}

/// A step's corners: each value held until the next x, then a vertical jump.
private func stepped(_ points: [Point]) -> [Point] {
    guard let first = points.first else { return [] }
    var corners = [first]
    for (previous, next) in zip(points, points.dropFirst()) {
        corners.append((x: next.x, y: previous.y))
        corners.append(next)
    }
    return corners
}

/// Collects pixels on a grid of `columns` × `rows`.
private struct Raster {
    let columns: Int
    let rows: Int
    var pixels: [Pixel] = []

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    private mutating func emit(_ x: Int, _ y: Int) {
        let pixel = Pixel(x: x, y: y)
        if pixels.last != pixel { pixels.append(pixel) }
    }

    /// The nearest whole pixel index, kept near the grid so huge values cannot overflow.
    private func index(_ p: Double, within count: Int) -> Int {
        nearestWhole(min(max(p, -2), Double(count) + 1))
    }

    mutating func dot(_ point: Point) {
        guard point.x >= -0.5, point.x <= Double(columns) - 0.5,
            point.y >= -0.5, point.y <= Double(rows) - 0.5
        else { return }
        emit(index(point.x, within: columns), index(point.y, within: rows))
    }

    mutating func stroke(_ points: [Point]) {
        if points.count == 1 { dot(points[0]) }
        for (a, b) in zip(points, points.dropFirst()) { segment(a, b) }
    }

    /// One segment, column by column in the direction of travel.
    private mutating func segment(_ a: Point, _ b: Point) {
        let forward = a.x <= b.x
        let (p, q) = forward ? (a, b) : (b, a)
        let first = max(0, index(p.x, within: columns))
        let last = min(columns - 1, index(q.x, within: columns))
        guard first <= last else { return }
        let order = forward ? Array(first...last) : Array((first...last).reversed())
        for column in order {
            if p.x == q.x {
                run(column, from: a.y, to: b.y)
                continue
            }
            let left = max(p.x, Double(column) - 0.5)
            let right = min(q.x, Double(column) + 0.5)
            guard left <= right else { continue }
            let yLeft = p.y + (q.y - p.y) * ((left - p.x) / (q.x - p.x))
            let yRight = p.y + (q.y - p.y) * ((right - p.x) / (q.x - p.x))
            if forward {
                run(column, from: yLeft, to: yRight)
            } else {
                run(column, from: yRight, to: yLeft)
            }
        }
    }

    /// The rows of one column between two heights, in the order travelled.
    private mutating func run(_ column: Int, from start: Double, to end: Double) {
        guard start.isFinite, end.isFinite else { return }
        let low = min(start, end)
        let high = max(start, end)
        guard high >= -0.5, low <= Double(rows) - 0.5 else { return }
        let bottom = max(0, index(low, within: rows))
        let top = min(rows - 1, index(high, within: rows))
        guard bottom <= top else { return }
        if start <= end {
            for row in bottom...top { emit(column, row) }
        } else {
            for row in (bottom...top).reversed() { emit(column, row) }
        }
    }
}
