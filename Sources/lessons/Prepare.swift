import ArgumentParser
import Foundation
import Notebook

/// `lessons prepare`: compiles the cell runtime into the per-user cache now,
/// so that the first course builds at full speed (`make install` runs it).
struct Prepare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile the runtime that cells import into the per-user cache.",
        discussion: """
            The cache is $LESSONS_CACHE, else $XDG_CACHE_HOME/lessons, else ~/.cache/lessons; \
            every course on the machine shares it. Builds compile the runtime when it is missing, \
            so this only moves that wait to install time.
            """)

    @Flag(help: "Remove this tool's compiled runtime from the cache instead (`make uninstall`).")
    var remove = false

    func run() throws {
        let runner = LessonRunner()
        do {
            if remove {
                let removed = try runner.removeRuntime()
                print(removed.map { "removed \($0)" } ?? "no compiled runtime to remove")
                return
            }
            var compiled = false
            let (_, runtime) = try runner.prepareRuntime { compiled = true }
            print("\(compiled ? "compiled" : "already compiled:") the cell runtime in \(runtime.folder)")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
