import CellChannel
import Foundation

/// Results of lesson runs, kept on disk by what they depend on: the lesson's
/// path and cells (code and options, not their line numbers, so editing prose
/// re-runs nothing), the files beside it that its cells can read, the limits
/// and sandbox its program runs in, the runtime library, the compiler and the
/// output cap.
///
/// Each entry starts with a checksum line; an entry that does not match its
/// checksum, or does not decode, is treated as missing and replaced. Only
/// results that belong to the lesson are stored (see `LessonRunner`).
struct ExecutionCache {
    let folder: URL

    init(cacheFolder: String) {
        folder = URL(fileURLWithPath: cacheFolder).appendingPathComponent("runs")
    }

    /// Bumped whenever generated programs or stored results change shape.
    static let formatVersion = "lessons-run 2"

    /// What, besides the lesson itself, a run's results depend on.
    struct Conditions {
        var runtime: RuntimeLibrary
        var compiler: Compiler
        var outputCap: Int
        var sandboxed: Bool
        var limits: ProcessLimits
        var inputsDigest: String
    }

    static func key(lesson: Lesson, conditions: Conditions) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash = SHA256()
        hash.update(field: formatVersion)
        hash.update(field: conditions.compiler.version)
        hash.update(field: conditions.runtime.key)
        hash.update(field: lesson.source.path)
        hash.update(field: String(conditions.outputCap))
        hash.update(field: conditions.sandboxed ? "sandboxed" : "unsandboxed")
        let limits = conditions.limits
        // The process limit without a sandbox counts the user's other processes: not part of the key.
        hash.update(field: "\(limits.memory) \(limits.cpuSeconds) \(limits.fileSize)")
        hash.update(field: conditions.inputsDigest)
        hash.update(field: String(decoding: (try? encoder.encode(lesson.frontMatter.files)) ?? Data(), as: UTF8.self))
        hash.update(field: String(decoding: (try? encoder.encode(lesson.frontMatter.resources)) ?? Data(), as: UTF8.self))
        for cell in lesson.cells {
            // A figure's label and caption change the page, not what the cell does.
            var options = cell.options
            options.label = nil
            options.caption = nil
            hash.update(field: String(cell.index))
            hash.update(field: String(decoding: (try? encoder.encode(options)) ?? Data(), as: UTF8.self))
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
        try? FileReplacement.write(data, to: url(for: key).path)
    }
}
