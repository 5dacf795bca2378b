import Figures
import Testing

@Suite struct TableTextTests {
    @Test func gradientsTableAsAuthorsWriteIt() {
        let table = Table(
            columns: ["score", "label", "hard ∂", "soft ∂"],
            rows: [[0.9, 1, 0.0, 0.12], [0.2, 0, 0.0, -0.31]],
            caption: "Gradients at each sample")
        #expect(table.text() == """
            Gradients at each sample
            +-------+-------+--------+--------+
            | score | label | hard ∂ | soft ∂ |
            +=======+=======+========+========+
            |   0.9 |     1 |      0 |   0.12 |
            |   0.2 |     0 |      0 |  -0.31 |
            +-------+-------+--------+--------+
            """)
    }

    /// Variables, optionals, special numbers, a long row and a line break in text.
    @Test func mixedCellsAlignOnTheDecimalPoint() {
        let x = 0.535714285714
        let n = 3
        var table = Table(
            columns: ["case", "value", "ok"],
            rows: [
                ["nan", Double.nan, true], ["inf", Double.infinity, false],
                ["-inf", -Double.infinity, nil as Bool?], ["neg zero", -0.0, true],
                ["tiny", 1.5e-7, true], ["big", 1234567.0, false], ["var", x, n > 2],
                ["multi\nline", n, TableCell.empty],
            ])
        table.append(["extra", 1, true, "beyond"])
        #expect(table.text() == """
            +------------+--------------+-------+--------+
            | case       |        value | ok    |        |
            +============+==============+=======+========+
            | nan        |  NaN         | true  |        |
            | inf        |  inf         | false |        |
            | -inf       | -inf         |       |        |
            | neg zero   |    0         | true  |        |
            | tiny       |    1.5e-7    | true  |        |
            | big        |    1.23457e6 | false |        |
            | var        |    0.535714  | true  |        |
            | multi line |    3         |       |        |
            | extra      |    1         | true  | beyond |
            +------------+--------------+-------+--------+
            """)
    }

    @Test func builtColumnByColumnWithChosenAlignmentsAndDigits() {
        let scores = [0.94, 0.2, 0.6]
        let labels = [1, 0, 1]
        let table = Table(
            [("score", scores), ("label", labels), ("note", ["a", "b"])],
            alignments: [.center, .left, .right], significantDigits: 1)
        #expect(table.text() == """
            +-------+-------+------+
            | score | label | note |
            +=======+=======+======+
            |  0.9  | 1     |    a |
            |  0.2  | 0     |    b |
            |  0.6  | 1     |      |
            +-------+-------+------+
            """)
    }

    @Test func headingsAloneAndNothingAtAll() {
        #expect(Table(columns: ["a", "bb"]).text() == """
            +---+----+
            | a | bb |
            +---+----+
            """)
        #expect(Table(columns: []).text() == "")
        #expect(Table(columns: [], caption: "empty").text() == "empty")
    }

    @Test func alignmentIsChosenFromTheCells() {
        let table = Table(
            columns: ["numbers", "mixed", "words", "blank"],
            rows: [[1, 1, "a", TableCell.empty], [2.5, "x", "b", TableCell.empty]])
        #expect(table.alignment(of: 0) == .decimal)
        #expect(table.alignment(of: 1) == .left)
        #expect(table.alignment(of: 2) == .left)
        #expect(table.alignment(of: 3) == .left)
    }

    /// Every line of the grid is equally wide, for any mix of cells.
    @Test func everyLineOfTheGridIsEquallyWide() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let columns = Int.random(in: 1...5, using: &random)
            let rows: [[any TableCellConvertible]] = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                (0..<columns).map { _ -> any TableCellConvertible in
                    switch Int.random(in: 0...4, using: &random) {
                    case 0: Double.random(in: -1e7...1e7, using: &random) / Double(Int.random(in: 1...1000, using: &random))
                    case 1: Int.random(in: -1000...1000, using: &random)
                    case 2: String(repeating: "w", count: Int.random(in: 0...9, using: &random))
                    case 3: Bool.random(using: &random)
                    default: TableCell.empty
                    }
                }
            }
            let text = Table(columns: (0..<columns).map { "c\($0)" }, rows: rows).text()
            let widths = Set(text.split(separator: "\n").map(\.count))
            #expect(widths.count == 1, "\(text)")
        }
    }
}
