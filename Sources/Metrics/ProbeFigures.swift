import Figures

// The probes as the course shows them: a table of gradients per sample, and
// the signature figure, a hard metric's staircase beside its smooth surrogate.

extension GradientComparison: CustomStringConvertible {
    /// One row per sample: score, label, the hard metric's gradient (autodiff, differences) and the surrogate's.
    public var table: Table {
        Table(columns: ["sample", "score", "label", "hard ∂ (autodiff)", "hard ∂ (differences)", "\(surrogateName) ∂"],
              rows: rows.enumerated().map { i, row in
                  [i, row.score, Int(row.label), plain(row.hardAutodiff), plain(row.hardFiniteDifference), plain(row.surrogate)]
              },
              caption: "\(metric) = \(formatNumber(hardValue))\(thresholdNote(threshold)),"
                  + " \(surrogateName) = \(formatNumber(surrogateValue))")
    }

    /// Each sample's gradient against its score: the hard metric's zeros and the surrogate's values.
    public var plot: Plot {
        var plot = Plot(title: "gradient per sample", xLabel: "score", yLabel: "∂/∂score")
        let scores = rows.map(\.score)
        plot.scatter("hard \(metric) (autodiff)", xs: scores, ys: rows.map(\.hardAutodiff), marker: "o")
        plot.scatter(surrogateName, xs: scores, ys: rows.map(\.surrogate), marker: "*")
        return plot
    }

    /// The table as text.
    public var description: String { table.text() }
}

extension Sweep: CustomStringConvertible {
    /// One row per score the sample takes: hard value and derivative, surrogate value and derivative.
    public var table: Table {
        Table(columns: ["score", metric, "∂\(metric)", surrogateName, "∂\(surrogateName)"],
              rows: scores.indices.map { i in
                  [scores[i], hardValues[i], plain(hardDerivatives[i]), surrogateValues[i], plain(surrogateDerivatives[i])]
              },
              caption: caption)
    }

    /// The values as the score moves: the hard metric's steps and the surrogate's curve.
    public var valuePlot: Plot {
        var plot = Plot(title: "value", xLabel: "score of sample \(sample)")
        plot.step(metric, xs: scores, ys: hardValues, marker: "#")
        plot.line(surrogateName, xs: scores, ys: surrogateValues, marker: "*")
        return plot
    }

    /// The derivatives with respect to the moving score: 0 for the hard metric, a bump for the surrogate.
    public var derivativePlot: Plot {
        var plot = Plot(title: "derivative", xLabel: "score of sample \(sample)")
        plot.line("∂\(metric)", xs: scores, ys: hardDerivatives.map(plain), marker: "#")
        plot.line("∂\(surrogateName)", xs: scores, ys: surrogateDerivatives, marker: "*")
        return plot
    }

    /// Values and derivatives side by side.
    public var figure: Figure {
        Figure([valuePlot, derivativePlot], arrangement: .sideBySide, caption: caption)
    }

    /// The figure as text.
    public var description: String { figure.text() }

    private var caption: String {
        "\(metric) and \(surrogateName) as sample \(sample) (label \(Int(label))) moves\(thresholdNote(threshold))"
    }
}

/// " (threshold 0.5)", or nothing for a metric without threshold.
private func thresholdNote(_ threshold: Double?) -> String {
    threshold.map { " (threshold \(formatNumber($0)))" } ?? ""
}

/// −0 shown as 0: a gradient of "-0" reads as a sign where there is none.
private func plain(_ x: Double) -> Double { x == 0 ? 0 : x }
