import Foundation
import Notebook
import Testing
@testable import Preview

/// The watcher on a real folder: what editors and `git` do to files, and the
/// batches that come out.
@Suite struct FolderWatcherTests {
    /// A watched temporary folder and the batches it reported.
    final class Watched: Sendable {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-watch-\(UUID().uuidString)").path
        let batches = Shared<[[String]]>([])
        let watcher: FolderWatcher

        init(polling: Duration? = nil, quietPeriod: Duration = .milliseconds(30)) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data("first".utf8).write(to: URL(fileURLWithPath: folder + "/a.md"))
            let batches = batches
            watcher = try FolderWatcher(folder: folder, quietPeriod: quietPeriod, polling: polling) { paths in
                batches.update { $0.append(paths) }
            }
        }

        deinit {
            watcher.stop()
            try? FileManager.default.removeItem(atPath: folder)
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }

        /// Waits for the next batch; `nil` if none came in time. Batches seen are forgotten.
        func next(timeout: Duration = .seconds(5)) async -> [String]? {
            guard await eventually(timeout: timeout, { !batches.value.isEmpty }) else { return nil }
            return batches.update { $0.removeFirst() }
        }
    }

    @Test func usesInotifyOnLinux() throws {
        #expect(try Watched().watcher.method == .inotify)
        #expect(try Watched(polling: .milliseconds(20)).watcher.method == .polling(interval: .milliseconds(20)))
    }

    @Test(arguments: [nil, Duration.milliseconds(20)])
    func anAtomicSaveIsOneChangeOfTheLesson(polling: Duration?) async throws {
        let watched = try Watched(polling: polling)
        try watched.write(".a.md.tmp", "second")
        #expect(rename(watched.folder + "/.a.md.tmp", watched.folder + "/a.md") == 0)
        #expect(await watched.next() == [watched.folder + "/a.md"])
        try await Task.sleep(for: .milliseconds(100))
        #expect(watched.batches.value.isEmpty, "one batch for the whole save")
    }

    @Test(arguments: [nil, Duration.milliseconds(20)])
    func newRenamedAndDeletedFilesAreSeen(polling: Duration?) async throws {
        let watched = try Watched(polling: polling)
        try watched.write("b.md", "new")
        #expect(await watched.next() == [watched.folder + "/b.md"])
        #expect(rename(watched.folder + "/b.md", watched.folder + "/c.md") == 0)
        #expect(await watched.next() == [watched.folder + "/b.md", watched.folder + "/c.md"])
        try FileManager.default.removeItem(atPath: watched.folder + "/c.md")
        #expect(await watched.next() == [watched.folder + "/c.md"])
    }

    @Test(arguments: [nil, Duration.milliseconds(20)])
    func subfoldersAreWatchedIncludingNewOnes(polling: Duration?) async throws {
        let watched = try Watched(polling: polling)
        try FileManager.default.createDirectory(atPath: watched.folder + "/part/data", withIntermediateDirectories: true)
        try watched.write("part/data/points.csv", "1,2")
        let batch = await watched.next() ?? []
        #expect(batch.contains(watched.folder + "/part/data/points.csv"))
        try await Task.sleep(for: .milliseconds(100))
        watched.batches.update { $0.removeAll() }
        try watched.write("part/data/points.csv", "3,4")
        #expect(await watched.next() == [watched.folder + "/part/data/points.csv"])
        // A folder moved in brings its files.
        let outside = watched.folder + "-outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: outside + "/more.md"))
        #expect(rename(outside, watched.folder + "/moved") == 0)
        #expect((await watched.next() ?? []).contains(watched.folder + "/moved/more.md"))
    }

    @Test func editorLeftoversAndHiddenFilesStartNoBuild() async throws {
        let watched = try Watched()
        for name in ["a.md~", ".a.md.swp", "4913", "#a.md#", "a.md___jb_tmp___", "a.md.tmp"] { try watched.write(name, "x") }
        try FileManager.default.createDirectory(atPath: watched.folder + "/.git", withIntermediateDirectories: true)
        try watched.write(".git/index", "x")
        #expect(await watched.next(timeout: .milliseconds(300)) == nil)
    }

    @Test func manySavesInQuickSuccessionAreOneBatch() async throws {
        // Saves 5 ms apart; a long quiet period so a busy machine cannot split them.
        let watched = try Watched(quietPeriod: .milliseconds(400))
        for index in 0..<5 {
            try watched.write("a.md", "save \(index)")
            usleep(5_000)  // not Task.sleep: a busy test run can hold that back far longer
        }
        try watched.write("b.md", "b")
        #expect(await watched.next() == [watched.folder + "/a.md", watched.folder + "/b.md"])
    }

    @Test func theLessonsFolderReplacedWholeIsWatchedAgain() async throws {
        let watched = try Watched()
        let aside = watched.folder + "-aside"
        defer { try? FileManager.default.removeItem(atPath: aside) }
        #expect(rename(watched.folder, aside) == 0)
        #expect(await watched.next() == [watched.folder])
        try FileManager.default.createDirectory(atPath: watched.folder, withIntermediateDirectories: true)
        #expect(await watched.next() == [watched.folder], "seen again within the idle wait")
        try watched.write("a.md", "back")
        #expect(await watched.next() == [watched.folder + "/a.md"])
    }

    @Test func aMissingFolderIsAClearError() {
        #expect(throws: PreviewError.cannotWatch(folder: "/nonexistent/Lessons", reason: "no such folder")) {
            _ = try FolderWatcher(folder: "/nonexistent/Lessons") { _ in }
        }
        #expect(PreviewError.cannotWatch(folder: "Lessons", reason: "no such folder").description
            == "Lessons: error: cannot watch the lessons folder: no such folder")
    }
}
