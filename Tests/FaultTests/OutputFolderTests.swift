import Foundation
@testable import Notebook
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The output folder: written through a symbolic link, with what the author
/// put inside kept as it was, and the leftovers of killed builds removed.
@Suite(.serialized) struct OutputFolderTests {
    static let lesson = "# Prose only\n\nNo cells: nothing to compile.\n"

    func kind(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "missing" }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
        case S_IFDIR: return "folder"
        case S_IFIFO: return "named pipe"
        case S_IFREG: return "file " + ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "?")
        default: return "other"
        }
    }

    @Test func aSiteThatIsASymbolicLinkIsWrittenThroughIt() throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        try FileManager.default.createDirectory(atPath: course.root + "/published", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: course.root + "/Site", withDestinationPath: "published/site")
        for _ in 0..<2 {
            let outcome = try course.run(["build"])
            #expect(outcome.status == 0, "\(outcome.errors)")
            #expect(kind(course.root + "/Site") == "link to published/site")
            #expect(course.read("published/site/01-x.html") != nil)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: course.root + "/published") == ["site"])
        #expect(try course.run(["build", "--check"]).status == 0)
    }

    @Test func whatTheAuthorPutInTheSiteIsKeptAsItWas() throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        #expect(try course.run(["build"]).status == 0)
        let site = course.root + "/Site"
        try FileManager.default.createSymbolicLink(atPath: site + "/media", withDestinationPath: "../media")
        try FileManager.default.createDirectory(atPath: site + "/empty", withIntermediateDirectories: true)
        try course.write("Site/notes/a.txt", "mine")
        try FileManager.default.createSymbolicLink(atPath: site + "/notes/latest", withDestinationPath: "a.txt")
        mkfifo(site + "/pipe", 0o644)
        try course.write("Site/CNAME", "example.org")

        try course.write("Lessons/01-x.md", Self.lesson + "\nEdited.\n")
        #expect(try course.run(["build"]).status == 0)
        #expect(kind(site + "/media") == "link to ../media")
        #expect(kind(site + "/empty") == "folder")
        #expect(kind(site + "/notes/a.txt") == "file mine")
        #expect(kind(site + "/notes/latest") == "link to a.txt")
        #expect(kind(site + "/pipe") == "named pipe")
        #expect(kind(site + "/CNAME") == "file example.org")
        #expect(course.read("Site/01-x.html")?.contains("Edited.") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: course.root).sorted() == ["Lessons", "Site", "err.txt", "out.txt", "tmp"])
    }

    /// A killed build leaves its staging folder beside the site, and the
    /// runtime's beside the compiled runtime; the next build removes both.
    @Test func stagingFoldersOfKilledBuildsAreRemoved() throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        try course.write(".Site.building-4194305/index.html", "half a site")
        #expect(try course.run(["build"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: course.root + "/Site/index.html"))
        #expect(!FileManager.default.fileExists(atPath: course.root + "/.Site.building-4194305"))

        let (compiler, runtime) = try LessonRunner().prepareRuntime()
        let cache = course.root + "/user-cache"
        let folder = URL(fileURLWithPath: runtime.folder).lastPathComponent
        try FileManager.default.createDirectory(atPath: cache + "/runtime", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: runtime.folder, toPath: cache + "/runtime/" + folder)
        try course.write("user-cache/runtime/.building-4194305-0/src/x.swift", "half a runtime")
        _ = try RuntimeLibrary.prepare(compiler: compiler, cacheFolder: cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/runtime") == [folder])
    }

    @Test(arguments: [
        ("a file", "Site: error: the output exists and is not a folder"),
        ("a link to itself", "Site: error: too many levels of symbolic links"),
    ])
    func anOutputThatCannotBeASiteIsAnErrorInWords(_ what: String, _ message: String) throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        if what == "a file" {
            try course.write("Site", "not a folder")
        } else {
            try FileManager.default.createSymbolicLink(atPath: course.root + "/Site", withDestinationPath: "Site")
        }
        let outcome = try course.run(["build"])
        #expect(outcome.status == 1)
        #expect(outcome.errors == message + "\n")
    }

    @Test func aLessonThatIsAFolderSaysSo() throws {
        let course = try Course()
        try FileManager.default.createDirectory(atPath: course.lessons + "/01-folder.md", withIntermediateDirectories: true)
        let outcome = try course.run(["build"])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("Lessons/01-folder.md: error: cannot read the file: is a directory, not a lesson\n"))
    }

    @Test(arguments: [
        (["--output-cap=-1"], "--output-cap must be between 1 and 100000000 bytes, not -1"),
        (["--output-cap", "0"], "--output-cap must be between 1 and 100000000 bytes, not 0"),
        (["--output-cap", "100000001"], "--output-cap must be between 1 and 100000000 bytes, not 100000001"),
        (["--output-cap", "99999999999999999999"], "The value '99999999999999999999' is invalid for '--output-cap <bytes>'"),
    ])
    func anOutputCapOutOfRangeIsAUsageError(_ arguments: [String], _ message: String) throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        let outcome = try course.run(["build"] + arguments)
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
    }
}
