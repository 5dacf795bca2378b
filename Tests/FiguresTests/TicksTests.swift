@testable import Figures
import Testing

@Suite struct TicksTests {
    func labels(_ lower: Double, _ upper: Double, step: TickStep, loose: Bool = true) -> [String]? {
        Ticks.make(lower, upper, step: step, loose: loose)?.labels
    }

    @Test func looseTicksWidenToRoundEnds() throws {
        let ticks = try #require(Ticks.make(0.0193, 0.998, step: TickStep(mantissa: 2, power: -1), loose: true))
        #expect(ticks.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(ticks.lower == 0 && ticks.upper == 1)
        #expect(ticks.values[3] == 0.6)
    }

    @Test func tightTicksStayInside() throws {
        let ticks = try #require(Ticks.make(-0.95, 2.3, step: TickStep(mantissa: 1, power: 0), loose: false))
        #expect(ticks.labels == ["0", "1", "2"])
        #expect(ticks.lower == -0.95 && ticks.upper == 2.3)
    }

    @Test func labelsShareTheStepsDecimals() {
        #expect(labels(0, 1, step: TickStep(mantissa: 25, power: -2)) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
        #expect(labels(-6, -1, step: TickStep(mantissa: 25, power: -1)) == ["-7.5", "-5.0", "-2.5", "0.0"])
        #expect(labels(0, 40000, step: TickStep(mantissa: 1, power: 4)) == ["0", "10000", "20000", "30000", "40000"])
        #expect(labels(1e7, 5e7, step: TickStep(mantissa: 1, power: 7)) == ["1e7", "2e7", "3e7", "4e7", "5e7"])
        #expect(labels(1e-9, 3e-9, step: TickStep(mantissa: 1, power: -9)) == ["1e-9", "2e-9", "3e-9"])
    }

    /// Ticks are exact decimals: 0.1 × 3 is 0.3, not 0.30000000000000004.
    @Test func tickValuesAreTheNearestDoubles() {
        let step = TickStep(mantissa: 1, power: -1)
        #expect(step.tick(3) == 0.3)
        #expect(step.tick(-7) == -0.7)
        #expect(TickStep(mantissa: 25, power: -3).tick(3) == 0.075)
    }

    @Test func candidatesGrowFromAHundredthOfTheSpan() {
        let steps = TickStep.candidates(span: 1).map(\.value)
        #expect(steps.first == 0.01)
        #expect(steps.last == 50)
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0 < $1 })
        #expect(TickStep.candidates(span: .nan).isEmpty)
        #expect(TickStep.candidates(span: 0).isEmpty)
    }

    @Test func loneValuesWiden() {
        #expect(widened(0, 0) == (-1, 1))
        #expect(widened(0.5, 0.5) == (0.4, 0.6))
        #expect(widened(-2, -2) == (-3, -1))
        #expect(widened(0, 3) == (0, 3))
    }

    @Test func wholeNumbersWithoutTheCLibrary() {
        #expect([-2.5, -1.5, -0.5, -0.4, 0, 0.4, 0.5, 1.5, 2.5].map(nearestWhole) == [-3, -2, -1, 0, 0, 0, 1, 2, 3])
        #expect([-1.5, -1, 0, 0.5, 2].map(wholeBelow) == [-2, -1, 0, 0, 2])
        #expect([-1.5, -1, 0, 0.5, 2].map(wholeAbove) == [-1, -1, 0, 1, 2])
    }
}
