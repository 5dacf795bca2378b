@testable import Figures
import Testing

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.5357142857142857, "0.535714"),
        (1.0, "1"),
        (100.0, "100"),
        (0.5, "0.5"),
        (-0.31, "-0.31"),
        (0.1 + 0.2, "0.3"),
        (123456.0, "123456"),
        (1234567.0, "1.23457e6"),
        (999999.5, "1e6"),
        (9.9999999, "10"),
        (0.0001, "0.0001"),
        (0.00001234, "1.234e-5"),
        (1e-7, "1e-7"),
        (1e16, "1e16"),
        (Double.leastNonzeroMagnitude, "5e-324"),
        (Double.greatestFiniteMagnitude, "1.79769e308"),
        (0.0, "0"),
        (-0.0, "0"),
        (Double.nan, "NaN"),
        (Double.infinity, "inf"),
        (-Double.infinity, "-inf"),
    ])
    func sixSignificantDigits(value: Double, expected: String) {
        #expect(formatNumber(value) == expected)
    }

    @Test func fewerDigitsRoundHalfAwayFromZeroOnTheDecimalForm() {
        #expect(formatNumber(2.675, significantDigits: 3) == "2.68")
        #expect(formatNumber(-2.675, significantDigits: 3) == "-2.68")
        #expect(formatNumber(0.95, significantDigits: 1) == "1")
        #expect(formatNumber(0.0625, significantDigits: 2) == "0.063")
        #expect(formatNumber(12345, significantDigits: 2) == "1.2e4")
        #expect(formatNumber(12345, significantDigits: 5) == "12345")
        #expect(formatNumber(0.00012345, significantDigits: 3) == "0.000123")
    }

    @Test(arguments: [
        (0.3, 1, "0.3"),
        (0.30000000000000004, 2, "0.30"),
        (-0.001, 2, "0.00"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (1234.5678, 2, "1234.57"),
        (0.0, 3, "0.000"),
        (-0.0, 1, "0.0"),
        (0.999, 2, "1.00"),
        (0.005, 2, "0.01"),
        (0.004, 2, "0.00"),
        (Double.leastNonzeroMagnitude, 2, "0.00"),
        (1e20, 0, "100000000000000000000"),
        (Double.nan, 2, "NaN"),
        (-Double.infinity, 2, "-inf"),
    ])
    func fixedDecimals(value: Double, decimals: Int, expected: String) {
        #expect(formatNumber(value, decimals: decimals) == expected)
    }

    @Test func integersKeepAllTheirDigits() {
        #expect(formatNumber(-42) == "-42")
        #expect(formatNumber(Int.max) == "9223372036854775807")
        #expect(formatNumber(UInt8(7)) == "7")
    }

    @Test func htmlSpellsInfinityWithTheSign() {
        #expect(formatNumberForHTML(.infinity) == "∞")
        #expect(formatNumberForHTML(-.infinity) == "-∞")
        #expect(formatNumberForHTML(0.25) == "0.25")
    }

    /// Seventeen significant digits read back as the very same double.
    @Test func seventeenDigitsRoundTrip() throws {
        var random = SeededGenerator(seed: 17)
        for _ in 0..<2000 {
            let x = Double(bitPattern: random.next())
            guard x.isFinite else { continue }
            let text = formatNumber(x, significantDigits: 17)
            let back = try #require(Double(text), "\(text) does not parse")
            #expect(back == x, "\(x) printed as \(text)")
        }
    }

    /// Six digits are within half a unit of the sixth digit, and never longer than needed.
    @Test func sixDigitsAreCloseAndShort() throws {
        var random = SeededGenerator(seed: 6)
        for _ in 0..<2000 {
            let x = Double.random(in: -1e6...1e6, using: &random) * Double.random(in: 0...1, using: &random)
            let text = formatNumber(x)
            let back = try #require(Double(text))
            #expect((back - x).magnitude <= 5e-6 * x.magnitude, "\(x) printed as \(text)")
            let digits = text.filter(\.isNumber).drop { $0 == "0" }
            #expect(digits.count <= 6 || !text.contains("."), "\(text) has too many digits")
            #expect(!text.contains(".") || !text.hasSuffix("0"), "\(text) keeps a trailing zero")
        }
    }

    @Test func decimalDigitsOfTheShortestForm() {
        #expect(DecimalDigits(magnitude: 0.001) == DecimalDigits(digits: [1], exponent: -2))
        #expect(DecimalDigits(magnitude: 1e16) == DecimalDigits(digits: [1], exponent: 17))
        #expect(DecimalDigits(magnitude: 120.5) == DecimalDigits(digits: [1, 2, 0, 5], exponent: 3))
        #expect(DecimalDigits(magnitude: 0).isZero)
    }
}
