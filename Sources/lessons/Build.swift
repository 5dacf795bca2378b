import ArgumentParser
import Foundation
import Notebook
import Site

/// `lessons build`: Lessons/*.md → Site/.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every lesson's cells and write the site.",
        discussion: """
            Exit status: 0 when the site was written (or, with --check, matches), \
            1 when a lesson has errors or --check finds differences, 2 for bad usage.
            """)

    @Option(help: "The folder of lessons.")
    var lessons = "Lessons"

    @Option(help: "The folder to write the site into.")
    var output = "Site"

    @Flag(help: "Build in memory and compare with the output folder; write nothing.")
    var check = false

    @Flag(help: "Write every page even when cells fail, with the errors shown in place.")
    var keepGoing = false

    @OptionGroup var execution: ExecutionOptions

    @Flag(help: "Also print the handout to \(HandoutPDF.fileName) with headless Chromium.")
    var pdf = false

    @Flag(help: "Report each lesson's progress even when not on a terminal.")
    var verbose = false

    func run() throws {
        let log = ProgressLog(verbose: verbose)
        let session: ExecutionSession
        do {
            session = try execution.session(alsoRemovingOnInterrupt: [SiteWriter(output: output).stagingFolder])
        } catch {
            log.report(error)
            throw ExitCode(1)
        }
        defer { session.end() }
        let pipeline = Pipeline(lessonsFolder: lessons, execution: session.settings, log: log)
        let built: Pipeline.Built
        do {
            built = try pipeline.build(keepGoing: keepGoing)
        } catch {
            log.report(error)
            throw ExitCode(1)
        }

        if check {
            let comparison = SiteComparison(files: built.files, folder: output)
            guard comparison.isClean else {
                for line in comparison.report(folder: output) { log.error(line) }
                log.error("\(output): error: the site is out of date; run `lessons build` and commit \(output)/")
                throw ExitCode(1)
            }
            log.info("\(output) matches \(lessons) (\(built.files.count) files)")
            return
        }
        var files = built.files
        var pdfFailed = false
        if pdf {
            if let browser = HandoutPDF.findBrowser() {
                do {
                    files.append(try HandoutPDF.render(files, browser: browser))
                } catch {
                    log.error("\(output)/\(HandoutPDF.fileName): error: \(error.description)")
                    pdfFailed = true
                }
            } else {
                log.error("\(output)/\(HandoutPDF.fileName): error: --pdf needs headless Chromium, which is not installed (Debian: apt-get install chromium); the site is written without the PDF")
                pdfFailed = true
            }
        }
        do {
            try SiteWriter(output: output).write(files)
        } catch {
            log.error(error.description)
            throw ExitCode(1)
        }
        log.info("wrote \(files.count + 1) files to \(output)/ \(built.summary)")
        if built.hasCellErrors || pdfFailed { throw ExitCode(1) }
    }
}
