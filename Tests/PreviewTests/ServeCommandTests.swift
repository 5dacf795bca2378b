import Foundation
import Testing

/// `lessons serve` end to end: the real binary, builds that run swiftc, and a
/// real browser. Slow; one suite, run one test at a time.
@Suite(.serialized) struct ServeCommandTests {
    static let course = [
        "Lessons/course.md": "---\ntitle: A Served Course\n---\nA course to preview.\n",
        "Lessons/01-first.md": "# First\n\nOpening words.\n\n```swift\nlet answer = 40 + 2\nanswer\n```\n",
        "Lessons/02-second.md": "# Second\n\nThe second lesson's prose.\n",
    ]

    @Test func servesFollowsSavesShowsErrorsAndStopsOnCtrlC() async throws {
        let serve = try ServeProcess(files: Self.course)
        let port = try #require(await serve.port(), "\(serve.output.value)\(serve.errors.value)")
        #expect(await serve.line(containing: "built in", timeout: .seconds(180)) != nil, "\(serve.errors.value)")

        let page = try await offThePool { try RawHTTP.get(port: port, "/01-first.html") }
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("<pre class=\"output-value\">42</pre>"))
        #expect(page.text.contains("/_lessons/events"))
        let style = try await offThePool { try RawHTTP.get(port: port, "/style.css") }
        #expect(style.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!style.text.contains("_lessons"))

        let stream = try await offThePool { try EventStreamClient(port: port, page: "02-second.html") }
        #expect(stream.next()?.data == #"{"failed":false,"lines":[]}"#)

        // A prose edit reloads the pages that show it: the lesson's, the handout, and
        // the index, which shows a lesson's first paragraph when it has no summary.
        try serve.save("Lessons/02-second.md", "# Second\n\nProse, edited.\n")
        let reload = try await offThePool { stream.first(timeout: .seconds(60)) { $0.name == "reload" } }
        #expect(reload?.data == #"{"pages":["02-second.html","handout.html","index.html"],"everything":false}"#)
        #expect(try await offThePool { try RawHTTP.get(port: port, "/02-second.html") }.text.contains("Prose, edited."))
        #expect(await serve.line(containing: "Lessons/02-second.md changed: rebuilt in ") != nil)

