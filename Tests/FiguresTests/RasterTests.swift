@testable import Figures
import Testing

@Suite struct RasterTests {
    let x = Scale(lower: 0, upper: 1, pixels: 11)
    let y = Scale(lower: 0, upper: 1, pixels: 5)

    func rows(_ pixels: [Pixel], column: Int) -> [Int] {
        pixels.filter { $0.x == column }.map(\.y).sorted()
    }

    /// A step's jump stands in one column; every other column holds a single row.
    @Test func stepJumpsVerticallyInOneColumn() {
        let step = Plot.Series("s", kind: .step, xs: [0, 0.3, 0.6, 1], ys: [0, 0, 1, 1], marker: "*")
        let pixels = rasterize(step, x: x, y: y)
        #expect(rows(pixels, column: 6) == [0, 1, 2, 3, 4])
        for column in 0..<11 where column != 6 {
            #expect(rows(pixels, column: column) == [column < 6 ? 0 : 4], "column \(column)")
        }
    }

    /// The same points as a line climb over several columns instead.
    @Test func lineSlantsAcrossColumns() {
        let line = Plot.Series("l", kind: .line, xs: [0, 0.3, 0.6, 1], ys: [0, 0, 1, 1], marker: "*")
        let pixels = rasterize(line, x: x, y: y)
        // From (3, 0) to (6, 4) in pixels: 4/3 of a row per column.
        #expect(rows(pixels, column: 3) == [0, 1])
        #expect(rows(pixels, column: 4) == [1, 2])
        #expect(rows(pixels, column: 5) == [2, 3])
        #expect(rows(pixels, column: 6) == [3, 4])
        #expect(Set(pixels.map(\.x)) == Set(0..<11))
    }

    @Test func gapsBreakALine() {
        let line = Plot.Series("g", kind: .line, xs: [0, 0.2, 0.5, 0.8, 1], ys: [0, 0, .nan, 1, 1], marker: "*")
        let columns = Set(rasterize(line, x: x, y: y).map(\.x))
        #expect(columns == [0, 1, 2, 8, 9, 10])
    }

    @Test func valuesOutsideTheRangeAreClipped() {
        let line = Plot.Series("c", kind: .line, xs: [0, 1], ys: [-1, 2], marker: "*")
        let pixels = rasterize(line, x: x, y: y)
        #expect(pixels.allSatisfy { (0..<11).contains($0.x) && (0..<5).contains($0.y) })
        #expect(Set(pixels.map(\.x)) == Set(3...7))
        let scatter = Plot.Series("s", kind: .scatter, xs: [0.5, 0.5, 2, 1e308], ys: [0.5, 9, 0.5, 1e308], marker: "*")
        #expect(rasterize(scatter, x: x, y: y) == [Pixel(x: 5, y: 2)])
    }

    @Test func tiesShareAPixelOnce() {
        let scatter = Plot.Series("t", kind: .scatter, xs: [0.5, 0.5, 0.5], ys: [0.5, 0.5, 0.5], marker: "*")
        #expect(rasterize(scatter, x: x, y: y) == [Pixel(x: 5, y: 2)])
    }

    @Test func dashPatternsAndTheirLegendSamples() {
        #expect(DashPattern.all.map { $0.sample(cells: 2) } == ["⠒⠒", "⠂⠂", "⠒⠂", "⠂⠀"])
        #expect(DashPattern.forSeries(4) == DashPattern.all[0])
    }
}
