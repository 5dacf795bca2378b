import Foundation
@testable import Site
import Testing

/// The pages' script in a real browser: headless Chromium loads the fixture
/// site from `file://` (as a student opening `Site/index.html` does), runs
/// the script, and prints the page as it then is. Skipped without Chromium.
@Suite(.serialized) struct BrowserTests {
    static let browser = HandoutPDF.findBrowser()

    /// The page after its scripts ran, and what the browser's console said.
    static func open(_ page: String, in site: URL) throws -> (dom: String, console: [String]) {
        // Short: Chromium puts a socket in it, and socket paths end at 108 bytes.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cr-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("dom.html"), err = scratch.appendingPathComponent("log.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + scratch.appendingPathComponent("profile").path,
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
            site.absoluteString + page,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = scratch.path
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        let log = try String(contentsOf: err, encoding: .utf8)
        let dom = try String(contentsOf: out, encoding: .utf8)
        if dom.isEmpty { Issue.record("Chromium printed no page (status \(process.terminationStatus)):\n\(log.suffix(2000))") }
        return (dom, log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init))
    }

    /// The texts of the elements of `html` that open with `opening`, up to their `closing` tag.
    static func texts(_ html: String, _ opening: String, _ closing: String) -> [String] {
        html.components(separatedBy: opening).dropFirst().compactMap { piece in
            guard let start = piece.firstIndex(of: ">"), let end = piece.range(of: closing) else { return nil }
            return String(piece[piece.index(after: start)..<end.lowerBound])
        }
    }

    static func withSite(parts: Bool = false, _ body: (URL) throws -> Void) throws {
        let site = try StudentCourse.written(parts: parts)
        defer { try? FileManager.default.removeItem(at: site) }
        try body(site.hasDirectoryPath ? site : URL(fileURLWithPath: site.path + "/", isDirectory: true))
    }

    @Test(.enabled(if: browser != nil, "Chromium is not installed (Debian: apt-get install chromium)"))
    func searchShowsRankedResultsForTheQueryInTheAddress() throws {
        try Self.withSite { site in
            let (dom, console) = try Self.open("search.html?q=soft+precision", in: site)
            #expect(console.isEmpty, "\(console)")
            // Only the section holding both words; the lesson's top has "precision" but not "soft".
            #expect(dom.contains("<p class=\"search-status\" role=\"status\">1 result for “soft precision”.</p>"))
            let hrefs = dom.components(separatedBy: "<li><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(hrefs == [site.absoluteString + "01-a.html?highlight=soft%20precision#soft-precision"])
            #expect(dom.contains("<span class=\"hit-section\"><mark>Soft</mark> <mark>precision</mark></span>"))
            // The snippet comes from the lesson's text file, the words marked.
            #expect(dom.contains("<p class=\"hit-snippet\">A differentiable stand-in: <mark>soft</mark>P = ∑_i p_i y_i / ∑_i p_i.</p>"))
        }
    }

    @Test(.enabled(if: browser != nil, "Chromium is not installed (Debian: apt-get install chromium)"))
    func queriesMatchWordStartsAccentsAndCaseAndSayWhenNothingIsFound() throws {
        try Self.withSite(parts: true) { site in
            func hits(_ query: String) throws -> [String] {
                let (dom, console) = try Self.open("search.html?q=" + query, in: site)
                #expect(console.isEmpty, "\(console)")
                return Self.texts(dom, "<span class=\"hit-lesson\"", "</span>")
            }
            #expect(try hits("recall") == ["Lesson 2.1 · Recall"])
            // The heading that holds the word comes first; then the two lessons' text.
            #expect(try hits("PR%C3%89CISION") == ["Lesson 1.1 · Counting hits", "Lesson 1.1 · Counting hits", "Lesson 2.1 · Recall"])
            #expect(try hits("precis").count == 3)
            #expect(try hits("two+scores") == ["Lesson 1.1 · Counting hits"])
            let (dom, _) = try Self.open("search.html?q=zzzz", in: site)
            #expect(dom.contains("Nothing found for “zzzz”."))
        }
    }

    @Test(.enabled(if: browser != nil, "Chromium is not installed (Debian: apt-get install chromium)"))
    func lessonPagesGetCopyButtonsWithNamesAndMarkTheSearchedWords() throws {
        try Self.withSite(parts: true) { site in
            let (dom, console) = try Self.open("01-basics/01-a.html?highlight=precision", in: site)
            #expect(console.isEmpty, "\(console)")
            let buttons = dom.components(separatedBy: "<button type=\"button\" class=\"copy-button\" aria-label=\"").dropFirst()
                .map { String($0.prefix { $0 != "\"" }) }
            // Cell 1's code and output; cell 2 shows only its output (echo: false).
            #expect(buttons == ["Copy code", "Copy output", "Copy output"])
            #expect(dom.contains("<div class=\"copyable\"><pre class=\"cell-code\">"))
            #expect(dom.contains("<p class=\"copy-status\" role=\"status\"></p>"))
            #expect(Self.texts(dom, "<mark", "</mark>") == ["Precision", "precision"])
            #expect(dom.contains("<button class=\"menu-button\" type=\"button\" aria-controls=\"contents\" aria-expanded=\"false\">Lessons</button>"))
            let (second, secondConsole) = try Self.open("02-more/01-b.html", in: site)
            #expect(secondConsole.isEmpty, "\(secondConsole)")
            #expect(second.contains("<div class=\"copyable\"><pre><code>plain code, not a cell"))
        }
    }

    /// `/` focuses the box; typing lists results under it; ArrowDown chooses the first.
    @Test(.enabled(if: browser != nil, "Chromium is not installed (Debian: apt-get install chromium)"))
    func theSearchBoxAnswersTheKeyboard() throws {
        try Self.withSite { site in
            let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
            let harness = """
                <script>
                window.addEventListener('load', function () {
                  var input = document.querySelector('.site-search input');
                  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
                  var focused = document.activeElement === input;
                  input.value = 'recall';
                  input.dispatchEvent(new Event('input'));
                  setTimeout(function () {
                    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
                    var state = document.createElement('pre');
                    state.id = 'harness';
                    state.textContent = [focused, input.getAttribute('aria-expanded'), input.getAttribute('aria-activedescendant'),
                      document.querySelectorAll('#searchDropdown [role=option]').length].join(' ');
                    document.body.appendChild(state);
                  }, 1000);
                });
                </script>
                </body>
                """
            try index.replacingOccurrences(of: "</body>", with: harness)
                .write(to: site.appendingPathComponent("keys.html"), atomically: true, encoding: .utf8)
            let (dom, console) = try Self.open("keys.html", in: site)
            #expect(console.isEmpty, "\(console)")
            #expect(Self.texts(dom, "<pre id=\"harness\"", "</pre>") == ["true true searchOption0 1"])
            #expect(dom.contains("<li id=\"searchOption0\" role=\"option\" aria-selected=\"true\"><a href=\"\(site.absoluteString)02-b.html?highlight=recall\">"))
        }
    }

    @Test(.enabled(if: browser != nil, "Chromium is not installed (Debian: apt-get install chromium)"))
    func noPageLogsAnError() throws {
        try Self.withSite(parts: true) { site in
            for page in ["index.html", "handout.html", "search.html", "search.html?q=counting", "01-basics/01-a.html", "02-more/01-b.html"] {
                let (dom, console) = try Self.open(page, in: site)
                #expect(console.isEmpty, "\(page): \(console)")
                #expect(dom.contains("</html>"), "\(page)")
            }
        }
    }
}
