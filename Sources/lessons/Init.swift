import ArgumentParser
import Notebook
import Foundation

/// `lessons init [DIR]`: writes a small working course to start from.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a course: write a first lesson, a .gitignore and a CI workflow.")

    @Argument(help: "The course folder (created if missing).")
    var folder = "."

    @Flag(help: "Commit the built Site/ (CI then checks it with `lessons build --check`) instead of ignoring it.")
    var commitSite = false

    @Option(help: ArgumentHelp("The git URL the CI workflow installs lessons from.", valueName: "url"))
    var toolSource = ""

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let scaffold = Scaffold(commitsSite: commitSite, toolSource: toolSource)
        if let problem = Self.problem(with: root, writing: scaffold) {
            FileHandle.standardError.write(Data("\(folder): error: \(problem)\n".utf8))
            throw ExitCode(1)
        }
        var written: [String] = []
        do {
            for file in scaffold.files {
                let url = root.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                if file.path == ".gitignore", let existing = try? String(contentsOf: url, encoding: .utf8) {
                    let missing = file.text.split(separator: "\n").filter { !$0.hasPrefix("#") && !existing.contains($0) }
                    guard !missing.isEmpty else { continue }
                    let addition = (existing.hasSuffix("\n") || existing.isEmpty ? "" : "\n") + missing.joined(separator: "\n") + "\n"
                    try (existing + addition).write(to: url, atomically: true, encoding: .utf8)
                    written.append(file.path + " (added " + missing.joined(separator: ", ") + ")")
                    continue
                }
                try file.text.write(to: url, atomically: true, encoding: .utf8)
                written.append(file.path)
            }
        } catch {
            FileHandle.standardError.write(Data("\(folder): error: cannot write the course: \(FileProblem.describe(error))\n".utf8))
            throw ExitCode(1)
        }
        let place = folder == "." ? "" : "cd \(folder) && "
        print("""
            Wrote a new course in \(folder == "." ? "this folder" : folder):
            \(written.map { "  " + $0 }.joined(separator: "\n"))

            Next:
              \(place)lessons serve     # preview at http://127.0.0.1:8000, rebuilt as you save
              \(place)lessons build     # write Site/, the course as static pages
            """)
        if toolSource.isEmpty {
            print("Before pushing, set LESSONS_SOURCE in .github/workflows/lessons.yml to the git URL of the lessons tool.")
        }
    }

    /// Why the folder cannot take a new course, if it cannot.
    static func problem(with root: URL, writing scaffold: Scaffold) -> String? {
        let lessons = root.appendingPathComponent("Lessons")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: lessons.path),
           names.contains(where: { $0.hasSuffix(".md") }) {
            return "Lessons/ already holds lessons; `lessons init` starts a new course only"
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            return "is a file, not a folder"
        }
        let clashes = scaffold.files.map(\.path).filter { path in
            path != ".gitignore" && FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
        }
        if !clashes.isEmpty { return "would overwrite \(clashes.joined(separator: ", ")); move them away first" }
        return nil
    }
}
