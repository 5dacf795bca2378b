import Figures
import Testing

@Suite struct PlotHTMLTests {
    static func small() -> Plot {
        var plot = Plot(title: "f & g", xLabel: "x", yLabel: "y", width: 30, height: 4)
        plot.line("f <1>", xs: [0, 1], ys: [0, 1])
        plot.scatter("\"g\"", xs: [0.5], ys: [Double.nan])
        return plot
    }

    /// The title moves to the caption and leaves the drawing; names are escaped everywhere.
    @Test func plotIsAFigureWithPreAndCaption() {
        #expect(Self.small().html() == """
            <figure class="plot">
            <pre role="img" aria-label="f &amp; g. x axis: x; y axis: y. f &lt;1&gt; (line, *): x from 0 to 1, y from 0 to 1. &quot;g&quot; (scatter, o): no finite points.">  y
            1 +                     *****
              |            **********
              |    *********
            0 +*****
              ++------------+-----------+-
              0.0          0.5         1.0
                           x
               * f &lt;1&gt;
               o &quot;g&quot; (no finite points)</pre>
            <figcaption>f &amp; g</figcaption>
            </figure>
            """)
    }

    @Test func captionKeepsTheTitleInTheDrawing() {
        var plot = Self.small()
        plot.caption = "A line & a missing point"
        let html = plot.html()
        #expect(html.contains("<figcaption>A line &amp; a missing point</figcaption>"))
        #expect(html.contains("\">             f &amp; g\n  y\n1 +"))
    }

    @Test func untitledPlotIsCaptionedByItsSeries() {
        var plot = Plot(width: 30, height: 4)
        plot.line("a", xs: [0, 1], ys: [1, 0])
        plot.line("b", xs: [0, 1], ys: [0, 0])
        #expect(plot.html() == """
            <figure class="plot">
            <pre role="img" aria-label="a (line, *): x from 0 to 1, y from 0 to 1. b (line, o): x from 0 to 1, y = 0.">1 +*****
              |    **********
              |             *********
            0 +oooooooooooooooooooooooooo
              ++------------+-----------+-
              0.0          0.5         1.0
               * a   o b</pre>
            <figcaption>Plot of a and b</figcaption>
            </figure>
            """)
    }

    @Test func summaryNamesEverySeriesWithItsRanges() {
        let plot = Samples.stepBesideSigmoid()
        #expect(plot.summary == """
            precision vs score. x axis: score; y axis: value. \
            hard (step, *): x from 0 to 1, y from 0 to 1. \
            soft (line, o): x from 0 to 1, y from 0.00193 to 0.998.
            """)
        #expect(Plot().summary == "No series.")
    }

    /// Title, labels, caption and series names all come from authors.
    @Test func everyAuthorTextIsEscaped() {
        let nasty = "<b onclick=\"x\">&</b>"
        var plot = Plot(title: nasty, xLabel: nasty, yLabel: nasty, caption: nasty)
        plot.line(nasty, xs: [0, 1], ys: [0, 1])
        plot.scatter(nasty, xs: [0.5], ys: [0.5])
        let html = plot.html()
        #expect(!html.contains("<b"))
        #expect(onlyKnownTags(html))
        #expect(html.contains("&lt;b onclick=&quot;x&quot;&gt;&amp;&lt;/b&gt;"))
        var untitled = plot
        untitled.caption = nil
        #expect(onlyKnownTags(untitled.html()))
        #expect(onlyKnownTags(Figure.sideBySide(plot, untitled, caption: nasty).html()))
    }
}
