import Figures
import Testing

@Suite struct DisplayTextTests {
    @Test func numbersReadAsTableCellsDo() {
        #expect(displayText(0.535714285714) == "0.535714")
        #expect(displayText(1.0) == "1")
        #expect(displayText(-0.0) == "0")
        #expect(displayText(Double.nan) == "NaN")
        #expect(displayText(-Double.infinity) == "-inf")
        #expect(displayText(Float(0.1)) == "0.1")
        #expect(displayText(42) == "42")
        #expect(displayText(UInt8(7)) == "7")
        #expect(displayText(true) == "true")
    }

    @Test func textIsBareAloneAndQuotedInside() {
        #expect(displayText("hello") == "hello")
        #expect(displayText(["a", "b\"c", "d\ne"]) == #"["a", "b\"c", "d\ne"]"#)
        #expect(displayText(Character("x")) == "x")
    }

    @Test func shortCollectionsInline() {
        #expect(displayText([0.1, 0.2, 1.0 / 3]) == "[0.1, 0.2, 0.333333]")
        #expect(displayText([Int]()) == "[]")
        #expect(displayText([[1.0, 2.0], [3.0, 4.5]]) == "[[1, 2], [3, 4.5]]")
        #expect(displayText(["b": 2.0, "a": 0.5]) == #"["a": 0.5, "b": 2]"#)
        #expect(displayText([String: Int]()) == "[:]")
        #expect(displayText(Set([3, 1, 2])) == "[1, 2, 3]")
        #expect(displayText((1, 0.5)) == "(1, 0.5)")
        #expect(displayText((x: 1, y: "s")) == #"(x: 1, y: "s")"#)
        #expect(displayText(0.0...1.0) == "0...1")
    }

    @Test func longCollectionsAreElidedInTheMiddle() {
        let grid = Array(stride(from: 0.0, through: 1.0, by: 0.01))
        #expect(displayText(grid) == "[0, 0.01, 0.02, 0.03, 0.04, ..., 0.96, 0.97, 0.98, 0.99, 1] (101 elements)")
        #expect(displayText(Array(1...13)) == "[1, 2, 3, 4, 5, ..., 9, 10, 11, 12, 13] (13 elements)")
        #expect(displayText(Array(1...12)) == "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]")
        let names = (0..<20).map { "n\($0)" }
        #expect(displayText(names) == #"["n0", "n1", "n2", "n3", "n4", ..., "n15", "n16", "n17", "n18", "n19"] (20 elements)"#)
    }

    @Test func wideNestedCollectionsTakeOneLineEach() {
        let rows = (0..<3).map { _ in Array(repeating: 0.123456789, count: 10) }
        let row = "[" + Array(repeating: "0.123457", count: 10).joined(separator: ", ") + "]"
        #expect(displayText(rows) == "[\(row),\n \(row),\n \(row)]")
    }

    @Test func optionalsStructuresAndEnums() {
        struct Point { var x = 0.1 + 0.2; var tags = [1, 2] }
        enum Outcome { case score(Double), pair(Int, Double), none }
        let present: Double? = 3
        let absent: Double? = nil
        #expect(displayText(present as Any) == "3")
        #expect(displayText(absent as Any) == "nil")
        #expect(displayText(Point()) == "Point(x: 0.3, tags: [1, 2])")
        #expect(displayText(Outcome.score(0.1 + 0.2)) == "score(0.3)")
        #expect(displayText(Outcome.pair(1, 0.5)) == "pair(1, 0.5)")
        #expect(displayText(Outcome.none) == "none")
    }

    @Test func describedTypesUseTheirDescription() {
        struct Named: CustomStringConvertible { var description: String { "named!" } }
        #expect(displayText(Named()) == "named!")
        #expect(displayText([Named(), Named()]) == "[named!, named!]")
    }

    @Test func figuresShowTheirText() {
        let table = Table(columns: ["a"], rows: [[1]])
        #expect(displayText(table) == table.text())
        #expect(displayText(Samples.singlePoint()) == Samples.singlePoint().text())
        #expect(displayText(Samples.signature()) == Samples.signature().text())
    }
}
