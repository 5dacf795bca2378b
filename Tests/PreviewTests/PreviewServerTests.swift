import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Preview

/// A running preview of a course whose build is instant, asked over real HTTP.
@Suite struct PreviewServerTests {
    /// GET with URLSession, as any client would.
    func fetch(_ port: UInt16, _ path: String) async throws -> (status: Int, type: String?, body: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type"), String(decoding: data, as: UTF8.self))
    }

    @Test func servesPagesWithTheLiveScriptAndAssetsAsTheyAre() async throws {
        let course = try FakeCourse()
        try await withPreview(course) { _, port in
            let page = try await fetch(port, "/a.html")
            #expect(page.status == 200)
            #expect(page.type == "text/html; charset=utf-8")
            #expect(page.body.hasPrefix("<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"style.css\"></head>\n<body><p>Alpha</p><script>\n"))
            #expect(page.body.contains("var page = \"a.html\", token = \""))
            #expect(page.body.hasSuffix("</script>\n</body></html>\n"))

            let front = try await fetch(port, "/")
            #expect(front.status == 200)
            #expect(front.body.contains("var page = \"index.html\""))

            let style = try await fetch(port, "/style.css")
            #expect(style.status == 200)
            #expect(style.type == "text/css; charset=utf-8")
            #expect(style.body == "body { color: black; }\n")

            let head = try await offThePool { try RawHTTP.get(port: port, "/style.css", method: "HEAD") }
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == "23")
            #expect(head.headers["cache-control"] == "no-store")
            #expect(head.body.isEmpty)

            let post = try await offThePool { try RawHTTP.get(port: port, "/a.html", method: "POST") }
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
        }
    }

    @Test func onlyFilesOfTheSiteAreServed() async throws {
        let course = try FakeCourse()
        // A link inside the lessons folder to a folder outside it.
        try FileManager.default.createSymbolicLink(atPath: course.folder + "/outside", withDestinationPath: "/etc")
        try await withPreview(course) { _, port in
            let escapes = [
                "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/a.html/../../etc/passwd", "/..%5c..%5cetc%5cpasswd", "//etc/passwd", "/index.html%00.css",
                "/outside/passwd", "/Lessons/a.md", "/a.md", "/missing.css",
            ]
            for target in escapes {
                let response = try await offThePool { try RawHTTP.get(port: port, target) }
                #expect(response.status == 404, "\(target)")
                #expect(!response.text.contains("root:"), "\(target)")
            }
            // A missing page says so, with the live script so it turns into the page if one appears.
            let missing = try await offThePool { try RawHTTP.get(port: port, "/c.html") }
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
            #expect(missing.text.contains("The course has no page at /c.html."))
            #expect(missing.text.contains("var page = \"c.html\""))
        }
    }

    @Test func aSaveReloadsOnlyThePagesWhoseOutputChanged() async throws {
        let course = try FakeCourse()
        try await withPreview(course) { _, port in
            let stream = try await offThePool { try EventStreamClient(port: port, page: "a.html") }
            #expect(stream.status == 200)
            #expect(stream.contentType == "text/event-stream")
            #expect(stream.next()?.name == "diagnostics", "the current state comes first")

            try course.write("b.md", "Beta, edited")
            let reload = try await offThePool { stream.first { $0.name == "reload" } }
            #expect(reload?.data == #"{"pages":["b.html"],"everything":false}"#)
            #expect(course.builds.value.last == [course.folder + "/b.md"], "one build for the atomic save, naming the lesson")
            #expect(try await fetch(port, "/b.html").body.contains("<p>Beta, edited</p>"))

            try course.write("style.txt", "body { color: navy; }\n")
            let everything = try await offThePool { stream.first { $0.name == "reload" } }
            #expect(everything?.data == #"{"pages":[],"everything":true}"#)

            #expect(course.lines.value.contains { $0.hasPrefix(course.folder + "/b.md changed: rebuilt in ") && $0.hasSuffix("(2 lessons); reloading b.html") })
        }
    }

    @Test func aBrokenBuildShowsItsDiagnosticsOverTheLastGoodPageUntilFixed() async throws {
        let course = try FakeCourse()
        try await withPreview(course) { _, port in
            let stream = try await offThePool { try EventStreamClient(port: port, page: "a.html") }
            #expect(stream.next()?.data == #"{"failed":false,"lines":[]}"#)

            try course.write("a.md", "Alpha BROKEN")
            let shown = try await offThePool { stream.first { $0.name == "diagnostics" } }
            #expect(shown?.data == #"{"failed":true,"lines":["Lessons/a.md:1:1: error: broken \u003cb\u003ehere\u003c/b\u003e \u0026 \"there\""]}"#)
            #expect(try await fetch(port, "/a.html").body.contains("<p>Alpha</p>"), "the last good page stays")

            // A page opened now hears of the errors as soon as it connects.
            let late = try await offThePool { try EventStreamClient(port: port, page: "b.html") }
            #expect(late.next()?.data.hasPrefix(#"{"failed":true,"lines":["Lessons/a.md:1:1: error: broken"#) == true)

            try course.write("a.md", "Alpha, fixed")
            let events = try await offThePool { [stream.next(), stream.next()] }
            #expect(events.map { $0?.name } == ["reload", "diagnostics"])
            #expect(events.last??.data == #"{"failed":false,"lines":[]}"#)
            #expect(try await fetch(port, "/a.html").body.contains("<p>Alpha, fixed</p>"))

            // Cells that fail still give pages: the diagnostics show over the new page.
            try course.write("a.md", "Alpha WARN")
            let warned = try await offThePool { stream.first { $0.name == "diagnostics" } }
            #expect(warned?.data == #"{"failed":false,"lines":["Lessons/a.md:1:1: error: a cell failed"]}"#)
        }
    }

    @Test func aDeletedLessonsPageIsGoneAndAPageOpenFromBeforeIsToldToReload() async throws {
        let course = try FakeCourse()
        try await withPreview(course) { _, port in
            let page = try await fetch(port, "/b.html")
            let token = try #require(page.body.firstMatch(of: /token = "([^"]+)"/)?.1)
            let stream = try await offThePool { try EventStreamClient(port: port, page: "b.html", token: String(token)) }
            #expect(stream.next()?.name == "diagnostics", "its version is current: no reload")

            try course.remove("b.md")
            let reload = try await offThePool { stream.first { $0.name == "reload" } }
            #expect(reload?.data == #"{"pages":["b.html","index.html"],"everything":false}"#)
            #expect(try await fetch(port, "/b.html").status == 404)

            // The page as it was loaded is out of date: connecting again, it is told at once.
            let stale = try await offThePool { try EventStreamClient(port: port, page: "b.html", token: String(token)) }
            #expect(stale.next() == .init(name: "reload", data: #"{"pages":["b.html"],"everything":false}"#))

            // A new lesson appears, and the pages of a course's subfolders are watched too.
            try course.write("c.md", "Gamma")
            #expect(await eventually { (try? await fetch(port, "/c.html").status) == 200 })
            try course.write("part/d.txt", "data beside a lesson")
            #expect(await eventually { course.builds.value.joined().contains(course.folder + "/part/d.txt") })
        }
    }

    @Test func savesDuringABuildMakeOneMoreBuild() async throws {
        let course = try FakeCourse()
        try await withPreview(course) { _, _ in
            course.gateIsOpen.update { $0 = false }
            try course.write("a.md", "one")
            #expect(await eventually { course.builds.value.count == 2 }, "a build started and waits")
            try course.write("a.md", "two")
            try course.write("b.md", "three")
            try await Task.sleep(for: .seconds(2))  // the watcher has passed both saves on, even on a busy machine
            course.gateIsOpen.update { $0 = true }
            #expect(await course.waitForBuilds(3))
            try await Task.sleep(for: .seconds(1))
            #expect(course.builds.value.dropFirst().map { $0 } == [[course.folder + "/a.md"], [course.folder + "/a.md", course.folder + "/b.md"]])
        }
    }

    @Test func pagesAskedForBeforeTheCourseBuildsFollowItOnceItDoes() async throws {
        let course = try FakeCourse(["a.md": "Alpha BROKEN"])
        course.gateIsOpen.update { $0 = false }
        let preview = course.preview()
        let url = try await preview.start()
        let port = UInt16(url.split(separator: ":").last!.dropLast())!
        defer { Task { await preview.stop() } }

        let building = try await offThePool { try RawHTTP.get(port: port, "/a.html") }
        #expect(building.status == 503)
        #expect(building.text.contains("<h1>Building the course…</h1>"))
        let token = try #require(building.text.firstMatch(of: /token = "([^"]+)"/)?.1)
        let stream = try await offThePool { try EventStreamClient(port: port, page: "a.html", token: String(token)) }
        #expect(stream.next()?.data == #"{"failed":false,"lines":[]}"#)

        course.gateIsOpen.update { $0 = true }
        let failed = try await offThePool { stream.next() }
        #expect(failed?.data.hasPrefix(#"{"failed":true,"lines":["Lessons/a.md:1:1: error: broken"#) == true)
        let notBuilt = try await offThePool { try RawHTTP.get(port: port, "/a.html") }
        #expect(notBuilt.status == 503)
        #expect(notBuilt.text.contains("<h1>The course does not build yet</h1>"))

        try course.write("a.md", "Alpha")
        let reload = try await offThePool { stream.next() }
        #expect(reload?.data == #"{"pages":["a.html","index.html"],"everything":true}"#)
        #expect(try await offThePool { try RawHTTP.get(port: port, "/a.html") }.status == 200)
        await preview.stop()
    }

    @Test func aBusyPortIsSkippedAndSaidSo() async throws {
        let first = try FakeCourse()
        try await withPreview(first) { _, taken in
            let second = try FakeCourse()
            try await withPreview(second, port: taken) { _, port in
                #expect(port > taken)
                #expect(second.lines.value.first == "port \(taken) is in use; serving on port \(port)")
            }
            let third = try FakeCourse()
            await #expect(throws: PreviewError.portsInUse(host: "127.0.0.1", first: taken, last: taken)) {
                _ = try await third.preview(port: taken, tries: 1).start()
            }
        }
    }

    @Test func listensOnTheLoopbackAddressByDefault() async throws {
        #expect(PreviewSettings(folder: "Lessons").host == "127.0.0.1")
        let course = try FakeCourse()
        let preview = course.preview()
        let url = try await preview.start()
        #expect(url.hasPrefix("http://127.0.0.1:"))
        await preview.stop()
        var settings = PreviewSettings(folder: course.folder)
        settings.host = "example.org"
        await #expect(throws: PreviewError.badHost("example.org")) {
            _ = try await Preview(settings: settings, rebuild: { _ in BuildOutcome(files: []) }).start()
        }
    }
}
