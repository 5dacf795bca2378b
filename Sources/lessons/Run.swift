import ArgumentParser
import Foundation
import Notebook

/// `lessons run FILE.md`: one lesson's cells, their outputs in the terminal.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one lesson's cells and print what each showed.")

    @Argument(help: "The lesson to run.")
    var file: String

    @Option(help: "The course's lessons folder: a lesson in it is checked as the course builds it.")
    var lessons = "Lessons"

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        let log = ProgressLog(verbose: false)
        do {
            let session = try execution.session()
            defer { session.end() }
            let pipeline = Pipeline(lessonsFolder: lessons, execution: session.settings, log: log)
            let (lesson, run, pageProblems) = try pipeline.runOne(path: file)
            print(TerminalOutput.render(lesson: lesson, run: run), terminator: "")
            let errors = run.diagnostics(for: lesson) + pageProblems
            for diagnostic in errors { log.error(diagnostic.description) }
            if !errors.isEmpty { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            log.report(error)
            throw ExitCode(1)
        }
    }
}
