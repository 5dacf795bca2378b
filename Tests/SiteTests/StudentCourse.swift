import CellChannel
import Figures
import Foundation
import Notebook
import Resolve
@testable import Site

/// A small course as a student meets it: two lessons, one in a part folder
/// when `parts` is set, with cells whose results are given (nothing is
/// compiled), for the search, navigation, copy-button and download tests.
enum StudentCourse {
    static let first = """
        # Counting hits

        Precision counts how many predicted positives are right.

        ```swift
        let scores: [Double] = [0.9, 0.2]
        print("two scores")
        scores.count
        ```

        ## Soft precision

        A differentiable stand-in: $\\mathrm{softP} = \\sum_i p_i y_i / \\sum_i p_i$.

        ```swift
        //| echo: false
        show(Table(columns: ["sample", "score"], rows: [[0, 0.9]], caption: "Scores"))
        ```

        """
    static let second = """
        # Recall

        Recall counts the positives found. Précision is French.

        ```
        plain code, not a cell
        ```

        """

    /// What the first lesson's cells showed.
    static let firstRun = LessonRun(results: [
        CellResult(index: 0, status: .succeeded, outputs: [.text("two scores\n"), .display(.text("2"))]),
        CellResult(index: 1, status: .succeeded, outputs: [
            .display(.table(Table(columns: ["sample", "score"], rows: [[0, 0.9]], caption: "Scores"))),
        ]),
    ], fromCache: false)

    static func course(parts: Bool = false) throws -> Course {
        let a = LessonSource(path: "Lessons/01-a.md", relativePath: "01-a.md", text: first)
        let b = parts
            ? LessonSource(path: "Lessons/02-more/01-b.md", relativePath: "02-more/01-b.md", text: second)
            : LessonSource(path: "Lessons/02-b.md", relativePath: "02-b.md", text: second)
        return try Course.make(from: CourseSource(
            folder: "Lessons", course: LessonSource(path: "Lessons/course.md", text: "# Metrics\n"),
            lessons: parts ? [] : [a, b],
            parts: parts ? [
                PartSource(folder: "01-basics", introduction: nil, lessons: [
                    LessonSource(path: "Lessons/01-basics/01-a.md", relativePath: "01-basics/01-a.md", text: first),
                ]),
                PartSource(folder: "02-more", introduction: nil, lessons: [b]),
            ] : []))
    }

    static func runs(_ course: Course) -> [LessonRun?] {
        course.lessons.map { $0.cells.isEmpty ? LessonRun.notExecuted($0) : firstRun }
    }

    /// Every file of the site, by path.
    static func files(parts: Bool = false) throws -> [String: [UInt8]] {
        let course = try course(parts: parts)
        let files = try SiteRenderer().render(course, resolution: Resolution.make(course: course), runs: runs(course))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    static func text(_ files: [String: [UInt8]], _ path: String) -> String {
        String(decoding: files[path] ?? [], as: UTF8.self)
    }

    /// Writes the site into a new temporary folder and returns it; the caller removes it.
    static func written(parts: Bool = false) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-student-\(UUID().uuidString)")
        for (path, contents) in try files(parts: parts) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents).write(to: url)
        }
        return folder
    }
}
