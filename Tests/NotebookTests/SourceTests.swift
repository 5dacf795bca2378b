import Foundation
import Notebook
import Testing

@Suite struct SourceTests {
    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        let bytes = Array("ok\nab".utf8) + [0xFF] + Array("c\n".utf8)
        #expect {
            try LessonSource.decode(Data(bytes), path: "Lessons/bad.md")
        } throws: { error in
            (error as? Diagnostic)?.description == "Lessons/bad.md:2:3: error: the file is not valid UTF-8"
        }
    }

    /// A source is the file as read: the same text in another Unicode
    /// normalisation is another file (String's own == would call them equal).
    @Test func sourcesAreEqualByTheirBytes() {
        let composed = LessonSource(path: "Lessons/a.md", text: "# Caf\u{E9}\n")
        let decomposed = LessonSource(path: "Lessons/a.md", text: "# Cafe\u{301}\n")
        #expect(composed.text == decomposed.text)
        #expect(composed != decomposed)
        #expect(composed == LessonSource(path: "Lessons/a.md", text: "# Caf" + "\u{E9}\n"))
        #expect(composed != LessonSource(path: "Lessons/b.md", text: composed.text))
        #expect(LessonSource(path: "Lessons/a.md", text: "") == LessonSource(path: "Lessons/a.md", text: ""))
        #expect(Set([composed, decomposed, LessonSource(path: "Lessons/a.md", text: "# Caf\u{E9}\n")]).count == 2)
    }

    @Test func byteOrderMarkAndCRLFAreNormalised() throws {
        let source = try LessonSource.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8)), path: "x.md")
        #expect(source.text == "a\nb\n")
        #expect(source.slug == "x")
    }

    @Test func anUnreadableFileIsNamed() {
        #expect {
            try LessonSource.read(path: "/nonexistent/lesson.md")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.path == "/nonexistent/lesson.md" && diagnostic.message.hasPrefix("cannot read the file")
        }
    }

    @Test func aMissingOrEmptyLessonsFolderIsAnError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: LessonErrors.self) { try CourseSource.read(folder: empty.path) }
        do {
            _ = try CourseSource.read(folder: empty.path)
        } catch {
            #expect(error.diagnostics.map(\.message) == ["no lessons: the folder has no *.md files besides course.md"])
        }
        do {
            _ = try CourseSource.read(folder: empty.path + "/missing")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["the lessons folder does not exist"])
        }
    }

    @Test func lessonsAreOrderedByOrderThenFileName() throws {
        let course = try Course.make(from: CourseSource(folder: "L", course: nil, lessons: [
            LessonSource(path: "L/a.md", text: "# A\n"),
            LessonSource(path: "L/b.md", text: "---\norder: 2\n---\n# B\n"),
            LessonSource(path: "L/c.md", text: "---\norder: 1\n---\n# C\n"),
        ]))
        #expect(course.lessons.map(\.title) == ["C", "B", "A"])
        #expect(course.title == Course.defaultTitle)
    }

    @Test func errorsFromEveryFileAreReportedTogether() {
        do {
            _ = try Course.make(from: CourseSource(folder: "L", course: nil, lessons: [
                LessonSource(path: "L/a.md", text: "---\norder: x\n---\n"),
                LessonSource(path: "L/b.md", text: "```swift\n//| colour: red\n```\n"),
            ]))
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "L/a.md:2:1: error: front matter: order must be a whole number, not 'x'",
                "L/b.md:2:5: error: unknown cell option 'colour' (known: echo, output, eval, expect-error, timeout, files, label, caption, memory, processes, scratch)",
            ])
        }
    }
}

/// The lessons folder as the course reads it: line endings, links, parts.
@Suite struct CourseFolderTests {
    final class Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-folder-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    @Test func crOnlyLineEndingsAreLineEndings() throws {
        let source = try LessonSource.decode(Data("---\rtitle: Old Mac\r---\r# Heading\r\r```swift\r1\r```\r".utf8), path: "x.md")
        #expect(source.text == "---\ntitle: Old Mac\n---\n# Heading\n\n```swift\n1\n```\n")
        let lesson = try LessonSplitter.lesson(from: source)
        #expect(lesson.title == "Old Mac")
        #expect(lesson.cells.count == 1)
    }

    @Test func aSymbolicLinkOutOfTheFolderIsAnErrorUnlessTheCourseAllowsIt() throws {
        let folder = try Folder()
        let outside = try Folder()
        try outside.write("secret.txt", "not for publishing")
        try folder.write("Lessons/01-a.md", "# A\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.root.appendingPathComponent("Lessons/secret.txt").path,
            withDestinationPath: outside.root.appendingPathComponent("secret.txt").path)
        let lessons = folder.root.appendingPathComponent("Lessons").path
        do {
            _ = try CourseSource.read(folder: lessons)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.message.hasPrefix("is a symbolic link to ") == true)
            #expect(error.diagnostics.first?.message.hasSuffix("outside the lessons folder; its contents would be published (allow it with `allow-outside-links: true` in course.md)") == true)
        }
        try folder.write("Lessons/course.md", "---\nallow-outside-links: true\n---\n# C\n")
        let source = try CourseSource.read(folder: lessons)
        #expect(source.files.map(\.relativePath) == ["secret.txt"])
    }

    @Test func partsAreFoldersOfLessonsAndEverythingElseIsPublished() throws {
        let folder = try Folder()
        try folder.write("Lessons/01-basics/part.md", "---\ntitle: Basics\norder: 2\n---\nIntro.\n")
        try folder.write("Lessons/01-basics/01-x.md", "# X\n")
        try folder.write("Lessons/01-basics/data/p.csv", "a\n")
        try folder.write("Lessons/02-more/part.md", "---\norder: 1\n---\n")
        try folder.write("Lessons/02-more/01-y.md", "# Y\n")
        try folder.write("Lessons/.hidden", "x")
        let course = try Course.make(from: CourseSource.read(folder: folder.root.appendingPathComponent("Lessons").path))
        #expect(course.parts.map(\.title) == ["More", "Basics"])
        #expect(course.lessons.map(\.title) == ["Y", "X"])
        #expect(course.lessons.map(\.number) == ["1.1", "2.1"])
        #expect(course.files.map(\.relativePath) == ["01-basics/data/p.csv"])
    }

    @Test func lessonsMayNotTakeTheNamesOfGeneratedPagesOrMixWithParts() throws {
        let folder = try Folder()
        try folder.write("Lessons/index.md", "# Index\n")
        try folder.write("Lessons/01-p/01-x.md", "# X\n")
        do {
            _ = try CourseSource.read(folder: folder.root.appendingPathComponent("Lessons").path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["'index.md' would overwrite the site's own index.html; rename the lesson"])
        }
    }
}
