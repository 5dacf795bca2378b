import Foundation
import Testing

/// The `lessons` command as a user runs it: exit codes, messages, and what
/// ends up in (or stays in) the output folder.
@Suite(.serialized) struct CommandLineTests {
    static let tool = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("lessons").path
    static let fixtureCourse = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("course")

    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// A project folder with a copy of the fixture course in `Lessons/`.
    final class Project {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-cli-\(UUID().uuidString)")
        var lessons: URL { root.appendingPathComponent("Lessons") }
        var site: URL { root.appendingPathComponent("Site") }

        init(copyingCourse: Bool = true, fixture: String = "course") throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            if copyingCourse {
                let course = CommandLineTests.fixtureCourse.deletingLastPathComponent().appendingPathComponent(fixture)
                try FileManager.default.copyItem(at: course, to: lessons)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ path: String, _ text: String) throws {
            try write(path, Data(text.utf8))
        }

        func write(_ path: String, _ data: Data) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }

        func read(_ path: String) -> String? {
            try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }

        func run(_ arguments: String...) throws -> Outcome {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLineTests.tool)
            process.arguments = arguments
            process.currentDirectoryURL = root
            let out = Pipe()
            process.standardOutput = out
            // Standard error goes to a file: a child that fills one pipe while we
            // read the other would never end.
            let errorFile = root.appendingPathComponent(".stderr-\(UUID().uuidString)")
            FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: errorFile) }
            process.standardError = try FileHandle(forWritingTo: errorFile)
            try process.run()
            let output = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let errors = (try? Data(contentsOf: errorFile)) ?? Data()
            return Outcome(status: process.terminationStatus,
                           output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
        }
    }

    @Test func buildWritesTheSiteAndCheckAgreesWithIt() throws {
        let project = try Project()
        let build = try project.run("build")
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.errors.isEmpty, "quiet when not on a terminal")
        for file in ["index.html", "01-first.html", "02-second.html", "handout.html", "style.css", ".lessons-manifest"] {
            #expect(project.read("Site/" + file) != nil, "\(file)")
        }
        let page = project.read("Site/01-first.html") ?? ""
        #expect(page.contains("<pre class=\"output-text\">&lt;b&gt;not bold&lt;/b&gt;\n</pre>"))
        #expect(page.contains("<pre class=\"output-value\">0.882353</pre>"))
        #expect(page.contains("<table>"))
        #expect(page.contains("<math>"))
        #expect(project.read("Site/02-second.html")?.contains("<figure") == true)

        #expect(try project.run("build", "--check").status == 0)

        try project.write("Lessons/02-second.md", "# Second lesson, edited\n")
        try project.write("Site/stray.html", "x")
        let check = try project.run("build", "--check")
        #expect(check.status == 1)
        #expect(check.errors.contains("Site/02-second.html: differs from what the lessons build"))
        #expect(check.errors.contains("Site/stray.html: not made by the build (extra)"))
        #expect(check.errors.contains("Site/handout.html: differs"))
    }

    @Test func verboseShowsProgressPerLesson() throws {
        let project = try Project()
        let build = try project.run("build", "--verbose")
        #expect(build.status == 0)
        #expect(build.errors.contains("[1/2] 0"))
        #expect(build.errors.contains("[2/2] 0"))
    }

    @Test func aFailingCellWritesNothingUnlessAskedToKeepGoing() throws {
        let project = try Project()
        #expect(try project.run("build").status == 0)
        let before = project.read("Site/02-second.html")
        try project.write("Lessons/02-second.md", "# Second\n\n```swift\nlet xs = [1]\nxs[3]\n```\n")
        let failed = try project.run("build")
        #expect(failed.status == 1)
        #expect(failed.errors.contains("Lessons/02-second.md:4: error: Fatal error: Index out of range"))
        #expect(project.read("Site/02-second.html") == before)

        let kept = try project.run("build", "--keep-going")
        #expect(kept.status == 1)
        #expect(project.read("Site/02-second.html")?.contains("Fatal error: Index out of range") == true)
    }

    @Test func runPrintsEachCellsOutputsAsText() throws {
        let project = try Project()
        let run = try project.run("run", "Lessons/01-first.md")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("── cell 1 · Lessons/01-first.md:9"))
        #expect(run.output.contains("<b>not bold</b>"))
        #expect(run.output.contains("|   p | y |"))
        #expect(run.output.contains("0.882353"))

        try project.write("Lessons/bad.md", "```swift\nlet a: Int = \"x\"\n```\n")
        let bad = try project.run("run", "Lessons/bad.md")
        #expect(bad.status == 1)
        #expect(bad.errors.contains("Lessons/bad.md:2:14: error: cannot convert value of type 'String' to specified type 'Int'"))

        try project.write("Lessons/math.md", "# M\n\nA $\\nosuch$ formula.\n")
        let math = try project.run("run", "Lessons/math.md")
        #expect(math.status == 1)
        #expect(math.errors.contains("Lessons/math.md:3:4: error: in math: unknown command \\nosuch"))
    }

    @Test func badInputIsAClearErrorAndTheSiteIsKept() throws {
        let project = try Project()
        #expect(try project.run("build").status == 0)
        let index = project.read("Site/index.html")

        let cases: [(file: String, contents: Data, message: String)] = [
            ("Lessons/03-bad.md", Data([0x23, 0x20, 0x41, 0x0A, 0x62, 0xC3, 0x28]), "Lessons/03-bad.md:2:2: error: the file is not valid UTF-8"),
            ("Lessons/03-bad.md", Data("---\ntitle: x\norder: soon\n---\n".utf8), "Lessons/03-bad.md:3:1: error: front matter: order must be a whole number, not 'soon'"),
            ("Lessons/03-bad.md", Data("Bad math $\\nosuch{x}$.\n".utf8), "Lessons/03-bad.md:1:11: error: in math: unknown command \\nosuch"),
            ("Lessons/03 bad.md", Data("# x\n".utf8), "Lessons/03 bad.md: error: a lesson's file name may hold only"),
        ]
        for bad in cases {
            try project.write(bad.file, bad.contents)
            let outcome = try project.run("build")
            #expect(outcome.status == 1, "\(bad.file)")
            #expect(outcome.errors.contains(bad.message), "\(outcome.errors)")
            #expect(project.read("Site/index.html") == index)
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(bad.file))
        }

        // A folder named like a lesson cannot be read as one.
        try FileManager.default.createDirectory(at: project.lessons.appendingPathComponent("04-folder.md"), withIntermediateDirectories: true)
        let unreadable = try project.run("build")
        #expect(unreadable.status == 1)
        #expect(unreadable.errors.contains("Lessons/04-folder.md: error: cannot read the file"))
        #expect(project.read("Site/index.html") == index)
    }

    @Test func emptyOrMissingLessonsFolders() throws {
        let project = try Project(copyingCourse: false)
        let missing = try project.run("build")
        #expect(missing.status == 1)
        #expect(missing.errors.contains("Lessons: error: the lessons folder does not exist"))
        try FileManager.default.createDirectory(at: project.lessons, withIntermediateDirectories: true)
        let empty = try project.run("build")
        #expect(empty.status == 1)
        #expect(empty.errors.contains("Lessons: error: no lessons"))
        #expect(project.read("Site/index.html") == nil)
    }

    @Test func onlyFrontMatterAndHugeLessonsBuild() throws {
        let project = try Project(copyingCourse: false)
        try project.write("Lessons/01-empty.md", "---\ntitle: Only front matter\n---\n")
        let paragraph = "Precision is *TP / (TP + FP)*, with `code` and [links](01-empty.md).\n\n"
        try project.write("Lessons/02-huge.md", "# Huge\n\n" + String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count))
        let build = try project.run("build")
        #expect(build.status == 0, "\(build.errors)")
        #expect(project.read("Site/01-empty.html")?.contains("<h1>Only front matter</h1>") == true)
        #expect((project.read("Site/02-huge.html")?.utf8.count ?? 0) > 10_000_000)
    }

    @Test func refusesAnOutputFolderItDidNotWrite() throws {
        let project = try Project()
        try project.write("Site/notes.txt", "mine")
        let build = try project.run("build")
        #expect(build.status == 1)
        #expect(build.errors.contains("refusing to write into a folder that holds files"))
        #expect(project.read("Site/notes.txt") == "mine")
    }

    @Test func usageErrorsExitWithTwo() throws {
        let project = try Project()
        #expect(try project.run("build", "--no-such-flag").status == 2)
        #expect(try project.run("run").status == 2)
    }
}
