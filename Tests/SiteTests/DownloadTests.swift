import CellChannel
import Foundation
@testable import Notebook
import Resolve
@testable import Site
import Testing
import ZIPFoundation

/// A lesson's "run it yourself" archive: what it holds, its program, and
/// the same bytes from build to build.
@Suite struct DownloadTests {
    static let lesson = """
        ---
        title: Run it
        ---

        Three numbers to start.

        ```swift
        import Foundation
        let x = 3
        x * 2
        ```

        ## Errors

        A cell that fails on purpose:

        ```swift
        //| expect-error: true
        let empty: [Int] = []
        empty[1]
        ```

        ```swift
        //| eval: false
        while true {}
        ```

        ```swift
        //| echo: false
        //| output: false
        print("quiet")
        ```

        """

    static func package() throws -> LessonPackage {
        let lesson = try LessonSplitter.lesson(from: LessonSource(path: "Lessons/03-run-it.md", text: lesson))
        let run = LessonRun(results: [
            CellResult(index: 0, status: .succeeded, outputs: [.display(.text("6"))]),
            CellResult(index: 1, status: .failedAsExpected, outputs: [.error(CellError(lineOffset: nil, column: nil, message: "Fatal error: Index out of range"))]),
            CellResult(index: 2, status: .skipped, outputs: []),
            CellResult(index: 3, status: .succeeded, outputs: [.text("quiet\n")]),
        ], fromCache: false)
        let modules = [
            RuntimeSources.Module(name: "Figures", dependencies: [], files: [.init(path: "Table.swift", text: "// table\n")]),
            RuntimeSources.Module(name: "LessonKit", dependencies: ["Figures"], files: [
                .init(path: "Show.swift", text: "// show\n"), .init(path: "Sub/Keep.swift", text: "// keep\n"),
            ]),
        ]
        return LessonPackage(lesson: lesson, run: run, courseTitle: "Metrics", courseFiles: [], modules: modules)
    }

