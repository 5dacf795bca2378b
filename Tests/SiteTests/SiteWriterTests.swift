import Foundation
import Site
import Testing

@Suite struct SiteWriterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-writer-\(UUID().uuidString)")
    var output: String { root.appendingPathComponent("Site").path }

    func read(_ path: String) -> String? {
        try? String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: output + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func writesFilesAndAManifest() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try SiteWriter(output: output).write([SiteFile(path: "index.html", text: "A"), SiteFile(path: "sub/x.css", text: "B")])
        #expect(read("index.html") == "A")
        #expect(read("sub/x.css") == "B")
        #expect(read(".lessons-manifest")?.split(separator: "\n").dropFirst() == [".lessons-manifest", "index.html", "sub/x.css"])
    }

    @Test func replacesOnlyItsOwnFilesAndKeepsOthers() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "1"), SiteFile(path: "old.html", text: "old")])
        try write("CNAME", "example.org")
        try writer.write([SiteFile(path: "index.html", text: "2")])
        #expect(read("index.html") == "2")
        #expect(read("old.html") == nil)
        #expect(read("CNAME") == "example.org")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(leftovers == ["Site"])
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("precious.txt", "mine")
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: output).write([SiteFile(path: "index.html", text: "x")]) }
        #expect(read("precious.txt") == "mine")
        #expect(read("index.html") == nil)
    }

    @Test func refusesToOverwriteAFileItDidNotWrite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "1")])
        try write("extra.html", "mine")
        #expect(throws: SiteWriter.Failure.self) {
            try writer.write([SiteFile(path: "index.html", text: "2"), SiteFile(path: "extra.html", text: "ours")])
        }
        #expect(read("extra.html") == "mine")
        #expect(read("index.html") == "1")
    }

    @Test func aFailedWriteLeavesThePreviousSiteAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "1")])
        // A file and a folder of the same name cannot both be written.
        #expect(throws: SiteWriter.Failure.self) {
            try writer.write([SiteFile(path: "a", text: "file"), SiteFile(path: "a/b.html", text: "in folder")])
        }
        #expect(read("index.html") == "1")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    @Test func comparisonListsDifferingMissingAndExtraFiles() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try SiteWriter(output: output).write([SiteFile(path: "a.html", text: "1"), SiteFile(path: "b.html", text: "2")])
        try write("c.html", "3")
        let comparison = SiteComparison(
            files: [SiteFile(path: "a.html", text: "changed"), SiteFile(path: "d.html", text: "new")], folder: output)
        #expect(comparison.differing == [".lessons-manifest", "a.html"])
        #expect(comparison.missing == ["d.html"])
        #expect(comparison.extra == ["b.html", "c.html"])
        #expect(!comparison.isClean)
        #expect(SiteComparison(files: [SiteFile(path: "a.html", text: "1"), SiteFile(path: "b.html", text: "2")], folder: output).extra == ["c.html"])
    }
}
