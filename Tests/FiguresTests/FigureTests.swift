import Figures
import Foundation
import Testing

@Suite struct FigureTests {
    static func panels() -> (Plot, Plot) {
        var value = Plot(title: "value", width: 30, height: 4)
        value.step("hard", xs: [0, 0.5, 1], ys: [0, 1, 1])
        var slope = Plot(xLabel: "score", width: 30, height: 4)
        slope.line("soft", xs: [0, 0.5, 1], ys: [0, 0.5, 1])
        return (value, slope)
    }

    /// Drawing areas line up although only the left panel has a title.
    @Test func sideBySidePanelsShareTheWidth() {
        let (value, slope) = Self.panels()
        let figure = Figure([value, slope], width: 60, height: 4)
        #expect(figure.text() == """
                        value
            1 +            ************     1 +                   *****
              |            *                  |           *********
              |            *                  |    ********
            0 +*************                0 +*****
              ++-----------+----------+-      ++-----------+----------+-
              0.0         0.5        1.0      0.0         0.5        1.0
               * hard                                   score
                                               * soft
            """)
        #expect(figure.text().split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func stackedPanelsFollowOneAnotherWithTheCaptionBelow() {
        let (value, slope) = Self.panels()
        let figure = Figure([value, slope], arrangement: .stacked, caption: "Stacked & captioned", width: 40, height: 3)
        #expect(figure.ascii() == """
                              value
            1 +                 ******************
              |                 *
            0 +******************
              ++--------+-------+--------+-------+--
              0.00     0.25    0.50     0.75    1.00
               * hard

            1 +                         **********
              |        ******************
            0 +*********
              ++--------+-------+--------+-------+--
              0.00     0.25    0.50     0.75    1.00
                              score
               * soft

            Stacked & captioned
            """)
    }

    @Test func figureHTMLDescribesEachPanel() {
        let (value, slope) = Self.panels()
        let figure = Figure([value, slope], caption: "Hard & soft", width: 60, height: 4)
        #expect(figure.html() == """
            <figure class="plot">
            <pre role="img" aria-label="Left panel: value. hard (step, *): x from 0 to 1, y from 0 to 1. \
            Right panel: x axis: score. soft (line, *): x from 0 to 1, y from 0 to 1.">\
            \(figure.lines(width: 60, height: 4))</pre>
            <figcaption>Hard &amp; soft</figcaption>
            </figure>
            """)
        #expect(Figure([value, slope]).html().contains("<figcaption>value</figcaption>"))
        #expect(Figure([slope, slope]).html().contains("<figcaption>Figure of 2 plots</figcaption>"))
        #expect(Figure.stacked(value, slope).summary.hasPrefix("Top panel: value."))
    }

    /// The signature figure fits an 80-column terminal by default.
    @Test func signatureFitsEightyColumns() {
        let text = Samples.signature().text()
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(Samples.signature().width == Figure.defaultWidth)
    }

    @Test func figuresSurviveJSON() throws {
        let figure = Samples.signature()
        let decoded = try JSONDecoder().decode(Figure.self, from: JSONEncoder().encode(figure))
        #expect(decoded == figure)
        #expect(decoded.text() == figure.text())
    }
}

extension Figure {
    /// The text of the panels without the caption (what the HTML `<pre>` holds).
    fileprivate func lines(width: Int, height: Int) -> String {
        var bare = self
        bare.caption = nil
        return bare.text(width: width, height: height)
    }
}