    @Test func thePackageHoldsItsManifestTheCellsAndTheRuntimeSources() throws {
        let package = try Self.package()
        #expect(package.folder == "03-run-it")
        #expect(package.target == "RunIt")
        #expect(package.files.map(\.path) == [
            "Package.swift", "Sources/RunIt/main.swift",
            "Sources/Figures/Table.swift", "Sources/LessonKit/Show.swift", "Sources/LessonKit/Sub/Keep.swift",
        ])
        #expect(String(decoding: package.files[0].contents, as: UTF8.self) == """
            // swift-tools-version: 6.0
            // A lesson of Metrics, from 03-run-it.md.
            // `swift run` builds it and prints what the lesson's page shows. The modules
            // its cells import are here as sources, so it builds offline.
            import PackageDescription

            let package = Package(
                name: "03-run-it",
                platforms: [.macOS(.v15)],
                targets: [
                    .target(name: "Figures"),
                    .target(name: "LessonKit", dependencies: ["Figures"]),
                    // The lesson's cells, compiled in Swift 5 mode as the site compiles them.
                    .executableTarget(
                        name: "RunIt", dependencies: ["LessonKit"],
                        swiftSettings: [.swiftLanguageMode(.v5)]),
                ],
                swiftLanguageModes: [.v6]
            )

            """)
    }

    /// Cells in order with their markers and prose; imports at the top; the
    /// last value shown; cells that cannot run here kept as comments, with the
    /// error the page shows.
    @Test func theProgramIsTheLessonsCellsInOrder() throws {
        let main = String(decoding: try Self.package().files[1].contents, as: UTF8.self)
        #expect(main == """
            // Run it
            // A lesson of Metrics, from 03-run-it.md.
            //
            // The lesson's cells in order, as one program: `swift run` prints what
            // its page shows under them, tables and plots in their text form
            // (`swift run -c release` runs long lessons faster). `_display(x)` shows
            // the value of a cell's last expression, as the page does.

            import LessonKit
            import Foundation

            // Three numbers to start.
            //
            // Cell 1
            let x = 3
            _display(x * 2)

            // MARK: Errors

            // A cell that fails on purpose:
            //
            // Cell 2 fails on purpose (expect-error), so it stays a comment here.
            // The page shows:
            //   Lessons/03-run-it.md:19: error: Fatal error: Index out of range
            // let empty: [Int] = []
            // empty[1]

            // Cell 3 is shown on the page but not run (eval: false):
            // while true {}

            // Cell 4 (its code is hidden on the page; the page does not show what it prints)
            print("quiet")

            """)
    }

    @Test func targetNamesAreSwiftNamesNoModuleHas() {
        #expect(LessonPackage.targetName("05-surrogate-losses", avoiding: []) == "SurrogateLosses")
        #expect(LessonPackage.targetName("01", avoiding: []) == "Lesson")
        #expect(LessonPackage.targetName("2d-plots", avoiding: []) == "Lesson2dPlots")
        #expect(LessonPackage.targetName("03-metrics", avoiding: ["Metrics"]) == "MetricsLesson")
        #expect(LessonPackage.targetName("über-f1", avoiding: []) == "BerF1")
    }

    @Test func declaredFilesComeAlongAtTheirPathsFromTheLesson() throws {
        let text = "---\nfiles: data/\n---\n# A\n\n```swift\n//| files: ../shared.csv\n1\n```\n"
        let lesson = try LessonSplitter.lesson(from: LessonSource(path: "Lessons/02-part/01-a.md", relativePath: "02-part/01-a.md", text: text))
        let files = [
            CourseFile(path: "Lessons/02-part/data/b.csv", relativePath: "02-part/data/b.csv", contents: [2]),
            CourseFile(path: "Lessons/02-part/data/a.csv", relativePath: "02-part/data/a.csv", contents: [1]),
            CourseFile(path: "Lessons/02-part/other.csv", relativePath: "02-part/other.csv", contents: [3]),
            CourseFile(path: "Lessons/shared.csv", relativePath: "shared.csv", contents: [4]),
        ]
        let declared = LessonPackage.declaredFiles(of: lesson, among: files)
        #expect(declared.map(\.path) == ["data/a.csv", "data/b.csv"])
        #expect(declared.map(\.contents) == [[1], [2]])
    }

    @Test func theArchiveListsEveryFileUnderItsFolderWithFixedDatesAndModes() throws {
        let bytes = try Self.package().zip()
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == [
            "03-run-it/Package.swift", "03-run-it/Sources/RunIt/main.swift", "03-run-it/Sources/Figures/Table.swift",
            "03-run-it/Sources/LessonKit/Show.swift", "03-run-it/Sources/LessonKit/Sub/Keep.swift",
        ])
        for entry in entries {
            #expect(entry.fileAttributes[.modificationDate] as? Date == ZipArchive.date, "\(entry.path)")
            #expect((entry.fileAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o644, "\(entry.path)")
        }
        var text = Data()
        _ = try archive.extract(entries[4]) { text.append($0) }
        #expect(String(decoding: text, as: UTF8.self) == "// keep\n")
    }

    @Test func theSameLessonGivesTheSameArchiveBytes() throws {
        let first = try StudentCourse.files()["01-a.zip"]
        let second = try StudentCourse.files()["01-a.zip"]
        #expect(first != nil && first == second)
        #expect(try Self.package().zip() == Self.package().zip())
    }

    @Test func aPrintOrShowLastIsLeftAsWritten() {
        func standalone(_ code: String) -> String {
            StandaloneCell(Cell(index: 0, code: code, options: CellOptions(), firstLine: 1,
                                range: .init(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))).code
        }
        #expect(standalone("print(1)\n") == "print(1)\n")
        #expect(standalone("show(t)\n") == "show(t)\n")
        #expect(standalone("f(1)\n") == "_display(f(1))\n")
        #expect(standalone("let a = 1\n") == "let a = 1\n")
    }
}
