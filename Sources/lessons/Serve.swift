import ArgumentParser
import Dispatch
import Foundation
import Notebook
import Preview

#if canImport(Glibc)
import Glibc
#endif

/// `lessons serve`: builds the course, serves it on this machine, and rebuilds
/// it on every save; open pages reload when their output changed.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the course locally; rebuild on every save and reload the pages that changed.",
        discussion: """
            The site is served from memory: serve writes nothing to the output folder, and the \
            live-reload script exists only in served pages. A save that breaks the build shows its \
            diagnostics over the last good version of the page. Ctrl-C stops.
            """)

    @Option(help: "The folder of lessons (watched, subfolders too).")
    var lessons = "Lessons"

    @Option(help: "The first port to try; when it is busy the next free one is used. 0 picks any free port.")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on; the default lets only this machine connect.")
    var host = "127.0.0.1"

    @Flag(help: "Open the front page in a browser.")
    var open = false

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        // Ctrl-C and SIGTERM end the session: every cell process stops, the
        // work folders go, and the server goes with the process.
        let session: ExecutionSession
        do {
            session = try execution.session()
        } catch {
            ProgressLog(verbose: false).report(error)
            throw ExitCode(1)
        }
        defer { session.end() }
        // Both keep the course warm in one memory: a save re-reads every file
        // but splits, runs and renders only what changed.
        let memory = Pipeline.Memory()
        let firstBuild = Pipeline(lessonsFolder: lessons, execution: session.settings, log: ProgressLog(verbose: false), memory: memory)
        let rebuilds = Pipeline(lessonsFolder: lessons, execution: session.settings, log: ProgressLog(showingProgress: false), memory: memory)
        var settings = PreviewSettings(folder: lessons)
        settings.host = host
        settings.port = port
        let preview = Preview(settings: settings, rebuild: { changed in
            await Self.rebuild(changed.isEmpty ? firstBuild : rebuilds, changed: changed)
        }, report: Self.say)

        let failure = Shared<PreviewError?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let lessons = self.lessons, open = self.open
        Task {
            do throws(PreviewError) {
                let url = try await preview.start()
                Self.say("serving \(lessons) at \(url) (Ctrl-C stops)")
                if open { Self.openInBrowser(url) }
                await preview.waitUntilStopped()
            } catch {
                failure.update { $0 = error }
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.value {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            if case .badHost = error { throw ExitCode(2) }  // a usage error, as `build` counts them
            throw ExitCode(1)
        }
    }

    /// The build the preview runs after a save: the whole pipeline over warm
    /// state (unchanged lessons are neither split, run nor rendered again),
    /// run off the concurrency pool because it blocks; cell failures come back
    /// as diagnostics with the pages rendered, page problems (bad math) as a
    /// failed build.
    static func rebuild(_ pipeline: Pipeline, changed: [String]) async -> BuildOutcome {
        await withCheckedContinuation { done in
            DispatchQueue.global().async {
                do {
                    let built = try pipeline.build(keepGoing: true)
                    done.resume(returning: BuildOutcome(files: built.files, diagnostics: built.diagnostics, summary: built.summary))
                } catch {
                    pipeline.log.report(error)
                    done.resume(returning: BuildOutcome(files: nil, diagnostics: diagnostics(of: error, folder: pipeline.lessonsFolder)))
                }
            }
        }
    }

    static func diagnostics(of error: Error, folder: String?) -> [Diagnostic] {
        switch error {
        case let errors as LessonErrors: errors.diagnostics
        case let diagnostic as Diagnostic: [diagnostic]
        default: [Diagnostic(path: folder ?? "Lessons", message: "\(error)")]
        }
    }

    /// A line on standard output at once, even into a pipe.
    @Sendable static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Hands the URL to the desktop's opener (`xdg-open`, `open` on macOS).
    static func openInBrowser(_ url: String) {
        #if os(macOS)
        let name = "open"
        #else
        let name = "xdg-open"
        #endif
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { $0 + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            say("--open: no \(name) to open a browser with; open \(url) yourself")
            return
        }
        let opener = Process()
        opener.executableURL = URL(fileURLWithPath: path)
        opener.arguments = [url]
        opener.standardOutput = FileHandle.nullDevice
        opener.standardError = FileHandle.nullDevice
        do {
            try opener.run()
        } catch {
            say("--open: \(name) did not start (\(error.localizedDescription)); open \(url) yourself")
        }
    }
}
