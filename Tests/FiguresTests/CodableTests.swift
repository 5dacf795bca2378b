import Figures
import Foundation
import Testing

/// Lesson programs send figures to the site builder as JSON, with Foundation's
/// default coders, which refuse NaN and infinities unless told otherwise.
@Suite struct CodableTests {
    func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
    }

    func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func cellsNameTheirKindAndSpellSpecialNumbers() throws {
        let cells: [TableCell] = ["a", 1, 0.5, true, nil, .number(.nan), .number(-.infinity)]
        #expect(try json(cells) == """
            [{"text":"a"},{"integer":1},{"number":0.5},{"boolean":true},{},{"number":"NaN"},{"number":"-inf"}]
            """)
        #expect(try roundTrip(cells) == cells)
    }

    @Test func tablesRoundTripWithEverySetting() throws {
        let table = Table(
            columns: ["x", "y"], rows: [[Double.nan, "t"], [Double.infinity, 3]], caption: "c",
            alignments: [.center, nil], significantDigits: 3)
        let decoded = try roundTrip(table)
        #expect(decoded == table)
        #expect(decoded.text() == table.text())
        #expect(decoded.html() == table.html())
    }

    @Test func plotsKeepGapsAndInfiniteBounds() throws {
        var plot = Plot(title: "t", xRange: 0...1, yRange: -Double.infinity...Double.infinity, style: .braille)
        plot.line("gaps", xs: [0, 0.5, 1], ys: [.nan, .infinity, 1], marker: "@")
        let decoded = try roundTrip(plot)
        #expect(decoded == plot)
        #expect(decoded.series[0].ys[1] == .infinity)
        #expect(decoded.yRange == -Double.infinity...Double.infinity)
        #expect(decoded.text() == plot.text())
    }

    @Test func missingPlotFieldsTakeTheirDefaults() throws {
        let plot = try JSONDecoder().decode(Plot.self, from: Data(#"{"series":[]}"#.utf8))
        #expect(plot == Plot())
        #expect(plot.width == Plot.defaultWidth && plot.height == Plot.defaultHeight && plot.style == .ascii)
    }

    @Test func nanEqualsNaNInStoredValues() {
        #expect(TableCell.number(.nan) == TableCell.number(.nan))
        #expect(TableCell.number(0) != TableCell.integer(0))
        var a = Plot()
        a.line("n", xs: [0], ys: [.nan])
        #expect(a == a)
        var b = a
        b.series[0].ys = [0]
        #expect(a != b)
    }
}