        // Bad math: the page keeps its last good version, and the diagnostic is shown.
        try serve.save("Lessons/02-second.md", "# Second\n\nBroken $\\nosuch$ math.\n")
        let shown = try await offThePool { stream.first(timeout: .seconds(60)) { $0.name == "diagnostics" } }
        #expect(shown?.data == #"{"failed":true,"lines":["Lessons/02-second.md:3:9: error: in math: unknown command \\nosuch"]}"#)
        #expect(try await offThePool { try RawHTTP.get(port: port, "/02-second.html") }.text.contains("Prose, edited."))
        #expect(await eventually { serve.errors.value.contains("Lessons/02-second.md:3:9: error: in math: unknown command \\nosuch") },
                "printed as build prints it")

        // The fix clears it.
        try serve.save("Lessons/02-second.md", "# Second\n\nFixed $x$ math.\n")
        let cleared = try await offThePool { stream.first(timeout: .seconds(60)) { $0.name == "diagnostics" } }
        #expect(cleared?.data == #"{"failed":false,"lines":[]}"#)

        // A cell that traps: the page is rendered with the error in place, and the overlay says so.
        try serve.save("Lessons/01-first.md", "# First\n\n```swift\nlet xs = [1]\nxs[3]\n```\n")
        let trapped = try await offThePool { stream.first(timeout: .seconds(90)) { $0.name == "diagnostics" } }
        #expect(trapped?.data.contains(#"Lessons/01-first.md:4: error: Fatal error: Index out of range"#) == true, "\(trapped?.data ?? "")")
        #expect(trapped?.data.hasPrefix(#"{"failed":false"#) == true)
        #expect(try await offThePool { try RawHTTP.get(port: port, "/01-first.html") }.text.contains("Index out of range"))

        // A deleted lesson's page is gone.
        try FileManager.default.removeItem(at: serve.root.appendingPathComponent("Lessons/02-second.md"))
        #expect(try await offThePool { stream.first(timeout: .seconds(60)) { $0.name == "reload" } } != nil)
        #expect(try await offThePool { try RawHTTP.get(port: port, "/02-second.html") }.status == 404)

        #expect(await serve.interrupt() == 130, "Ctrl-C stops the server, its cells and its folders, and exits as interrupted programs do")
        #expect(!FileManager.default.fileExists(atPath: serve.root.appendingPathComponent("Site").path), "serve writes no site")
    }

    @Test func aMissingFolderOrABadHostIsAClearError() async throws {
        let missing = try await offThePool { try ServeProcess.run(["serve", "--lessons", "NoSuchFolder"]) }
        #expect(missing.status == 1)
        #expect(missing.errors == "NoSuchFolder: error: cannot watch the lessons folder: no such folder\n")
        let badHost = try await offThePool { try ServeProcess.run(["serve", "--host", "example.org"]) }
        #expect(badHost.status == 2)
        #expect(badHost.errors.hasPrefix("error: --host example.org: not an IP address"))
    }

    @Test func aPageOpenInChromiumFollowsASaveAndKeepsItsScrollPosition() async throws {
        guard let chromium = HeadlessChromium.find() else {
            print("skipped: headless Chromium is not installed (Debian: apt-get install chromium)")
            return
        }
        let paragraphs = (1...150).map { "Paragraph \($0) of a long lesson." }.joined(separator: "\n\n")
        let lesson = { (last: String) in "# Long\n\n\(paragraphs)\n\n\(last)\n" }
        let serve = try ServeProcess(files: [
            "Lessons/course.md": "---\ntitle: A Long Course\n---\n",
            "Lessons/01-long.md": lesson("The closing words."),
        ])
        let port = try #require(await serve.port(), "\(serve.errors.value)")
        #expect(await serve.line(containing: "built in", timeout: .seconds(120)) != nil, "\(serve.errors.value)")

        let browser = try await offThePool { try HeadlessChromium(executable: chromium, url: "http://127.0.0.1:\(port)/01-long.html") }
        #expect(try await offThePool { browser.waitUntil("document.body.innerText.includes('The closing words.')") })
        #expect(try await offThePool { browser.number("window.scrollTo(0, 1200); window.scrollY") } == 1200)
        // Chromium restores the position on a reload by itself; turned off here, as in
        // browsers that do not, so that only the live script can keep it.
        #expect(try await offThePool { browser.bool("history.scrollRestoration = 'manual'; true") } == true)

        try serve.save("Lessons/01-long.md", lesson("Words written after the page was opened."))
        #expect(try await offThePool { browser.waitUntil("document.body.innerText.includes('Words written after the page was opened.')") },
                "the page reloaded by itself")
        let scrolled = try await offThePool { browser.waitUntil("Math.abs(window.scrollY - 1200) < 2", timeout: .seconds(5)) }
        let position = try await offThePool { browser.number("window.scrollY") }
        #expect(scrolled, "the reloaded page is scrolled to \(position ?? -1)")

        try serve.save("Lessons/01-long.md", lesson("Bad $\\nosuch$ math."))
        #expect(try await offThePool {
            browser.waitUntil("(document.getElementById('lessons-preview-errors') || {}).textContent?.includes('Lessons/01-long.md:303:6: error: in math: unknown command \\\\nosuch') === true")
        }, "the overlay shows the diagnostic")
        #expect(try await offThePool { browser.bool("document.body.innerText.includes('Words written after the page was opened.')") } == true,
                "over the last good page")

        try serve.save("Lessons/01-long.md", lesson("Good $x$ math."))
        #expect(try await offThePool { browser.waitUntil("document.getElementById('lessons-preview-errors') === null && document.body.innerText.includes('Good')") },
                "the overlay is gone and the page follows the fix")
        #expect(await serve.interrupt() == 130)
    }
}
