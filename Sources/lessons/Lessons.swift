import ArgumentParser

/// `lessons`: build a course of Markdown lessons with live Swift cells into a static site.
@main
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Build a course of Markdown lessons with live Swift cells into a static site.",
        subcommands: [Build.self, Run.self],
        defaultSubcommand: Build.self)
}
