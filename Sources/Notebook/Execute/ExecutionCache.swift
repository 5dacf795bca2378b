import Foundation

/// Results of lesson runs, kept on disk by what they depend on: the lesson's
/// path and cells (code and options, not their line numbers, so editing prose
/// re-runs nothing), the runtime library, the compiler and the output cap.
///
/// Each entry starts with a checksum line; an entry that does not match its
/// checksum, or does not decode, is treated as missing and replaced.
struct ExecutionCache {
    let folder: URL

    init(cacheFolder: String) {
        folder = URL(fileURLWithPath: cacheFolder).appendingPathComponent("runs")
    }

    /// Bumped whenever generated programs or stored results change shape.
    static let formatVersion = "lessons-run 1"

    static func key(lesson: Lesson, runtime: RuntimeLibrary, compiler: Compiler, outputCap: Int) -> String {
        var hash = SHA256()
        hash.update(field: formatVersion)
        hash.update(field: compiler.version)
        hash.update(field: runtime.key)
        hash.update(field: lesson.source.path)
        hash.update(field: String(outputCap))
        for cell in lesson.cells {
            let options = cell.options
            hash.update(field: "\(cell.index) \(options.echo) \(options.output) \(options.eval) \(options.expectError) \(options.timeout)")
            hash.update(field: cell.code)
        }
        return hash.hexDigest()
    }

    private func url(for key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(40)) + ".json")
    }

    /// The stored results, if an intact entry exists.
    func load(_ key: String) -> [CellResult]? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path),
              let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: data[..<newline], as: UTF8.self)
        let payload = data[(newline + 1)...]
        guard header == Self.formatVersion + " " + key + " " + SHA256.hex(payload),
              let results = try? JSONDecoder().decode([CellResult].self, from: Data(payload)) else {
            try? FileManager.default.removeItem(at: url(for: key))
            return nil
        }
        return results
    }

    /// Stores results; written whole or not at all.
    func store(_ results: [CellResult], for key: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let payload = try? encoder.encode(results) else { return }
        var data = Data((Self.formatVersion + " " + key + " " + SHA256.hex(payload) + "\n").utf8)
        data.append(payload)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: url(for: key), options: .atomic)
    }
}
