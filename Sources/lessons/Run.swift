import ArgumentParser
import Foundation
import Notebook

/// `lessons run FILE.md`: one lesson's cells, their outputs in the terminal.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one lesson's cells and print what each showed.")

    @Argument(help: "The lesson to run.")
    var file: String

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        let log = ProgressLog(verbose: false)
        do {
            let session = try execution.session()
            defer { session.end() }
            let pipeline = Pipeline(lessonsFolder: nil, execution: session.settings, log: log)
            let (lesson, run) = try pipeline.runOne(path: file)
            print(TerminalOutput.render(lesson: lesson, run: run), terminator: "")
            let errors = run.diagnostics(for: lesson) + pipeline.pageProblems(lesson, run)
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
