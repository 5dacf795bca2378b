import Foundation
import CellChannel
import Figures
@testable import Notebook
import Testing

/// Fixture lessons run for real: compiled against the runtime library, run
/// in a process of their own, their outputs put back in order.
@Suite(.serialized) struct ExecutionTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func lesson(_ name: String, path: String? = nil) throws -> Lesson {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name + ".md"), encoding: .utf8)
        return try LessonSplitter.lesson(from: LessonSource(path: path ?? "Lessons/\(name).md", text: text))
    }

    static func runner(cache: URL = freshFolder()) -> LessonRunner {
        var settings = LessonRunner.Settings()
        settings.cacheFolder = cache.path
        return LessonRunner(settings: settings)
    }

    static func freshFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lessons-test-\(UUID().uuidString)")
    }

    func run(_ name: String, outputCap: Int? = nil) throws -> (Lesson, LessonRun) {
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let lesson = try Self.lesson(name)
        var runner = Self.runner(cache: cache)
        if let outputCap { runner.settings.outputCap = outputCap }
        let (runs, _) = try runner.run([lesson])
        return (lesson, runs[0])
    }

    @Test func cellsShareStateAndShowOutputsInOrder() throws {
        let (_, run) = try run("shared-state")
        #expect(run.results.map(\.status) == [.succeeded, .succeeded, .succeeded, .succeeded, .succeeded])
        #expect(run.results[0].outputs.isEmpty)
        #expect(run.results[1].outputs == [
            .text("first\n"),
            .display(.table(Table(columns: ["n", "2n"], rows: [[3, 6]]))),
            .text("second\n"),
            .display(.text("5")),
        ])
        #expect(run.results[2].outputs == [.text("a trailing print shows no ()\n")])
        #expect(run.results[3].outputs.isEmpty)
        #expect(run.results[4].outputs == [.display(.text("42"))])
    }

    @Test func everyOptionDoesWhatItSays() throws {
        let (lesson, run) = try run("options")
        #expect(run.results.map(\.status) == [
            .succeeded, .succeeded, .skipped, .failedAsExpected, .failedAsExpected, .failed, .succeeded,
        ])
        #expect(run.results[0].outputs == [.display(.text("code hidden"))])
        #expect(run.results[1].outputs == [.text("output hidden\n")])
        #expect(run.results[2].outputs.isEmpty)
        #expect(run.results[3].outputs == [.error(CellError(lineOffset: nil, column: nil, message: "Fatal error: Index out of range"))])
        #expect(run.results[4].outputs == [.error(CellError(
            lineOffset: 0, column: 14, message: "cannot convert value of type 'String' to specified type 'Int'"))])
        #expect(run.results[5].outputs == [.error(CellError(
            lineOffset: nil, column: nil, message: "this cell is marked `expect-error: true` but ran without an error"))])
        #expect(run.results[6].outputs == [.text("after the expected errors\n")])
        #expect(run.diagnostics(for: lesson).map(\.description) == [
            "Lessons/options.md:32: error: this cell is marked `expect-error: true` but ran without an error",
        ])
    }

    @Test func aCompileErrorPointsAtTheMarkdownLineAndColumn() throws {
        let (lesson, run) = try run("compile-error")
        // The cell before the broken one still runs.
        #expect(run.results.map(\.status) == [.succeeded, .failed, .notRun])
        #expect(run.results[0].outputs == [.text("before the error\n")])
        #expect(run.diagnostics(for: lesson).map(\.description) == [
            "Lessons/compile-error.md:9:13: error: cannot find 'missingName' in scope",
        ])
    }

    @Test func aTrapStopsTheLessonAndLaterCellsAreNotRun() throws {
        let (lesson, run) = try run("trap")
        #expect(run.results.map(\.status) == [.succeeded, .failed, .notRun])
        #expect(run.results[1].outputs == [
            .text("printed before the trap\n"),
            .error(CellError(lineOffset: nil, column: nil, message: "Fatal error: Index out of range")),
        ])
        #expect(run.diagnostics(for: lesson).map(\.description) == [
            "Lessons/trap.md:8: error: Fatal error: Index out of range",
        ])
    }

    @Test func fatalErrorPointsAtItsOwnLine() throws {
        let (lesson, run) = try run("fatal")
        #expect(run.diagnostics(for: lesson).map(\.description) == ["Lessons/fatal.md:5: error: Fatal error: stop here"])
    }

    @Test func aHangingCellIsStoppedAtItsTimeout() throws {
        let start = Date()
        let (lesson, run) = try run("infinite-loop")
        let elapsed = Date().timeIntervalSince(start)
        #expect(run.results.map(\.status) == [.failed, .notRun])
        #expect(run.diagnostics(for: lesson).map(\.description) == [
            "Lessons/infinite-loop.md:5: error: stopped after 1 s: the cell ran past its timeout (raise it with `//| timeout: …`)",
        ])
        // Compiling takes a few seconds; the point is that it did not run forever.
        #expect(elapsed < 60)
    }

    @Test func tenMegabytesOfOutputAreCutAtTheCap() throws {
        let (_, run) = try run("big-output")
        #expect(run.results.map(\.status) == [.succeeded, .succeeded])
        guard case .text(let text) = run.results[0].outputs.first else { Issue.record("no text"); return }
        #expect(text.utf8.count == 1_000_000)
        #expect(run.results[0].outputs.last == .note(
            "Output cut: the cell printed 10 MB; only the first 1 MB is shown."))
        #expect(run.results[1].outputs == [.text("the next cell prints normally\n")])
    }

    @Test func aRebuildWithNothingChangedRunsNothing() throws {
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let runner = Self.runner(cache: cache)
        let lesson = try Self.lesson("shared-state")
        let first = try runner.run([lesson])
        #expect(first.report.compiled == 1 && first.report.ran == 1 && first.report.fromCache == 0)

        let second = try runner.run([lesson])
        #expect(second.report == LessonRunner.Report(builtRuntime: false, fromCache: 1, compiled: 0, ran: 0))
        #expect(second.runs[0].results == first.runs[0].results)
        #expect(second.runs[0].fromCache)

        // Editing prose moves every cell down a line: still nothing to run.
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("shared-state.md"), encoding: .utf8)
        let moved = try LessonSplitter.lesson(from: LessonSource(
            path: "Lessons/shared-state.md", text: text.replacingOccurrences(of: "Prose between cells.", with: "More\n\nprose.")))
        #expect(moved.cells[1].firstLine == lesson.cells[1].firstLine + 2)
        #expect(try runner.run([moved]).report.fromCache == 1)

        // Editing a cell runs the lesson again.
        let edited = try LessonSplitter.lesson(from: LessonSource(
            path: "Lessons/shared-state.md", text: text.replacingOccurrences(of: "total\n```", with: "total + 1\n```")))
        let third = try runner.run([edited])
        #expect(third.report.compiled == 1 && third.report.ran == 1)
        #expect(third.runs[0].results[4].outputs == [.display(.text("43"))])

        // --no-cache runs everything again.
        var settings = runner.settings
        settings.useCache = false
        #expect(try LessonRunner(settings: settings).run([lesson]).report.ran == 1)
    }

    @Test func aCorruptCacheEntryIsRebuiltNotTrusted() throws {
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let runner = Self.runner(cache: cache)
        let lesson = try Self.lesson("shared-state")
        let first = try runner.run([lesson])
        let entries = try FileManager.default.contentsOfDirectory(
            at: cache.appendingPathComponent("runs"), includingPropertiesForKeys: nil)
        #expect(entries.count == 1)
        var data = try Data(contentsOf: entries[0])
        data[data.count - 5] ^= 0x01
        try data.write(to: entries[0])

        let second = try runner.run([lesson])
        #expect(second.report.fromCache == 0 && second.report.ran == 1)
        #expect(second.runs[0].results == first.runs[0].results)
    }

    @Test func exitInACellStopsTheLessonClearly() throws {
        let (lesson, run) = try run("exit")
        #expect(run.results.map(\.status) == [.succeeded, .failed, .notRun])
        #expect(run.results[1].outputs.first == .text("leaving\n"))
        #expect(run.diagnostics(for: lesson).map(\.description) == [
            "Lessons/exit.md:8: error: the program exited early (status 0) in this cell; a cell must not call exit(), which ends the whole lesson",
        ])
        let (expected, inExpectError) = try self.run("exit-expected")
        #expect(inExpectError.results.map(\.status) == [.failed, .notRun])
        #expect(inExpectError.diagnostics(for: expected).map(\.description) == [
            "Lessons/exit-expected.md:5: error: the program exited early (status 3) in this cell; a cell must not call exit(), which ends the whole lesson",
        ])
    }

    /// Imports go to file scope, so they work in `expect-error` cells too, or fail saying why.
    @Test func importsWorkInEveryCellOrSayWhyNot() throws {
        let (_, run) = try run("imports")
        #expect(run.results.map(\.status) == [.failedAsExpected, .failedAsExpected, .succeeded])
        #expect(run.results[0].outputs == [.error(CellError(lineOffset: nil, column: nil, message: "Fatal error: Index out of range"))])
        #expect(run.results[1].outputs == [.error(CellError(lineOffset: 0, column: 8, message: "no such module 'NoSuchModule'"))])
        #expect(run.results[2].outputs == [.display(.text("true"))])
    }

    /// The builder cuts a cell's text itself, so a display after the cut and
    /// the next cell's text stay where they belong.
    @Test func printingPastTheCapThenShowingKeepsEveryOutputInItsCell() throws {
        let (_, run) = try run("cap-then-show", outputCap: 1_000)
        #expect(run.results.map(\.status) == [.succeeded, .succeeded])
        #expect(run.results[0].outputs == [
            .text(String(repeating: "x", count: 1_000)),
            .note("Output cut: the cell printed 5 kB; only the first 1 kB is shown."),
            .display(.table(Table(columns: ["n"], rows: [[1]]))),
        ])
        #expect(run.results[1].outputs == [.text("next\n")])
    }

    @Test func lessonsWithoutCellsNeedNoCompiler() throws {
        let lesson = try LessonSplitter.lesson(from: LessonSource(path: "Lessons/prose.md", text: "# Prose only\n"))
        var settings = LessonRunner.Settings()
        settings.environment = ["PATH": "/nonexistent"]
        let (runs, report) = try LessonRunner(settings: settings).run([lesson])
        #expect(runs[0].results.isEmpty && report == LessonRunner.Report())
    }
}
