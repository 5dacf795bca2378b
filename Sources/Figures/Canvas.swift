// The drawing area of a plot: series turned into characters. In ASCII a
// series puts its marker in every cell it covers; in braille each cell holds
// 2×4 dots, and line and step series are told apart by their dash pattern.

/// The drawing area: `columns` × `rows` characters showing `x` by `y`.
struct Canvas {
    let columns: Int
    let rows: Int
    let style: Plot.Style
    let x: Scale
    let y: Scale

    /// Dots per character across and down.
    private var dotsAcross: Int { style == .braille ? 2 : 1 }
    private var dotsDown: Int { style == .braille ? 4 : 1 }

    init(columns: Int, rows: Int, style: Plot.Style, x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.columns = columns
        self.rows = rows
        self.style = style
        let across = style == .braille ? 2 : 1
        let down = style == .braille ? 4 : 1
        self.x = Scale(lower: x.lowerBound, upper: x.upperBound, pixels: columns * across)
        self.y = Scale(lower: y.lowerBound, upper: y.upperBound, pixels: rows * down)
    }

    /// The character column showing `value` on the x axis, or `nil` outside.
    func column(of value: Double) -> Int? {
        x.pixel(value).map { $0 / dotsAcross }
    }

    /// The character row (from the bottom) showing `value` on the y axis, or `nil` outside.
    func row(of value: Double) -> Int? {
        y.pixel(value).map { $0 / dotsDown }
    }

    /// The drawing, top row first, each row exactly `columns` characters.
    func draw(_ series: [Plot.Series]) -> [String] {
        var cells = Array(repeating: Array(repeating: Character(" "), count: columns), count: rows)
        switch style {
        case .ascii:
            for s in series {
                for p in rasterize(s, x: x, y: y) { cells[p.y][p.x] = s.marker }
            }
        case .braille:
            var dots = Array(repeating: Array(repeating: UInt8(0), count: columns), count: rows)
            var markers: [Pixel: Character] = [:]
            var joined = 0
            for s in series {
                let pixels = rasterize(s, x: x, y: y)
                if s.kind == .scatter {
                    for p in pixels { markers[Pixel(x: p.x / 2, y: p.y / 4)] = s.marker }
                    continue
                }
                let pattern = DashPattern.forSeries(joined)
                joined += 1
                for (i, p) in pixels.enumerated() where pattern.isOn(i) {
                    dots[p.y / 4][p.x / 2] |= brailleBit(x: p.x % 2, y: p.y % 4)
                }
            }
            for r in 0..<rows {
                for c in 0..<columns {
                    if let marker = markers[Pixel(x: c, y: r)] {
                        cells[r][c] = marker
                    } else if dots[r][c] != 0 {
                        cells[r][c] = brailleCharacter(dots[r][c])
                    }
                }
            }
        }
        return cells.reversed().map { String($0) }
    }
}

/// Which dots of a braille line are inked: `on` of every `period`, along the path.
struct DashPattern: Equatable {
    var on: Int
    var period: Int

    /// Solid, dotted, dashed, sparse, then round again.
    static let all = [
        DashPattern(on: 1, period: 1), DashPattern(on: 1, period: 2),
        DashPattern(on: 3, period: 6), DashPattern(on: 1, period: 4),
    ]

    /// The pattern of the `index`th line or step series.
    static func forSeries(_ index: Int) -> DashPattern {
        all[index % all.count]
    }

    func isOn(_ i: Int) -> Bool { i % period < on }

    /// A short horizontal sample for the legend, `cells` characters long.
    func sample(cells: Int) -> String {
        String((0..<cells).map { c in
            let bits = (0..<2).reduce(UInt8(0)) { bits, dx in
                isOn(c * 2 + dx) ? bits | brailleBit(x: dx, y: 2) : bits
            }
            return brailleCharacter(bits)
        })
    }
}

/// The bit of braille dot (`x` 0–1 from the left, `y` 0–3 from the bottom).
private func brailleBit(x: Int, y: Int) -> UInt8 {
    let fromTop = 3 - y
    let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
    let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
    return x == 0 ? left[fromTop] : right[fromTop]
}

/// The braille character with these dots (U+2800 is the blank pattern).
private func brailleCharacter(_ bits: UInt8) -> Character {
    Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
}
