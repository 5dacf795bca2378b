import Notebook
import Testing
@testable import Preview
import Site

@Suite struct ServedSiteTests {
    func files(_ pairs: KeyValuePairs<String, String>) -> [SiteFile] {
        pairs.map { SiteFile(path: $0.key, text: $0.value) }
    }

    @Test func onlyPagesWhoseBytesChangedReload() {
        var site = ServedSite(epoch: "e")
        #expect(site.token(for: "a.html") == "e.0")
        let first = site.apply(BuildOutcome(files: files(["a.html": "A", "b.html": "B", "style.css": "s"])))
        #expect(first == SiteChange(pages: ["a.html", "b.html"], everything: true))
        #expect(site.token(for: "a.html") == "e.1")

        let second = site.apply(BuildOutcome(files: files(["a.html": "A2", "b.html": "B", "style.css": "s"])))
        #expect(second == SiteChange(pages: ["a.html"]))
        #expect(site.token(for: "a.html") == "e.2")
        #expect(site.token(for: "b.html") == "e.1", "an unchanged page keeps its version")

        let same = site.apply(BuildOutcome(files: files(["a.html": "A2", "b.html": "B", "style.css": "s"])))
        #expect(same.isEmpty)
    }

    @Test func aChangedStylesheetReloadsEverything() {
        var site = ServedSite(epoch: "e")
        _ = site.apply(BuildOutcome(files: files(["a.html": "A", "style.css": "s"])))
        #expect(site.apply(BuildOutcome(files: files(["a.html": "A", "style.css": "t"]))) == SiteChange(everything: true))
    }

    @Test func removedAndAddedPagesReloadAndLoseOrGainTheirVersion() {
        var site = ServedSite(epoch: "e")
        _ = site.apply(BuildOutcome(files: files(["a.html": "A", "b.html": "B"])))
        #expect(site.apply(BuildOutcome(files: files(["a.html": "A", "c.html": "C"]))) == SiteChange(pages: ["b.html", "c.html"]))
        #expect(site.files["b.html"] == nil)
        #expect(site.token(for: "b.html") == "e.0")
        #expect(site.token(for: "c.html") == "e.2")
    }

    @Test func aFailedBuildKeepsTheLastGoodFiles() {
        var site = ServedSite(epoch: "e")
        _ = site.apply(BuildOutcome(files: files(["a.html": "A"])))
        let broken = Diagnostic(path: "Lessons/a.md", line: 3, column: 2, message: "in math: unknown command \\nosuch")
        #expect(site.apply(BuildOutcome(files: nil, diagnostics: [broken])).isEmpty)
        #expect(site.files["a.html"] == Array("A".utf8))
        #expect(site.diagnostics == [broken])
        #expect(site.lastBuildFailed)
        _ = site.apply(BuildOutcome(files: files(["a.html": "A"])))
        #expect(site.diagnostics.isEmpty)
        #expect(!site.lastBuildFailed)
    }
}
