import Testing
import Foundation
import Notebook
@testable import Preview
import Site

/// A lessons folder in a temporary directory, with a build that takes no time:
/// each `x.md` becomes `x.html` holding its text, `index.html` lists the lesson
/// names, and `style.css` is `style.txt` (or a default). A lesson containing
/// BROKEN fails the build; one containing WARN builds with a diagnostic.
final class FakeCourse: Sendable {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-preview-\(UUID().uuidString)")
    var folder: String { root.appendingPathComponent("Lessons").path }
    /// The changed paths of every build, in order.
    let builds = Shared<[[String]]>([])
    /// Every line the preview reported.
    let lines = Shared<[String]>([])
    /// While closed, a build that starts waits until it opens.
    let gateIsOpen = Shared(true)

    init(_ files: [String: String] = ["a.md": "Alpha", "b.md": "Beta"]) throws {
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("Lessons").path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Saves the way editors do: a temporary file renamed over the real one.
    func write(_ name: String, _ text: String) throws {
        let target = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString.prefix(6))")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: folder + "/" + name)
    }

    func preview(port: UInt16 = 0, tries: Int = 10, polling: Duration? = nil) -> Preview {
        var settings = PreviewSettings(folder: folder)
        settings.port = port
        settings.portsToTry = tries
        settings.polling = polling
        let lines = self.lines
        return Preview(settings: settings, rebuild: { [self] changed in await build(changed) }, report: { line in
            lines.update { $0.append(line) }
        })
    }

    /// Waits until `count` builds have been reported.
    func waitForBuilds(_ count: Int, timeout: Duration = .seconds(60)) async -> Bool {
        await eventually(timeout: timeout) { lines.value.filter { !$0.hasPrefix("port ") }.count >= count }
    }

    private func build(_ changed: [String]) async -> BuildOutcome {
        builds.update { $0.append(changed) }
        while !gateIsOpen.value { try? await Task.sleep(for: .milliseconds(10)) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        var files: [SiteFile] = []
        var diagnostics: [Diagnostic] = []
        var failed = false
        for name in names {
            let text = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
            let path = "Lessons/" + name
            if text.contains("BROKEN") {
                failed = true
                diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "broken <b>here</b> & \"there\""))
            }
            if text.contains("WARN") {
                diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "a cell failed"))
            }
            let slug = String(name.dropLast(3))
            files.append(SiteFile(path: slug + ".html", text: """
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="style.css"></head>
                <body><p>\(text)</p></body></html>

                """))
        }
        files.append(SiteFile(path: "index.html", text: "<!DOCTYPE html><html><body>\(names.joined(separator: " "))</body></html>\n"))
        let style = (try? String(contentsOfFile: folder + "/style.txt", encoding: .utf8)) ?? "body { color: black; }\n"
        files.append(SiteFile(path: "style.css", text: style))
        return BuildOutcome(files: failed ? nil : files, diagnostics: diagnostics, summary: "(\(names.count) lessons)")
    }
}

/// Starts a preview of `course`, runs `body` with its port once the first build
/// is done, and stops the preview however `body` ends.
func withPreview(
    _ course: FakeCourse, port: UInt16 = 0, polling: Duration? = nil,
    _ body: (Preview, UInt16) async throws -> Void
) async throws {
    let preview = course.preview(port: port, polling: polling)
    let url = try await preview.start()
    let port = UInt16(url.split(separator: ":").last!.dropLast())!
    do {
        #expect(await course.waitForBuilds(1), "the first build")
        try await body(preview, port)
    } catch {
        await preview.stop()
        throw error
    }
    await preview.stop()
}
