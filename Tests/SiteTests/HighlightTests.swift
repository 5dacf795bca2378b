import Site
import Testing

@Suite struct HighlightTests {
    @Test func swiftTokensGetClasses() {
        let html = SwiftHighlighter.html("let x: Double = 0.5 // half\n@discardableResult func f() -> String { \"<a>\" }\n")
        #expect(html == """
            <span class="kw">let</span> x: <span class="ty">Double</span> = <span class="num">0.5</span> <span class="com">// half</span>
            <span class="attr">@discardableResult</span> <span class="kw">func</span> f() -&gt; <span class="ty">String</span> { <span class="str">&quot;&lt;a&gt;&quot;</span> }

            """)
    }

    @Test func invalidCodeIsStillShownWhole() {
        let code = "let = = (\n}}\n"
        let html = SwiftHighlighter.html(code)
        let text = html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        #expect(text == code)
    }
}
