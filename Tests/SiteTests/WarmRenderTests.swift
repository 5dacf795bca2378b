import Notebook
import Resolve
@testable import Site
import Testing

/// `lessons serve` keeps what each step made (split lessons, numberings,
/// citations, rendered lessons, search shares, downloads, highlighted code)
/// and reuses what a save did not change. Whatever it reuses, a warm build
/// must give the very files a cold build of the same lessons gives.
@Suite struct WarmRenderTests {
    static let bibliography = """
        @article{lipton2014, author = {Lipton, Zachary C. and Elkan, Charles}, title = {Thresholding classifiers},
          journal = {Machine Learning}, year = {2014}}
        @book{bishop2006, author = {Bishop, Christopher M.}, title = {Pattern Recognition}, publisher = {Springer}, year = {2006}}

        """

    static let first = """
        # Soft precision

        Opening words, as @lipton2014 show.

        ## A cell

        The paragraph before the cell.

        ```swift
        let softScore = 0.5
        print("scored")
        ```

        $$ p = \\frac{TP}{TP + FP} $$ {#eq-p}

        """

    static let second = "# Recall\n\nBy @eq-p, and [@bishop2006].\n"

    static func source(_ lessons: [(name: String, text: String)], bibliography: String = bibliography) -> CourseSource {
        CourseSource(
            folder: "Lessons", course: nil,
            lessons: lessons.map { LessonSource(path: "Lessons/" + $0.name, text: $0.text) },
            files: [CourseFile(path: "Lessons/references.bib", relativePath: "references.bib", contents: Array(bibliography.utf8))])
    }

    static func run(printing text: String) -> LessonRun {
        LessonRun(results: [CellResult(index: 0, status: .succeeded, outputs: [.text(text)])], fromCache: false)
    }

    /// Saves in the order an author makes them, each with the results its cells would give.
    static let saves: [(what: String, course: CourseSource, runs: [LessonRun?])] = {
        let scored = run(printing: "scored\n")
        let edited = first.replacingOccurrences(of: "print(\"scored\")", with: "print(\"scored twice\")")
        return [
            ("the first build", source([("01-a.md", first), ("02-b.md", second)]), [scored, nil]),
            ("prose away from cells",
             source([("01-a.md", first.replacingOccurrences(of: "Opening words", with: "Opening words, edited")), ("02-b.md", second)]),
             [scored, nil]),
            ("the paragraph before a cell",
             source([("01-a.md", first.replacingOccurrences(of: "before the cell.", with: "before the cell, edited.")), ("02-b.md", second)]),
             [scored, nil]),
            ("a cell and its output", source([("01-a.md", edited), ("02-b.md", second)]), [run(printing: "scored twice\n"), nil]),
            ("a citation added", source([("01-a.md", edited), ("02-b.md", second + "\nAlso @lipton2014.\n")]),
             [run(printing: "scored twice\n"), nil]),
            ("the bibliography edited",
             source([("01-a.md", edited), ("02-b.md", second + "\nAlso @lipton2014.\n")],
                    bibliography: bibliography.replacingOccurrences(of: "Thresholding classifiers", with: "Optimal thresholding")),
             [run(printing: "scored twice\n"), nil]),
            ("a lesson added before the others, renumbering them",
             source([("00-start.md", "# Start\n\nSee @eq-p.\n"), ("01-a.md", edited), ("02-b.md", second)]),
             [nil, run(printing: "scored twice\n"), nil]),
            ("a lesson removed", source([("00-start.md", "# Start\n\nSee @eq-p.\n"), ("01-a.md", edited)]),
             [nil, run(printing: "scored twice\n")]),
        ]
    }()

    @Test func aWarmBuildGivesTheFilesAColdBuildGives() throws {
        let split = SplitMemory(), resolve = ResolveMemory(), render = RenderMemory()
        let renderer = try SiteRenderer()
        for save in Self.saves {
            let warmCourse = try Course.make(from: save.course, memory: split)
            let warm = try renderer.render(
                warmCourse, resolution: Resolution.make(course: warmCourse, memory: resolve), runs: save.runs, memory: render)
            let coldCourse = try Course.make(from: save.course)
            let cold = try renderer.render(coldCourse, resolution: Resolution.make(course: coldCourse), runs: save.runs)
            #expect(warm.map(\.path) == cold.map(\.path), "\(save.what)")
            for (warmFile, coldFile) in zip(warm, cold) where warmFile != coldFile {
                Issue.record("\(save.what): \(warmFile.path) differs from a cold build's")
            }
        }
    }

    /// The archive is made again when what goes into it changed, and only then.
    @Test func aDownloadIsZippedAgainOnlyWhenAFileInItChanged() throws {
        let memory = RenderMemory()
        var zipped = 0
        func download(_ text: String, printing output: String) throws -> SiteFile {
            let lesson = try LessonSplitter.lesson(from: LessonSource(path: "Lessons/01-a.md", text: text))
            let run = Self.run(printing: output)
            let key = RenderMemory.DownloadKey(source: lesson.source, results: run.results, courseTitle: "C", courseFiles: [])
            return try memory.download(
                key, package: { LessonPackage(lesson: lesson, run: run, courseTitle: "C", courseFiles: []) },
                zip: { package in
                    zipped += 1
                    return SiteFile(path: LessonPackage.path(of: lesson), contents: try package.zip())
                })
        }
        let original = try download(Self.first, printing: "scored\n")
        #expect(try download(Self.first, printing: "scored\n") == original)
        #expect(zipped == 1)
        #expect(try download(Self.first.replacingOccurrences(of: "Opening words", with: "Other words"), printing: "scored\n") == original)
        #expect(zipped == 1, "the archive holds the cells and the paragraph before each, not this one")
        let changed = try download(Self.first.replacingOccurrences(of: "before the cell.", with: "before it."), printing: "scored\n")
        #expect(zipped == 2)
        #expect(changed != original)
    }
}
