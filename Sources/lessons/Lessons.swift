import ArgumentParser
import Foundation

/// `lessons`: build a course of Markdown lessons with live Swift cells into a static site.
@main
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Build a course of Markdown lessons with live Swift cells into a static site.",
        discussion: "`lessons --version` prints the tool's version and the Swift compiler cells will use.",
        subcommands: [Build.self, Run.self, Serve.self, Init.self, Prepare.self],
        defaultSubcommand: Build.self)

    /// Exit codes: 0 success, 1 lesson errors, 2 usage errors (ArgumentParser says 64).
    static func main() {
        if CommandLine.arguments.dropFirst() == ["--version"] {
            print(ToolVersion.report())
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
