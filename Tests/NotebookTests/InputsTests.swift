import Foundation
@testable import Notebook
import Testing

/// Cells read files beside their lesson by relative paths, and a lesson's
/// cached results depend on what those files hold.
@Suite(.serialized) struct InputsTests {
    /// A lessons folder with a part (`part/01-x.md`) and data beside it.
    final class Course {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-inputs-\(UUID().uuidString)")
        var lessons: String { root.path + "/Lessons" }
        var cache: String { root.path + "/cache" }

        init() throws {
            try FileManager.default.createDirectory(atPath: lessons + "/part", withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: lessons + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func lesson(_ path: String) throws -> Lesson {
            let full = lessons + "/" + path
            return try LessonSplitter.lesson(from: LessonSource(path: full, text: String(contentsOfFile: full, encoding: .utf8)))
        }

        func run(_ path: String, sandbox: Bool = true) throws -> (LessonRun, LessonRunner.Report) {
            var settings = LessonRunner.Settings()
            settings.cacheFolder = cache
            settings.lessonsFolder = lessons
            settings.sandbox = sandbox
            let (runs, report) = try LessonRunner(settings: settings).run([lesson(path)])
            return (runs[0], report)
        }
    }

    static let reader = """
        # Reads data

        ```swift
        print(try String(contentsOfFile: "../data/points.csv", encoding: .utf8), terminator: "")
        print(FileManager.default.currentDirectoryPath.hasSuffix("/Lessons/part"))
        ```

        """

    @Test func aLessonReadsFilesBesideItAndRunsAgainWhenTheyChange() throws {
        let course = try Course()
        try course.write("part/01-x.md", Self.reader)
        try course.write("data/points.csv", "1,2\n")
        let (first, firstReport) = try course.run("part/01-x.md")
        #expect(first.results[0].outputs == [.text("1,2\ntrue\n")])
        #expect(firstReport.ran == 1)

        // Other lessons, hidden files: not inputs.
        try course.write("02-other.md", "# Other\n")
        try course.write(".notes", "private")
        #expect(try course.run("part/01-x.md").1.fromCache == 1)

        try course.write("data/points.csv", "3,4\n")
        let (second, secondReport) = try course.run("part/01-x.md")
        #expect(secondReport.fromCache == 0 && secondReport.ran == 1)
        #expect(second.results[0].outputs == [.text("3,4\ntrue\n")])

        // Any other file of the lessons folder counts too: the lesson could read it.
        try course.write("data/other.csv", "5\n")
        #expect(try course.run("part/01-x.md").1.ran == 1)
    }

    @Test func namedFilesAreAllALessonDependsOn() throws {
        let course = try Course()
        try course.write("part/01-x.md", "---\nfiles: ../data/points.csv\n---\n" + Self.reader)
        try course.write("data/points.csv", "1,2\n")
        try course.write("data/other.csv", "x\n")
        #expect(try course.run("part/01-x.md").1.ran == 1)
        try course.write("data/other.csv", "y\n")
        #expect(try course.run("part/01-x.md").1.fromCache == 1)
        try course.write("data/points.csv", "5,6\n")
        let (run, report) = try course.run("part/01-x.md")
        #expect(report.ran == 1)
        #expect(run.results[0].outputs == [.text("5,6\ntrue\n")])
    }

    @Test(arguments: ["../../secret.txt", "../linked/passwd"])
    func aNamedFileOutsideTheLessonsFolderIsAnErrorAtItsCell(_ path: String) throws {
        let course = try Course()
        try FileManager.default.createSymbolicLink(atPath: course.lessons + "/linked", withDestinationPath: "/etc")
        try course.write("part/01-x.md", "```swift\nprint(1)\n```\n\n```swift\n//| files: \(path)\nprint(2)\n```\n")
        let (run, _) = try course.run("part/01-x.md")
        #expect(run.results.map(\.status) == [.notRun, .failed])
        #expect(run.results[1].outputs == [.error(CellError(
            lineOffset: nil, column: nil, message: "'files: \(path)' is outside the lessons folder \(course.lessons)"))])
    }

    @Test(.enabled(if: Sandbox.find(environment: ProcessInfo.processInfo.environment, processes: ChildProcesses()).bubblewrap != nil))
    func inTheSandboxALessonThatNamesItsFilesSeesOnlyThose() throws {
        let course = try Course()
        try course.write("part/01-x.md", """
            ```swift
            //| files: ../data/points.csv
            print(FileManager.default.fileExists(atPath: "../data/points.csv"), FileManager.default.fileExists(atPath: "../data/other.csv"))
            print((try? String(contentsOfFile: "../02-y.md", encoding: .utf8)) ?? "no lesson")
            ```

            """)
        try course.write("02-y.md", "# Y\n")
        try course.write("data/points.csv", "1\n")
        try course.write("data/other.csv", "2\n")
        #expect(try course.run("part/01-x.md").0.results[0].outputs == [.text("true false\nno lesson\n")])
    }
}
