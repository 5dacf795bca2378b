import Notebook
import Site
import Testing
@testable import Preview

@Suite struct LiveScriptTests {
    @Test func theScriptGoesBeforeTheLastBodyEnd() {
        let page = Array("<html><body><p>x</p></BODY></html>\n".utf8)
        let served = String(decoding: LiveScript.inject(into: page, path: "a.html", token: "e.1"), as: UTF8.self)
        #expect(served.hasPrefix("<html><body><p>x</p><script>\n(function () {\n\"use strict\";\nvar page = \"a.html\", token = \"e.1\", eventsPath = \"/_lessons/events\";\n"))
        #expect(served.hasSuffix("})();\n</script>\n</BODY></html>\n"))
        #expect(LiveScript.inject(into: Array("no body".utf8), path: "a", token: "t").starts(with: Array("no body<script>".utf8)))
    }

    @Test func namesInTheScriptCannotEndIt() {
        let tag = LiveScript.tag(path: "</script><b>\"x\".html", token: "t")
        #expect(tag.contains(#"var page = "\u003c/script\u003e\u003cb\u003e\"x\".html""#))
        #expect(tag.components(separatedBy: "</script>").count == 2)
    }

    @Test func jsonTextEscapesWhatHTMLAndEventStreamsCannotHold() {
        #expect(JSONText.quote("a\"b\\c\nd\te\u{1}<>&\u{2028}é") == #""a\"b\\c\nd\te\u0001\u003c\u003e\u0026\u2028é""#)
        // Other characters whose UTF-8 starts like U+2028 (E2 80 …, E2 …) pass through.
        #expect(JSONText.quote("\u{2029}—∑\u{7F}\u{2028}") == #""\u2029—∑\u007f\u2028""#)
        #expect(JSONText.quote("") == #""""#)
        #expect(JSONText.array([]) == "[]")
        #expect(JSONText.array(["a", "b"]) == #"["a","b"]"#)
    }

    @Test func eventsAreServerSentEventText() {
        #expect(ReloadEvent.reload(SiteChange(pages: ["a.html"])).text == "event: reload\ndata: {\"pages\":[\"a.html\"],\"everything\":false}\n\n")
        let diagnostic = Diagnostic(path: "Lessons/a.md", line: 2, column: 5, message: "expected '}'\nhere")
        #expect(ReloadEvent.diagnostics([diagnostic], failed: true).text
            == "event: diagnostics\ndata: {\"failed\":true,\"lines\":[\"Lessons/a.md:2:5: error: expected '}'\\nhere\"]}\n\n")
        #expect(ReloadEvent.ping.text == ": ping\n\n")
    }

    @Test func eachBuildIsOneLine() {
        let files = BuildOutcome(files: [], summary: "(7 lessons: 6 from cache, 1 run)")
        #expect(RebuildLine.text(changed: [], outcome: files, change: SiteChange(pages: ["a.html"], everything: true), seconds: 2.5)
            == "built in 2.50 s (7 lessons: 6 from cache, 1 run)")
        #expect(RebuildLine.text(changed: ["style.txt"], outcome: files, change: SiteChange(everything: true), seconds: 0.2)
            == "style.txt changed: rebuilt in 0.20 s (7 lessons: 6 from cache, 1 run); reloading every page")
        #expect(RebuildLine.text(changed: ["Lessons/a.md"], outcome: files, change: SiteChange(pages: ["a.html", "handout.html"]), seconds: 0.123)
            == "Lessons/a.md changed: rebuilt in 0.12 s (7 lessons: 6 from cache, 1 run); reloading a.html, handout.html")
        #expect(RebuildLine.text(changed: ["a", "b", "c", "d", "e"], outcome: files, change: SiteChange(), seconds: 0.05)
            == "a, b, c and 2 more changed: rebuilt in 0.05 s (7 lessons: 6 from cache, 1 run); no page changed")
        let failed = BuildOutcome(files: nil, diagnostics: [Diagnostic(path: "a.md", message: "x")])
        #expect(RebuildLine.text(changed: ["a.md"], outcome: failed, change: SiteChange(), seconds: 1)
            == "a.md changed: rebuilt in 1.00 s; the build failed with 1 error (shown in the browser), so pages keep their last good version")
    }
}
