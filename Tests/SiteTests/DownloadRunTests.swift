import CellChannel
import Foundation
import Notebook
import Resolve
@testable import Site
import Testing
import ZIPFoundation

/// A lesson's download, as a student uses it: unzipped, then `swift run`
/// in its folder, offline and outside the site builder. It must print what
/// the page shows: printed text and values as they are, tables and plots in
/// their text form. `expect-error` and `eval: false` cells stay comments in
/// the download, so they print nothing (see `LessonMain`).
///
/// Slow (it compiles the runtime's sources as a package): one lesson, one test.
@Suite(.serialized) struct DownloadRunTests {
    static let lesson = """
        # Run it yourself

        A few numbers.

        ```swift
        let labels: [Double] = [1, 0, 1, 0]
        let scores: [Double] = [0.9, 0.2, 0.6, 0.7]
        print("four samples")
        precision(scores, labels, threshold: 0.5)
        ```

        ## A table and a plot

        ```swift
        //| echo: false
        show(Table(columns: ["n", "n²"], rows: [[2, 4], [3, 9]], caption: "Squares"))
        var plot = Plot(title: "A line", width: 30, height: 4)
        plot.line("y = x", xs: [0, 1, 2], ys: [0, 1, 2])
        show(plot)
        ```

        ```swift
        //| expect-error: true
        let empty: [Double] = []
        print("before the trap")
        empty[1]
        ```

        ```swift
        //| expect-error: true
        let text: Int = "not a number"
        ```

        ```swift
        //| eval: false
        print("never")
        ```

        ```swift
        import Foundation
        String(format: "%.3f", 2.0 / 3.0)
        ```

        """

    static let swift = ["/usr/bin/swift", "/usr/local/bin/swift"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"].flatMap { path in
            path.split(separator: ":").map { $0 + "/swift" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }

    @Test(.enabled(if: swift != nil, "needs `swift` on PATH to build the download"))
    func theDownloadRunsOfflineAndPrintsWhatThePageShows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-download-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        // The lesson's cells, run by the builder as for the site.
        let course = try Course.make(from: CourseSource(folder: "Lessons", course: nil, lessons: [
            LessonSource(path: "Lessons/01-run-it-yourself.md", text: Self.lesson),
        ]))
        var settings = LessonRunner.Settings()
        settings.cacheFolder = folder.appendingPathComponent("cache").path
        let (runs, _) = try LessonRunner(settings: settings).run(course.lessons)
        let results = runs[0].results
        #expect(results.map(\.status) == [.succeeded, .succeeded, .failedAsExpected, .failedAsExpected, .skipped, .succeeded])
        let files = try SiteRenderer().render(course, resolution: Resolution.make(course: course), runs: runs)
        let page = String(decoding: try #require(files.first { $0.path == "01-run-it-yourself.html" }).contents, as: UTF8.self)
        let zip = try #require(files.first { $0.path == "01-run-it-yourself.zip" })

        // What the page shows, as text: every cell that runs outside the builder, in order.
        let cells = course.lessons[0].cells
        var expected = ""
        for result in results where cells[result.index].options.eval && !cells[result.index].options.expectError {
            for output in result.outputs {
                switch output {
                case .text(let text): expected += text
                case .display(let display): expected += TextForm.text(of: display) + "\n"
                case .error, .note: Issue.record("cell \(result.index + 1) has \(output)")
                }
            }
        }

        let archive = folder.appendingPathComponent("lesson.zip")
        try Data(zip.contents).write(to: archive)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") {
            let unzip = try Self.run("/usr/bin/unzip", ["-q", archive.path], in: folder)
            #expect(unzip.status == 0, "\(unzip.errors)")
        } else {
            try FileManager.default.unzipItem(at: archive, to: folder)
        }
        let package = folder.appendingPathComponent("01-run-it-yourself")
        let main = try String(contentsOf: package.appendingPathComponent("Sources/RunItYourself/main.swift"), encoding: .utf8)
        #expect(main.contains("// let text: Int = \"not a number\"\n"))
        #expect(main.contains("// print(\"never\")\n"))

        // SwiftPM's own temporary files and locks go into the test's folder too.
        let scratch = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let run = try Self.run(Self.swift!, ["run", "--scratch-path", folder.appendingPathComponent("build").path], in: package,
                               environment: ["TMPDIR": scratch.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == expected)

        // The page's printed text and values, cell by cell, appear in that order.
        var rest = Substring(run.output)
        var found = 0
        for cell in cells where cell.options.eval && !cell.options.expectError {
            let element = try #require(page.components(separatedBy: "<div class=\"cell\" id=\"cell-\(cell.index + 1)\">").dropFirst().first)
            for text in Self.preformatted(in: element.components(separatedBy: "<div class=\"cell\" id=").first ?? "") {
                guard let place = rest.range(of: text) else {
                    Issue.record("the page's \(text.debugDescription) is not printed (in order) by the download")
                    break
                }
                rest = rest[place.upperBound...]
                found += 1
            }
        }
        #expect(found == 3, "cell 1's print and value, and cell 6's value")
        #expect(page.contains("<pre class=\"output-text\">four samples\n</pre>"))
    }

    /// The text of each `<pre class="output-text">` and `<pre class="output-value">`, unescaped.
    static func preformatted(in html: String) -> [String] {
        var texts: [String] = []
        for piece in html.components(separatedBy: "<pre class=\"output-").dropFirst() {
            guard piece.hasPrefix("text\">") || piece.hasPrefix("value\">"), let start = piece.firstIndex(of: ">"),
                  let end = piece.range(of: "</pre>") else { continue }
            texts.append(String(piece[piece.index(after: start)..<end.lowerBound])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&"))
        }
        return texts
    }

    /// Runs a program to its end; its output and errors through files, so neither can fill a pipe.
    static func run(
        _ program: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String, errors: String) {
        let out = folder.appendingPathComponent(".out-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}
