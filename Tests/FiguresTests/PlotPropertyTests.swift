import Figures
import Foundation
import Testing

/// Properties every drawing keeps, over many random plots drawn from fixed seeds.
@Suite struct PlotPropertyTests {
    static let markers: [Character] = ["*", "#", "@", "%"]

    /// A random plot: one to four series of any kind, scales from 0.001 to 10⁴,
    /// offsets either side of zero, and some NaN and infinite values.
    static func randomPlot(_ random: inout SeededGenerator) -> Plot {
        let scales = [1e-3, 1, 7.5, 1e4]
        let xScale = scales.randomElement(using: &random)!
        let yScale = scales.randomElement(using: &random)!
        let xOffset = Double.random(in: -2...2, using: &random) * xScale
        let yOffset = Double.random(in: -2...2, using: &random) * yScale
        var plot = Plot(
            title: Bool.random(using: &random) ? "random figure" : nil,
            xLabel: Bool.random(using: &random) ? "horizontal" : nil,
            yLabel: Bool.random(using: &random) ? "vertical" : nil)
        for index in 0..<Int.random(in: 1...4, using: &random) {
            let count = Int.random(in: 1...60, using: &random)
            let kind = Plot.Series.Kind.allCases.randomElement(using: &random)!
            var xs = (0..<count).map { _ in Double.random(in: -1...1, using: &random) * xScale + xOffset }
            if kind != .scatter && Bool.random(using: &random) { xs.sort() }
            let ys = (0..<count).map { _ -> Double in
                switch Int.random(in: 0..<20, using: &random) {
                case 0: .nan
                case 1: Bool.random(using: &random) ? .infinity : -.infinity
                default: Double.random(in: -1...1, using: &random) * yScale + yOffset
                }
            }
            plot.add("s\(index)", kind, xs: xs, ys: ys, marker: markers[index])
        }
        return plot
    }

    /// The parts of a drawn plot, found from its text alone.
    struct Reading {
        var lines: [String]
        var axisLine: Int
        var axisColumn: Int
        var canvasRows: Range<Int>

