import Figures
import Foundation

/// The figures the snapshot tests pin down, built the way a lesson builds them.
enum Samples {
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// Scores from 0 to 1 in steps of 0.005.
    static let scores = Plot.evenlySpaced(0...1, count: 201)
    /// Temperature of the soft threshold.
    static let temperature = 0.08

    /// A hard threshold at 0.5 beside its sigmoid relaxation.
    static func stepBesideSigmoid() -> Plot {
        var plot = Plot(title: "precision vs score", xLabel: "score", yLabel: "value")
        plot.step("hard", xs: scores, ys: scores.map { $0 > 0.5 ? 1 : 0 })
        plot.line("soft", xs: scores, ys: scores.map { sigmoid(($0 - 0.5) / temperature) })
        return plot
    }

    /// The derivatives of the two: zero beside a bell.
    static func zeroBesideBell() -> Plot {
        var plot = Plot(title: "derivative", xLabel: "score")
        plot.step("hard ∂", xs: scores, ys: scores.map { _ in 0 })
        plot.line("soft ∂", xs: scores, ys: scores.map { x in
            let s = sigmoid((x - 0.5) / temperature)
            return s * (1 - s) / temperature
        })
        return plot
    }

    /// The signature figure: value and derivative side by side.
    static func signature() -> Figure {
        var value = stepBesideSigmoid()
        value.title = "value"
        value.yLabel = nil
        return Figure.sideBySide(
            value, zeroBesideBell(), caption: "A threshold has no useful slope; its sigmoid surrogate does.")
    }

    /// A finite-difference derivative of a step: zero, then one tall spike.
    static func derivativeSpike() -> Plot {
        let xs = Plot.evenlySpaced(0...1, count: 101)
        var plot = Plot(title: "finite differences of a step", xLabel: "score", yLabel: "slope", height: 8)
        plot.line("hard ∂ (h = 0.01)", xs: xs, ys: xs.map { abs($0 - 0.5) < 0.001 ? 100 : 0 })
        return plot
    }

    /// Two classes of scores with repeated points, one shared across classes.
    static func scatterWithTies() -> Plot {
        var plot = Plot(title: "scores by label", xLabel: "score", yLabel: "label", width: 50, height: 6)
        plot.scatter("positives", xs: [0.9, 0.9, 0.6, 0.6, 0.6], ys: [1, 1, 1, 1, 0.5])
        plot.scatter("negatives", xs: [0.2, 0.4, 0.7, 0.6], ys: [0, 0, 0, 0.5])
        return plot
    }

    /// A curve below zero on both axes.
    static func negativeRanges() -> Plot {
        var plot = Plot(title: "log-likelihood", xLabel: "logit", yLabel: "log σ(z)", width: 60, height: 10)
        plot.line("log σ(z)", over: -4...(-1), points: 61) { z in -log(1 + exp(-z)) }
        return plot
    }

    /// One point, so neither axis has a span of its own.
    static func singlePoint() -> Plot {
        var plot = Plot(title: "one sample", width: 40, height: 5)
        plot.scatter("p", xs: [2], ys: [0.5])
        return plot
    }

    /// Nothing finite to draw.
    static func allNaN() -> Plot {
        var plot = Plot(title: "undefined everywhere", width: 40, height: 5)
        plot.line("0 / 0", xs: [0, 1, 2], ys: [.nan, .nan, .nan])
        return plot
    }

    /// A line broken by NaN and -∞, with the author's ranges.
    static func gaps() -> Plot {
        let xs = Plot.evenlySpaced(-1...3, count: 41)
        var plot = Plot(
            title: "log x", xLabel: "x", xRange: -1...3, yRange: -3...2, width: 60, height: 10)
        plot.line("log", xs: xs, ys: xs.map { log($0) })
        return plot
    }
}
