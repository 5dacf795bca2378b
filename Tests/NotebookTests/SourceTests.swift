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