        init(_ text: String, height: Int, corner: Character) throws {
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            axisLine = try #require(lines.firstIndex { line in
                let trimmed = line.drop { $0 == " " }
                return trimmed.first == corner && trimmed.dropFirst().allSatisfy { "-+─┬".contains($0) }
            })
            axisColumn = Array(lines[axisLine]).firstIndex(of: corner)!
            canvasRows = (axisLine - height)..<axisLine
        }

        /// The characters right of the y axis on a row of the drawing area.
        func drawing(_ row: Int) -> [Character] {
            Array(Array(lines[row]).dropFirst(axisColumn + 1))
        }

        /// The tick label at the left of a row of the drawing area, if any.
        func yLabel(_ row: Int) -> String {
            String(Array(lines[row]).prefix(axisColumn)).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test(arguments: [Plot.Style.ascii, .braille])
    func framesKeepTheirSizeAndMarkersStayInside(style: Plot.Style) throws {
        var random = SeededGenerator(seed: style == .ascii ? 1 : 2)
        let (corner, yAxis, yTick): (Character, Character, Character) =
            style == .ascii ? ("+", "|", "+") : ("└", "│", "┤")
        for _ in 0..<300 {
            var plot = Self.randomPlot(&random)
            plot.style = style
            let width = Int.random(in: 30...120, using: &random)
            let height = Int.random(in: 3...30, using: &random)
            let text = plot.text(width: width, height: height)
            let reading = try Reading(text, height: height, corner: corner)
            let lines = reading.lines

            // ASCII means 7-bit: every character, since these names are ASCII too.
            if style == .ascii {
                #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
            }

            // Width: no line wider than asked, the x axis exactly as wide.
            #expect(lines.allSatisfy { $0.count <= width }, "\(text)")
            #expect(lines[reading.axisLine].count == width, "\(text)")

            // Height: exactly `height` rows carry the y axis, the row above does not.
            #expect(reading.canvasRows.lowerBound >= 0)
            for row in reading.canvasRows {
                let axis = Array(lines[row])[reading.axisColumn]
                #expect(axis == yAxis || axis == yTick, "row \(row) of\n\(text)")
            }
            if reading.canvasRows.lowerBound > 0 {
                let above = Array(lines[reading.canvasRows.lowerBound - 1])
                #expect(above.count <= reading.axisColumn || above[reading.axisColumn] != yAxis, "\(text)")
            }

            // Markers: only inside the drawing area, which holds nothing else.
            let used = Set(plot.series.map(\.marker))
            for row in reading.canvasRows {
                for character in reading.drawing(row) {
                    let braille = character.unicodeScalars.first!.value >= 0x2800
                        && character.unicodeScalars.first!.value <= 0x28FF
                    #expect(character == " " || used.contains(character) || (style == .braille && braille))
                }
            }
            let outside = lines.indices.filter { !reading.canvasRows.contains($0) }
            let legend = outside.filter { $0 > reading.axisLine && lines[$0].contains(" s") }
            for row in outside where !legend.contains(row) {
                #expect(!lines[row].contains { used.contains($0) }, "line \(row) of\n\(text)")
            }

            // The leftmost finite point lies on the first column (unless a lone x
            // value was widened around); the last series shows on top.
            let finite = plot.series.flatMap { zip($0.xs, $0.ys).filter { $0.isFinite && $1.isFinite } }
            if Set(finite.map(\.0)).count > 1 {
                #expect(reading.canvasRows.contains { reading.drawing($0).first.map { $0 != " " } ?? false }, "\(text)")
            }
            if let last = plot.series.last, last.kind == .scatter || style == .ascii,
                zip(last.xs, last.ys).contains(where: { $0.isFinite && $1.isFinite })
            {
                #expect(reading.canvasRows.contains { reading.drawing($0).contains(last.marker) }, "\(text)")
            }

            // Tick labels increase: y upwards, x rightwards.
            let yValues = try reading.canvasRows.reversed().map(reading.yLabel).filter { !$0.isEmpty }
                .map { try #require(Double($0), "\($0)") }
            #expect(yValues.count >= 2, "\(text)")
            #expect(zip(yValues, yValues.dropFirst()).allSatisfy { $0 < $1 }, "\(yValues)")
            if reading.axisLine + 1 < lines.count, lines[reading.axisLine + 1].contains(where: \.isNumber) {
                let xValues = try lines[reading.axisLine + 1].split(separator: " ").map {
                    try #require(Double($0), "\($0)")
                }
                #expect(zip(xValues, xValues.dropFirst()).allSatisfy { $0 < $1 }, "\(xValues)")
            }

            // The legend names every series, in order.
            let legendText = legend.map { lines[$0] }.joined(separator: "\n")
            var rest = Substring(legendText)
            for series in plot.series {
                let key = style == .braille && series.kind != .scatter ? "" : "\(series.marker) "
                let range = try #require(rest.range(of: key + series.name), "\(series.name) in\n\(legendText)")
                rest = rest[range.upperBound...]
            }
        }
    }

    @Test func drawingIsAPureFunctionOfTheValue() throws {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<50 {
            let plot = Self.randomPlot(&random)
            let decoded = try JSONDecoder().decode(Plot.self, from: JSONEncoder().encode(plot))
            #expect(decoded == plot)
            #expect(decoded.text() == plot.text())
            #expect(decoded.html() == plot.html())
        }
    }

    @Test func smallRequestsAreRaisedToTheMinimum() throws {
        let plot = Samples.stepBesideSigmoid()
        let text = plot.ascii(width: 5, height: 1)
        let reading = try Reading(text, height: Plot.minimumHeight, corner: "+")
        #expect(reading.lines[reading.axisLine].count == Plot.minimumWidth)
        #expect(reading.lines.allSatisfy { $0.count <= Plot.minimumWidth })
    }
}
