import Figures
import Testing

@Suite struct TableHTMLTests {
    @Test func tableWithCaptionHeadingsAndDecimalColumns() {
        let table = Table(
            columns: ["score", "label", "name"],
            rows: [[0.9, 1, "a & b"], [0.25, 0, "<i>x</i>"], [-Double.infinity, 1, "\"q\""]],
            caption: "Scores & <labels>")
        let figureSpace = "\u{2007}"
        let right = " style=\"text-align: right\""
        #expect(table.html() == """
            <table>
            <caption>Scores &amp; &lt;labels&gt;</caption>
            <thead>
            <tr><th scope="col"\(right)>score</th><th scope="col"\(right)>label</th><th scope="col">name</th></tr>
            </thead>
            <tbody>
            <tr><td\(right)>0.9\(figureSpace)</td><td\(right)>1</td><td>a &amp; b</td></tr>
            <tr><td\(right)>0.25</td><td\(right)>0</td><td>&lt;i&gt;x&lt;/i&gt;</td></tr>
            <tr><td\(right)>-∞\(figureSpace)\(figureSpace)\(figureSpace)</td><td\(right)>1</td><td>&quot;q&quot;</td></tr>
            </tbody>
            </table>
            """)
    }

    @Test func centredColumnsAndEmptyTables() {
        let table = Table(columns: ["a"], rows: [[true]], alignments: [.center])
        #expect(table.html() == """
            <table>
            <thead>
            <tr><th scope="col" style="text-align: center">a</th></tr>
            </thead>
            <tbody>
            <tr><td style="text-align: center">true</td></tr>
            </tbody>
            </table>
            """)
        #expect(Table(columns: ["x"]).html() == """
            <table>
            <thead>
            <tr><th scope="col">x</th></tr>
            </thead>
            <tbody>
            </tbody>
            </table>
            """)
    }

    /// Headings, cells and the caption all come from authors; none may open a tag.
    @Test func everyAuthorTextIsEscaped() {
        let nasty = "<script>alert(\"&amp;\")</script>"
        let table = Table(columns: [nasty, "b"], rows: [[nasty, 1], ["ok", nasty]], caption: nasty)
        let html = table.html()
        #expect(!html.contains("<script"))
        #expect(html.components(separatedBy: "&lt;script&gt;alert(&quot;&amp;amp;&quot;)&lt;/script&gt;").count == 5)
        #expect(onlyKnownTags(html))
    }
}

/// Whether every `<` in `html` opens one of the tags these renderers write.
func onlyKnownTags(_ html: String) -> Bool {
    let known = [
        "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "pre", "figcaption",
    ]
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        rest = rest[rest.index(after: open)...]
        let name = rest.prefix { $0 != " " && $0 != ">" }.drop { $0 == "/" }
        if !known.contains(String(name)) { return false }
    }
    return true
}
